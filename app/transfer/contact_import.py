"""Contacts from a vCard file into the vault: duplicates found and offered for merge, never added silently.

A card is the same person as a contact already in the vault (or an earlier card of the same file)
when their names fold to the same text (Dari and Arabic spellings, case, spacing: the search's
folding), or they share a phone number (its last nine digits) or an e-mail address. The plan is
shown first; applying it writes everything in one transaction, or nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from amanat.app.items import ItemService
from amanat.app.models import KIND_CONTACT, Contact
from amanat.app.search_text import fold_for_search
from amanat.app.transfer.vcard import ParsedCards

_NOT_DIGITS = re.compile(r"\D")
PHONE_DIGITS_COMPARED = 9  # enough to ignore country codes and trunk prefixes (+93 70…, 070…)


@dataclass(frozen=True)
class IncomingContact:
    """One card of the file: the contact it makes, and the vault contact it duplicates (id, or None)."""

    contact: Contact
    duplicate_of: str | None = None
    duplicate_name: str = ""
    adds: tuple[str, ...] = ()  # for a duplicate: what completing it would add (channel and field names)


@dataclass(frozen=True)
class ContactImportResult:
    """What applying a plan did."""

    added: int
    merged: int
    skipped: int
    unchanged: int = 0  # duplicates that had nothing to add


def _keys(contact: Contact) -> set[str]:
    keys = {"name:" + " ".join(fold_for_search(contact.display_name).split())}
    for channel, address in contact.channels:
        if channel in ("phone", "whatsapp", "signal"):
            digits = _NOT_DIGITS.sub("", address)
            if len(digits) >= 6:
                keys.add("phone:" + digits[-PHONE_DIGITS_COMPARED:])
        elif channel == "email":
            keys.add("email:" + address.strip().casefold())
    return keys


def merged_contact(existing: Contact, incoming: Contact) -> Contact:
    """`existing` completed from `incoming`: empty fields filled, missing channels added, new note lines added.

    Nothing the vault holds is overwritten, and the safety fields are never touched.
    """
    fields = {name: getattr(incoming, name) for name in ("alias", "organisation", "role", "country", "city")
              if not getattr(existing, name) and getattr(incoming, name)}
    have = dict(existing.channels)
    # A channel the user marked "never contact via" gets no address from a card: anyone can send a card
    # with a colleague's name on it.
    channels = existing.channels + tuple((c, a) for c, a in incoming.channels
                                         if c not in have and c not in existing.never_contact_via)
    notes = existing.notes
    new_lines = [line for line in incoming.notes.splitlines() if line.strip() and line not in notes]
    if new_lines:
        notes = "\n".join(filter(None, [notes, *new_lines]))
    return replace(existing, channels=channels, notes=notes, **fields)


def _additions(existing: Contact, incoming: Contact) -> tuple[str, ...]:
    completed = merged_contact(existing, incoming)
    added = [channel for channel, _address in completed.channels[len(existing.channels):]]
    added += [name for name in ("alias", "organisation", "role", "country", "city", "notes")
              if getattr(completed, name) != getattr(existing, name)]
    return tuple(added)


def plan_contact_import(items: ItemService, parsed: ParsedCards) -> list[IncomingContact]:
    """Each card with the vault contact it duplicates; cards repeated within the file are folded together."""
    known: dict[str, Contact] = {}
    for header in items.list(KIND_CONTACT):
        contact = items.get(header.id, KIND_CONTACT)
        assert isinstance(contact, Contact)
        for key in _keys(contact):
            known.setdefault(key, contact)
    plan: list[IncomingContact] = []
    seen: dict[str, int] = {}
    for incoming in parsed.contacts:
        keys = _keys(incoming)
        earlier = next((seen[k] for k in keys if k in seen), None)
        if earlier is not None:  # the same person twice in one file: one entry, completed
            entry = plan[earlier]
            plan[earlier] = replace(entry, contact=merged_contact(entry.contact, incoming))
            continue
        match = next((known[k] for k in sorted(keys) if k in known), None)
        for key in keys:
            seen[key] = len(plan)
        if match is None:
            plan.append(IncomingContact(incoming))
        else:
            plan.append(IncomingContact(incoming, match.id, match.display_name, _additions(match, incoming)))
    return plan


def apply_contact_import(items: ItemService, plan: list[IncomingContact], *, merge_duplicates: bool
                         ) -> ContactImportResult:
    """Add the new contacts, and merge (or skip) the duplicates, in one transaction: all, or nothing."""
    new = [entry.contact for entry in plan if entry.duplicate_of is None]
    duplicates = [entry for entry in plan if entry.duplicate_of is not None]
    merged = unchanged = 0
    with items.atomic():
        if new:
            items.add_many(new, source="")
        if merge_duplicates:
            for entry in duplicates:
                assert entry.duplicate_of is not None
                existing = items.get(entry.duplicate_of, KIND_CONTACT)
                assert isinstance(existing, Contact)
                completed = merged_contact(existing, entry.contact)
                if completed == existing:
                    unchanged += 1
                    continue
                items.save(completed)
                merged += 1
    return ContactImportResult(len(new), merged, 0 if merge_duplicates else len(duplicates), unchanged)
