"""Checks every item passes before it is stored, whoever wrote it (CLI, GUI, sync)."""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from amanat.app.action_rows import is_fingerprint, is_row_id, with_row_ids
from amanat.app.control_characters import control_character_in
from amanat.app.errors import InvalidValue
from amanat.app.models import (
    CHANNELS,
    CONTACT_TEXT_FIELDS,
    DRAFT_STATUSES,
    MAX_LINK_CHARS,
    MAX_OWNER_CHARS,
    MAX_ROW_NOTE_CHARS,
    MAX_ROWS,
    MAX_TITLE_CHARS,
    RISK_LEVELS,
    ROW_STATUSES,
    TEMPLATE_FIELDS,
    TEMPLATE_SECTIONS,
    TEMPLATES_WITH_ROWS,
    Contact,
    Draft,
    Item,
    Note,
    check_text,
    clean_tags,
)
from amanat.app.version_links import check_link

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# A plan row's link to the meeting item it came from, or a meeting item's link to the plan it went to.
_LINK = re.compile(r"(meeting:[0-9a-f]{32}:[0-9a-f]{16}|plan:[0-9a-f]{32})?")


def _check_due(due: str) -> None:
    if due:
        try:
            if not _ISO_DATE.fullmatch(due):
                raise ValueError(due)
            datetime.date.fromisoformat(due)
        except ValueError:
            raise InvalidValue(f"the due date {due[:20]!r} is not a date like 2026-12-31 (year-month-day, "
                               "Gregorian)") from None


def _check_rows(item: Draft) -> Draft:
    """Check every cell of an action plan's rows; give rows made here their stable ids."""
    if item.rows and item.template not in TEMPLATES_WITH_ROWS:
        raise InvalidValue("only action plans and meetings have rows")
    if len(item.rows) > MAX_ROWS:
        raise InvalidValue(f"an action plan can have at most {MAX_ROWS:,} rows")
    for number, row in enumerate(item.rows, start=1):
        check_text(row.action, f"action of row {number}", MAX_TITLE_CHARS * 10)
        check_text(row.owner, f"owner of row {number}", MAX_OWNER_CHARS)
        check_text(row.note, f"note of row {number}", MAX_ROW_NOTE_CHARS)
        _refuse_control_characters(row.owner, f"owner of row {number}")
        if row.status not in ROW_STATUSES:
            raise InvalidValue(f"row status must be one of {', '.join(ROW_STATUSES)}")
        _check_due(row.due)
        if row.owner_id and not is_fingerprint(row.owner_id):
            raise InvalidValue(f"the owner of row {number} is not a group member's identity (64 hex digits)")
        if row.owner_id and not row.owner.strip():
            raise InvalidValue(f"row {number}: an owner chosen from the group needs their name")
        if row.id and not is_row_id(row.id):
            raise InvalidValue(f"row {number} has a malformed id {row.id[:20]!r} (16 hex digits)")
        if len(row.link) > MAX_LINK_CHARS or not _LINK.fullmatch(row.link):
            raise InvalidValue(f"row {number}: its link to a meeting or plan is not well formed")
    return replace(item, rows=with_row_ids(item.id, item.rows, fresh=True))


def _checked_fields(draft: Draft) -> tuple[tuple[str, str], ...]:
    """Every field of the draft's template, in template order ('' when absent); InvalidValue when one is wrong."""
    allowed = TEMPLATE_FIELDS.get(draft.template, ())
    values = dict(draft.fields)
    for key, value in draft.fields:
        if key not in allowed:
            raise InvalidValue(f"a {draft.template} draft has no field {key!r}")
        check_text(value, key, MAX_TITLE_CHARS)
        _refuse_control_characters(value, key)
    date = values.get("date", "")
    if date:
        try:
            if not _ISO_DATE.fullmatch(date):
                raise ValueError(date)
            datetime.date.fromisoformat(date)
        except ValueError:
            raise InvalidValue(f"the meeting date {date[:20]!r} is not a date like 2026-12-31") from None
    if values.get("online", "") not in ("", "yes"):
        raise InvalidValue("'online' is either 'yes' or empty")
    return tuple((key, values.get(key, "")) for key in allowed)


def _refuse_control_characters(text: str, what: str) -> None:
    found = control_character_in(text)
    if found is not None:
        raise InvalidValue(f"the {what} contains an invisible control character ({found}); remove it")


def validated(item: Item) -> Item:
    """Return `item` with tags cleaned, or raise InvalidValue saying what is wrong."""
    check_text(item.title, "title", MAX_TITLE_CHARS)
    _refuse_control_characters(item.title, "name" if isinstance(item, Contact) else "title")
    item = replace(item, tags=clean_tags(item.tags))  # tabs and line breaks in a tag become spaces
    for tag in item.tags:
        _refuse_control_characters(tag, "tag")
    if isinstance(item, Note):
        check_text(item.body, "note's text")
    elif isinstance(item, Contact):
        if not item.display_name.strip():
            raise InvalidValue("a contact needs a name")
        for name in CONTACT_TEXT_FIELDS:
            check_text(getattr(item, name), name.replace("_", " "))
        for channel, address in item.channels:
            if channel not in CHANNELS:
                raise InvalidValue(f"unknown channel {channel!r}; channels are {', '.join(CHANNELS)}")
            check_text(address, f"{channel} address", MAX_TITLE_CHARS)
            _refuse_control_characters(address, f"{channel} address")
        if len({c for c, _ in item.channels}) != len(item.channels):
            raise InvalidValue("a channel is listed twice")
        if item.preferred_channel and item.preferred_channel not in CHANNELS:
            raise InvalidValue(f"unknown preferred channel {item.preferred_channel!r}")
        for channel in item.never_contact_via:
            if channel not in CHANNELS:
                raise InvalidValue(f"unknown channel {channel!r} in 'never contact via'")
        if item.preferred_channel and item.preferred_channel in item.never_contact_via:
            raise InvalidValue("the preferred channel is also marked 'never contact via'")
        if item.risk_level not in RISK_LEVELS:
            raise InvalidValue(f"risk level must be one of {', '.join(RISK_LEVELS)}")
    elif isinstance(item, Draft):
        if item.template not in TEMPLATE_SECTIONS:
            raise InvalidValue(f"unknown template {item.template!r}")
        if item.status not in DRAFT_STATUSES:
            raise InvalidValue(f"status must be one of {', '.join(DRAFT_STATUSES)}")
        allowed = TEMPLATE_SECTIONS[item.template]
        for key, text in item.sections:
            if key not in allowed:
                raise InvalidValue(f"a {item.template} draft has no section {key!r}")
            check_text(text, f"section {key}")
        item = _check_rows(item)
        check_link(item, allowed)
        # Every section (and field) of the template is present, in template order.
        texts = dict(item.sections)
        item = replace(item, sections=tuple((key, texts.get(key, "")) for key in allowed),
                       fields=_checked_fields(item))
    return item
