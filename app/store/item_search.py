"""Full-text search over the items: the FTS5 queries and what they return (the store's, like all SQL).

Search results carry what a result list shows and the item's fields still as JSON, so that only the rows a
window shows are decoded (about 0.3 ms of a search's 1.5 ms at 10,000 notes went to decoding all 50).
"""

from __future__ import annotations

from typing import NamedTuple

from amanat.app.store.connection import Connection

RANK_WINDOW = 2_000  # see search
# What a search result needs: no more, since the columns of every joined row are copied through a sort.
_SEARCH_COLUMNS = "items.id, items.kind, items.title, items.updated_at, items.content, items.tags"
# search(). Without a kind the matches need no join at all (rowid = -seq): at 10,000 notes the join
# for each of up to RANK_WINDOW matches cost more than FTS5's own work. Only the top rows are joined to items.
_WINDOW = ("SELECT -rowid AS seq, bm25(search_index, 10.0, 1.0) AS rank "
           "FROM search_index WHERE search_index MATCH ? LIMIT ?")
_MATCHES_ANY_KIND = (f"SELECT {_SEARCH_COLUMNS}, hits.rank FROM (SELECT seq, rank FROM ({_WINDOW}) ORDER BY rank "
                     "LIMIT ?) AS hits JOIN items ON items.seq = hits.seq ORDER BY hits.rank")
# The window ranked (its LIMIT keeps SQLite from flattening it), then joined in rank order (CROSS JOIN keeps it
# the outer loop), so the join stops at the limit-th item of the kind and no sort follows.
_MATCHES_THEN_KIND = (f"SELECT {_SEARCH_COLUMNS}, hits.rank FROM (SELECT seq, rank FROM ({_WINDOW}) ORDER BY rank "
                      "LIMIT ?) AS hits CROSS JOIN items ON items.seq = hits.seq WHERE items.kind = ? "
                      "ORDER BY hits.rank LIMIT ?")
# The items of one kind's own window: CROSS JOIN keeps the index as the outer loop, yielding the newest matches
# first, each checked against items by primary key (an "IN (SELECT … kind)" filter made FTS5 probe the index
# once per item of that kind: seconds at 10,000 items).
_MATCHES_OF_KIND = (f"SELECT {_SEARCH_COLUMNS}, hits.rank FROM (SELECT seq, rank FROM ("
                    "SELECT items.seq AS seq, bm25(search_index, 10.0, 1.0) AS rank "
                    "FROM search_index CROSS JOIN items ON items.seq = -search_index.rowid "
                    "WHERE search_index MATCH ? AND items.kind = ? LIMIT ?) ORDER BY rank LIMIT ?) AS hits "
                    "JOIN items ON items.seq = hits.seq ORDER BY hits.rank")


# A window's search: the best matches' places first (what the raw FTS5 query costs), then the items of the rows
# it shows, a screenful at a time (app/search_results.py): joining all 50 rows at once cost half a millisecond.
_RANKED = f"SELECT seq, rank FROM ({_WINDOW}) ORDER BY rank LIMIT ?"
_ROWS_OF = ("SELECT seq, id, kind, title, updated_at, content, tags FROM items "
            "WHERE seq IN ({places}) AND deleted_at IS NULL")
MAX_ROWS_AT_ONCE = 100  # well under SQLite's limit on parameters


class SearchRow(NamedTuple):
    """An item a search found, as stored: its fields (`content`) and tags still JSON, decoded only for the
    rows a window shows."""

    id: str
    kind: str
    title: str
    updated_at: str
    content: str
    tags: str
    rank: float


def search(conn: Connection, match: str, limit: int, kind: str | None = None) -> list[SearchRow]:
    """Live items matching an FTS5 expression, best first (bm25, titles weigh more).

    The index stores items newest first (rowid = -seq), so the inner query meets the newest matches first
    and stops after RANK_WINDOW of them: a word found in more items than that is ranked among its
    RANK_WINDOW most recent matches. Only the top rows are joined to items. This keeps a search fast at
    100,000 items.

    With a kind, the window's matches are ranked first and joined to items in rank order until `limit` of
    that kind are found: a join for every match of the window cost about 40 ms at 100,000 notes when the
    matches were spread over the whole vault (each on its own page). When that finds fewer than `limit`
    and the window was full, the items of that kind may lie beyond it: their own window of RANK_WINDOW
    matches is ranked instead.
    """
    if kind is None:
        return _ranked(conn, _MATCHES_ANY_KIND, [match, RANK_WINDOW, limit])
    found = _ranked(conn, _MATCHES_THEN_KIND, [match, RANK_WINDOW, RANK_WINDOW, kind, limit])
    if len(found) < limit and _window_full(conn, match):
        return _ranked(conn, _MATCHES_OF_KIND, [match, kind, RANK_WINDOW, limit])
    return found


def _ranked(conn: Connection, sql: str, params: list[object]) -> list[SearchRow]:
    return [SearchRow._make(row) for row in conn.execute(sql, params).fetchall()]


def _window_full(conn: Connection, match: str) -> bool:
    row = conn.execute("SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ?)",
                       (match, RANK_WINDOW)).fetchone()
    return bool(row[0] >= RANK_WINDOW)


def ranked(conn: Connection, match: str, limit: int) -> list[tuple[int, float]]:
    """The places (`items.seq`) and ranks of the best `limit` live items matching `match`, best first, as
    `search` ranks them without a kind."""
    return [(int(seq), float(rank)) for seq, rank in conn.execute(_RANKED, (match, RANK_WINDOW, limit))]


def rows_of(conn: Connection, places: list[int]) -> dict[int, SearchRow]:
    """The live items at these places (at most MAX_ROWS_AT_ONCE), rank 0; one deleted since is left out."""
    if len(places) > MAX_ROWS_AT_ONCE:
        raise ValueError(f"at most {MAX_ROWS_AT_ONCE} rows at once")
    if not places:
        return {}
    sql = _ROWS_OF.format(places=", ".join("?" * len(places)))
    return {seq: SearchRow(item_id, kind, title, updated_at, content, tags, 0.0)
            for seq, item_id, kind, title, updated_at, content, tags in conn.execute(sql, places)}
