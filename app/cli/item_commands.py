"""Commands about what is inside the vault: notes, contacts, drafts, search, trash, history."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from amanat.app.cli.output import counted, print_headers, print_json
from amanat.app.cli.session import open_vault
from amanat.app.errors import InvalidValue
from amanat.app.models import (
    CHANNELS,
    CONTACT_TEXT_FIELDS,
    MAX_TEXT_CHARS,
    ROW_FIELDS,
    ActionRow,
    Contact,
    Draft,
    Item,
    Note,
)

MAX_STDIN_BYTES = MAX_TEXT_CHARS * 4


def read_stdin(*, prompt_on_terminal: bool) -> str | None:
    """Text from standard input; None when it is a terminal and we should not wait for it."""
    if sys.stdin is None or sys.stdin.closed:
        return None
    if sys.stdin.isatty():
        if not prompt_on_terminal:
            return None
        print("Type the text; end with Ctrl-D on a line of its own.", file=sys.stderr)
    data = sys.stdin.buffer.read(MAX_STDIN_BYTES + 1)
    if len(data) > MAX_STDIN_BYTES:
        raise InvalidValue("the text on standard input is too long")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidValue("standard input is not UTF-8 text") from None


def _pairs(values: list[str]) -> list[tuple[str, str]]:
    pairs = []
    for value in values:
        name, sep, text = value.partition("=")
        if not sep:
            raise InvalidValue(f"expected NAME=VALUE, got {value[:40]!r}")
        pairs.append((name.strip().lower().replace("-", "_"), text))
    return pairs


def apply_contact_fields(contact: Contact, fields: list[str]) -> Contact:
    """The contact with NAME=VALUE fields applied; an empty value clears a field."""
    channels = dict(contact.channels)
    changes: dict[str, object] = {}
    for name, value in _pairs(fields):
        name = {"organization": "organisation", "preferred": "preferred_channel",
                "never": "never_contact_via", "risk": "risk_level"}.get(name, name)
        if name in CONTACT_TEXT_FIELDS:
            changes[name] = value
        elif name in CHANNELS:
            if value:
                channels[name] = value
            else:
                channels.pop(name, None)
        elif name == "preferred_channel":
            changes[name] = value.strip().lower()
        elif name == "never_contact_via":
            changes[name] = tuple(v.strip().lower() for v in value.split(",") if v.strip())
        elif name == "risk_level":
            changes[name] = value.strip().lower() or "unknown"
        else:
            raise InvalidValue(f"unknown contact field {name!r}")
    ordered = tuple((c, channels[c]) for c in CHANNELS if c in channels)
    return replace(contact, channels=ordered, **changes)  # type: ignore[arg-type]


def _show(item: Item) -> None:
    print(item.title)
    print(f"id: {item.id}   kind: {item.kind}   revision: {item.revision}   changed: {item.updated_at[:19]}")
    if item.tags:
        print(f"tags: {', '.join(item.tags)}")
    if item.pinned:
        print("pinned")
    print()
    if isinstance(item, Note):
        print(item.body)
    elif isinstance(item, Contact):
        print(f"risk level: {item.risk_level}")
        if item.never_contact_via:
            print(f"NEVER contact via: {', '.join(item.never_contact_via)}")
        if item.preferred_channel:
            print(f"preferred channel: {item.preferred_channel}")
        for channel, address in item.channels:
            print(f"{channel}: {address}")
        for name in CONTACT_TEXT_FIELDS:
            if getattr(item, name):
                print(f"{name}: {getattr(item, name)}")
    elif isinstance(item, Draft):
        print(f"template: {item.template}   status: {item.status}")
        for key, text in item.sections:
            print(f"\n## {key.replace('_', ' ')}\n{text}")
        for number, row in enumerate(item.rows, 1):
            print(f"{number}. {row.action} | {row.owner} | {row.due} | {row.status}   [{row.id[:8]}]")
            if row.note:
                print(f"   {row.note}")


def cmd_item(args: argparse.Namespace) -> int:
    kind, verb = args.command, args.verb
    with open_vault(args) as vault:
        items = vault.items
        if verb == "list":
            headers = items.list(kind, tag=args.tag, limit=args.limit)
            print_json(headers) if args.json else print_headers(headers)
        elif verb == "show":
            item = items.get(items.resolve(args.id, kind))
            print_json(item) if args.json else _show(item)
        elif verb == "delete":
            item_id = items.resolve(args.id, kind)
            items.delete(item_id)
            print(f"Moved {kind} {item_id[:8]} to the trash")
        elif verb == "add" and kind == "note":
            body = read_stdin(prompt_on_terminal=True) or ""
            print(items.add_note(args.title, body, args.tag, args.pin).id)
        elif verb == "add" and kind == "contact":
            blank = Contact(id="", display_name=args.name, tags=tuple(args.tag or ()))
            contact = apply_contact_fields(blank, args.field)
            print(items.add(contact).id)
        elif verb == "new":
            print(items.new_draft(args.template, args.title).id)
        elif verb == "edit":
            item = items.get(items.resolve(args.id, kind))
            saved = items.save(_edited(item, args))
            print(f"Saved {kind} {saved.id[:8]} (revision {saved.revision})")
    return 0


def _edited(item: Item, args: argparse.Namespace) -> Item:
    if args.tag is not None:
        item = replace(item, tags=tuple(args.tag))
    if isinstance(item, Note):
        if args.title is not None:
            item = replace(item, title=args.title)
        if args.pin is not None:
            item = replace(item, pinned=args.pin)
        body = read_stdin(prompt_on_terminal=False)
        if body:
            item = replace(item, body=body)
    elif isinstance(item, Contact):
        if args.name is not None:
            item = replace(item, display_name=args.name)
        item = apply_contact_fields(item, args.field)
    elif isinstance(item, Draft):
        if args.title is not None:
            item = replace(item, title=args.title)
        if args.status is not None:
            item = replace(item, status=args.status)
        if args.section is not None:
            text = read_stdin(prompt_on_terminal=True) or ""
            if args.section not in dict(item.sections):
                raise InvalidValue(f"a {item.template} draft has no section {args.section!r}; "
                                   f"sections: {', '.join(k for k, _ in item.sections)}")
            item = replace(item, sections=tuple((k, text if k == args.section else v) for k, v in item.sections))
        for row_fields in args.row or []:
            values = dict(_pairs(row_fields))
            unknown = set(values) - {*ROW_FIELDS, "note"}
            if unknown:
                raise InvalidValue(f"unknown row field {sorted(unknown)[0]!r}; fields: {', '.join(ROW_FIELDS)}, note")
            item = replace(item, rows=(*item.rows, ActionRow(**{"status": "todo", **values})))
    return item


def cmd_search(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        hits = vault.items.search(args.query, limit=args.limit, kind=args.kind)
    if args.json:
        print_json(hits)
        return 0
    for hit in hits:
        print(f"{hit.id[:8]}  {hit.kind:<7} {hit.title}")
        print(f"          {hit.snippet}")
    if not hits:
        print("No matches.", file=sys.stderr)
    return 0


def cmd_trash(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        items = vault.items
        if args.verb == "list":
            headers = items.trash()
            print_json(headers) if args.json else print_headers(headers)
        elif args.verb == "restore":
            item = items.restore(items.resolve(args.id))
            print(f"Restored {item.kind} {item.id[:8]}: {item.title}")
        elif args.verb == "empty":
            print(f"Deleted {counted(items.empty_trash(), 'item')} for good")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        items = vault.items
        item_id = items.resolve(args.id)
        if args.restore is not None:
            item = items.restore_revision(item_id, args.restore)
            print(f"Revision {args.restore} is current again, as revision {item.revision}")
        elif args.show is not None:
            revision = items.revision(item_id, args.show)
            print_json(revision) if args.json else _show(revision.item)
        else:
            history = items.history(item_id)
            if args.json:
                print_json([{"number": r.number, "saved_at": r.saved_at, "title": r.item.title} for r in history])
            for revision in [] if args.json else history:
                print(f"{revision.number:>4}  {revision.saved_at[:19]}  {revision.item.title}")
    return 0


def cmd_attachment(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        service = vault.attachments
        if args.verb == "add":
            info = service.add_file(vault.items.resolve(args.item), args.file)
            print(info.id)
        elif args.verb == "list":
            infos = service.list(vault.items.resolve(args.item))
            if args.json:
                print_json(infos)
            for info in [] if args.json else infos:
                print(f"{info.id[:8]}  {info.size:>12,}  {info.media_type:<24} {info.name}")
        elif args.verb == "save":
            print(service.save_copy(service.resolve(args.attachment), args.out))
        elif args.verb == "delete":
            service.delete(service.resolve(args.attachment))
            print("Attachment removed")
    return 0
