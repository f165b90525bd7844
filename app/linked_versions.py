"""One document in three languages: making linked Dari, Pashto and English versions of a draft.

The bookkeeping (what is out of date, and why) is in app/version_links.py; this service makes
versions, lists them, and marks a section updated, through `ItemService` like every other change.
A new version of a shared draft is shared with the same groups (`share_like`), so that the
versions travel together; `GroupService.share` shares every version of a draft it is given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from amanat.app.errors import InvalidValue
from amanat.app.items import ItemService, new_item_id
from amanat.app.models import MAX_TITLE_CHARS, VERSION_LANGUAGES, Draft, SectionMark, VersionLink
from amanat.app.version_links import (
    MAX_LINKED_VERSIONS,
    SectionState,
    marked,
    new_link_group,
    section_states,
    seen_now,
)

ShareLike = Callable[[str, str], None]  # (existing item id, new item id): share the new one where the other is


def _language_order(draft: Draft) -> tuple[int, str, str]:
    language = draft.link.language if draft.link else ""
    position = VERSION_LANGUAGES.index(language) if language in VERSION_LANGUAGES else len(VERSION_LANGUAGES)
    return position, draft.created_at, draft.id


class LinkedVersions:
    """A draft's language versions: list them, make one, say what is out of date, mark a section updated."""

    def __init__(self, items: ItemService, share_like: ShareLike | None = None) -> None:
        self._items = items
        self._share_like = share_like

    def _draft(self, draft_id: str) -> Draft:
        draft = self._items.get(draft_id, "draft")
        assert isinstance(draft, Draft)
        if self._items.is_in_trash(draft_id):
            raise InvalidValue("this draft is in the trash; restore it first")
        return draft

    def versions(self, draft: Draft) -> list[Draft]:
        """Every live version of `draft`'s document (itself included), Dari, Pashto, English, then any other."""
        if draft.link is None:
            return [draft]
        found = self._items.linked_versions(draft.link.group)
        if not any(v.id == draft.id for v in found):
            found.append(draft)
        return sorted(found, key=_language_order)

    def states(self, draft: Draft) -> dict[str, SectionState]:
        """Each section of `draft`: out of date or not, and the changes that made it so."""
        return section_states(draft, self.versions(draft))

    def make_version(self, draft_id: str, language: str, title: str, *, this_language: str = "",
                     prefill: bool = False) -> Draft:
        """A new linked version of a draft in `language`, with empty sections (or a copy to translate over).

        A draft not linked yet needs `this_language`, the language it is written in. The new version
        starts out of date in every section that has text elsewhere, until it is marked updated.
        """
        source = self._draft(draft_id)
        newly_linked = source.link is None
        if language not in VERSION_LANGUAGES:
            raise InvalidValue(f"versions are made in {', '.join(VERSION_LANGUAGES)}, not {language[:20]!r}")
        if source.link is None:
            if this_language not in VERSION_LANGUAGES or this_language == language:
                raise InvalidValue("say which language this draft is written in (not the new version's)")
            source = replace(source, link=VersionLink(new_link_group(), this_language))
        assert source.link is not None
        versions = self.versions(source)
        if any(v.link is not None and v.link.language == language for v in versions):
            raise InvalidValue("this document already has a version in that language")
        if len(versions) >= MAX_LINKED_VERSIONS:
            raise InvalidValue(f"a document has at most {MAX_LINKED_VERSIONS} language versions")
        title = " ".join(title.split())[:MAX_TITLE_CHARS] or source.title
        sections = tuple((key, text if prefill else "") for key, text in source.sections)
        version = Draft(id=new_item_id(), template=source.template, title=title, sections=sections,
                        rows=source.rows if prefill else (), tags=source.tags,
                        link=VersionLink(source.link.group, language))
        with self._items.atomic():
            made = self._items.add(version)
            assert isinstance(made, Draft)
            if newly_linked:
                # The draft was in line with itself: it is in line with the new version as made.
                marks = tuple(SectionMark(key, (seen_now(source, key), seen_now(made, key)))
                              for key, _text in source.sections)
                source = replace(source, link=replace(source.link, marks=marks))
            self._items.save(source, link_change=True)
            if self._share_like is not None:
                self._share_like(source.id, made.id)
        return made

    def mark_updated(self, draft_id: str, section: str) -> Draft:
        """Bring one section of a version in line with the other versions as they are now."""
        draft = self._draft(draft_id)
        if draft.link is None:
            raise InvalidValue("this draft has no language versions")
        if section not in dict(draft.sections):
            raise InvalidValue(f"this draft has no section {section[:40]!r}; its sections are "
                               f"{', '.join(key for key, _text in draft.sections)}")
        saved = self._items.save(marked(draft, section, self.versions(draft)), link_change=True)
        assert isinstance(saved, Draft)
        return saved
