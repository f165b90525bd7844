"""Checks every item passes before it is stored, whoever wrote it (CLI, GUI, sync)."""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from amanat.app.control_characters import control_character_in
from amanat.app.errors import InvalidValue
from amanat.app.models import (
    CHANNELS,
    CONTACT_TEXT_FIELDS,
    DRAFT_STATUSES,
    MAX_LINK_CHARS,
    MAX_ROW_ID_CHARS,
    MAX_ROWS,
    MAX_TITLE_CHARS,
    RISK_LEVELS,
    ROW_STATUSES,
    TEMPLATE_FIELDS,
    TEMPLATE_SECTIONS,
    TEMPLATES_WITH_ROWS,
    ActionRow,
    Contact,
    Draft,
    Item,
    Note,
    check_text,
    clean_tags,
)
from amanat.app.version_links import check_link


def _check_due(due: str) -> None:
    if due:
        try:
            datetime.date.fromisoformat(due)
        except ValueError:
            raise InvalidValue(f"the due date {due[:20]!r} is not a date like 2026-12-31") from None


_ROW_ID = re.compile(r"[0-9A-Za-z_-]*")
_LINK = re.compile(r"(meeting:[0-9A-Za-z_-]+:[0-9A-Za-z_-]+|plan:[0-9A-Za-z_-]+)?")


def _check_row(row: ActionRow) -> None:
    for text in (row.action, row.owner):
        check_text(text, "action plan cell", MAX_TITLE_CHARS * 10)
    if row.status not in ROW_STATUSES:
        raise InvalidValue(f"row status must be one of {', '.join(ROW_STATUSES)}")
    _check_due(row.due)
    check_text(row.id, "row id", MAX_ROW_ID_CHARS)
    check_text(row.link, "row link", MAX_LINK_CHARS)
    if not _ROW_ID.fullmatch(row.id) or not _LINK.fullmatch(row.link):
        raise InvalidValue("a row's id or link is not well formed")


def _checked_fields(draft: Draft) -> tuple[tuple[str, str], ...]:
    """Every field of the draft's template, in template order ('' when absent); InvalidValue when one is wrong."""
    allowed = TEMPLATE_FIELDS.get(draft.template, ())
    values = dict(draft.fields)
    for key, value in draft.fields:
        if key not in allowed:
            raise InvalidValue(f"a {draft.template} draft has no field {key!r}")
        check_text(value, key, MAX_TITLE_CHARS)
        _refuse_control_characters(value, key)
    if values.get("date"):
        try:
            datetime.date.fromisoformat(values["date"])
        except ValueError:
            raise InvalidValue(f"the meeting date {values['date'][:20]!r} is not a date like 2026-12-31") from None
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
        if item.rows and item.template not in TEMPLATES_WITH_ROWS:
            raise InvalidValue("only action plans and meetings have rows")
        if len(item.rows) > MAX_ROWS:
            raise InvalidValue(f"an action plan can have at most {MAX_ROWS:,} rows")
        for row in item.rows:
            _check_row(row)
        check_link(item, allowed)
        # Every section (and field) of the template is present, in template order.
        texts = dict(item.sections)
        item = replace(item, sections=tuple((key, texts.get(key, "")) for key in allowed),
                       fields=_checked_fields(item))
    return item
