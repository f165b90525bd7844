"""A keystore in one JSON file, for tests whose processes are killed: the in-memory one dies with its process.

Each change is written whole and atomically (temp file, fsync, rename), as a system keystore keeps an
entry. Test code only: the product trusts it only because a test process hands it to `trust_backend`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend


class FileKeyring(keyring.backend.KeyringBackend):
    """Entries in `path`, read at every call (another process may have changed them)."""

    priority = 10  # type: ignore[assignment]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = Path(path)

    @property
    def entries(self) -> dict[str, str]:
        try:
            return dict(json.loads(self.path.read_text()))
        except FileNotFoundError:
            return {}

    def _write(self, entries: dict[str, str]) -> None:
        temp = self.path.with_suffix(".tmp")
        with open(temp, "w") as handle:
            json.dump(entries, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, self.path)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._write({**self.entries, f"{service}\t{username}": password})

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get(f"{service}\t{username}")

    def delete_password(self, service: str, username: str) -> None:
        entries = self.entries
        if entries.pop(f"{service}\t{username}", None) is not None:
            self._write(entries)


def use_file_keyring(path: Path) -> FileKeyring:
    """Make a FileKeyring at `path` this process's trusted keystore."""
    from amanat.app import keychain

    backend = FileKeyring(path)
    keyring.set_keyring(backend)
    keychain.trust_backend(backend)
    return backend
