"""Turning notes, contacts and drafts into stored records and back.

A record keeps the fields every kind shares in columns (title, tags, pinned,
times) and the kind's own fields as a JSON object in `content`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from amanat.app.action_rows import with_row_ids
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
)
from amanat.app.version_links import link_from_json, link_to_json


@dataclass(frozen=True)
class ItemRecord:
    """An item as the store keeps it."""

    id: str
    kind: str
    title: str
    content: str  # JSON object
    tags: tuple[str, ...]
    pinned: bool
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    revision: int = 1


def content_of(item: Item) -> dict[str, Any]:
    """The kind-specific fields of an item, as a JSON-ready dict."""
    if isinstance(item, Note):
        return {"body": item.body}
    if isinstance(item, Contact):
        return {
            "alias": item.alias,
            "organisation": item.organisation,
            "role": item.role,
            "country": item.country,
            "city": item.city,
            "channels": [list(pair) for pair in item.channels],
            "preferred_channel": item.preferred_channel,
            "never_contact_via": list(item.never_contact_via),
            "risk_level": item.risk_level,
            "notes": item.notes,
        }
    content: dict[str, Any] = {
        "template": item.template,
        "status": item.status,
        "sections": [list(pair) for pair in item.sections],
        "rows": [_row_cells(r) for r in item.rows],
    }
    if item.fields:  # only templates with fields (a meeting) store them: other drafts stay as they were
        content["fields"] = [list(pair) for pair in item.fields]
    if item.link is not None:  # only linked drafts carry it: every other record stays as it was
        content["link"] = link_to_json(item.link)
    return content


def _row_cells(row: ActionRow) -> list[str]:
    """A row as stored: the cells of ROW_CELLS in order (older records hold only the first four)."""
    return [row.action, row.owner, row.due, row.status, row.note, row.owner_id, row.id, row.link]


def _row_from_cells(cells: list[Any]) -> ActionRow:
    if not isinstance(cells, list) or not 4 <= len(cells) <= len(ROW_CELLS):
        raise ValueError("a row is not a list of cells")
    return ActionRow(*map(str, cells))


def rows_from_json(item_id: str, text: str) -> tuple[ActionRow, ...]:
    """An action plan's stored rows (the JSON of its `rows`), each with its id; damage is DamagedInput."""
    try:
        cells = json.loads(text)
        if isinstance(cells, list):
            return with_row_ids(item_id, (_row_from_cells(row) for row in cells))
    except (ValueError, TypeError):
        pass
    raise DamagedInput(f"item {item_id} is damaged in the vault")


def to_record(item: Item, *, created_at: str, updated_at: str, revision: int) -> ItemRecord:
    """The record to store for `item`."""
    return ItemRecord(
        id=item.id,
        kind=item.kind,
        title=item.title,
        content=json.dumps(content_of(item), ensure_ascii=False, separators=(",", ":")),
        tags=item.tags,
        pinned=item.pinned,
        created_at=created_at,
        updated_at=updated_at,
        revision=revision,
    )


def from_record(record: ItemRecord) -> Item:
    """Rebuild the domain object; a record that does not decode is damage."""
    try:
        content = json.loads(record.content)
        common: dict[str, Any] = {
            "id": record.id,
            "tags": tuple(record.tags),
            "pinned": bool(record.pinned),
            "created_at": record.created_at,
            "updated_at": record.updated_at,
            "revision": record.revision,
        }
        if record.kind == KIND_NOTE:
            return Note(title=record.title, body=content["body"], **common)
        if record.kind == KIND_CONTACT:
            return Contact(
                display_name=record.title,
                alias=content["alias"],
                organisation=content["organisation"],
                role=content["role"],
                country=content["country"],
                city=content["city"],
                channels=tuple((str(c), str(a)) for c, a in content["channels"]),
                preferred_channel=content["preferred_channel"],
                never_contact_via=tuple(content["never_contact_via"]),
                risk_level=content["risk_level"],
                notes=content["notes"],
                **common,
            )
        if record.kind == KIND_DRAFT:
            return Draft(
                template=content["template"],
                title=record.title,
                status=content["status"],
                sections=tuple((str(k), str(v)) for k, v in content["sections"]),
                rows=with_row_ids(record.id, (_row_from_cells(row) for row in content["rows"])),
                fields=tuple((str(k), str(v)) for k, v in content.get("fields", [])),
                link=link_from_json(content["link"]) if "link" in content else None,
                **common,
            )
    except (ValueError, KeyError, TypeError):
        pass
    raise DamagedInput(f"item {record.id} is damaged in the vault")


def searchable_text_of(record: ItemRecord) -> str:
    """`search_body(from_record(record), with_tags=False)`; for a note (most items), its body read straight
    from the stored fields (a search window does this for every row it shows)."""
    if record.kind == KIND_NOTE:
        try:
            body = json.loads(record.content)["body"]
        except (ValueError, KeyError, TypeError):
            body = None
        if isinstance(body, str):
            return body
    return search_body(from_record(record), with_tags=False)


def search_body(item: Item, *, with_tags: bool = True) -> str:
    """Everything searchable in an item except its title (and its tags, `with_tags=False`), as one text."""
    parts: list[str] = []
    if isinstance(item, Note):
        parts.append(item.body)
    elif isinstance(item, Contact):
        parts += [item.alias, item.organisation, item.role, item.country, item.city, item.notes]
        parts += [address for _channel, address in item.channels]
    elif isinstance(item, Draft):
        parts += [text for _key, text in item.sections]
        parts += [value for key, value in item.fields if key == "place"]
        for row in item.rows:
            parts += [row.action, row.owner, row.due, row.status, row.note]
    if with_tags:
        parts += item.tags
    return "\n".join(p for p in parts if p)


__all__ = [
    "KIND_DRAFT", "ItemRecord", "content_of", "from_record", "rows_from_json", "search_body", "searchable_text_of",
    "to_record",
]
