"""Write a file so that a crash leaves either the old or the new content.

The temp file is created with 0600 permissions before a byte is written,
flushed to disk, renamed over the target, and the directory is flushed too,
so the rename itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterable
from pathlib import Path

PRIVATE_FILE_MODE = 0o600


def fsync_directory(directory: Path) -> None:
    """Flush a directory entry change (a rename) to disk where the OS allows it."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    fsync_directory(path.parent)
