"""Moving bundles through a transport (files, a USB exchange folder, e-mail, pasted text).

The steps the app shows: make the bundles to send (one per group with
something the others lack), hand them to a transport; review what a
transport received (each bundle previewed: who sent it, for which group, what
it would change — or why it is refused), then apply the ones the user accepts.
Files already read from an exchange folder are remembered by their hash and
not offered again.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from amanat.app.sharing.bundle_reports import LEAVE_OUT, REFUSE, ExportedBundle, ImportReport
from amanat.app.sharing.groups import GroupInfo
from amanat.app.sharing.sync_service import SyncService
from amanat.crypto.errors import AmanatError
from amanat.sync.errors import NotAddressedToMe
from amanat.sync.transports.base import IncomingBundle, Received

logger = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PendingBundle:
    """A received bundle, checked and previewed, waiting for the user's decision."""

    name: str
    digest: str
    data: bytes
    report: ImportReport | None  # None when refused
    error: AmanatError | None = None  # why it is refused

    @property
    def applicable(self) -> bool:
        """True when applying it would change the vault (or quarantine it)."""
        return self.report is not None and self.report.status in ("preview", "quarantined")


@dataclass(frozen=True)
class Review:
    """What a transport brought: bundles to decide on, and what was skipped or is still incomplete."""

    pending: tuple[PendingBundle, ...]
    skipped: tuple[tuple[str, str], ...]  # (name, reason): not bundles, damaged, refused
    not_for_me: int  # bundles on the drive addressed to other people
    already_seen: int  # files read before
    waiting: tuple[str, ...] = ()  # e.g. parts of a split bundle still missing


@dataclass(frozen=True)
class GroupFailure:
    """A group whose bundle could not be made this time, and why (for the user)."""

    group_id: str
    group_name: str
    reason: str


@dataclass(frozen=True)
class Outgoing:
    """The bundles made for sending, and the groups that failed (the others' bundles still go out)."""

    bundles: tuple[ExportedBundle, ...]
    failed: tuple[GroupFailure, ...] = ()


class Transfers:
    """The app's sync steps over any transport, on one connection's sync services."""

    def __init__(self, sync: SyncService) -> None:
        self._sync = sync

    def unverified_recipients(self) -> list[GroupInfo]:
        """The groups I would send bundles to that have members whose keys are not verified here."""
        return [g for g in self._sync.groups.groups()
                if any(m.is_me for m in g.members) and len(g.members) > 1 and g.untrusted_members()]

    def outgoing(self, *, full: bool = False, progress: Progress | None = None,
                 untrusted: str = REFUSE) -> Outgoing:
        """A bundle for each of my groups that has something the other members may lack (or news of what I have).

        Each group is exported in its own transaction: one group that fails (a damaged stored
        document, say) is reported in `Outgoing.failed` and the other groups' bundles still go out.
        `untrusted` says what to do about members not verified here (see `BundleExchange.export`);
        with LEAVE_OUT a group in which nobody else is verified gets no bundle.
        """
        bundles: list[ExportedBundle] = []
        failed: list[GroupFailure] = []
        groups = self._sync.groups.groups()
        for done, group in enumerate(groups):
            others = [m for m in group.members if not m.is_me]
            trusted = [m for m in others if m.verified]
            if any(m.is_me for m in group.members) and others and (trusted or untrusted != LEAVE_OUT):
                try:
                    bundle = self._sync.exchange.export(group.group_id, full=full, untrusted=untrusted)
                except AmanatError as error:
                    logger.warning("The bundle of one group could not be made (%s); the others go on.",
                                   type(error).__name__)
                    failed.append(GroupFailure(group.group_id, group.name, str(error)))
                else:
                    if bundle.items or bundle.news or full:
                        bundles.append(bundle)
            if progress is not None:
                progress(done + 1, len(groups))
        return Outgoing(tuple(bundles), tuple(failed))

    def seal_and_send(self, send: Callable[[list[bytes]], list[str]], *, full: bool = False,
                      untrusted: str = REFUSE, progress: Progress | None = None) -> tuple[Outgoing, list[str]]:
        """Make the bundles (see `outgoing`) and hand them to `send` (a transport's, all or nothing) in one
        transaction: if sending fails, no bundle is recorded as sent. Returns what was made and where it went."""
        with self._sync.transaction():
            outgoing = self.outgoing(full=full, untrusted=untrusted, progress=progress)
            data = [b.data for b in outgoing.bundles]
            return outgoing, send(data) if data else []

    def review(self, received: Received, *, skip_seen: bool = False,
               progress: Progress | None = None) -> Review:
        """Preview every received bundle (nothing changes)."""
        pending: list[PendingBundle] = []
        skipped = [(s.name, s.reason) for s in received.skipped]
        not_for_me = already_seen = 0
        for done, incoming in enumerate(received.bundles):
            if progress is not None:
                progress(done, len(received.bundles))
            if skip_seen and self._sync.exchange.file_seen(incoming.digest):
                already_seen += 1
                continue
            try:
                report = self._sync.exchange.preview(incoming.data)
            except NotAddressedToMe:
                not_for_me += 1
                continue
            except AmanatError as error:
                pending.append(PendingBundle(incoming.name, incoming.digest, incoming.data, None, error))
                continue
            if report.status == "own":
                already_seen += 1
                continue
            pending.append(PendingBundle(incoming.name, incoming.digest, incoming.data, report))
        return Review(tuple(pending), tuple(skipped), not_for_me, already_seen, tuple(received.waiting))

    def apply(self, pending: Sequence[PendingBundle], progress: Progress | None = None) -> list[ImportReport]:
        """Import the accepted bundles, each in its own transaction; remember their files."""
        reports = []
        for done, bundle in enumerate(pending):
            reports.append(self._sync.exchange.import_bundle(bundle.data))
            self.remember(bundle)
            if progress is not None:
                progress(done + 1, len(pending))
        return reports

    def remember(self, bundle: PendingBundle | IncomingBundle) -> None:
        """Do not offer this file again (read from an exchange folder and decided on)."""
        self._sync.exchange.remember_file(bundle.digest)

    def remember_sent(self, data: bytes) -> None:
        """My own bundle written to an exchange folder: not to be read back."""
        self._sync.exchange.remember_file(hashlib.sha256(data).hexdigest())
