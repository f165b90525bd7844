"""Deleting for good: after a purge, nothing of the deleted items stays anywhere in the vault's files.

Three things keep deleted words in an SQLCipher file after a DELETE, each readable by
anyone who later has the passphrase:

* the search index. FTS5 does not remove a row's words when the row is deleted or changed:
  it writes a delete marker, and the words stay in the older segments until a merge reaches
  them (and the index's own b-tree, search_index_idx, keeps prefixes of words up to the whole
  word). Removing them in place at every write (FTS5 secure-delete, schema 4) cost every save
  ~0.1-0.2 s, and could not reach the b-tree or the words of an item's earlier versions; since
  schema 5 ordinary writes leave the markers, and a deletion for good writes the whole index
  anew (`rewrite_search_index`), which keeps only what live items have;
* free pages. `PRAGMA secure_delete` (set on every connection) zeroes them; incremental
  vacuum then gives them back, so the file shrinks to what is still in use;
* the write-ahead log. It keeps old copies of the pages it wrote until it is truncated.

Copies that the disk itself keeps (SSD wear levelling, journalling or copy-on-write file
systems, snapshots, backups) are beyond the reach of any program.
"""

from __future__ import annotations

from collections.abc import Iterable

from amanat.app.store.connection import Connection, database_errors_as_amanat_errors, transaction

# Items' search rowids are -seq (negative): row 0 is never an item's.
_SPARE_ROWID = 0

# The meta key under which an item's key of pseudonyms is kept (followed by the item id).
META_REDACTION_KEY_PREFIX = "redaction_key:"


def rewrite_search_index(conn: Connection) -> None:
    """Write the whole search index anew, without any trace of deleted rows (inside a transaction).

    FTS5's optimize merges segments, and leaves an index that is one segment already alone:
    a spare row makes a second segment, so that the optimize writes everything anew.
    """
    conn.execute("INSERT INTO search_index (rowid, title, body) VALUES (?, '', 'x')", (_SPARE_ROWID,))
    conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (_SPARE_ROWID,))


def erase_freed_space(conn: Connection) -> bool:
    """After a committed deletion: zero, then give back, the freed pages and empty the write-ahead log.

    The first checkpoint writes the zeroed pages over their old content inside the file; the
    vacuum then moves the pages still in use off the end of the file and cuts it short; the last
    checkpoint empties the log. Returns False when another connection of this vault kept the
    log from being emptied: it is emptied when the vault closes.
    """
    with database_errors_as_amanat_errors():
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute("PRAGMA incremental_vacuum").fetchall()
        busy, _frames, _copied = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy


def purge_items(conn: Connection, item_ids: Iterable[str]) -> int:
    """Delete items in the trash for good, leaving nothing of them behind; return how many.

    Their revisions, tags and attachments go with them (foreign keys), and so do the sync
    documents and member states of those that no group shares. A document of an item still
    shared stays: it is how the group learns that the item was deleted. The search index is
    written anew (its older segments hold the words every version of the items had), then the
    freed pages and the write-ahead log are erased.
    """
    with transaction(conn):
        purged = [(str(row[0]),) for item_id in dict.fromkeys(item_ids) for row in conn.execute(
            "SELECT id FROM items WHERE id = ? AND deleted_at IS NOT NULL", (item_id,)).fetchall()]
        if not purged:
            return 0
        conn.executemany("DELETE FROM items WHERE id = ?", purged)
        # An item's key of pseudonyms (app/redaction/key_store.py) names the people it redacts: it goes too.
        conn.executemany("DELETE FROM meta WHERE key = ? || ?", [(META_REDACTION_KEY_PREFIX, i) for (i,) in purged])
        conn.executemany("DELETE FROM item_documents WHERE item_id = ?1 "
                         "AND NOT EXISTS (SELECT 1 FROM shared_items WHERE item_id = ?1)", purged)
        for table in ("member_vectors", "own_vectors", "known_floors", "announced_states"):
            conn.executemany(f"DELETE FROM {table} WHERE item_id = ?1 "  # noqa: S608 (a fixed table name)
                             "AND NOT EXISTS (SELECT 1 FROM shared_items WHERE item_id = ?1)", purged)
        rewrite_search_index(conn)
    erase_freed_space(conn)
    return len(purged)
