"""Panic wipe: destroy a vault's keys first, so it is unreadable at once, then delete its files.

The vault key exists only wrapped in the key file's slots (and, if the user
asked, behind a secret in the OS keychain). Overwriting the key file and
removing the keychain entry makes the database unreadable whatever its size:
the database is encrypted with a key that no longer exists anywhere. Then the
database files are deleted. On flash storage the old blocks may survive
physically, but they are ciphertext under the destroyed key.

The panic wipe also deletes Amanat's settings file (its language and calendar
say something about the user). Backups and bundles made earlier are separate
files, encrypted on their own; the wipe does not reach them.
"""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass
from pathlib import Path

from amanat.app import keychain
from amanat.app.device_secret import entry_account
from amanat.app.platform.secure_delete import Removal, overwrite, remove_file
from amanat.app.rekey import PENDING_NAME
from amanat.app.vault_paths import ALT_NAME, DATABASE_NAME, KEY_FILE_NAME, LEGACY_DECOY_FOLDER, LOCK_NAME
from amanat.crypto.atomic_write import fsync_directory
from amanat.crypto.device_binding import binding_of
from amanat.crypto.errors import AmanatError
from amanat.crypto.keyfile import KIND_KEYCHAIN, MAX_KEYFILE_BYTES, KeyFile

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class WipeReport:
    """What the wipe did, and how long destroying the keys took.

    `held` names the files another program held open, so they could not be deleted (Windows): the
    wipe finished around them, and on Windows they are deleted at the next restart where the system
    allows it (administrators only). `keys_destroyed` is False if a key file was among them and could
    not even be overwritten.
    """

    keys_destroyed: bool
    files_deleted: int
    keys_seconds: float
    total_seconds: float
    held: tuple[Path, ...] = ()


def overwrite_and_delete(path: Path, held: list[Path] | None = None) -> bool:
    """Overwrite a small file with random bytes (twice, flushed), then delete it: True if it was there.

    A file held open by another program is retried, then scheduled for deletion or left, and
    appended to `held`.
    """
    if not path.exists():
        return False
    overwritten = overwrite(path, MAX_KEYFILE_BYTES)
    if remove_file(path) is not Removal.GONE and held is not None:
        held.append(path)
        if not overwritten:
            raise _KeyFileHeld
    return True


class _KeyFileHeld(Exception):
    """A key file could be neither overwritten nor deleted (held open): its keys are not destroyed."""


def _keychain_accounts(key_file: Path) -> list[str]:
    """The keychain entries this key file uses: 'remember' (its vault id) and the device secret of its binding,
    with the generations beside it that an interrupted re-key or rotation may have stored (app/device_secret.py)."""
    try:
        parsed = KeyFile.read(key_file)
    except (AmanatError, OSError):
        return []
    accounts = [parsed.vault_id] if parsed.has(KIND_KEYCHAIN) else []
    binding = binding_of(parsed)
    if binding is not None:
        accounts += [entry_account(parsed.vault_id, g) for g in range(max(0, binding.generation - 1),
                                                                       binding.generation + 2)]
    return accounts


def _key_files(directory: Path) -> list[Path]:
    """Every key file of the vault (and of an older Amanat's decoy folder), with leftovers of interrupted writes."""
    folders = [directory, directory / LEGACY_DECOY_FOLDER]
    found = []
    for folder in folders:
        found += [folder / KEY_FILE_NAME, *sorted(folder.glob(f".{KEY_FILE_NAME}.*.tmp"))]
        # The record of an interrupted re-key holds a whole key file (app/rekey.py): destroyed like one.
        found += [folder / PENDING_NAME, *sorted(folder.glob(f".{PENDING_NAME}.*.tmp"))]
    return [p for p in found if p.exists()]


def destroy_keys(directory: Path, held: list[Path] | None = None) -> bool:
    """Overwrite and delete the key file(s) and forget the keychain entries; True if any key was there
    and every key file was overwritten or deleted (files held open are added to `held`)."""
    destroyed, intact = False, False
    for key_file in _key_files(directory):
        accounts = _keychain_accounts(key_file)
        try:
            destroyed = overwrite_and_delete(key_file, held) or destroyed
        except _KeyFileHeld:
            intact = True
        for account in accounts:
            keychain.forget_secret(account)  # never raises: an unreachable keychain must not stop a wipe
    with contextlib.suppress(OSError):
        fsync_directory(directory)
    return destroyed and not intact


def _delete_files(directory: Path, held: list[Path]) -> int:
    deleted = 0
    patterns = [f"{name}{suffix}" for name in (DATABASE_NAME, ALT_NAME) for suffix in ("", "-wal", "-shm", "-journal")]
    patterns += [".backup-*", ".restore-*", ".alt-*.tmp", f".{ALT_NAME}.*.tmp", LOCK_NAME]
    for folder in (directory, directory / LEGACY_DECOY_FOLDER):
        for pattern in patterns:
            for path in folder.glob(pattern):
                if path.is_dir():
                    continue
                if remove_file(path) is Removal.GONE:
                    deleted += 1
                else:
                    held.append(path)
    with contextlib.suppress(OSError):
        (directory / LEGACY_DECOY_FOLDER).rmdir()
    with contextlib.suppress(OSError):
        directory.rmdir()  # only if nothing else (a user's own file) is in it
    return deleted


def _delete_settings(settings_path: Path) -> int:
    """Delete the settings file (and its folder, when nothing else is in it)."""
    deleted = 0
    for leftover in [settings_path, *settings_path.parent.glob(f".{settings_path.name}.*.tmp")]:
        with contextlib.suppress(FileNotFoundError, IsADirectoryError):
            leftover.unlink()
            deleted += 1
    with contextlib.suppress(OSError):
        settings_path.parent.rmdir()
    return deleted


def wipe_vault(directory: Path, *, settings_path: Path | None = None) -> WipeReport:
    """Destroy the vault in `directory`: keys first (unreadable at once), then its files.

    Works whether or not the vault is open in another process (the lock is
    ignored: this is an emergency). `settings_path`, when given, is deleted too:
    the panic wipe passes the settings file; removing the duress passphrase does not.
    """
    started = time.perf_counter()
    held: list[Path] = []
    destroyed = destroy_keys(directory, held)
    keys_done = time.perf_counter()
    deleted = _delete_files(directory, held)
    if settings_path is not None:
        deleted += _delete_settings(settings_path)
    return WipeReport(destroyed, deleted, keys_done - started, time.perf_counter() - started, tuple(held))
