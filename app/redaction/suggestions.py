"""What the review screen suggests marking: the vault's contacts, and Afghan provinces and districts.

Suggestions are only candidates: one is shown (and replaced) only where it occurs in the item.
The places come from resources/places/afghanistan.tsv (its header names its sources); a contact
gives a person (display name and alias: one pseudonym for both), an organisation, and a city.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

import amanat.resources as resources
from amanat.app.items import ItemService
from amanat.app.models import KIND_CONTACT, Contact

PLACES_FILE = resources.RESOURCES_DIR / "places" / "afghanistan.tsv"
Suggestion = tuple[str, list[str]]


def read_places(path: Path = PLACES_FILE) -> list[Suggestion]:
    """Each province and district of the list as (category, spellings in English, Dari and Pashto)."""
    places: list[Suggestion] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, _code, *names = line.split("\t")[:5]
        spellings = [s.strip() for column in names for s in column.split("|")]
        places.append((kind, [s.split(" (")[0] for s in spellings if s]))
    return places


@cache
def afghan_places() -> tuple[Suggestion, ...]:
    """The shipped list, provinces first (a district named like its province is the province)."""
    listed = read_places()
    return tuple(sorted(listed, key=lambda place: place[0] != "province"))


def contact_suggestions(contacts: Iterable[Contact]) -> list[Suggestion]:
    """A person for each contact (name and alias together), its organisation, its city."""
    found: list[Suggestion] = []
    for contact in contacts:
        names = [n for n in (contact.display_name, contact.alias) if n.strip()]
        if names:
            found.append(("person", names))
        if contact.organisation.strip():
            found.append(("organisation", [contact.organisation]))
        if contact.city.strip():
            found.append(("place", [contact.city]))
    return found


def vault_suggestions(items: ItemService) -> list[Suggestion]:
    """Places first (so a contact's city "Herat" is the province), then every live contact."""
    contacts = [items.get(header.id, KIND_CONTACT) for header in items.list(KIND_CONTACT)]
    return [*afghan_places(), *contact_suggestions(c for c in contacts if isinstance(c, Contact))]
