"""Sync with a drive: the use case behind the window's "Sync with this drive" and `amanat sync drive PATH`.

Several people pass one USB stick around (see sync/transports/folder.py). Syncing with it
takes two steps, with the user's decision between them:

1. `DriveSync.send_and_review` previews what the drive's exchange folder holds for me
   (nothing changes), then seals my groups' changes and writes them to the folder;
2. `DriveSync.import_reviewed` applies the bundles the user accepted and, if asked,
   removes their files from the drive; `DriveSync.set_aside` remembers the ones declined,
   so they are not offered again until they change.

Both front ends call these, so they cannot disagree about what a sync means. Progress is
reported through a plain callback; the work stops at the next report once `cancelled()` is
true, or when the callback raises (as the window's worker does once Stop is pressed). A
stopped step leaves the vault as it was and writes no file: sealing and writing the bundles
is one transaction whose files are written all or nothing, and the accepted bundles are
applied in one transaction too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from amanat.app.errors import Cancelled
from amanat.app.sharing.bundle_reports import REFUSE, ExportedBundle, ImportReport
from amanat.app.sharing.groups import GroupInfo
from amanat.app.sharing.sync_service import SyncService
from amanat.app.sharing.transfer import GroupFailure, PendingBundle, Review, Transfers
from amanat.sync.transports.folder import FolderExchange

Progress = Callable[[int, int], None]
StopCheck = Callable[[], bool]

# The two stages `send_and_review` reports progress for, in this order.
READING, SEALING = "reading", "sealing"


def _never() -> bool:
    return False


def _no_progress(_done: int, _total: int) -> None:
    return None


@dataclass(frozen=True)
class DriveSyncResult:
    """What `send_and_review` did: the bundles written to the drive, the groups that failed, what to review."""

    sent: tuple[ExportedBundle, ...]
    failed: tuple[GroupFailure, ...]
    review: Review

    @property
    def written(self) -> int:
        """How many bundles were written to the drive."""
        return len(self.sent)

    @property
    def to_decide(self) -> tuple[PendingBundle, ...]:
        """The received bundles that importing would apply or quarantine (the others are refused)."""
        return tuple(p for p in self.review.pending if p.applicable)


@dataclass(frozen=True)
class DriveImportResult:
    """What `import_reviewed` did: one report per bundle, and how many files left the drive."""

    reports: tuple[ImportReport, ...]
    removed: int = 0

    @property
    def applied(self) -> int:
        """Bundles applied to the vault."""
        return sum(1 for r in self.reports if r.status == "applied")

    @property
    def quarantined(self) -> int:
        """Bundles kept in the quarantine until their senders are verified."""
        return sum(1 for r in self.reports if r.status == "quarantined")

    @property
    def dropped(self) -> int:
        """Older quarantined bundles deleted to make room."""
        return sum(len(r.dropped) for r in self.reports)


class DriveSync:
    """Sync my groups through the exchange folder of the drive mounted at `drive_root`."""

    def __init__(self, sync: SyncService, drive_root: Path, *, progress: Progress = _no_progress,
                 cancelled: StopCheck = _never, stage: Callable[[str], None] | None = None) -> None:
        self._sync = sync
        self._transfers = Transfers(sync)
        self.folder = FolderExchange(drive_root)
        self._progress = progress
        self._cancelled = cancelled
        self._stage = stage or (lambda _name: None)

    def unverified_recipients(self) -> list[GroupInfo]:
        """My groups with members whose keys are not verified here (ask the user before sending)."""
        return self._transfers.unverified_recipients()

    def _report(self, done: int, total: int) -> None:
        self._check()
        self._progress(done, total)

    def _check(self) -> None:
        if self._cancelled():
            raise Cancelled("stopped: nothing was changed")

    def send_and_review(self, *, full: bool = False, untrusted: str = REFUSE) -> DriveSyncResult:
        """Preview what the drive holds for me, then write my groups' bundles to it.

        `full` sends everything, not only what members lack; `untrusted` says what to do about
        members not verified here (see `BundleExchange.export`). Nothing is applied yet.
        """
        self._stage(READING)
        self._report(0, 0)  # each stage begins with a report: a chance to stop even when it has nothing to do
        review = self._transfers.review(self.folder.receive(), skip_seen=True, progress=self._report)
        self._stage(SEALING)
        self._report(0, 0)
        outgoing, _paths = self._transfers.seal_and_send(self._write, full=full, untrusted=untrusted,
                                                         progress=self._report)
        return DriveSyncResult(outgoing.bundles, outgoing.failed, review)

    def _write(self, bundles: list[bytes]) -> list[str]:
        """Inside the sealing transaction: write the bundles all or nothing, and remember them as mine."""
        self._check()  # the last moment to stop: what follows is written all or nothing
        written = self.folder.send(bundles)
        try:
            for data in bundles:
                self._transfers.remember_sent(data)  # my own bundles are not read back
        except BaseException:
            self.folder.remove(Path(path).name for path in written)  # the transaction rolls back: no bundle either
            raise
        return written

    def import_reviewed(self, pending: Sequence[PendingBundle], *, remove_from_drive: bool = False
                        ) -> DriveImportResult:
        """Apply the accepted bundles (all, or none if stopped or refused); then remove their files if asked."""
        if not pending:
            return DriveImportResult(())
        self._report(0, len(pending))
        with self._sync.transaction():
            reports = self._transfers.apply(pending, self._report)
        removed = 0
        if remove_from_drive:
            self.folder.remove(p.name for p in pending)
            removed = len(pending)
        return DriveImportResult(tuple(reports), removed)

    def set_aside(self, pending: Sequence[PendingBundle]) -> None:
        """Bundles the user chose not to apply: not offered again until their files change."""
        with self._sync.transaction():
            for bundle in pending:
                self._transfers.remember(bundle)
