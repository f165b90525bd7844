"""Bundles on a removable drive, in one exchange folder whose name says nothing about Amanat or anyone.

Several people pass one USB stick around: each writes the bundles for the group
into the folder and reads (then removes) the ones addressed to them. A bundle is
written under a hidden temporary name and renamed when complete, so a reader
never sees half a bundle; hidden names (starting with ".") are ignored.

The folder may also live inside a folder kept in step by Syncthing, Nextcloud or a
cloud drive: their temporary files, placeholders, conflict copies and kept versions
are told apart by name (sync_engines.py), and a bundle found twice in one reading
(a conflict copy with the same bytes) is listed once.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path

from amanat.crypto.atomic_write import fsync_directory
from amanat.sync.bundle import MAX_BUNDLE_BYTES, bundle_file_name
from amanat.sync.transports.base import (
    MAX_ENTRIES,
    IncomingBundle,
    Received,
    Skipped,
    check_bundle,
    check_outgoing,
    display_name,
    read_regular_file,
    write_new_files,
)
from amanat.sync.transports.errors import DestinationUnusable, DriveFull, DriveMissing, TransportError, write_error
from amanat.sync.transports.sync_engines import is_engine_copy, is_ignored, is_not_downloaded, not_downloaded_note

EXCHANGE_FOLDER = "exchange"
# Room for the file system's own bookkeeping beyond the bytes of the bundles.
_SPACE_MARGIN = 64 * 1024


class FolderExchange:
    """The exchange folder on a drive mounted at `drive_root`."""

    def __init__(self, drive_root: Path) -> None:
        self.drive_root = Path(drive_root)
        self.folder = self.drive_root / EXCHANGE_FOLDER

    def is_usable(self) -> bool:
        """Is the drive there, and may we write to it?"""
        return self.drive_root.is_dir() and os.access(self.drive_root, os.W_OK)

    def free_bytes(self) -> int:
        """Free space on the drive, in bytes."""
        try:
            return shutil.disk_usage(self.drive_root).free
        except OSError as error:
            raise write_error(error) from error

    def send(self, bundles: Sequence[bytes]) -> list[str]:
        """Write each bundle into the exchange folder under a random name; all or nothing."""
        check_outgoing(bundles)
        self._ensure_folder()
        if self.free_bytes() < sum(len(data) for data in bundles) + _SPACE_MARGIN:
            raise DriveFull("There is not enough free space on the drive for these bundles. Free some space or use "
                            "another drive; nothing was written.")
        return write_new_files([(self.folder / bundle_file_name(), data) for data in bundles])

    def receive(self) -> Received:
        """Read the bundles in the exchange folder; at most 2,000 entries are looked at."""
        if not self.drive_root.is_dir():
            raise DriveMissing("The drive is not there (any more). Check that it is plugged in.")
        try:
            info = os.lstat(self.folder)
        except FileNotFoundError:
            return Received()
        except OSError as error:
            raise TransportError("The drive could not be read: it reported an error.") from error
        if not stat.S_ISDIR(info.st_mode):
            return Received(skipped=(Skipped(EXCHANGE_FOLDER, "The exchange folder on this drive is not an "
                                                              "ordinary folder, so it was not read."),))
        try:
            with os.scandir(self.folder) as entries:
                names = [entry.name for _seen, entry in zip(range(MAX_ENTRIES + 1), entries, strict=False)]
        except OSError as error:
            raise TransportError("The exchange folder could not be read: the drive reported an error.") from error
        received = self._read_entries(names[:MAX_ENTRIES])
        if len(names) > MAX_ENTRIES:
            too_many = Skipped(EXCHANGE_FOLDER, f"The exchange folder holds more than {MAX_ENTRIES} files; only "
                                                "some were read. Remove the ones already imported.")
            return Received(received.bundles, (*received.skipped, too_many), received.waiting)
        return received

    def _read_entries(self, names: list[str]) -> Received:
        # Originals before a sync engine's copies, so that of two files with the same bytes the original is listed.
        by_digest: dict[str, IncomingBundle] = {}
        skipped: list[Skipped] = []
        waiting: list[str] = []
        for name in sorted(names, key=is_engine_copy):
            if is_ignored(name):
                continue  # our temporary files, a sync engine's, and the system's (.DS_Store, desktop.ini, ...)
            if is_not_downloaded(name):
                waiting.append(not_downloaded_note(display_name(name)))
                continue
            result = self._read_entry(name)
            if isinstance(result, Skipped):
                skipped.append(result)
            else:
                by_digest.setdefault(result.digest, result)
        return Received(tuple(by_digest.values()), tuple(skipped), tuple(waiting))

    def _read_entry(self, name: str) -> IncomingBundle | Skipped:
        shown = display_name(name)
        if shown != name:
            return Skipped(shown, "This file's name contains hidden characters, so it was not read.")
        data = read_regular_file(self.folder / name, shown, max_bytes=MAX_BUNDLE_BYTES)
        return data if isinstance(data, Skipped) else check_bundle(name, data)

    def remove(self, names: Iterable[str]) -> None:
        """Delete bundles (by the names `receive` gave) from the exchange folder, for example once imported."""
        removed = False
        try:
            for name in names:
                if name != Path(name).name or name in ("", ".", "..") or name.startswith("."):
                    raise DestinationUnusable("Only files directly in the exchange folder can be removed.")
                with contextlib.suppress(FileNotFoundError):
                    if stat.S_ISREG(os.lstat(self.folder / name).st_mode):
                        os.unlink(self.folder / name)
                        removed = True
            if removed:
                fsync_directory(self.folder)
        except OSError as error:
            raise write_error(error, outcome="The bundles were not removed.") from error

    def _ensure_folder(self) -> None:
        if not self.drive_root.is_dir():
            raise DriveMissing("The drive is not there (any more). Check that it is plugged in.")
        try:
            os.mkdir(self.folder, 0o700)
        except FileExistsError:
            pass
        except OSError as error:
            raise write_error(error, outcome="Nothing was written.") from error
        else:
            with contextlib.suppress(OSError):
                fsync_directory(self.drive_root)
        if self.folder.is_symlink() or not self.folder.is_dir():
            raise DestinationUnusable("The drive has a file or link where the exchange folder should be; "
                                      "nothing was written.")
