"""Search results as a window reads them: ranked at once, each row's item read when the row is first shown.

The search window asks for 50 hits and lays out a dozen rows before it first paints; reading all 50 items
at once (a join through the item table) cost about half a millisecond of a search's two at 10,000 notes. A
`SearchResults` holds the ranked places and reads the items a screenful (FETCHED_AT_ONCE) at a time, the
first screenful when the first row is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import overload

from amanat.app.models import SearchHit
from amanat.app.store.item_search import SearchRow

FETCHED_AT_ONCE = 12  # the window's first screenful (app/ui/sections/search_dialog.py, ROWS_LAID_OUT_AT_ONCE)


class SearchResults(Sequence[SearchHit]):
    """The hits of one search, best first; each hit read from the vault when first asked for.

    A hit whose item was deleted between the search and that moment has no id, kind or title (a window
    shows it empty and does not open it).
    """

    def __init__(self, ranked: list[tuple[int, float]], read_rows: Callable[[list[int]], dict[int, SearchRow]]):
        self._ranked = ranked
        self._read_rows = read_rows
        self._hits: list[SearchHit | None] = [None] * len(ranked)

    def __len__(self) -> int:
        return len(self._ranked)

    @overload
    def __getitem__(self, index: int) -> SearchHit: ...
    @overload
    def __getitem__(self, index: slice) -> list[SearchHit]: ...

    def __getitem__(self, index: int | slice) -> SearchHit | list[SearchHit]:
        if isinstance(index, slice):
            return [self[number] for number in range(*index.indices(len(self)))]
        hit = self._hits[index]  # IndexError as a list gives it
        if hit is None:
            self._read_from(index % len(self._hits))
            hit = self._hits[index]
            assert hit is not None  # just read
        return hit

    def _read_from(self, number: int) -> None:
        """Read the screenful of hits that holds `number` (those not read yet)."""
        start = number - number % FETCHED_AT_ONCE
        wanted = [(n, *self._ranked[n]) for n in range(start, min(start + FETCHED_AT_ONCE, len(self._ranked)))
                  if self._hits[n] is None]
        rows = self._read_rows([place for _n, place, _rank in wanted])
        for n, place, rank in wanted:
            row = rows.get(place)
            self._hits[n] = (SearchHit(id=row.id, kind=row.kind, title=row.title, snippet="", rank=rank,
                                       updated_at=row.updated_at, content=row.content, stored_tags=row.tags)
                             if row is not None else SearchHit(id="", kind="", title="", snippet="", rank=rank))
