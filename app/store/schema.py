"""Numbered schema migrations and the version table.

Each migration is a list of statements applied in one transaction together
with the version bump. A database whose version is newer than the newest
migration here was written by a newer Amanat: it is refused untouched.
Frozen vaults of every earlier version live in tests/frozen_vaults/.
"""

from __future__ import annotations

import logging

import sqlcipher3

from amanat.app.errors import UnsupportedVersion
from amanat.app.store.connection import Connection, database_errors_as_amanat_errors, transaction

log = logging.getLogger(__name__)

_V1 = [
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TABLE items (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('note', 'contact', 'draft')),
        title TEXT NOT NULL,
        content TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]',
        pinned INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        revision INTEGER NOT NULL DEFAULT 1
    )""",
    "CREATE INDEX items_by_kind ON items (kind, deleted_at, pinned DESC, updated_at DESC)",
    """CREATE TABLE item_tags (
        item_seq INTEGER NOT NULL REFERENCES items (seq) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (item_seq, tag)
    ) WITHOUT ROWID""",
    "CREATE INDEX item_tags_by_tag ON item_tags (tag)",
    """CREATE TABLE revisions (
        item_seq INTEGER NOT NULL REFERENCES items (seq) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        saved_at TEXT NOT NULL,
        title TEXT NOT NULL,
        content TEXT NOT NULL,
        tags TEXT NOT NULL,
        pinned INTEGER NOT NULL,
        PRIMARY KEY (item_seq, number)
    ) WITHOUT ROWID""",
    """CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        item_seq INTEGER NOT NULL REFERENCES items (seq) ON DELETE CASCADE,
        name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX attachments_by_item ON attachments (item_seq)",
    """CREATE TABLE attachment_chunks (
        attachment_id TEXT NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (attachment_id, number)
    ) WITHOUT ROWID""",
    # Folded text (see amanat.app.search_text); rowid = items.seq (-seq from version 2). Only live items are indexed.
    """CREATE VIRTUAL TABLE search_index USING fts5 (
        title, body,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
    )""",
]

# Version 2: the search index keys items by -seq instead of seq, so FTS5 meets the newest
# matches first and a search can rank a bounded window of them (see Repository.search).
_V2 = [
    """CREATE VIRTUAL TABLE search_index_v2 USING fts5 (
        title, body,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
    )""",
    "INSERT INTO search_index_v2 (rowid, title, body) SELECT -rowid, title, body FROM search_index",
    "DROP TABLE search_index",
    "ALTER TABLE search_index_v2 RENAME TO search_index",
]

# Version 3: sync. This vault's identity, the peers it knows, groups (their signed membership
# logs), which items each group shares, each shared item's CRDT document, what every member is
# known to hold, the log of bundles sent and received, and the quarantine.
_V3 = [
    """CREATE TABLE sync_identity (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        signing_seed BLOB NOT NULL,
        age_secret BLOB NOT NULL,
        display_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        clock TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE peers (
        fingerprint TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        card BLOB NOT NULL,
        verified_at TEXT,
        previous_fingerprint TEXT,
        added_at TEXT NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TABLE sync_groups (
        group_id TEXT PRIMARY KEY,
        ops TEXT NOT NULL,
        joined_at TEXT NOT NULL,
        next_seq INTEGER NOT NULL DEFAULT 1
    ) WITHOUT ROWID""",
    """CREATE TABLE shared_items (
        group_id TEXT NOT NULL REFERENCES sync_groups (group_id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        shared_at TEXT NOT NULL,
        PRIMARY KEY (group_id, item_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX shared_items_by_item ON shared_items (item_id)",
    # item_revision/item_deleted: the item as the document last recorded it, and the document's
    # state vector, so a bundle skips loading documents of items that did not change since.
    """CREATE TABLE item_documents (
        item_id TEXT PRIMARY KEY,
        document BLOB NOT NULL,
        updated_at TEXT NOT NULL,
        item_revision INTEGER NOT NULL DEFAULT 0,
        item_deleted INTEGER NOT NULL DEFAULT 0,
        state_vector BLOB NOT NULL DEFAULT x''
    ) WITHOUT ROWID""",
    """CREATE TABLE member_states (
        member TEXT NOT NULL,
        item_id TEXT NOT NULL,
        state_vector BLOB NOT NULL,
        PRIMARY KEY (member, item_id)
    ) WITHOUT ROWID""",
    # A bundle is known by its sender and its id: an id alone is the sender's choice, and a
    # malicious member could otherwise "use up" someone else's bundle id.
    """CREATE TABLE bundle_log (
        bundle_id TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
        group_id TEXT NOT NULL,
        peer TEXT NOT NULL,
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        summary TEXT NOT NULL,
        PRIMARY KEY (peer, bundle_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX bundle_log_by_time ON bundle_log (at)",
    # Where a revision came from: '' for edits made here, "Name · peer id" for a merged bundle.
    "ALTER TABLE revisions ADD COLUMN source TEXT NOT NULL DEFAULT ''",
    # Bundle files already read from a USB exchange folder (by SHA-256), so they are not read again.
    """CREATE TABLE seen_files (
        digest TEXT PRIMARY KEY,
        seen_at TEXT NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TABLE quarantine (
        id TEXT PRIMARY KEY,
        received_at TEXT NOT NULL,
        sender TEXT NOT NULL,
        sender_name TEXT NOT NULL,
        group_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        bundle BLOB NOT NULL
    ) WITHOUT ROWID""",
]

# Version 4: deleting for good leaves nothing behind (see app/store/erasure.py). FTS5's
# secure-delete removes a deleted item's words from the index segments themselves (without it
# they stay until a merge). Then the whole index is written anew, without what earlier deletions
# left in it: a spare row (rowid 0 is never an item's) makes sure the optimize has two segments
# to merge, as it leaves a single segment alone. (The file's free pages are reclaimed by
# incremental vacuum, switched on by `_reclaim_free_pages_from_now_on`.)
_V4 = [
    "INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)",
    "INSERT INTO search_index (rowid, title, body) VALUES (0, '', 'x')",
    "INSERT INTO search_index (search_index) VALUES ('optimize')",
    "DELETE FROM search_index WHERE rowid = 0",
]

# Version 5: FTS5's secure-delete off again. Removing a row's words from the segments in place
# cost every save of a changed item, every move to the trash and every item a sync import
# changed ~0.1-0.2 s (instead of ~15 ms). Ordinary writes now leave FTS5's usual delete markers
# (an item's older text is kept in its history anyway); a deletion for good writes the whole
# index anew instead (app/store/erasure.py), which leaves nothing of the deleted rows in it.
_V5 = [
    "INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 0)",
]

# Version 6: entrusting the vault to colleagues (app/sharing/entrust.py). The sets of shares this
# vault made (who holds each, kept here, never in the key file), and the shares it holds for
# others: apart from items, so no search, list or bundle of items ever shows them.
_V6 = [
    """CREATE TABLE entrust_sets (
        set_id TEXT PRIMARY KEY,
        created INTEGER NOT NULL,
        threshold INTEGER NOT NULL,
        shares INTEGER NOT NULL,
        holders TEXT NOT NULL,
        replaced_at TEXT
    ) WITHOUT ROWID""",
    """CREATE TABLE entrust_held (
        owner TEXT NOT NULL,
        set_id TEXT NOT NULL,
        vault_id TEXT NOT NULL,
        owner_name TEXT NOT NULL,
        threshold INTEGER NOT NULL,
        shares INTEGER NOT NULL,
        created INTEGER NOT NULL,
        share TEXT NOT NULL,
        received_at TEXT NOT NULL,
        answered_at TEXT,
        PRIMARY KEY (owner, set_id)
    ) WITHOUT ROWID""",
]

# Version 7: bundles that grow with the change, not with the group (payload version 3). What each
# member is known to hold is kept per group, with the member's bundle sequence number that told
# it (member_vectors); the vectors this vault announced and from which of its bundles on
# (own_vectors); and, per member, the highest sequence number of every other member they said
# they applied, with how long their group log was (member_acks, member_reports). Vectors known
# from older bundles keep sequence number 0: never used to infer what a third member has.
_V7 = [
    """CREATE TABLE member_vectors (
        group_id TEXT NOT NULL,
        member TEXT NOT NULL,
        item_id TEXT NOT NULL,
        state_vector BLOB NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (group_id, item_id, member)
    ) WITHOUT ROWID""",
    "CREATE INDEX member_vectors_by_item ON member_vectors (item_id)",
    """INSERT INTO member_vectors (group_id, member, item_id, state_vector, seq)
        SELECT shared_items.group_id, member_states.member, member_states.item_id, member_states.state_vector, 0
        FROM member_states JOIN shared_items ON shared_items.item_id = member_states.item_id""",
    "DROP TABLE member_states",
    """CREATE TABLE own_vectors (
        group_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        state_vector BLOB NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (group_id, item_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX own_vectors_by_item ON own_vectors (item_id)",
    """CREATE TABLE member_acks (
        group_id TEXT NOT NULL,
        member TEXT NOT NULL,
        about TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (group_id, member, about)
    ) WITHOUT ROWID""",
    """CREATE TABLE member_reports (
        group_id TEXT NOT NULL,
        member TEXT NOT NULL,
        seq INTEGER NOT NULL,
        log_length INTEGER NOT NULL,
        PRIMARY KEY (group_id, member)
    ) WITHOUT ROWID""",
    # Whom a received full bundle was sealed for (fingerprints, space-separated; '' for others): see
    # amanat.app.sharing.knowledge.
    "ALTER TABLE bundle_log ADD COLUMN recipients TEXT NOT NULL DEFAULT ''",
    # 1 for a received bundle that left items out for this vault on trust: it is not acknowledged.
    "ALTER TABLE bundle_log ADD COLUMN trusted_me INTEGER NOT NULL DEFAULT 0",
]

# Version 8: per shared item, a state vector every recipient of this vault's bundles to the group is
# known to hold (worked out at an earlier export, kept with a digest of those recipients), so that
# what a member is known to hold never falls back to nothing when the newest vectors and
# acknowledgements have not come round yet (see amanat.app.sharing.knowledge).
_V8 = [
    """CREATE TABLE known_floors (
        group_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        state_vector BLOB NOT NULL,
        recipients TEXT NOT NULL,
        PRIMARY KEY (group_id, item_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX known_floors_by_item ON known_floors (item_id)",
]

# Version 9: the state vectors other members announced in their larger bundles (the newest few per
# member), with each bundle's payload hash, so that a member may say "I hold what this member announced
# in that bundle" (payload `holds`) instead of announcing every vector, and which of those sayings were
# taken already (see amanat.app.sharing.vouched_bundles).
_V9 = [
    """CREATE TABLE announced_bundles (
        group_id TEXT NOT NULL,
        member TEXT NOT NULL,
        seq INTEGER NOT NULL,
        payload TEXT NOT NULL,
        checked INTEGER NOT NULL,
        PRIMARY KEY (group_id, member, seq)
    ) WITHOUT ROWID""",
    """CREATE TABLE announced_states (
        item_id TEXT NOT NULL,
        group_id TEXT NOT NULL,
        member TEXT NOT NULL,
        seq INTEGER NOT NULL,
        state_vector BLOB NOT NULL,
        PRIMARY KEY (item_id, group_id, member, seq)
    ) WITHOUT ROWID""",
    "CREATE INDEX announced_states_by_bundle ON announced_states (group_id, member, seq)",
    """CREATE TABLE taken_holds (
        group_id TEXT NOT NULL,
        member TEXT NOT NULL,
        about TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (group_id, member, about, seq)
    ) WITHOUT ROWID""",
]

MIGRATIONS: dict[int, list[str]] = {1: _V1, 2: _V2, 3: _V3, 4: _V4, 5: _V5, 6: _V6, 7: _V7, 8: _V8, 9: _V9}
INCREMENTAL_VACUUM = 2  # PRAGMA auto_vacuum's value for INCREMENTAL
CURRENT_VERSION = max(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    """The schema version of the database; 0 for a new, empty one."""
    with database_errors_as_amanat_errors():
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
        ).fetchone()
        if not exists:
            return 0
        row = conn.execute("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def refuse_newer(conn: Connection) -> int:
    """Return the version, or raise UnsupportedVersion for a newer Amanat's vault."""
    version = schema_version(conn)
    if version > CURRENT_VERSION:
        raise UnsupportedVersion(
            f"this vault was written by a newer Amanat (schema {version}; this one knows "
            f"{CURRENT_VERSION}); update Amanat to open it"
        )
    return version


def migrate(conn: Connection) -> int:
    """Bring the schema to CURRENT_VERSION, one migration per transaction."""
    version = refuse_newer(conn)
    with database_errors_as_amanat_errors():
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
    while version < CURRENT_VERSION:
        target = version + 1
        with transaction(conn):
            if version == 0:
                conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
                conn.execute("INSERT INTO schema_version (version) VALUES (0)")
            for statement in MIGRATIONS[target]:
                conn.execute(statement)
            conn.execute("UPDATE schema_version SET version = ?", (target,))
        version = target
    _reclaim_free_pages_from_now_on(conn)
    return version


def _reclaim_free_pages_from_now_on(conn: Connection) -> None:
    """Switch the file to incremental vacuum, so that a purge can give back exactly the pages it freed.

    SQLite only changes auto_vacuum of a database with tables through a VACUUM, which cannot
    run inside a transaction: it runs once, after the migrations. It needs free disk space about
    the size of the vault; when it fails (a full disk), the vault still opens and it is tried
    again at the next unlock. Free pages are zeroed all the same (PRAGMA secure_delete).
    """
    with database_errors_as_amanat_errors():
        if conn.execute("PRAGMA auto_vacuum").fetchone()[0] == INCREMENTAL_VACUUM:
            return
    try:
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlcipher3.Error as error:
        log.warning("could not switch the vault to incremental vacuum (%s); will try at the next unlock",
                    type(error).__name__)
