"""The SQL of my sync identity and of my peers (people whose contact cards I imported)."""

from __future__ import annotations

from dataclasses import dataclass

from amanat.app.errors import NotFound
from amanat.app.store.connection import Connection, database_errors_as_amanat_errors, transaction


@dataclass(frozen=True)
class IdentityRecord:
    """This vault's sync identity as stored (the secrets stay inside the encrypted database)."""

    signing_seed: bytes
    age_secret: bytes
    display_name: str
    created_at: str
    clock: str

    def __repr__(self) -> str:
        return f"IdentityRecord(display_name={self.display_name!r}, <secrets hidden>)"


@dataclass(frozen=True)
class PeerRecord:
    """Someone whose contact card was imported."""

    fingerprint: str  # 64 hex digits
    name: str
    card: bytes  # the card file as imported (signed by its owner)
    verified_at: str | None
    previous_fingerprint: str | None  # set by earlier versions when this card replaced a peer; never now
    added_at: str


class SyncRows:
    """Reading and writing rows of sync's tables on one connection."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def _one(self, sql: str, params: tuple[object, ...]) -> tuple | None:  # type: ignore[type-arg]
        with database_errors_as_amanat_errors():
            row: tuple | None = self._conn.execute(sql, params).fetchone()  # type: ignore[type-arg]
        return row

    def _all(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:  # type: ignore[type-arg]
        with database_errors_as_amanat_errors():
            return list(self._conn.execute(sql, params).fetchall())

    def _write(self, sql: str, params: tuple[object, ...]) -> int:
        with transaction(self._conn):
            return int(self._conn.execute(sql, params).rowcount)


class PeerRows(SyncRows):
    """The sync_identity and peers tables. One instance per connection (`SyncRepository.peer_rows`)."""

    # -- identity ---------------------------------------------------------

    def identity(self) -> IdentityRecord | None:
        """This vault's identity, or None before the first use of sync."""
        row = self._one(
            "SELECT signing_seed, age_secret, display_name, created_at, clock FROM sync_identity", ()
        )
        return None if row is None else IdentityRecord(bytes(row[0]), bytes(row[1]), row[2], row[3], row[4])

    def create_identity(self, record: IdentityRecord) -> None:
        """Store the identity (once: a second one is refused by the table)."""
        self._write(
            "INSERT INTO sync_identity (singleton, signing_seed, age_secret, display_name, created_at, clock) "
            "VALUES (1, ?, ?, ?, ?, ?)",
            (record.signing_seed, record.age_secret, record.display_name, record.created_at, record.clock),
        )

    def set_display_name(self, name: str) -> None:
        """The name on my card."""
        self._write("UPDATE sync_identity SET display_name = ?", (name,))

    def set_clock(self, clock: str) -> None:
        """Persist the hybrid logical clock, so it never runs backwards across sessions."""
        self._write("UPDATE sync_identity SET clock = ? WHERE clock < ?", (clock, clock))

    # -- peers ------------------------------------------------------------

    _PEER_COLUMNS = "fingerprint, name, card, verified_at, previous_fingerprint, added_at"

    def _peer(self, row: tuple) -> PeerRecord:  # type: ignore[type-arg]
        return PeerRecord(row[0], row[1], bytes(row[2]), row[3], row[4], row[5])

    def peers(self) -> list[PeerRecord]:
        """Every peer, by name."""
        return [self._peer(r) for r in self._all(f"SELECT {self._PEER_COLUMNS} FROM peers ORDER BY name, fingerprint")]

    def peer(self, fingerprint: str) -> PeerRecord | None:
        """One peer by full fingerprint, or None."""
        row = self._one(f"SELECT {self._PEER_COLUMNS} FROM peers WHERE fingerprint = ?", (fingerprint,))
        return None if row is None else self._peer(row)

    def peers_starting_with(self, prefix: str, limit: int = 2) -> list[PeerRecord]:
        """Peers whose fingerprint starts with `prefix` (a hex string)."""
        rows = self._all(
            f"SELECT {self._PEER_COLUMNS} FROM peers WHERE substr(fingerprint, 1, ?) = ? LIMIT ?",
            (len(prefix), prefix, limit),
        )
        return [self._peer(r) for r in rows]

    def add_peer(self, record: PeerRecord) -> None:
        """Store a new peer."""
        self._write(
            f"INSERT INTO peers ({self._PEER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            (record.fingerprint, record.name, record.card, record.verified_at, record.previous_fingerprint,
             record.added_at),
        )

    def update_peer_card(self, fingerprint: str, name: str, card: bytes) -> None:
        """A newer card with the same keys (a new name, say); verification stands."""
        self._write("UPDATE peers SET name = ?, card = ? WHERE fingerprint = ?", (name, card, fingerprint))

    def set_verified(self, fingerprint: str, when: str | None) -> None:
        """Mark a peer verified (or not, with None)."""
        if self._write("UPDATE peers SET verified_at = ? WHERE fingerprint = ?", (when, fingerprint)) == 0:
            raise NotFound(f"no peer {fingerprint[:16]}")
