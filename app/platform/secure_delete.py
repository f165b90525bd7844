"""Deleting what the panic wipe deletes: overwrite small key files, then remove, around files held open.

What overwriting can and cannot do, per system:
- Linux on ext4 (data=ordered, no snapshots): overwriting a file in place normally rewrites the same
  blocks, but the file system and the SSD's flash translation layer may keep old copies. On btrfs (and
  ZFS, and any LVM or btrfs snapshot) writes are copy-on-write: the old blocks stay until reused, and a
  snapshot keeps them for as long as it lives. Overwriting is a best effort everywhere.
- macOS on APFS: copy-on-write too, and Time Machine's local snapshots (hourly, kept up to a day) hold
  earlier versions of every file, the key file included, until they expire or are thinned.
- Windows on NTFS: overwriting usually reuses the blocks, but Volume Shadow Copies (System Restore,
  File History, backup programs) keep earlier versions; OneDrive's Known Folder Move can upload the
  folder it syncs. And a file another program holds open cannot be deleted, or even opened for writing,
  until that program lets go (antivirus scanning it, a search indexer, a second Amanat).
That is why the wipe destroys the keys first (a database is useless without them, whatever copies of
it remain) and why SECURITY.md tells users about snapshots and copies of old key files.

Held files: each removal is retried for a short while (`HELD_FILE_DELAYS`, Windows only: elsewhere an
open file can always be unlinked); a file still held is, on Windows, scheduled for deletion: at the next
restart (MoveFileExW with MOVEFILE_DELAY_UNTIL_REBOOT), which Windows allows only to administrators,
else at the user's next sign-in (a RunOnce entry under HKEY_CURRENT_USER, neutral name, which Windows
removes as it runs it; it names the file's path until then, and a path longer than RunOnce takes is not
scheduled). In every case it is reported back, so the user is told which files remain. Nothing here
raises for a file that cannot be removed.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import secrets
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

OVERWRITE_PASSES = 2
HELD_FILE_DELAYS: tuple[float, ...] = (0.05, 0.1, 0.2, 0.4, 0.8) if os.name == "nt" else ()
MOVEFILE_DELAY_UNTIL_REBOOT = 0x4


def _open_in_place(path: Path) -> BinaryIO:
    return open(path, "r+b", buffering=0)  # closed by the caller's with


# The system calls, where the tests put Windows' behaviour (a held file refuses writes and deletion).
_unlink: Callable[[Path], None] = os.unlink
_open_for_overwrite: Callable[[Path], BinaryIO] = _open_in_place


class Removal(enum.Enum):
    """What became of a file the wipe removes."""

    GONE = "gone"  # deleted, or it was not there
    AT_RESTART = "at restart"  # held open; Windows deletes it at the next restart or sign-in
    LEFT = "left"  # held open and could not be scheduled: still there


RUN_ONCE_KEY = r"Software\Microsoft\Windows\CurrentVersion\RunOnce"
RUN_ONCE_MAX_CHARS = 260  # Windows ignores longer RunOnce commands


def delete_at_sign_in_command(path: Path | str) -> str | None:
    """The RunOnce command that deletes `path` (no shell expansion of the path), or None if too long."""
    literal = str(path).replace("'", "''")  # a single-quoted PowerShell string takes everything else as is
    command = (f"powershell.exe -NoProfile -NonInteractive -WindowStyle Hidden -Command "
               f"\"Remove-Item -LiteralPath '{literal}' -Force\"")
    return command if len(command) < RUN_ONCE_MAX_CHARS else None


def _schedule_at_sign_in(path: Path) -> bool:  # pragma: no cover - Windows only
    command = delete_at_sign_in_command(path)
    if sys.platform != "win32" or command is None:
        return False
    import winreg

    try:
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_ONCE_KEY) as key:
            winreg.SetValueEx(key, f"c{secrets.token_hex(4)}", 0, winreg.REG_SZ, command)
    except OSError:
        return False
    return True


def schedule_delete_at_restart(path: Path) -> bool:  # pragma: no cover - Windows only
    """Ask Windows to delete `path` at the next restart (administrators) or sign-in: True if it agreed."""
    if sys.platform != "win32":
        return False
    import ctypes

    move_file = ctypes.WinDLL("kernel32", use_last_error=True).MoveFileExW
    move_file.argtypes = (ctypes.c_wchar_p, ctypes.c_wchar_p, ctypes.c_uint32)
    return bool(move_file(str(path), None, MOVEFILE_DELAY_UNTIL_REBOOT)) or _schedule_at_sign_in(path)


_schedule: Callable[[Path], bool] = schedule_delete_at_restart


def _retrying(action: Callable[[], object], delays: Sequence[float], sleep: Callable[[float], None]) -> bool:
    """Run `action` until it stops raising PermissionError (a held file), waiting `delays` between tries."""
    waits = list(delays)
    while True:
        try:
            action()
            return True
        except PermissionError:
            if not waits:
                return False
            sleep(waits.pop(0))


def remove_file(path: Path, *, delays: Sequence[float] | None = None,
                sleep: Callable[[float], None] = time.sleep) -> Removal:
    """Delete `path`, retrying while another program holds it; schedule or report what is still held."""
    def delete() -> None:
        with contextlib.suppress(FileNotFoundError):
            _unlink(path)

    if _retrying(delete, HELD_FILE_DELAYS if delays is None else delays, sleep):
        return Removal.GONE
    if _schedule(path):
        return Removal.AT_RESTART
    log.warning("a file of the wiped vault is held open by another program and could not be deleted")
    return Removal.LEFT


def overwrite(path: Path, max_bytes: int, *, delays: Sequence[float] | None = None,
              sleep: Callable[[float], None] = time.sleep) -> bool:
    """Overwrite a small file in place with random bytes, twice, flushed: True if it was overwritten.

    A best effort (see above: copy-on-write file systems and snapshots keep the old bytes).
    """
    def write() -> None:
        size = max(path.stat().st_size, 1)
        with _open_for_overwrite(path) as handle:
            for _ in range(OVERWRITE_PASSES):
                handle.seek(0)
                handle.write(secrets.token_bytes(min(size, max_bytes)))
                os.fsync(handle.fileno())

    try:
        return _retrying(write, HELD_FILE_DELAYS if delays is None else delays, sleep)
    except FileNotFoundError:
        return False
    except OSError:
        log.warning("could not overwrite a key file before deleting it")
        return False
