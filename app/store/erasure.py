"""Deleting for good: after a purge, nothing of the deleted items stays anywhere in the vault's files.

Three things keep deleted words in an SQLCipher file after a DELETE, each readable by
anyone who later has the passphrase:

* the search index. FTS5 keeps a deleted row's words in its segments until they are merged;
  since schema 4 it removes them in place (FTS5 secure-delete). What secure-delete cannot
  reach is the index's own b-tree (search_index_idx): it keeps, for each leaf page, a prefix
  of the first word the page had when it was written, up to the whole word. When such a
  prefix of a deleted word is no longer the start of any word still indexed, the index is
  rewritten (`rewrite_search_index`); that costs time in proportion to the index, so it is
  done only then;
* free pages. `PRAGMA secure_delete` (set on every connection) zeroes them; incremental
  vacuum then gives them back, so the file shrinks to what is still in use;
* the write-ahead log. It keeps old copies of the pages it wrote until it is truncated.

Copies that the disk itself keeps (SSD wear levelling, journalling or copy-on-write file
systems, snapshots, backups) are beyond the reach of any program.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.store.connection import Connection, database_errors_as_amanat_errors, transaction

# The tokenizer of the search index (schema.py), to find the words a deleted item had there.
SEARCH_TOKENIZER = "unicode61 remove_diacritics 2"
PREFIX_LENGTHS = (2, 3)  # the index's prefix indexes (schema: prefix = '2 3'), numbered 1 and 2
# Items' search rowids are -seq (negative): row 0 is never an item's.
_SPARE_ROWID = 0


def indexed_words(conn: Connection, texts: Iterable[tuple[str, str]]) -> list[str]:
    """The words FTS5 makes of (title, body) pairs, as the search index stores them (inside a transaction).

    They are found with a throwaway FTS5 table in the temp schema, which Amanat keeps in memory.
    """
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.words_of_deleted USING fts5 "
                 f"(title, body, tokenize = '{SEARCH_TOKENIZER}')")
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.words_of_deleted_vocab "
                 "USING fts5vocab (temp, words_of_deleted, row)")
    try:
        conn.executemany("INSERT INTO temp.words_of_deleted (title, body) VALUES (?, ?)", texts)
        return [str(row[0]) for row in conn.execute("SELECT term FROM temp.words_of_deleted_vocab")]
    finally:
        conn.execute("DROP TABLE temp.words_of_deleted_vocab")
        conn.execute("DROP TABLE temp.words_of_deleted")


def _index_keys(word: str) -> list[bytes]:
    """The terms FTS5 stores for a word: the word in index 0, its prefixes in the prefix indexes."""
    keys = [b"0" + word.encode()]
    for number, length in enumerate(PREFIX_LENGTHS, start=1):
        keys.append(str(number).encode() + word[:length].encode())
    return keys


def _lowest_word_starting_with(prefix: bytes) -> str:
    """The smallest text whose UTF-8 begins with `prefix` (which may end inside a character)."""
    for padding in range(4):
        try:
            return (prefix + b"\x80" * padding).decode("utf-8")
        except UnicodeDecodeError:
            continue
    return prefix.decode("utf-8", "ignore")


def _some_indexed_word_starts_with(conn: Connection, prefix: bytes) -> bool:
    cursor = conn.execute("SELECT term FROM temp.indexed_words WHERE term >= ?",
                          (_lowest_word_starting_with(prefix),))
    try:
        for (term,) in cursor:
            encoded = str(term).encode()
            if encoded.startswith(prefix):
                return True
            if encoded > prefix:
                return False
        return False
    finally:
        cursor.close()


def _still_indexed(conn: Connection, word: str) -> bool:
    """True when some row of the index has this word (FTS5 reads only the start of its list)."""
    phrase = '"' + word.replace('"', '""') + '"'
    row = conn.execute("SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT 1", (phrase,)).fetchone()
    return row is not None


def search_index_keeps_traces(conn: Connection, deleted_words: Sequence[str]) -> bool:
    """True when the index's b-tree still holds a prefix of a deleted word that no indexed word starts with.

    Call after the rows were deleted, inside the same transaction.
    """
    # A few thousand rows at 100,000 notes: read once, then every prefix of every word is a set lookup.
    btree_prefixes = {bytes(row[0]) for row in conn.execute("SELECT term FROM search_index_idx")}
    suspects = {key[:length] for word in deleted_words for key in _index_keys(word)
                for length in range(2, len(key) + 1) if key[:length] in btree_prefixes}
    if not suspects:
        return False
    # Most suspects start a word that other items still have: one cheap lookup each clears them.
    # The rest (often the rare words: names, numbers) are looked up among all indexed words.
    words_still_indexed = [word.encode() for word in deleted_words if _still_indexed(conn, word)]
    suspects = {s for s in suspects if not any(word.startswith(s[1:]) for word in words_still_indexed)}
    if not suspects:
        return False
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.indexed_words USING fts5vocab (main, search_index, row)")
    return any(not _some_indexed_word_starts_with(conn, suspect[1:]) for suspect in sorted(suspects))


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


def purge_items(conn: Connection, item_ids: Iterable[str], indexed_texts: Iterable[tuple[str, str]]) -> int:
    """Delete items in the trash for good, leaving nothing of them behind; return how many.

    Their revisions, tags and attachments go with them (foreign keys), and so do the sync
    documents and member states of those that no group shares. A document of an item still
    shared stays: it is how the group learns that the item was deleted. `indexed_texts` is every
    (title, body) the items ever had in the search index: where the index still holds a trace of
    one, it is rewritten. Then the freed pages and the write-ahead log are erased.
    """
    with transaction(conn):
        purged = [(str(row[0]),) for item_id in dict.fromkeys(item_ids) for row in conn.execute(
            "SELECT id FROM items WHERE id = ? AND deleted_at IS NOT NULL", (item_id,)).fetchall()]
        if not purged:
            return 0
        conn.executemany("DELETE FROM items WHERE id = ?", purged)
        conn.executemany("DELETE FROM item_documents WHERE item_id = ?1 "
                         "AND NOT EXISTS (SELECT 1 FROM shared_items WHERE item_id = ?1)", purged)
        conn.executemany("DELETE FROM member_states WHERE item_id = ?1 "
                         "AND NOT EXISTS (SELECT 1 FROM shared_items WHERE item_id = ?1)", purged)
        if search_index_keeps_traces(conn, indexed_words(conn, indexed_texts)):
            rewrite_search_index(conn)
    erase_freed_space(conn)
    return len(purged)
