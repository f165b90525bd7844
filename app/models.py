"""Domain objects the core hands to its callers: notes, contacts, drafts.

Everything is an immutable dataclass. To change an item, make a changed copy
with `dataclasses.replace` and pass it to `ItemService.save`.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field

from amanat.app.errors import InvalidValue

KIND_NOTE = "note"
KIND_CONTACT = "contact"
KIND_DRAFT = "draft"
ITEM_KINDS = (KIND_NOTE, KIND_CONTACT, KIND_DRAFT)

MAX_TITLE_CHARS = 1_000
MAX_TEXT_CHARS = 5_000_000
MAX_TAGS = 64
MAX_TAG_CHARS = 64
MAX_ROWS = 10_000

CHANNELS = ("email", "phone", "signal", "whatsapp", "telegram", "other")
RISK_LEVELS = ("unknown", "low", "medium", "high")
CONTACT_TEXT_FIELDS = ("alias", "organisation", "role", "country", "city", "notes")

DRAFT_STATUSES = ("draft", "review", "final")
# Languages a draft can have linked versions in (app/linked_versions.py), in the order the window lists them.
VERSION_LANGUAGES = ("fa", "ps", "en")
ROW_STATUSES = ("todo", "in-progress", "done", "blocked")
ROW_FIELDS = ("action", "owner", "due", "status")  # what a row's table shows and `--row` sets
# Every cell of a row as stored and shared (amanat.app.action_rows): the four above, then the row's
# note, its owner's identity fingerprint when the owner is a group member, and its stable id.
# A row's link (a plan row sent from a meeting, or a meeting's item sent to a plan) comes last.
ROW_CELLS = (*ROW_FIELDS, "note", "owner_id", "id", "link")
MAX_LINK_CHARS = 200
MEETING_LINK = "meeting:"  # a plan row's link: "meeting:<meeting id>:<row id>" (the action item it came from)
PLAN_LINK = "plan:"  # a meeting row's link: "plan:<plan id>" (the action plan it was last sent to)
MAX_ROW_NOTE_CHARS = 10_000
MAX_OWNER_CHARS = MAX_TITLE_CHARS

# Section keys per template, in display order. The GUI translates the labels.
TEMPLATE_SECTIONS: dict[str, tuple[str, ...]] = {
    "blank": ("body",),
    "swot": ("strengths", "weaknesses", "opportunities", "threats"),
    "concept-note": ("background", "objectives", "activities", "expected_outcomes", "risks"),
    "action-plan": ("summary",),
    "meeting": ("participants", "agenda", "discussion", "decisions"),
    "un-communication": (
        "alleged_victims",
        "alleged_perpetrators",
        "date_and_place",
        "description",
        "domestic_remedies",
        "consent",
    ),
}
TEMPLATES = tuple(TEMPLATE_SECTIONS)
# Single-value fields per template (merged last writer wins, where sections merge character by character).
# A meeting's date is ISO (YYYY-MM-DD) or '', "online" is "yes" or ''; participants are a section, one a line.
TEMPLATE_FIELDS: dict[str, tuple[str, ...]] = {"meeting": ("date", "place", "online")}
TEMPLATES_WITH_ROWS = ("action-plan", "meeting")


def clean_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Trimmed, de-duplicated tags in the order given; reject empty or oversized ones."""
    result: list[str] = []
    for tag in tags:
        tag = " ".join(tag.split())
        if not tag:
            continue
        if len(tag) > MAX_TAG_CHARS:
            raise InvalidValue(f"a tag is longer than {MAX_TAG_CHARS} characters")
        if tag not in result:
            result.append(tag)
    if len(result) > MAX_TAGS:
        raise InvalidValue(f"an item can have at most {MAX_TAGS} tags")
    return tuple(result)


def check_text(value: str, what: str, limit: int = MAX_TEXT_CHARS) -> str:
    """Return `value` if it is a string within `limit` characters."""
    if not isinstance(value, str):
        raise InvalidValue(f"the {what} must be text")
    if len(value) > limit:
        raise InvalidValue(f"the {what} is longer than {limit:,} characters")
    return value


@dataclass(frozen=True)
class ItemHeader:
    """What lists show of any item."""

    id: str
    kind: str
    title: str
    tags: tuple[str, ...]
    pinned: bool
    created_at: str
    updated_at: str
    deleted_at: str | None
    revision: int


@dataclass(frozen=True)
class Note:
    """A note: a title and a Markdown body."""

    id: str
    title: str
    body: str = ""
    tags: tuple[str, ...] = ()
    pinned: bool = False
    created_at: str = ""
    updated_at: str = ""
    revision: int = 0
    kind: str = field(default=KIND_NOTE, init=False)


@dataclass(frozen=True)
class Contact:
    """A person or organisation, with how (and how not) to reach them safely."""

    id: str
    display_name: str
    alias: str = ""
    organisation: str = ""
    role: str = ""
    country: str = ""
    city: str = ""
    channels: tuple[tuple[str, str], ...] = ()  # (channel, address) pairs, channel in CHANNELS
    preferred_channel: str = ""
    never_contact_via: tuple[str, ...] = ()
    risk_level: str = "unknown"
    notes: str = ""
    tags: tuple[str, ...] = ()
    pinned: bool = False
    created_at: str = ""
    updated_at: str = ""
    revision: int = 0
    kind: str = field(default=KIND_CONTACT, init=False)

    @property
    def title(self) -> str:
        """Contacts are listed by display name."""
        return self.display_name

    def channel(self, name: str) -> str:
        """The address for one channel, or ''."""
        return dict(self.channels).get(name, "")


@dataclass(frozen=True)
class ActionRow:
    """One row of an action plan.

    `owner` is what the row shows: free text for someone outside the group, or the name a group
    member had when chosen (kept, so the row reads offline and after they leave); `owner_id` is
    that member's identity fingerprint (64 hex digits), '' for free text. `id` is the row's
    stable id (amanat.app.action_rows), '' until the row is first stored.
    """

    action: str = ""
    owner: str = ""
    due: str = ""  # ISO date YYYY-MM-DD or ''
    status: str = "todo"
    note: str = ""
    owner_id: str = ""
    id: str = ""
    link: str = ""  # MEETING_LINK… on a plan row that came from a meeting, PLAN_LINK… on a meeting's sent item


@dataclass(frozen=True)
class SeenVersion:
    """What one version's section was, from another version's point of view, when that one was last marked updated."""

    item_id: str  # the other version
    fingerprint: str  # of its section text then (app/version_links.py)
    news: str  # its news token for the section then ('' if none)
    text: str | None  # its section text then, for the diff; None when too long to keep


@dataclass(frozen=True)
class SectionMark:
    """A section of one version, last brought in line with the others as they were then."""

    section: str
    seen: tuple[SeenVersion, ...] = ()

    def seen_of(self, item_id: str) -> SeenVersion | None:
        """What this version saw of another version's section, or None."""
        return next((s for s in self.seen if s.item_id == item_id), None)


@dataclass(frozen=True)
class VersionLink:
    """A draft's place among its linked language versions (app/linked_versions.py, docs/bundle-format.md)."""

    group: str  # the link group: 32 hex digits, the same for every version of one document
    language: str  # one of VERSION_LANGUAGES
    marks: tuple[SectionMark, ...] = ()  # sections marked updated (or in line since the link was made)
    news: tuple[tuple[str, str], ...] = ()  # (section, token): a new token on each change made while in line

    def mark(self, section: str) -> SectionMark | None:
        """The section's last mark, or None if it was never brought in line."""
        return next((m for m in self.marks if m.section == section), None)

    def news_of(self, section: str) -> str:
        """The section's news token ('' if it never changed while in line)."""
        return dict(self.news).get(section, "")


@dataclass(frozen=True)
class Draft:
    """A strategy draft made from a template: titled sections, and rows for action plans."""

    id: str
    template: str
    title: str
    status: str = "draft"
    sections: tuple[tuple[str, str], ...] = ()  # (section key, text) in template order
    rows: tuple[ActionRow, ...] = ()
    tags: tuple[str, ...] = ()
    pinned: bool = False
    created_at: str = ""
    updated_at: str = ""
    revision: int = 0
    fields: tuple[tuple[str, str], ...] = ()  # (field key, value) in TEMPLATE_FIELDS order
    link: VersionLink | None = None  # linked language versions (None: a draft on its own)
    kind: str = field(default=KIND_DRAFT, init=False)

    def section(self, key: str) -> str:
        """The text of one section, or ''."""
        return dict(self.sections).get(key, "")

    def field(self, key: str) -> str:
        """The value of one single-value field (a meeting's date, place, online), or ''."""
        return dict(self.fields).get(key, "")


Item = Note | Contact | Draft


@dataclass(frozen=True)
class Revision:
    """One saved version of an item."""

    item_id: str
    number: int
    saved_at: str
    item: Item
    source: str = ""  # '' for edits made here; "Name · peer id" when it came in a bundle


@dataclass(frozen=True)
class SearchHit:
    """One search result: which item, and a snippet with the match marked."""

    id: str
    kind: str
    title: str
    snippet: str  # '' when asked for without snippets
    rank: float
    updated_at: str = ""
    # What a snippet is cut from: the item's stored fields and tags (JSON) as `ItemService.find` read them, so
    # that `ItemService.snippet_of` needs no second lookup and only the rows a window shows are decoded.
    content: str = field(default="", repr=False, compare=False)
    stored_tags: str = field(default="[]", repr=False, compare=False)

    @functools.cached_property
    def tags(self) -> tuple[str, ...]:
        """The item's tags (for a hit found with its text; none otherwise)."""
        return tuple(json.loads(self.stored_tags))


@dataclass(frozen=True)
class AttachmentInfo:
    """An encrypted file attached to a note or draft."""

    id: str
    item_id: str
    name: str
    media_type: str
    size: int
    sha256: str
    created_at: str
