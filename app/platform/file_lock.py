"""One process per vault: a lock on a file that the system releases when the process ends, however it ends.

- Linux and macOS: `flock(LOCK_EX | LOCK_NB)` on the lock file. Advisory: it stops a second Amanat,
  not a program that ignores locks. A lock on a network file system (NFS, SMB) may not be honoured
  across computers; a vault belongs on a local disk.
- Windows: `msvcrt.locking(LK_NBLCK)` on the first byte, a mandatory byte-range lock (LockFileEx): a
  second Amanat is refused, and any other program reading that byte gets an error. It is released when
  the file is closed or the process ends, also when Windows kills the process.
Neither survives a computer that crashes mid-way in a bad state: the lock is gone with the process.
"""

from __future__ import annotations

import sys

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def try_lock(fd: int) -> bool:
        """Lock the open file `fd` for this process, without waiting: False if another holds it."""
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def try_lock(fd: int) -> bool:
        """Lock the open file `fd` for this process, without waiting: False if another holds it."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
