"""Notes, contacts and drafts as the generic shape sync merges (`amanat.sync.item_document.ItemState`).

Titles and names that arrive from others lose embedding, override and isolate controls,
so that a title cannot disguise itself in a list (every member converges on the clean form);
titles, names, tags and channel addresses also lose control characters (a terminal would obey
an escape sequence in `amanat note list`). They are removed rather than the bundle refused: one
member's bad title would otherwise block every later change to that item for the whole group,
and a clean title is what every member's next bundle then carries.

Free text (a note's title and body, a draft's title and sections) merges
character by character; a contact's fields are last-writer-wins registers,
as are tags, pins, a draft's template and status; action-plan rows are a
list of maps, one cell per field (each cell merges on its own), with a stable
row id (amanat.app.action_rows).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from amanat.app.action_rows import shown_owner, with_row_ids
from amanat.app.control_characters import single_line
from amanat.app.errors import DamagedInput
from amanat.app.models import (
    KIND_CONTACT,
    KIND_DRAFT,
    KIND_NOTE,
    ROW_CELLS,
    ActionRow,
    Contact,
    Draft,
    Item,
    Note,
    VersionLink,
)
from amanat.app.version_links import link_from_parts, seen_to_json
from amanat.crypto.contact_card import display_name
from amanat.sync.item_document import ItemState

SECTION_PREFIX = "section:"
# A linked version's bookkeeping (app/version_links.py): one register per section, so that two members
# marking two sections updated at once both count.
MARK_PREFIX = "mark:"
NEWS_PREFIX = "news:"
_CONTACT_TEXT = ("display_name", "alias", "organisation", "role", "country", "city", "preferred_channel",
                 "risk_level", "notes")
_OPTIONAL_CELLS = ("note", "owner_id", "id", "link")
FIELD_PREFIX = "field:"  # a draft's single-value fields (a meeting's date, place, online): one register each


def state_of(item: Item, *, deleted: bool = False) -> ItemState:
    """The shared state of an item."""
    common: dict[str, Any] = {"tags": list(item.tags), "pinned": item.pinned}
    if isinstance(item, Note):
        return ItemState(kind=KIND_NOTE, registers=common, texts={"title": item.title, "body": item.body},
                         deleted=deleted)
    if isinstance(item, Contact):
        registers = dict(common)
        registers.update({name: getattr(item, name) for name in _CONTACT_TEXT})
        registers["channels"] = [list(pair) for pair in item.channels]
        registers["never_contact_via"] = list(item.never_contact_via)
        return ItemState(kind=KIND_CONTACT, registers=registers, texts={}, deleted=deleted)
    texts = {"title": item.title}
    texts.update({SECTION_PREFIX + key: text for key, text in item.sections})
    registers = dict(common, template=item.template, status=item.status)
    registers.update({FIELD_PREFIX + key: value for key, value in item.fields})
    if item.link is not None:  # a draft on its own has none of these registers: its document is as it was
        registers.update(link_group=item.link.group, language=item.link.language)
        registers.update({MARK_PREFIX + m.section: seen_to_json(m.seen) for m in item.link.marks})
        registers.update({NEWS_PREFIX + key: token for key, token in item.link.news})
    rows = tuple(_row_cells(r) for r in item.rows)
    return ItemState(kind=KIND_DRAFT, registers=registers, texts=texts, rows=rows, deleted=deleted)


def _row_cells(row: ActionRow) -> dict[str, str]:
    # Empty optional cells are left out: a replica that upgrades an old row must not write an
    # empty note over the note another member wrote in the same row at the same time.
    cells = {"action": row.action, "owner": row.owner, "due": row.due, "status": row.status}
    cells.update({name: getattr(row, name) for name in _OPTIONAL_CELLS if getattr(row, name)})
    return cells


def _row_from_cells(row: Mapping[str, str]) -> ActionRow:
    cells = {name: _text(row.get(name, ""), "action-plan cell") for name in ROW_CELLS}
    cells["owner"], cells["owner_id"] = shown_owner(_shown(cells["owner"]), cells["owner_id"])
    cells["link"] = _shown(cells["link"])  # bidi and control characters out; validation checks its form
    return ActionRow(**cells)


def _text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise DamagedInput(f"a shared item's {what} is not text")
    return value


def _strings(value: object, what: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise DamagedInput(f"a shared item's {what} is not a list")
    return tuple(_text(v, what) for v in value)


def _shown(text: str) -> str:
    """A title, name, tag or address from someone else, as it may be shown here."""
    return single_line(display_name(text))


def _link(registers: Mapping[str, Any]) -> VersionLink | None:
    """A draft's link to its language versions; marks without a link group (unlinked meanwhile) are let go."""
    if "link_group" not in registers:
        return None
    marks = {k[len(MARK_PREFIX):]: v for k, v in registers.items() if k.startswith(MARK_PREFIX)}
    news = {k[len(NEWS_PREFIX):]: v for k, v in registers.items() if k.startswith(NEWS_PREFIX)}
    return link_from_parts(registers["link_group"], registers.get("language"), marks, news)


def item_from_state(item_id: str, state: ItemState) -> Item:
    """The item a shared state describes (the caller validates it before storing)."""
    registers = state.registers
    tags = tuple(_shown(tag) for tag in _strings(registers.get("tags", []), "tags"))
    pinned = bool(registers.get("pinned", False))
    if state.kind == KIND_NOTE:
        return Note(id=item_id, title=_shown(_text(state.texts.get("title", ""), "title")),
                    body=_text(state.texts.get("body", ""), "body"), tags=tags, pinned=pinned)
    if state.kind == KIND_CONTACT:
        fields: dict[str, Any] = {name: _text(registers.get(name, ""), name) for name in _CONTACT_TEXT}
        fields["display_name"] = _shown(fields["display_name"])
        if not fields["risk_level"]:
            fields["risk_level"] = "unknown"
        channels_value = registers.get("channels", [])
        if not isinstance(channels_value, list):
            raise DamagedInput("a shared contact's channels are not a list")
        channels = []
        for pair in channels_value:
            values = _strings(pair, "channel")
            if len(values) != 2:
                raise DamagedInput("a shared contact's channel is not a pair")
            channels.append((values[0], _shown(values[1])))
        never = _strings(registers.get("never_contact_via", []), "channels")
        # Two members may each make a valid change that together are not (one prefers Signal, the
        # other marks it "never"): every replica repairs the merged fields the same way, the safe way.
        if fields["preferred_channel"] in never:
            fields["preferred_channel"] = ""
        first_of_each: dict[str, tuple[str, str]] = {}
        for channel, address in channels:
            first_of_each.setdefault(channel, (channel, address))
        return Contact(id=item_id, channels=tuple(first_of_each.values()), never_contact_via=never,
                       tags=tags, pinned=pinned, **fields)
    if state.kind == KIND_DRAFT:
        sections = tuple(
            (name[len(SECTION_PREFIX):], _text(text, "section"))
            for name, text in state.texts.items() if name.startswith(SECTION_PREFIX)
        )
        rows = with_row_ids(item_id, (_row_from_cells(row) for row in state.rows))
        draft_fields = tuple((name[len(FIELD_PREFIX):], _shown(_text(value, "field")))
                             for name, value in registers.items() if name.startswith(FIELD_PREFIX))
        return Draft(id=item_id, template=_text(registers.get("template", "blank"), "template"),
                     title=_shown(_text(state.texts.get("title", ""), "title")),
                     status=_text(registers.get("status", "draft"), "status"),
                     sections=sections, rows=rows, tags=tags, pinned=pinned, fields=draft_fields,
                     link=_link(registers))
    raise DamagedInput("a shared item is of an unknown kind")
