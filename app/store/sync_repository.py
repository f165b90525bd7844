"""The SQL of sync: groups, shared documents, bundle log and quarantine (identity and peers: peer_rows.py)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

from amanat.app.errors import NotFound
from amanat.app.store.connection import Connection, Transaction, transaction
from amanat.app.store.knowledge_rows import KnowledgeRows
from amanat.app.store.peer_rows import IdentityRecord, PeerRecord, PeerRows, SyncRows

__all__ = ["BundleLogEntry", "GroupRecord", "IdentityRecord", "PeerRecord", "QuarantineEntry", "QuarantineSize",
           "SyncRepository"]


@dataclass(frozen=True)
class GroupRecord:
    """A group this vault belongs to: its signed membership log."""

    group_id: str  # 32 hex digits
    ops: tuple[bytes, ...]
    joined_at: str
    next_seq: int


@dataclass(frozen=True)
class BundleLogEntry:
    """One bundle sent or received."""

    bundle_id: str
    direction: str  # 'sent' | 'received'
    group_id: str
    peer: str  # the sender's fingerprint for received bundles, '' for sent ones
    seq: int
    at: str
    summary: str  # JSON: what the bundle carried or changed
    recipients: str = ""  # a received full bundle's recipients: fingerprints, space-separated
    trusted_me: bool = False  # a received bundle that left items out for me on trust (not acknowledged)


@dataclass(frozen=True)
class QuarantineEntry:
    """A bundle kept, still encrypted, until the user decides about its sender."""

    id: str
    received_at: str
    sender: str
    sender_name: str
    group_id: str
    reason: str
    bundle: bytes


@dataclass(frozen=True)
class QuarantineSize:
    """A quarantined bundle without its bytes: enough to keep the quarantine within its limits."""

    id: str
    received_at: str
    sender: str
    sender_name: str
    size: int


def _ops_text(ops: tuple[bytes, ...]) -> str:
    return "\n".join(op.hex() for op in ops)


def _ops(text: str) -> tuple[bytes, ...]:
    return tuple(bytes.fromhex(line) for line in text.split("\n") if line)


class SyncRepository(SyncRows):
    """Sync's tables. One instance per connection (and so per thread).

    My identity and my peers are `peer_rows` (app/store/peer_rows.py).
    """

    def __init__(self, conn: Connection) -> None:
        super().__init__(conn)
        self.peer_rows = PeerRows(conn)
        self.knowledge = KnowledgeRows(conn)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Transaction]:
        """One transaction around several writes (other services' writes included); see `Transaction`."""
        with transaction(self._conn) as handle:
            yield handle

    # -- groups -----------------------------------------------------------

    def groups(self) -> list[GroupRecord]:
        """Every group this vault belongs to, oldest first."""
        rows = self._all("SELECT group_id, ops, joined_at, next_seq FROM sync_groups ORDER BY joined_at, group_id")
        return [GroupRecord(r[0], _ops(r[1]), r[2], r[3]) for r in rows]

    def group(self, group_id: str) -> GroupRecord | None:
        """One group, or None."""
        row = self._one("SELECT group_id, ops, joined_at, next_seq FROM sync_groups WHERE group_id = ?", (group_id,))
        return None if row is None else GroupRecord(row[0], _ops(row[1]), row[2], row[3])

    def save_group(self, group_id: str, ops: tuple[bytes, ...], joined_at: str) -> None:
        """Store a group's membership log (new, or grown)."""
        self._write(
            "INSERT INTO sync_groups (group_id, ops, joined_at) VALUES (?, ?, ?) "
            "ON CONFLICT (group_id) DO UPDATE SET ops = excluded.ops",
            (group_id, _ops_text(ops), joined_at),
        )

    def take_sequence(self, group_id: str) -> int:
        """My next bundle sequence number in a group (each export takes one)."""
        with transaction(self._conn):
            row = self._conn.execute("SELECT next_seq FROM sync_groups WHERE group_id = ?", (group_id,)).fetchone()
            if row is None:
                raise NotFound(f"no group {group_id[:16]}")
            self._conn.execute("UPDATE sync_groups SET next_seq = next_seq + 1 WHERE group_id = ?", (group_id,))
        return int(row[0])

    # -- shared items and their documents ---------------------------------

    def share(self, group_id: str, item_id: str, when: str) -> bool:
        """Share an item into a group; False when it already was."""
        return self._write(
            "INSERT OR IGNORE INTO shared_items (group_id, item_id, shared_at) VALUES (?, ?, ?)",
            (group_id, item_id, when),
        ) > 0

    def shared_items(self, group_id: str) -> list[str]:
        """The ids of the items a group shares, in the order they were shared."""
        rows = self._all("SELECT item_id FROM shared_items WHERE group_id = ? ORDER BY shared_at, item_id", (group_id,))
        return [str(r[0]) for r in rows]

    def shared_item_ids(self) -> set[str]:
        """Every item shared with at least one group (one query, for lists of many items)."""
        return {str(r[0]) for r in self._all("SELECT DISTINCT item_id FROM shared_items", ())}

    def holds_an_unshared_item(self) -> bool:
        """True if some item (live or in the trash) is shared with no group: one query, stops at the first."""
        return bool(self._all("SELECT 1 FROM items WHERE id NOT IN (SELECT item_id FROM shared_items) LIMIT 1", ()))

    def groups_sharing(self, item_id: str) -> list[str]:
        """The groups an item is shared with."""
        return [str(r[0]) for r in self._all("SELECT group_id FROM shared_items WHERE item_id = ?", (item_id,))]

    def document(self, item_id: str) -> bytes | None:
        """A shared item's CRDT document, or None."""
        row = self._one("SELECT document FROM item_documents WHERE item_id = ?", (item_id,))
        return None if row is None else bytes(row[0])

    def save_document(self, item_id: str, document: bytes, when: str, recorded: tuple[int, bool] = (0, False),
                      state_vector: bytes = b"") -> None:
        """Store a shared item's CRDT document, the item's (revision, in trash) it reflects, and its state vector."""
        self._write(
            "INSERT INTO item_documents (item_id, document, updated_at, item_revision, item_deleted, state_vector) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (item_id) DO UPDATE SET document = excluded.document, "
            "updated_at = excluded.updated_at, item_revision = excluded.item_revision, "
            "item_deleted = excluded.item_deleted, state_vector = excluded.state_vector",
            (item_id, document, when, recorded[0], int(recorded[1]), state_vector),
        )

    def recorded_revision(self, item_id: str) -> tuple[int, bool, bytes] | None:
        """The item's (revision, in trash) its document last recorded and the document's state vector, or None."""
        row = self._one(
            "SELECT item_revision, item_deleted, state_vector FROM item_documents WHERE item_id = ?", (item_id,)
        )
        return None if row is None else (int(row[0]), bool(row[1]), bytes(row[2]))

    def forget_member_states(self) -> None:
        """Forget what members are known to hold (the next bundles carry everything)."""
        self.knowledge.forget()

    # -- bundle log -------------------------------------------------------

    def bundle_seen(self, sender: str, bundle_id: str) -> bool:
        """True when this bundle of this sender was already imported ('' for my own, sent ones)."""
        return self._one("SELECT 1 FROM bundle_log WHERE peer = ? AND bundle_id = ?", (sender, bundle_id)) is not None

    def sender_sequence_taken(self, sender: str, group_id: str, seq: int) -> bool:
        """True when a different bundle from this sender already used this sequence number."""
        row = self._one(
            "SELECT 1 FROM bundle_log WHERE direction = 'received' AND peer = ? AND group_id = ? AND seq = ?",
            (sender, group_id, seq),
        )
        return row is not None

    def log_bundle(self, entry: BundleLogEntry) -> None:
        """Record a bundle sent or received."""
        self._write(
            "INSERT INTO bundle_log (bundle_id, direction, group_id, peer, seq, at, summary, recipients, trusted_me) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (entry.bundle_id, entry.direction, entry.group_id, entry.peer, entry.seq, entry.at, entry.summary,
             entry.recipients, int(entry.trusted_me)),
        )

    def bundle_log(self, limit: int = 500) -> list[BundleLogEntry]:
        """The newest bundles sent and received."""
        rows = self._all(
            "SELECT bundle_id, direction, group_id, peer, seq, at, summary, recipients, trusted_me = 1 FROM bundle_log "
            "ORDER BY at DESC, bundle_id LIMIT ?", (limit,),
        )
        return [BundleLogEntry(*r) for r in rows]

    # -- files read from exchange folders ---------------------------------

    def file_seen(self, digest: str) -> bool:
        """True when a bundle file with this SHA-256 was already read from an exchange folder."""
        return self._one("SELECT 1 FROM seen_files WHERE digest = ?", (digest,)) is not None

    def remember_file(self, digest: str, when: str) -> None:
        """Remember a bundle file read from an exchange folder."""
        self._write("INSERT OR IGNORE INTO seen_files (digest, seen_at) VALUES (?, ?)", (digest, when))

    # -- quarantine -------------------------------------------------------

    _QUARANTINE_COLUMNS = "id, received_at, sender, sender_name, group_id, reason, bundle"

    def quarantine(self, entry: QuarantineEntry) -> bool:
        """Keep a bundle until the user decides; False when an entry with this id is already kept."""
        return self._write(
            f"INSERT OR IGNORE INTO quarantine ({self._QUARANTINE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (entry.id, entry.received_at, entry.sender, entry.sender_name, entry.group_id, entry.reason,
             entry.bundle),
        ) > 0

    def quarantine_sizes(self) -> list[QuarantineSize]:
        """Every quarantined bundle's sender and size (not its bytes), oldest first."""
        rows = self._all("SELECT id, received_at, sender, sender_name, length(bundle) FROM quarantine "
                         "ORDER BY received_at, id")
        return [QuarantineSize(r[0], r[1], r[2], r[3], int(r[4])) for r in rows]

    def quarantined(self) -> list[QuarantineEntry]:
        """Every quarantined bundle, oldest first."""
        rows = self._all(f"SELECT {self._QUARANTINE_COLUMNS} FROM quarantine ORDER BY received_at, id")
        return [QuarantineEntry(r[0], r[1], r[2], r[3], r[4], r[5], bytes(r[6])) for r in rows]

    def release_from_quarantine(self, entry_id: str) -> None:
        """Drop a quarantined bundle (after applying or discarding it)."""
        if self._write("DELETE FROM quarantine WHERE id = ?", (entry_id,)) == 0:
            raise NotFound(f"nothing in quarantine with id {entry_id}")
