"""The baselines: the rows Amanat stores for a note, written by hand with executemany.

Per note that is one `items` row, its revision 1 in `revisions`, one
`item_tags` row per tag and one `search_index` row of folded text, exactly
the values `ItemService.add_many` writes (content JSON, tags JSON, folded
title and folded body-plus-tags), in one transaction per batch. What the
baseline skips is everything around the SQL: validation, dataclass copies,
per-row statements and building the returned items.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from amanat.app.items import now_utc
from amanat.app.models import Note
from amanat.app.search_text import fold_for_search
from amanat.app.store.connection import Connection, open_database
from amanat.app.store.schema import migrate
from amanat.crypto.secret_bytes import SecretBytes

# Amanat's connection pragmas (app/store/connection.py), set by hand on the
# plain sqlite3 baseline; `pragma_snapshot` checks both baselines against the vault.
PLAIN_SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
)
COMPARED_PRAGMAS = ("journal_mode", "synchronous", "secure_delete", "foreign_keys", "temp_store")
VAULT_KEY_BYTES = 32


class SqlConnection(Protocol):
    """What the baselines need of a sqlite3 or sqlcipher3 connection."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Any, /) -> Any: ...

    def close(self) -> None: ...


def open_raw_sqlcipher(path: Path) -> Connection:
    """A fresh SQLCipher database, keyed and configured as Amanat does, with Amanat's schema."""
    key = SecretBytes(secrets.token_bytes(VAULT_KEY_BYTES))
    try:
        conn = open_database(path, key, create=True)
    finally:
        key.wipe()
    migrate(conn)
    return conn


def open_raw_sqlite(path: Path) -> sqlite3.Connection:
    """A fresh plain (unencrypted) SQLite database with Amanat's pragmas and schema."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    for pragma in PLAIN_SQLITE_PRAGMAS:
        conn.execute(pragma)
    # migrate() only calls execute() and BEGIN/COMMIT, which sqlite3 has too.
    migrate(_WithoutFtsSecureDelete(conn))  # type: ignore[arg-type]
    return conn


class _WithoutFtsSecureDelete:
    """Python's own SQLite (3.40) predates FTS5's 'secure-delete' option, which schema 4 turns on
    and schema 5 off again: skipping both leaves the same index settings."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Any:
        if "'secure-delete'" in sql and sqlite3.sqlite_version_info < (3, 42, 0):
            return self._conn.execute("SELECT 1")
        return self._conn.execute(sql, parameters)


def pragma_snapshot(conn: SqlConnection) -> dict[str, str]:
    """The settings that decide write cost, as the connection reports them."""
    return {name: str(conn.execute(f"PRAGMA {name}").fetchone()[0]) for name in COMPARED_PRAGMAS}


def search_body_of(note: Note) -> str:
    """What the index stores besides the title: body and tags (as amanat.app.item_codec.search_body)."""
    return "\n".join(part for part in (note.body, *note.tags) if part)


def insert_notes_raw(conn: SqlConnection, notes: Sequence[Note]) -> int:
    """Insert `notes` in one transaction with one executemany per table; return how many."""
    when = now_utc()
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Inside the write transaction nobody else can take these numbers.
        first_seq = int(conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM items").fetchone()[0])
        item_rows: list[tuple[object, ...]] = []
        revision_rows: list[tuple[object, ...]] = []
        tag_rows: list[tuple[int, str]] = []
        index_rows: list[tuple[int, str, str]] = []
        for seq, note in enumerate(notes, start=first_seq):
            content = json.dumps({"body": note.body}, ensure_ascii=False, separators=(",", ":"))
            tags = json.dumps(list(note.tags), ensure_ascii=False)
            item_rows.append((seq, uuid.uuid4().hex, note.kind, note.title, content, tags, 0, when, when, 1))
            revision_rows.append((seq, 1, when, note.title, content, tags, 0))
            tag_rows.extend((seq, tag) for tag in note.tags)
            index_rows.append((-seq, fold_for_search(note.title), fold_for_search(search_body_of(note))))
        conn.executemany(
            "INSERT INTO items (seq, id, kind, title, content, tags, pinned, created_at, updated_at, revision) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", item_rows,
        )
        conn.executemany(
            "INSERT INTO revisions (item_seq, number, saved_at, title, content, tags, pinned) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", revision_rows,
        )
        conn.executemany("INSERT INTO item_tags (item_seq, tag) VALUES (?, ?)", tag_rows)
        conn.executemany("INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)", index_rows)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return len(item_rows)


TABLES = ("items", "revisions", "item_tags", "search_index")
_COMPARED_ITEM_COLUMNS = "seq, kind, title, content, tags, pinned, revision"


def table_counts(conn: SqlConnection) -> dict[str, int]:
    """Rows per table, to check that subject and baselines stored the same things."""
    return {table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]) for table in TABLES}  # noqa: S608


def sample_rows(conn: SqlConnection, seqs: Sequence[int]) -> list[tuple[object, ...]]:
    """Item, revision, tag and index values of some items, minus ids and times (which differ by design)."""
    rows: list[tuple[object, ...]] = []
    for seq in seqs:
        item = conn.execute(f"SELECT {_COMPARED_ITEM_COLUMNS} FROM items WHERE seq = ?", (seq,)).fetchone()  # noqa: S608
        revision = conn.execute(
            "SELECT number, title, content, tags, pinned FROM revisions WHERE item_seq = ?", (seq,)
        ).fetchall()
        tags = conn.execute("SELECT tag FROM item_tags WHERE item_seq = ? ORDER BY tag", (seq,)).fetchall()
        index = conn.execute("SELECT title, body FROM search_index WHERE rowid = ?", (-seq,)).fetchone()
        rows.append((tuple(item), tuple(map(tuple, revision)), tuple(map(tuple, tags)), tuple(index)))
    return rows
