"""Every SQL statement of Amanat's vault, behind methods that take and return dataclasses."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import sqlcipher3

from amanat.app.errors import NotFound
from amanat.app.item_codec import ItemRecord
from amanat.app.models import ItemHeader
from amanat.app.store import item_search
from amanat.app.store.attachment_rows import AttachmentRows, item_seq
from amanat.app.store.connection import Connection, Transaction, database_errors_as_amanat_errors, transaction
from amanat.app.store.erasure import purge_items
from amanat.app.store.item_search import SearchRow

_ITEM_COLUMNS = "id, kind, title, content, tags, pinned, created_at, updated_at, deleted_at, revision"
def index_rowid(seq: int) -> int:
    """The search index's rowid for an item: negative, so that index order is newest first."""
    return -seq
_HEADER_COLUMNS = "id, kind, title, tags, pinned, created_at, updated_at, deleted_at, revision"


@dataclass(frozen=True)
class FoldedText:
    """An item's title and body after search folding, as the index stores them."""

    title: str
    body: str


@dataclass(frozen=True)
class RevisionRecord:
    """A stored revision: the record as it was saved that time."""

    number: int
    saved_at: str
    record: ItemRecord
    source: str = ""


def _record(row: tuple) -> ItemRecord:  # type: ignore[type-arg]
    return ItemRecord(
        id=row[0],
        kind=row[1],
        title=row[2],
        content=row[3],
        tags=tuple(json.loads(row[4])) if row[4] != "[]" else (),  # most items have none: no decoder
        pinned=bool(row[5]),
        created_at=row[6],
        updated_at=row[7],
        deleted_at=row[8],
        revision=row[9],
    )


def _header(row: tuple) -> ItemHeader:  # type: ignore[type-arg]
    return ItemHeader(
        id=row[0],
        kind=row[1],
        title=row[2],
        tags=tuple(json.loads(row[3])),
        pinned=bool(row[4]),
        created_at=row[5],
        updated_at=row[6],
        deleted_at=row[7],
        revision=row[8],
    )


def _tags_json(tags: Iterable[str]) -> str:
    return json.dumps(list(tags), ensure_ascii=False)


class Repository:
    """The vault's SQL. One instance per connection (and so per thread)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self.attachments = AttachmentRows(conn)  # the attachments' tables (app/store/attachment_rows.py)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Transaction]:
        """One transaction around several writes (other services' writes included); see `Transaction`."""
        with transaction(self._conn) as handle:
            yield handle

    # -- meta -------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        """A value from the meta table, or None."""
        with database_errors_as_amanat_errors():
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def delete_meta(self, key: str) -> None:
        """Remove a value from the meta table (nothing happens if it is not there)."""
        with transaction(self._conn):
            self._conn.execute("DELETE FROM meta WHERE key = ?", (key,))

    def set_meta(self, key: str, value: str) -> None:
        """Store a value in the meta table."""
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- items ------------------------------------------------------------

    def _seq(self, item_id: str) -> int:
        return item_seq(self._conn, item_id)

    def _write_revision(self, seq: int, record: ItemRecord, source: str = "") -> None:
        self._conn.execute(
            "INSERT INTO revisions (item_seq, number, saved_at, title, content, tags, pinned, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, record.revision, record.updated_at, record.title, record.content,
             _tags_json(record.tags), int(record.pinned), source),
        )

    def _write_tags(self, seq: int, tags: Iterable[str]) -> None:
        self._conn.execute("DELETE FROM item_tags WHERE item_seq = ?", (seq,))
        self._conn.executemany(
            "INSERT INTO item_tags (item_seq, tag) VALUES (?, ?)", [(seq, t) for t in tags]
        )

    def _index(self, seq: int, folded: FoldedText) -> None:
        indexed = self._conn.execute(
            "SELECT title, body FROM search_index WHERE rowid = ?", (index_rowid(seq),)).fetchone()
        if indexed is not None and (indexed[0], indexed[1]) == (folded.title, folded.body):
            return  # unchanged (a pin, say): nothing to write
        self._conn.execute("DELETE FROM search_index WHERE rowid = ?", (index_rowid(seq),))
        self._conn.execute(
            "INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)",
            (index_rowid(seq), folded.title, folded.body),
        )

    def insert_items(self, items: Iterable[tuple[ItemRecord, FoldedText]], source: str = "") -> int:
        """Insert new items (with revision 1 and their index rows) in one transaction."""
        count = 0
        with transaction(self._conn):
            cursor = self._conn.cursor()
            for record, folded in items:
                cursor.execute(
                    "INSERT INTO items (id, kind, title, content, tags, pinned, created_at, "
                    "updated_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (record.id, record.kind, record.title, record.content, _tags_json(record.tags),
                     int(record.pinned), record.created_at, record.updated_at, record.revision),
                )
                seq = cursor.lastrowid
                assert seq is not None
                self._write_revision(seq, record, source)
                cursor.executemany(
                    "INSERT INTO item_tags (item_seq, tag) VALUES (?, ?)", [(seq, t) for t in record.tags]
                )
                cursor.execute(
                    "INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)",
                    (index_rowid(seq), folded.title, folded.body),
                )
                count += 1
        return count

    def update_item(self, record: ItemRecord, folded: FoldedText, source: str = "") -> None:
        """Store a new revision of a live item and re-index it."""
        with transaction(self._conn):
            seq = self._seq(record.id)
            self._conn.execute(
                "UPDATE items SET title = ?, content = ?, tags = ?, pinned = ?, updated_at = ?, "
                "revision = ? WHERE seq = ?",
                (record.title, record.content, _tags_json(record.tags), int(record.pinned),
                 record.updated_at, record.revision, seq),
            )
            self._write_revision(seq, record, source)
            self._write_tags(seq, record.tags)
            self._index(seq, folded)

    def item(self, item_id: str) -> ItemRecord:
        """One item, live or in the trash."""
        with database_errors_as_amanat_errors():
            row = self._conn.execute(
                f"SELECT {_ITEM_COLUMNS} FROM items WHERE id = ?", (item_id,)
            ).fetchone()
        if row is None:
            raise NotFound(f"no item with id {item_id}")
        return _record(row)

    def ids_starting_with(self, prefix: str, kind: str | None, limit: int = 2) -> list[str]:
        """Ids that start with `prefix` (of one kind if given)."""
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        sql = "SELECT id FROM items WHERE id LIKE ? ESCAPE '\\'"
        params: list[object] = [escaped + "%"]
        if kind is not None:
            sql += " AND kind = ?"
            params.append(kind)
        with database_errors_as_amanat_errors():
            rows = self._conn.execute(sql + " LIMIT ?", (*params, limit)).fetchall()
        return [str(r[0]) for r in rows]

    def live_drafts_in_link_group(self, group: str) -> list[ItemRecord]:
        """The drafts (not in the trash) that are language versions of one document (app/linked_versions.py)."""
        with database_errors_as_amanat_errors():
            rows = self._conn.execute(
                f"SELECT {_ITEM_COLUMNS} FROM items WHERE kind = 'draft' AND deleted_at IS NULL "
                "AND json_extract(content, '$.link.group') = ? ORDER BY created_at, id", (group,)).fetchall()
        return [_record(row) for row in rows]

    def live_contact_ids_with_risk(self, risk_level: str) -> set[str]:
        """Ids of the contacts (not in the trash) whose risk level is `risk_level`."""
        with database_errors_as_amanat_errors():
            rows = self._conn.execute(
                "SELECT id FROM items WHERE kind = 'contact' AND deleted_at IS NULL "
                "AND json_extract(content, '$.risk_level') = ?", (risk_level,)).fetchall()
        return {str(r[0]) for r in rows}

    def headers(
        self, kind: str | None, *, in_trash: bool = False, tag: str | None = None,
        limit: int = -1, offset: int = 0,
    ) -> list[ItemHeader]:
        """Item headers for lists: pinned first, most recently changed first."""
        where = ["deleted_at IS NOT NULL" if in_trash else "deleted_at IS NULL"]
        params: list[object] = []
        if kind is not None:
            where.append("kind = ?")
            params.append(kind)
        if tag is not None:
            where.append("seq IN (SELECT item_seq FROM item_tags WHERE tag = ?)")
            params.append(tag)
        order = "deleted_at DESC" if in_trash else "pinned DESC, updated_at DESC"
        sql = (f"SELECT {_HEADER_COLUMNS} FROM items WHERE {' AND '.join(where)} "
               f"ORDER BY {order}, seq DESC LIMIT ? OFFSET ?")
        with database_errors_as_amanat_errors():
            rows = self._conn.execute(sql, (*params, limit, offset)).fetchall()
        return [_header(r) for r in rows]

    def count(self, kind: str | None, *, in_trash: bool = False) -> int:
        """How many items (of one kind, live or in the trash)."""
        sql = "SELECT count(*) FROM items WHERE deleted_at IS " + ("NOT NULL" if in_trash else "NULL")
        params: tuple[object, ...] = ()
        if kind is not None:
            sql += " AND kind = ?"
            params = (kind,)
        with database_errors_as_amanat_errors():
            return int(self._conn.execute(sql, params).fetchone()[0])

    def tags(self) -> list[tuple[str, int]]:
        """Every tag on a live item, with how many items carry it."""
        with database_errors_as_amanat_errors():
            rows = self._conn.execute(
                "SELECT tag, count(*) FROM item_tags JOIN items ON items.seq = item_tags.item_seq "
                "WHERE items.deleted_at IS NULL GROUP BY tag ORDER BY tag"
            ).fetchall()
        return [(str(t), int(n)) for t, n in rows]

    # -- trash ------------------------------------------------------------

    def move_to_trash(self, item_id: str, when: str) -> None:
        """Mark an item deleted and drop it from the search index."""
        with transaction(self._conn):
            seq = self._seq(item_id)
            self._conn.execute("UPDATE items SET deleted_at = ? WHERE seq = ?", (when, seq))
            self._conn.execute("DELETE FROM search_index WHERE rowid = ?", (index_rowid(seq),))

    def restore_from_trash(self, item_id: str, folded: FoldedText) -> None:
        """Bring an item back from the trash and re-index it."""
        with transaction(self._conn):
            seq = self._seq(item_id)
            self._conn.execute("UPDATE items SET deleted_at = NULL WHERE seq = ?", (seq,))
            self._index(seq, folded)

    def purge(self, item_ids: Iterable[str]) -> int:
        """Delete items in the trash for good, leaving nothing of them behind; return how many.

        See amanat.app.store.erasure.purge_items.
        """
        return purge_items(self._conn, item_ids)

    # -- history ----------------------------------------------------------

    def revisions(self, item_id: str) -> list[RevisionRecord]:
        """Every stored revision of an item, oldest first."""
        with database_errors_as_amanat_errors():
            head = self.item(item_id)
            rows = self._conn.execute(
                "SELECT number, saved_at, title, content, tags, pinned, source FROM revisions "
                "WHERE item_seq = ? ORDER BY number", (self._seq(item_id),)
            ).fetchall()
        return [
            RevisionRecord(
                number=n,
                saved_at=saved,
                source=source,
                record=ItemRecord(
                    id=head.id, kind=head.kind, title=title, content=content,
                    tags=tuple(json.loads(tags)), pinned=bool(pinned),
                    created_at=head.created_at, updated_at=saved, revision=n,
                ),
            )
            for n, saved, title, content, tags, pinned, source in rows
        ]

    # -- search -----------------------------------------------------------

    def search(self, match: str, limit: int, kind: str | None = None) -> list[SearchRow]:
        """Live items matching an FTS5 expression, best first (see `item_search.search`)."""
        with database_errors_as_amanat_errors():
            return item_search.search(self._conn, match, limit, kind)

    def ranked_matches(self, match: str, limit: int) -> list[tuple[int, float]]:
        """Places and ranks of the best live items matching `match` (see `item_search.ranked`)."""
        with database_errors_as_amanat_errors():
            return item_search.ranked(self._conn, match, limit)

    def search_rows(self, places: list[int]) -> dict[int, SearchRow]:
        """The items at places `ranked_matches` gave (see `item_search.rows_of`)."""
        with database_errors_as_amanat_errors():
            return item_search.rows_of(self._conn, places)

    # -- integrity --------------------------------------------------------

    def integrity_problems(self) -> list[str]:
        """Everything SQLCipher, SQLite and FTS5 find wrong; empty when healthy."""
        problems: list[str] = []
        checks = [
            ("encryption", "PRAGMA cipher_integrity_check", lambda row: str(row[0])),
            ("database", "PRAGMA integrity_check", lambda row: "" if row[0] == "ok" else str(row[0])),
            ("reference", "PRAGMA foreign_key_check", lambda row: f"{row[0]} row {row[1]}"),
            ("search index", "INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)",
             lambda row: str(row)),
        ]
        for label, statement, describe in checks:
            # Each check runs on its own: a damaged page that stops one must not hide the others.
            try:
                problems += [f"{label}: {d}" for d in map(describe, self._conn.execute(statement).fetchall()) if d]
            except sqlcipher3.DatabaseError as error:
                problems.append(f"{label}: {error}")
        return problems

    def checkpoint(self) -> None:
        """Fold the write-ahead log back into the database file."""
        with database_errors_as_amanat_errors():
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()

    def copy_to(self, path: str) -> None:
        """Write an encrypted copy (same key) of the whole database to `path`."""
        with database_errors_as_amanat_errors():
            self._conn.execute("VACUUM INTO ?", (path,))
