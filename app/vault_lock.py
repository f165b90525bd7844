"""One Amanat process per vault: an advisory lock on a file beside the database."""

from __future__ import annotations

import os
from pathlib import Path

from amanat.app.errors import VaultBusy
from amanat.app.platform.file_lock import try_lock


class VaultLock:
    """Held while a vault is open; a second process gets VaultBusy at once."""

    def __init__(self, path: Path) -> None:
        self._path = Path(path)
        self._fd: int | None = None

    def acquire(self) -> VaultLock:
        """Take the lock or raise VaultBusy; the lock file is never written to."""
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        if not try_lock(fd):
            os.close(fd)
            raise VaultBusy(
                "this vault is open in another Amanat window or command; close it and try again"
            )
        self._fd = fd
        return self

    def release(self) -> None:
        """Let go of the lock (closing the descriptor releases it)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._fd is not None
