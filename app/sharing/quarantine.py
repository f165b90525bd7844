"""How much the quarantine keeps, and which bundles give way when it is full.

Anyone who has this vault's card can send it bundles, and a bundle from someone not yet
verified is kept, still encrypted, inside the vault. Without limits a stranger could grow
the vault without end (review finding 10: six 5 MB bundles grew one from 139 KB to 33 MB).

The numbers, and why:
- Per sender, 5 bundles and 20 MB. Until a sender is verified, none of their bundles is
  applied, so nobody tells them what this vault has: each newer bundle of theirs for a group
  carries again what the older ones did. Keeping the newest few of each sender loses nothing
  that a later bundle does not bring again; 5 leaves room for a colleague in several groups.
  A normal incremental bundle is a few kilobytes; 20 MB holds a full resync of a large group.
- In all, 50 MB and 100 bundles: a stranger can make new keys for every bundle, so only a
  total bounds what an attacker can add to the vault.
- When the total is exceeded, bundles of strangers (keys nobody added) give way before
  those of people whose card was added but not yet verified, oldest first, so a flood of
  strangers' bundles cannot push out a colleague's. A bundle that alone exceeds the per-sender
  size is not kept at all: verify its sender first, then import the file again.
- The same bundle (same SHA-256) is kept once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from amanat.app.store.sync_repository import QuarantineSize


@dataclass(frozen=True)
class QuarantineLimits:
    """The quarantine's limits (tests pass smaller ones)."""

    bundles_per_sender: int = 5
    bytes_per_sender: int = 20 * 1000 * 1000
    total_bundles: int = 100
    total_bytes: int = 50 * 1000 * 1000


DEFAULT_LIMITS = QuarantineLimits()


@dataclass(frozen=True)
class DroppedBundle:
    """A quarantined bundle deleted to make room for a newer one."""

    sender: str  # fingerprint, hex
    sender_name: str
    received_at: str


def quarantine_id(data: bytes) -> str:
    """A quarantine entry's id: the start of the bundle's SHA-256, so the same bundle is kept once."""
    return hashlib.sha256(data).hexdigest()[:32]


def bundles_to_drop(entries: Sequence[QuarantineSize], newest_id: str, limits: QuarantineLimits,
                    is_known: Callable[[str], bool]) -> list[QuarantineSize]:
    """Which entries to delete, after `newest_id` was added, to bring the quarantine within `limits`.

    `entries` are oldest first; the newest entry itself is never chosen.
    """
    kept = list(entries)
    dropped: list[QuarantineSize] = []
    newest = next((e for e in kept if e.id == newest_id), None)
    if newest is not None:
        same_sender = [e for e in kept if e.sender == newest.sender and e.id != newest_id]
        while same_sender and (len(same_sender) + 1 > limits.bundles_per_sender
                               or sum(e.size for e in same_sender) + newest.size > limits.bytes_per_sender):
            oldest = same_sender.pop(0)
            kept.remove(oldest)
            dropped.append(oldest)
    # Strangers' bundles first, then those of added but unverified people; oldest first within each.
    candidates = sorted((e for e in kept if e.id != newest_id), key=lambda e: is_known(e.sender))
    while candidates and (len(kept) > limits.total_bundles or sum(e.size for e in kept) > limits.total_bytes):
        oldest = candidates.pop(0)
        kept.remove(oldest)
        dropped.append(oldest)
    return dropped
