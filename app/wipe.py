"""Panic wipe: destroy a vault's keys first, so it is unreadable at once, then delete its files.

The vault key exists only wrapped in the key file's slots (and, if the user
asked, behind a secret in the OS keychain). Overwriting the key file and
removing the keychain entry makes the database unreadable whatever its size:
the database is encrypted with a key that no longer exists anywhere. Then the
database files are deleted. On flash storage the old blocks may survive
physically, but they are ciphertext under the destroyed key.

Backups and bundles made earlier are separate files, encrypted on their own;
the wipe does not reach them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from app import keychain
from app.rekey import PENDING_NAME
from app.vault import DATABASE_NAME, DECOY_FOLDER, KEY_FILE_NAME, LOCK_NAME
from crypto.atomic_write import fsync_directory
from crypto.errors import AmanatError
from crypto.keyfile import MAX_KEYFILE_BYTES, KeyFile

log = logging.getLogger(__name__)

_OVERWRITE_PASSES = 2


@dataclass(frozen=True)
class WipeReport:
    """What the wipe did, and how long destroying the keys took."""

    keys_destroyed: bool
    files_deleted: int
    keys_seconds: float
    total_seconds: float


def _overwrite_and_delete(path: Path) -> bool:
    """Overwrite a small file with random bytes (twice, flushed), then delete it."""
    try:
        size = max(path.stat().st_size, 1)
    except FileNotFoundError:
        return False
    try:
        with open(path, "r+b", buffering=0) as handle:
            for _ in range(_OVERWRITE_PASSES):
                handle.seek(0)
                handle.write(secrets.token_bytes(min(size, MAX_KEYFILE_BYTES)))
                os.fsync(handle.fileno())
    except OSError:
        log.warning("could not overwrite a key file before deleting it")
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    return True


def _vault_id(key_file: Path) -> str | None:
    try:
        return KeyFile.read(key_file).vault_id
    except (AmanatError, OSError):
        return None


def _key_files(directory: Path) -> list[Path]:
    """Every key file of the vault and of its decoy, including leftovers of interrupted writes."""
    folders = [directory, directory / DECOY_FOLDER]
    found = []
    for folder in folders:
        found += [folder / KEY_FILE_NAME, *sorted(folder.glob(f".{KEY_FILE_NAME}.*.tmp"))]
        # The record of an interrupted re-key holds a whole key file (app/rekey.py): destroyed like one.
        found += [folder / PENDING_NAME, *sorted(folder.glob(f".{PENDING_NAME}.*.tmp"))]
    return [p for p in found if p.exists()]


def destroy_keys(directory: Path, *, keep_decoy: bool = False) -> bool:
    """Overwrite and delete the key file(s) and forget the keychain entries; True if any key was there."""
    destroyed = False
    for key_file in _key_files(directory):
        if keep_decoy and key_file.parent.name == DECOY_FOLDER:
            continue
        vault_id = _vault_id(key_file)
        destroyed = _overwrite_and_delete(key_file) or destroyed
        if vault_id is not None:
            keychain.forget_secret(vault_id)  # never raises: an unreachable keychain must not stop a wipe
    with contextlib.suppress(OSError):
        fsync_directory(directory)
    return destroyed


def _delete_files(directory: Path, *, keep_decoy: bool) -> int:
    deleted = 0
    patterns = [DATABASE_NAME, f"{DATABASE_NAME}-wal", f"{DATABASE_NAME}-shm", f"{DATABASE_NAME}-journal",
                ".backup-*", ".restore-*", LOCK_NAME]
    folders = [directory] if keep_decoy else [directory, directory / DECOY_FOLDER]
    for folder in folders:
        for pattern in patterns:
            for path in folder.glob(pattern):
                with contextlib.suppress(FileNotFoundError, IsADirectoryError):
                    path.unlink()
                    deleted += 1
    if not keep_decoy:
        with contextlib.suppress(OSError):
            (directory / DECOY_FOLDER).rmdir()
    with contextlib.suppress(OSError):
        directory.rmdir()  # only if nothing else (a user's own file) is in it
    return deleted


def wipe_vault(directory: Path, *, keep_decoy: bool = False) -> WipeReport:
    """Destroy the vault in `directory`: keys first (unreadable at once), then its files.

    Works whether or not the vault is open in another process (the lock is
    ignored: this is an emergency); `keep_decoy` spares the decoy vault, for the
    duress unlock, which then puts the decoy in the real vault's place.
    """
    started = time.perf_counter()
    destroyed = destroy_keys(directory, keep_decoy=keep_decoy)
    keys_done = time.perf_counter()
    deleted = _delete_files(directory, keep_decoy=keep_decoy)
    return WipeReport(destroyed, deleted, keys_done - started, time.perf_counter() - started)
