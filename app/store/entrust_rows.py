"""The SQL of entrusting: the sets of shares this vault made, and the shares it holds for others."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass

from amanat.app.store.connection import Transaction, transaction
from amanat.app.store.peer_rows import SyncRows


@dataclass(frozen=True)
class EntrustSetRecord:
    """A set of shares this vault made: when, k of n, and who holds the shares (name and fingerprint)."""

    set_id: str
    created: int
    threshold: int
    shares: int
    holders: tuple[tuple[str, str], ...]  # (fingerprint, name at the time)
    replaced_at: str | None


@dataclass(frozen=True)
class HeldShareRecord:
    """A share this vault holds for someone else."""

    owner: str  # the owner's fingerprint, hex
    set_id: str
    vault_id: str
    owner_name: str
    threshold: int
    shares: int
    created: int
    share: str
    received_at: str
    answered_at: str | None

    def __repr__(self) -> str:
        return f"HeldShareRecord(owner={self.owner[:16]!r}, set_id={self.set_id!r}, <share hidden>)"


_HELD_COLUMNS = ("owner, set_id, vault_id, owner_name, threshold, shares, created, share, received_at, "
                 "answered_at")


class EntrustRows(SyncRows):
    """The entrust_sets and entrust_held tables of one connection."""

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Transaction]:
        """One transaction around several writes (the key file is written last inside it)."""
        with transaction(self._conn) as handle:
            yield handle

    # -- sets I made ------------------------------------------------------

    def add_set(self, record: EntrustSetRecord, replaced_at: str) -> None:
        """Keep a new set; every earlier one is marked as replaced (its shares no longer open anything)."""
        self._write("UPDATE entrust_sets SET replaced_at = ? WHERE replaced_at IS NULL", (replaced_at,))
        self._write(
            "INSERT INTO entrust_sets (set_id, created, threshold, shares, holders, replaced_at) "
            "VALUES (?, ?, ?, ?, ?, NULL)",
            (record.set_id, record.created, record.threshold, record.shares,
             json.dumps([list(h) for h in record.holders], ensure_ascii=False)),
        )

    def retire_sets(self, replaced_at: str) -> None:
        """Mark every set as no longer current (the key file lost its entrust slot)."""
        self._write("UPDATE entrust_sets SET replaced_at = ? WHERE replaced_at IS NULL", (replaced_at,))

    def sets(self) -> list[EntrustSetRecord]:
        """Every set made, newest first: the current one, then the others by when they were replaced."""
        rows = self._all("SELECT set_id, created, threshold, shares, holders, replaced_at FROM entrust_sets "
                         "ORDER BY replaced_at IS NOT NULL, replaced_at DESC, created DESC, set_id")
        return [EntrustSetRecord(r[0], r[1], r[2], r[3], tuple((h[0], h[1]) for h in json.loads(r[4])), r[5])
                for r in rows]

    # -- shares I hold ----------------------------------------------------

    def hold(self, record: HeldShareRecord) -> None:
        """Keep a share; older sets of the same owner's same vault are dropped (they were replaced)."""
        self._write("DELETE FROM entrust_held WHERE owner = ? AND vault_id = ? AND created <= ? AND set_id != ?",
                    (record.owner, record.vault_id, record.created, record.set_id))
        self._write(
            f"INSERT INTO entrust_held ({_HELD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
            (record.owner, record.set_id, record.vault_id, record.owner_name, record.threshold, record.shares,
             record.created, record.share, record.received_at, record.answered_at),
        )

    def held(self) -> list[HeldShareRecord]:
        """Every share held for others, newest set first."""
        rows = self._all(f"SELECT {_HELD_COLUMNS} FROM entrust_held ORDER BY created DESC, owner")  # noqa: S608
        return [HeldShareRecord(*row) for row in rows]

    def held_for(self, vault_id: str, set_id: str) -> HeldShareRecord | None:
        """The share held for one set of one vault, if any."""
        row = self._one(f"SELECT {_HELD_COLUMNS} FROM entrust_held WHERE vault_id = ? AND set_id = ?",  # noqa: S608
                        (vault_id, set_id))
        return None if row is None else HeldShareRecord(*row)

    def holds(self, owner: str, set_id: str) -> bool:
        """Whether this share is held already."""
        return self._one("SELECT 1 FROM entrust_held WHERE owner = ? AND set_id = ?", (owner, set_id)) is not None

    def newer_set_held(self, owner: str, vault_id: str, created: int) -> bool:
        """Whether a newer set of this owner's vault is held already (an older share arriving late)."""
        return self._one("SELECT 1 FROM entrust_held WHERE owner = ? AND vault_id = ? AND created > ?",
                         (owner, vault_id, created)) is not None

    def mark_answered(self, owner: str, set_id: str, at: str) -> None:
        """Note when the share was last sent back to a recovery request."""
        self._write("UPDATE entrust_held SET answered_at = ? WHERE owner = ? AND set_id = ?", (at, owner, set_id))

    def drop_held(self, owner: str, set_id: str) -> bool:
        """Stop holding a share; True if there was one."""
        return self._write("DELETE FROM entrust_held WHERE owner = ? AND set_id = ?", (owner, set_id)) > 0
