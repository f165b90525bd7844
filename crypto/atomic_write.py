"""Write a file so that a crash leaves either the old or the new content.

The temp file is created with 0600 permissions before a byte is written,
flushed to disk, renamed over the target, and the directory is flushed too,
so the rename itself survives a power cut.

Per system (this is part of the platform seam, app/platform/durable_files.py; it lives on the ground
floor because the key file is written from here):
- Linux: `fsync` reaches the disk (with its write cache flushed, on file systems mounted with barriers,
  the default); the directory is fsynced too.
- macOS: `fsync` only hands the data to the drive, whose cache may still lose it on power loss; Apple's
  answer is `fcntl(F_FULLFSYNC)`, used for the file and the directory (plain `fsync` where a file
  system refuses it, such as some network or FAT volumes).
- Windows: `os.fsync` is `_commit` (FlushFileBuffers), which flushes the drive's cache too. A folder
  cannot be flushed on Windows; NTFS journals the rename itself. Replacing a file that another
  program holds open without sharing delete access (antivirus scanning it, a viewer showing it) fails
  with PermissionError for as long as it is held: the replace is retried for about three seconds.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
F_FULLFSYNC = 51  # <sys/fcntl.h> on macOS
# Waits between attempts to replace a target that another program holds open (Windows only).
WINDOWS_REPLACE_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6)
# Elsewhere PermissionError on a rename means a real lack of permission: no retry.
REPLACE_DELAYS: tuple[float, ...] = WINDOWS_REPLACE_DELAYS if os.name == "nt" else ()
_replace: Callable[[Path, Path], None] = os.replace  # the tests put a held target (Windows semantics) here


USE_FULL_FSYNC = sys.platform == "darwin"


def flush_to_disk(fd: int) -> None:
    """Push an open file's data to the disk itself: F_FULLFSYNC on macOS, fsync elsewhere."""
    if USE_FULL_FSYNC:
        import fcntl

        try:
            fcntl.fcntl(fd, F_FULLFSYNC)
            return
        except OSError:
            pass  # the file system does not do it (FAT, SMB): fsync is the most it offers
    os.fsync(fd)


def fsync_directory(directory: Path) -> None:
    """Flush a directory entry change (a rename) to disk where the OS allows it."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        flush_to_disk(fd)
    finally:
        os.close(fd)


def replace_retrying(source: Path, target: Path, *, delays: Sequence[float] | None = None,
                     sleep: Callable[[float], None] = time.sleep) -> None:
    """`os.replace(source, target)`, tried again after each of `delays` while it raises PermissionError.

    On Windows a target held open by another program cannot be replaced until it is let go; the
    default delays there (REPLACE_DELAYS) are WINDOWS_REPLACE_DELAYS; elsewhere there is no retry.
    The last PermissionError is raised as it is.
    """
    waits = list(REPLACE_DELAYS if delays is None else delays)
    while True:
        try:
            _replace(source, target)
            return
        except PermissionError:
            if not waits:
                raise
            sleep(waits.pop(0))


def write_file_atomically(path: Path, chunks: bytes | Iterable[bytes]) -> None:
    """Replace `path` with `chunks`, atomically and durably, readable by the owner only."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in [chunks] if isinstance(chunks, bytes) else chunks:
                handle.write(chunk)
            handle.flush()
            flush_to_disk(handle.fileno())
        replace_retrying(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    fsync_directory(path.parent)
