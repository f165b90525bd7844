"""The window's search reads the items of the rows it shows, a screenful at a time, and finds what the
eager search finds."""

from __future__ import annotations

from amanat.app.models import Note
from amanat.app.search_results import FETCHED_AT_ONCE, SearchResults
from amanat.app.store.repository import Repository
from amanat.app.vault import Vault


def _fill(vault: Vault, count: int = 40) -> None:
    vault.items.add_many(Note(id="", title=f"گزارش {n}", body=f"the border report number {n}، زندان {n}")
                         for n in range(count))


def _count_reads(monkeypatch) -> list[list[int]]:  # type: ignore[no-untyped-def]
    """Watch the real reads (they still go to the vault)."""
    reads: list[list[int]] = []
    read = Repository.search_rows

    def counted(self: Repository, places: list[int]):  # type: ignore[no-untyped-def]
        reads.append(list(places))
        return read(self, places)

    monkeypatch.setattr(Repository, "search_rows", counted)
    return reads


def test_rows_are_read_a_screenful_at_a_time_when_first_asked_for(vault: Vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _fill(vault)
    reads = _count_reads(monkeypatch)
    hits = vault.items.find("border", limit=50)
    assert isinstance(hits, SearchResults) and len(hits) == 40 and reads == []
    assert hits[0].title.startswith("گزارش") and len(reads) == 1 and len(reads[0]) == FETCHED_AT_ONCE
    first_screen = hits[:FETCHED_AT_ONCE]
    assert len(reads) == 1 and all(hit.id for hit in first_screen)  # already read
    assert hits[-1].id and len(reads) == 2 and len(reads[1]) == 40 % FETCHED_AT_ONCE  # the last screenful
    assert len({hit.id for hit in hits}) == 40 and len(reads) == 4  # each screenful read once


def test_the_window_s_search_finds_what_the_eager_search_finds(vault: Vault) -> None:
    _fill(vault)
    vault.items.add_note("elsewhere", "نشست در هرات با خانواده‌ها")
    for query in ["border", "زندان", "report 1", "هرات", "گزارش"]:
        lazy = vault.items.find(query, limit=50)
        eager = vault.items.search(query, limit=50, snippets=False)
        assert sorted((hit.rank, hit.id) for hit in lazy) == sorted((hit.rank, hit.id) for hit in eager)
        assert [hit.rank for hit in lazy] == sorted(hit.rank for hit in lazy)  # best first
        assert all(vault.items.snippet_of(hit, query) == vault.items.search(query, limit=50)[n].snippet
                   for n, hit in enumerate(lazy) if hit.id == eager[n].id)


def test_an_item_deleted_before_its_row_is_read_shows_as_gone(vault: Vault) -> None:
    _fill(vault, 3)
    hits = vault.items.find("border", limit=50)
    assert len(hits) == 3
    vault.items.delete(vault.items.search("border 1", limit=1, snippets=False)[0].id)
    read = list(hits)
    assert len(read) == 3 and sum(1 for hit in read if not hit.id) == 1
    assert all(hit.title for hit in read if hit.id)
    assert vault.items.readable_snippet_of(next(hit for hit in read if not hit.id), "border") == ""
