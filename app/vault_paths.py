"""Where a vault's files live, and the names of the meta entries the vault family shares.

The ground of the vault modules: app/vault.py, app/key_slots.py, app/rekey.py, app/decoy.py,
app/duress.py and app/wipe.py all build on it, and it builds on none of them.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from amanat.app.errors import DamagedInput, VaultMissing

DATABASE_NAME = "vault.db"
KEY_FILE_NAME = "vault.keys"
LOCK_NAME = "vault.lock"
ALT_NAME = "vault.alt"  # always there: random bytes, or the duress passphrase's decoy (app/decoy.py)
LEGACY_DECOY_FOLDER = "decoy"  # where an older Amanat kept the decoy; moved into vault.alt on unlock
META_VAULT_ID = "vault_id"
META_DECOY_KEY = "decoy_key"  # the decoy's key (hex), kept so the decoy can be filled; "" if not known yet
META_DURESS_SLOT = "duress_alt"  # the fingerprint of the passphrase slot's `alt` when the duress passphrase was set


@dataclass(frozen=True)
class VaultPaths:
    """Where a vault's files live."""

    directory: Path
    database_name: str = DATABASE_NAME

    @property
    def database(self) -> Path:
        return self.directory / self.database_name

    @property
    def key_file(self) -> Path:
        return self.directory / KEY_FILE_NAME

    @property
    def lock(self) -> Path:
        return self.directory / LOCK_NAME

    def exists(self) -> bool:
        """True when either the key file or the database is there."""
        return self.key_file.exists() or self.database.exists()

    def remove_leftovers(self) -> None:
        """Delete temp files an interrupted write, backup or restore left (call under the lock)."""
        for pattern in (f".{KEY_FILE_NAME}.*.tmp", ".vault.rekey.*.tmp", ".backup-*.db*", ".restore-*.db*",
                        f".{ALT_NAME}.*.tmp", ".alt-*.tmp*"):
            for leftover in self.directory.glob(pattern):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()

    def require(self) -> None:
        """Raise VaultMissing unless a vault is here."""
        if not self.exists():
            raise VaultMissing(f"there is no vault in {self.directory}; create one with 'amanat init'")
        if not self.key_file.exists():
            raise DamagedInput(f"only part of a vault is in {self.directory}: its key file is missing. If a restore "
                               "was interrupted, run 'amanat restore' again (it clears what was left); otherwise "
                               "put the key file (vault.keys) back")


def default_umask() -> None:
    """Files Amanat creates are private to the user."""
    if os.name == "posix":
        os.umask(0o077)
