"""The bookkeeping of linked language versions: which sections of a draft are out of date, and why.

Every version of one document (a Dari, a Pashto and an English draft, say) carries a
`VersionLink`: the link group they share, its language, and per section

* a **mark**: what every version's section was (a fingerprint of its text, its news token, and
  the text itself for the diff, up to `MAX_KEPT_TEXT_CHARS`) when this version's section was
  last brought in line ("Mark as updated", or the making of the link) — its own section among
  them, which is where the others' diffs can start from too;
* a **news token**: a fresh random token each time the section is changed while it was in
  line with the others. A change made while the section was out of date is the translator
  catching up: it leaves the token alone, so it does not put the others out of date.

A version's section is out of date when another version's section changed (its fingerprint
is not the one marked) *and* made news since the mark (its token is not the one marked) —
or when the section was never brought in line and another version's section has text.

Everything is a function of the versions' own fields, which merge like any other shared
field (docs/bundle-format.md): marks and tokens are last-writer-wins registers, texts merge
by character, and every vault that holds the same versions comes to the same answer.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from amanat.app.errors import DamagedInput, InvalidValue
from amanat.app.models import VERSION_LANGUAGES, Draft, SectionMark, SeenVersion, VersionLink

MAX_LINKED_VERSIONS = 6  # three languages, and room for a second Dari version made elsewhere at the same time
MAX_KEPT_TEXT_CHARS = 20_000  # a section's text kept in a mark for the diff (longer: the diff says so)
_HEX_32 = re.compile(r"[0-9a-f]{32}")
_NEWS = re.compile(r"[0-9a-f]{16}")
_ITEM_ID = re.compile(r"[0-9a-f-]{1,64}")


def fingerprint(text: str) -> str:
    """A short digest of a section's text: equal texts, equal fingerprints, on every vault."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def new_link_group() -> str:
    """A random id for a new group of linked versions."""
    return secrets.token_hex(16)


def new_news_token() -> str:
    """A random token that says "this section changed while in line"."""
    return secrets.token_hex(8)


def seen_now(version: Draft, section: str) -> SeenVersion:
    """What another version records of `version`'s section as it is now."""
    text = version.section(section)
    news = version.link.news_of(section) if version.link else ""
    return SeenVersion(version.id, fingerprint(text), news, text if len(text) <= MAX_KEPT_TEXT_CHARS else None)


def marked(version: Draft, section: str, others: Iterable[Draft]) -> Draft:
    """`version` with `section` brought in line with `others` as they are now (its own text recorded first)."""
    assert version.link is not None
    everyone = [version, *(o for o in others if o.id != version.id)]
    seen = tuple(seen_now(o, section) for o in everyone)[:MAX_LINKED_VERSIONS]
    marks = (*(m for m in version.link.marks if m.section != section), SectionMark(section, seen))
    return replace(version, link=replace(version.link, marks=marks))


# -- what is out of date --------------------------------------------------------------------------


@dataclass(frozen=True)
class ChangedSource:
    """Another version whose section changed since this one was brought in line."""

    item_id: str
    language: str
    before: str | None  # its text at this version's mark ('' if never brought in line; None if too long to keep)
    now: str
    # Its own text when it was itself last marked updated (None if unknown): the diff shows whichever of the
    # two gives the fewer changes, as the other version may have been brought in line since this one was.
    own_before: str | None = None


@dataclass(frozen=True)
class SectionState:
    """Whether one section of a version is out of date, and which other versions made it so."""

    section: str
    sources: tuple[ChangedSource, ...] = ()
    never_in_line: bool = False  # a new version: the section was never brought in line

    @property
    def out_of_date(self) -> bool:
        """True when another version changed this section since it was last marked updated."""
        return bool(self.sources)


def section_state(version: Draft, section: str, others: Iterable[Draft]) -> SectionState:
    """Whether `version`'s section is out of date against the other versions (`others`, itself left out)."""
    if version.link is None:
        return SectionState(section)
    mark = version.link.mark(section)
    sources: list[ChangedSource] = []
    for other in others:
        if other.id == version.id or other.link is None:
            continue
        text = other.section(section)
        language = other.link.language
        if mark is None:
            if text.strip():
                sources.append(ChangedSource(other.id, language, "", text))
            continue
        seen = mark.seen_of(other.id)
        news = other.link.news_of(section)
        if seen is None:
            if news:  # a version made after this one was marked, and changed since while in line
                sources.append(ChangedSource(other.id, language, "", text))
        elif seen.fingerprint != fingerprint(text) and seen.news != news:
            own_mark = other.link.mark(section)
            own = own_mark.seen_of(other.id) if own_mark is not None else None
            sources.append(ChangedSource(other.id, language, seen.text, text, own.text if own else None))
    return SectionState(section, tuple(sources), never_in_line=mark is None)


def section_states(version: Draft, others: Iterable[Draft]) -> dict[str, SectionState]:
    """Every section's state, in template order."""
    siblings = list(others)
    return {key: section_state(version, key, siblings) for key, _text in version.sections}


def with_news(before: Draft, after: Draft, others: Iterable[Draft]) -> Draft:
    """`after` (a local edit of `before`) with a new news token on each changed section that was in line."""
    if after.link is None or before.link is None:
        return after
    siblings = list(others)
    news = dict(after.link.news)
    for key, text in after.sections:
        if text != before.section(key) and not section_state(before, key, siblings).out_of_date:
            news[key] = new_news_token()
    if news == dict(after.link.news):
        return after
    return replace(after, link=replace(after.link, news=tuple(sorted(news.items()))))


# -- the stored shape (item records and shared documents use the same JSON) --------------------------


def seen_to_json(seen: tuple[SeenVersion, ...]) -> list[list[Any]]:
    """A mark's entries as JSON lists [item id, fingerprint, news, text or null]."""
    return [[s.item_id, s.fingerprint, s.news, s.text] for s in seen]


def link_to_json(link: VersionLink) -> dict[str, Any]:
    """The link as an item record keeps it."""
    return {
        "group": link.group,
        "language": link.language,
        "marks": {m.section: seen_to_json(m.seen) for m in link.marks},
        "news": dict(link.news),
    }


def _refuse(what: str) -> DamagedInput:
    return DamagedInput(f"a draft's link to its language versions is not well formed ({what})")


def seen_from_json(value: object) -> tuple[SeenVersion, ...]:
    """A mark's entries, checked; DamagedInput for anything not well formed or over the limits."""
    if not isinstance(value, list) or len(value) > MAX_LINKED_VERSIONS:
        raise _refuse(f"a mark lists more than {MAX_LINKED_VERSIONS} versions or is not a list")
    entries: list[SeenVersion] = []
    for entry in value:
        if not isinstance(entry, list) or len(entry) != 4:
            raise _refuse("a mark's entry")
        item_id, digest, news, text = entry
        if not isinstance(item_id, str) or not _ITEM_ID.fullmatch(item_id):
            raise _refuse("an item id")
        if not isinstance(digest, str) or not _HEX_32.fullmatch(digest):
            raise _refuse("a fingerprint")
        if not isinstance(news, str) or (news and not _NEWS.fullmatch(news)):
            raise _refuse("a news token")
        if text is not None and (not isinstance(text, str) or len(text) > MAX_KEPT_TEXT_CHARS):
            raise _refuse(f"a kept text is not text or longer than {MAX_KEPT_TEXT_CHARS:,} characters")
        if text is not None and fingerprint(text) != digest:
            raise _refuse("a kept text does not match its fingerprint")
        entries.append(SeenVersion(item_id, digest, news, text))
    if len({e.item_id for e in entries}) != len(entries):
        raise _refuse("a version is listed twice in one mark")
    return tuple(entries)


def check_news(value: object) -> str:
    """A news token, checked."""
    if not isinstance(value, str) or not _NEWS.fullmatch(value):
        raise _refuse("a news token")
    return value


def link_from_parts(group: object, language: object, marks: Mapping[str, object],
                    news: Mapping[str, object]) -> VersionLink:
    """A link from its stored or shared parts, checked (DamagedInput); sections are checked by `validated`."""
    if not isinstance(group, str) or not _HEX_32.fullmatch(group):
        raise _refuse("the link group")
    if language not in VERSION_LANGUAGES:
        raise _refuse("the language")
    assert isinstance(language, str)
    return VersionLink(
        group=group, language=language,
        marks=tuple(SectionMark(key, seen_from_json(value)) for key, value in sorted(marks.items())),
        news=tuple(sorted((key, check_news(value)) for key, value in news.items())),
    )


def link_from_json(value: object) -> VersionLink:
    """The link as an item record keeps it (see `link_to_json`)."""
    if not isinstance(value, dict):
        raise _refuse("not an object")
    marks, news = value.get("marks", {}), value.get("news", {})
    if not isinstance(marks, dict) or not isinstance(news, dict):
        raise _refuse("marks or news")
    return link_from_parts(value.get("group"), value.get("language"), marks, news)


def check_link(draft: Draft, sections: tuple[str, ...]) -> None:
    """InvalidValue when a draft's link names a section its template does not have (the rest: `link_from_parts`)."""
    if draft.link is None:
        return
    marked_keys = [m.section for m in draft.link.marks]
    news_keys = [k for k, _v in draft.link.news]
    for key in marked_keys + news_keys:
        if key not in sections:
            raise InvalidValue(f"a {draft.template} draft's language link names no section of it ({key[:40]!r})")
    if len(set(marked_keys)) != len(marked_keys) or len(set(news_keys)) != len(news_keys):
        raise InvalidValue("a draft's language link lists a section twice")
