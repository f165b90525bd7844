"""The attachments' SQL: files kept with a note or draft, stored in chunks inside the vault."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import replace

from amanat.app.errors import NotFound
from amanat.app.models import AttachmentInfo
from amanat.app.store.connection import Connection, database_errors_as_amanat_errors, transaction
from amanat.app.store.erasure import erase_freed_space


def item_seq(conn: Connection, item_id: str) -> int:
    """The row number of an item (NotFound if there is none)."""
    row = conn.execute("SELECT seq FROM items WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        raise NotFound(f"no item with id {item_id}")
    return int(row[0])


class AttachmentRows:
    """The attachments and attachment_chunks tables. One instance per connection (`Repository.attachments`)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, info: AttachmentInfo, chunks: Iterable[bytes]) -> AttachmentInfo:
        """Store an attachment chunk by chunk in one transaction; return it with size and hash.

        `chunks` is consumed inside the transaction, so an error while reading
        it (a limit exceeded, a vanished file) leaves nothing behind.
        """
        digest = hashlib.sha256()
        size = 0
        with transaction(self._conn):
            seq = item_seq(self._conn, info.item_id)
            self._conn.execute(
                "INSERT INTO attachments (id, item_seq, name, media_type, size, sha256, created_at) "
                "VALUES (?, ?, ?, ?, 0, '', ?)",
                (info.id, seq, info.name, info.media_type, info.created_at),
            )
            for number, chunk in enumerate(chunks):
                digest.update(chunk)
                size += len(chunk)
                self._conn.execute(
                    "INSERT INTO attachment_chunks (attachment_id, number, data) VALUES (?, ?, ?)",
                    (info.id, number, chunk),
                )
            self._conn.execute(
                "UPDATE attachments SET size = ?, sha256 = ? WHERE id = ?",
                (size, digest.hexdigest(), info.id),
            )
        return replace(info, size=size, sha256=digest.hexdigest())

    def of_item(self, item_id: str) -> list[AttachmentInfo]:
        """The attachments of one item, oldest first."""
        with database_errors_as_amanat_errors():
            rows = self._conn.execute(
                "SELECT id, name, media_type, size, sha256, created_at FROM attachments "
                "WHERE item_seq = ? ORDER BY created_at, id", (item_seq(self._conn, item_id),)
            ).fetchall()
        return [AttachmentInfo(r[0], item_id, r[1], r[2], r[3], r[4], r[5]) for r in rows]

    def get(self, attachment_id: str) -> AttachmentInfo:
        """One attachment's description."""
        with database_errors_as_amanat_errors():
            row = self._conn.execute(
                "SELECT a.id, i.id, a.name, a.media_type, a.size, a.sha256, a.created_at "
                "FROM attachments a JOIN items i ON i.seq = a.item_seq WHERE a.id = ?",
                (attachment_id,),
            ).fetchone()
        if row is None:
            raise NotFound(f"no attachment with id {attachment_id}")
        return AttachmentInfo(*row)

    def ids_starting_with(self, prefix: str, limit: int = 2) -> list[str]:
        """Attachment ids that start with `prefix`."""
        with database_errors_as_amanat_errors():
            rows = self._conn.execute(
                "SELECT id FROM attachments WHERE substr(id, 1, ?) = ? LIMIT ?",
                (len(prefix), prefix, limit),
            ).fetchall()
        return [str(r[0]) for r in rows]

    def chunks(self, attachment_id: str) -> Iterator[bytes]:
        """The attachment's bytes, one stored chunk at a time."""
        number = 0
        while True:
            with database_errors_as_amanat_errors():
                row = self._conn.execute(
                    "SELECT data FROM attachment_chunks WHERE attachment_id = ? AND number = ?",
                    (attachment_id, number),
                ).fetchone()
            if row is None:
                return
            yield bytes(row[0])
            number += 1

    def delete(self, attachment_id: str) -> None:
        """Remove an attachment and its chunks for good (see amanat.app.store.erasure)."""
        with transaction(self._conn):
            cursor = self._conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
            if cursor.rowcount == 0:
                raise NotFound(f"no attachment with id {attachment_id}")
        erase_freed_space(self._conn)
