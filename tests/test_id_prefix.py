"""app/id_prefix.py: items, attachments and peers are found by the first hex digits of their id, one rule."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest

from amanat.app.errors import InvalidValue, NotFound
from amanat.app.id_prefix import resolve_id_prefix
from amanat.app.vault import Vault

IDS = ["ab12cd34", "ab12ef56", "ff00aa11"]


def finder(ids: list[str], asked: list[int] | None = None) -> Callable[[str, int], list[str]]:
    def find(prefix: str, limit: int) -> list[str]:
        if asked is not None:
            asked.append(limit)
        return [found for found in ids if found.startswith(prefix)][:limit]

    return find


@pytest.mark.parametrize("typed", ["ff00", "FF00AA", "  ff00aa11 ", "ff00aa11"])
def test_a_unique_prefix_in_any_case_with_spaces_around_finds_the_id(typed: str) -> None:
    assert resolve_id_prefix(typed, "note", finder(IDS)) == "ff00aa11"


@pytest.mark.parametrize(("typed", "message"), [
    ("ff0", "'ff0' is not a note id (give at least 4 hex digits)"),
    ("ff0g", "'ff0g' is not a note id (give at least 4 hex digits)"),
    ("ff 00", "'ff 00' is not a note id (give at least 4 hex digits)"),
    ("", "'' is not a note id (give at least 4 hex digits)"),
])
def test_too_short_or_not_hex_is_not_an_id(typed: str, message: str) -> None:
    with pytest.raises(InvalidValue) as raised:  # a usage error (exit 2), not "not found"
        resolve_id_prefix(typed, "note", finder(IDS))
    assert str(raised.value) == message


def test_the_article_follows_the_name() -> None:
    with pytest.raises(InvalidValue, match="is not an attachment id"):
        resolve_id_prefix("x", "attachment", finder(IDS))


def test_nothing_found_and_several_found_say_so() -> None:
    with pytest.raises(NotFound, match=r"^no note with id 0000$"):
        resolve_id_prefix("0000", "note", finder(IDS))
    asked: list[int] = []
    with pytest.raises(InvalidValue, match=r"^more than one note has an id starting with ab12; give more digits$"):
        resolve_id_prefix("AB12", "note", finder(IDS, asked))
    assert asked == [2]  # two are enough to know it is ambiguous


def test_spaces_inside_are_dropped_only_when_asked_and_candidates_named_when_described() -> None:
    assert resolve_id_prefix("ff00 aa11", "peer", finder(IDS), ignore_inner_spaces=True) == "ff00aa11"
    with pytest.raises(InvalidValue) as raised:
        resolve_id_prefix("ab 12", "peer", finder(IDS), ignore_inner_spaces=True, describe=str.upper)
    assert str(raised.value) == ("more than one peer has an id starting with ab12: AB12CD34; AB12EF56; "
                                 "give more digits")


def test_items_and_attachments_of_a_real_vault_resolve_by_the_same_rule(vault: Vault) -> None:
    note = vault.items.add_note("a note")
    assert vault.items.resolve(note.id[:6].upper()) == note.id
    assert vault.items.resolve(f" {note.id} ", "note") == note.id
    with pytest.raises(NotFound, match=r"^no contact with id"):
        vault.items.resolve(note.id, "contact")
    with pytest.raises(InvalidValue, match="is not an item id"):
        vault.items.resolve(note.id[:3])
    with pytest.raises(InvalidValue, match="is not an item id"):
        vault.items.resolve("zz", "note")
    info = vault.attachments.add(note.id, io.BytesIO(b"\xff\xd8\xff" + bytes(100)), "photo.jpg")
    assert vault.attachments.resolve(info.id[:5]) == info.id
    with pytest.raises(NotFound, match=r"^no attachment with id"):
        vault.attachments.resolve("0" * 8 if not info.id.startswith("0" * 8) else "f" * 8)
