"""Encrypted, self-contained backups that restore on another machine.

A backup holds the key file (without the device-bound keychain slot) and an
encrypted snapshot of the database, which is already encrypted with the vault
key. It opens with the passphrase or the recovery key that were current when
it was made. Layout (all integers big-endian):

    magic  "AMANAT-BACKUP\\n"        14 bytes
    version                          1 byte  (1)
    key file length K                4 bytes (at most 64 KiB)
    key file                         K bytes
    database length D                8 bytes
    database (SQLCipher, vault key)  D bytes
    SHA-256 of everything above      32 bytes

The checksum catches damage; tampering with the key file or the database is
caught by the AEAD of the key slots and SQLCipher's per-page HMAC.
"""

from __future__ import annotations

import contextlib
import fnmatch
import hashlib
import os
import secrets
import shutil
import struct
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from amanat.app.errors import DamagedInput, DestinationExists, UnsupportedVersion, VaultExists, WrongRecoveryKey
from amanat.app.key_slots import open_with_passphrase
from amanat.app.platform.permissions import make_private_folder
from amanat.app.store.connection import open_database
from amanat.app.store.repository import Repository
from amanat.app.store.schema import refuse_newer
from amanat.app.vault import Vault
from amanat.app.vault_lock import VaultLock
from amanat.app.vault_paths import DATABASE_NAME, KEY_FILE_NAME, LOCK_NAME, META_VAULT_ID, VaultPaths
from amanat.crypto.atomic_write import flush_to_disk, fsync_directory, replace_retrying, write_file_atomically
from amanat.crypto.keyfile import KIND_KEYCHAIN, KIND_RECOVERY, MAX_KEYFILE_BYTES, KeyFile
from amanat.crypto.recovery_key import RecoveryKey
from amanat.crypto.secret_bytes import SecretBytes

MAGIC = b"AMANAT-BACKUP\n"
VERSION = 1
CHUNK_BYTES = 1024 * 1024
DIGEST_BYTES = 32
_HEAD = len(MAGIC) + 1 + 4

# When the last backup of this vault was made (ISO 8601, UTC), in the encrypted database: a settings file that
# anyone can read at a border would tell a searcher that a backup exists somewhere.
META_LAST_BACKUP = "last_backup_utc"

Progress = Callable[[int, int], None]


def _no_progress(_done: int, _total: int) -> None:
    return None


def create_backup(vault: Vault, destination: Path, progress: Progress = _no_progress, *,
                  overwrite: bool = False) -> int:
    """Write a backup of the open vault to `destination`; return its size in bytes.

    An existing file at `destination` is replaced only with `overwrite`, else `DestinationExists`
    (checked before the work and again just before the new file takes its place).
    """
    _refuse_existing(Path(destination), overwrite)
    snapshot = vault.paths.directory / f".backup-{secrets.token_hex(6)}.db"
    conn = vault.open_connection()  # the calling thread's own: the window runs this in a worker
    try:
        Repository(conn).copy_to(str(snapshot))
        key_bytes = vault.key_file.without(KIND_KEYCHAIN).to_bytes()
        db_size = snapshot.stat().st_size
        digest = hashlib.sha256()
        written = 0

        def chunks() -> Iterator[bytes]:
            nonlocal written
            head = MAGIC + bytes([VERSION]) + struct.pack(">I", len(key_bytes)) + key_bytes
            head += struct.pack(">Q", db_size)
            digest.update(head)
            yield head
            with open(snapshot, "rb") as source:
                while chunk := source.read(CHUNK_BYTES):
                    digest.update(chunk)
                    written += len(chunk)
                    progress(written, db_size)
                    yield chunk
            yield digest.digest()
            _refuse_existing(Path(destination), overwrite)  # it may have appeared while the backup was written

        write_file_atomically(Path(destination), chunks())
        Repository(conn).set_meta(META_LAST_BACKUP, datetime.now(UTC).isoformat(timespec="seconds"))
    finally:
        conn.close()
        with contextlib.suppress(FileNotFoundError):
            snapshot.unlink()
    return Path(destination).stat().st_size


def last_backup_time(vault: Vault) -> datetime | None:
    """When the last backup of this vault was made (UTC), or None if never (or unreadable)."""
    text = vault.require_repository().meta(META_LAST_BACKUP)
    try:
        moment = datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    return moment if moment is None or moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def backup_is_overdue(last: datetime | None, reminder_days: int, now: datetime) -> bool:
    """True when a reminder is due: reminders on (days > 0) and no backup within that many days."""
    if reminder_days <= 0:
        return False
    return last is None or now - last >= timedelta(days=reminder_days)


def _refuse_existing(destination: Path, overwrite: bool) -> None:
    if not overwrite and (destination.exists() or destination.is_symlink()):
        raise DestinationExists(f"not written: {destination} already exists, and a backup never replaces "
                                "a file unless asked to")


def _read_exact(handle: object, count: int) -> bytes:
    data = handle.read(count)  # type: ignore[attr-defined]
    if len(data) != count:
        raise DamagedInput("the backup file is truncated")
    return bytes(data)


def restore_backup(
    source: Path,
    directory: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    progress: Progress = _no_progress,
    keyless: bool = False,
) -> None:
    """Restore a backup into `directory` (new or empty), checked fully before anything is kept.

    The vault is built in a temporary folder beside `directory` and moved into place last, so
    an interruption leaves either no vault or the whole one; a leftover of an interrupted
    restore (a temporary folder, or a target holding only part of a vault) is cleared. The
    restored key file has no duress key: a backup carries no decoy. Opens with the passphrase
    or the recovery key; on any failure `directory` is as it was. `keyless` skips the key check (the
    files stay encrypted): recovering with colleagues unpacks a backup nobody can open yet.
    """
    target = Path(directory)
    paths = VaultPaths(target)
    if paths.exists() and not is_partial_vault(target):
        raise VaultExists(f"a vault already exists in {paths.directory}; restore into an empty folder")
    recovery = RecoveryKey.parse(recovery_key) if recovery_key is not None else None
    size = Path(source).stat().st_size
    with open(source, "rb") as handle:
        key_bytes, db_size, digest = _read_head(handle, size)
        key_file = KeyFile.parse(key_bytes)
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # the user's folder: left as it is
        _remove_staging_leftovers(target)
        staging = target.parent / f"{_staging_prefix(target)}{secrets.token_hex(6)}"
        make_private_folder(staging, exist_ok=False)
        staged = VaultPaths(staging)
        try:
            _copy_database(handle, staged.database, db_size, digest, progress)
            if _read_exact(handle, DIGEST_BYTES) != digest.digest():
                raise DamagedInput("the backup file is damaged (checksum mismatch)")
            if not keyless:
                _check_staged(staged, key_file, passphrase, recovery)
            # No decoy travels in a backup: the duress key goes, so the duress passphrase opens nothing.
            write_file_atomically(staged.key_file, key_file.without_duress().to_bytes())
            fsync_directory(staging)
            _move_into_place(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise


def _read_head(handle: BinaryIO, size: int) -> tuple[bytes, int, hashlib._Hash]:
    """The backup's key file bytes and database size, checked against the file's size; the digest so far."""
    if _read_exact(handle, len(MAGIC)) != MAGIC:
        raise DamagedInput("this is not an Amanat backup")
    version = _read_exact(handle, 1)[0]
    if version != VERSION:
        raise UnsupportedVersion("this backup was made by a newer Amanat; update Amanat")
    (key_length,) = struct.unpack(">I", _read_exact(handle, 4))
    if key_length > MAX_KEYFILE_BYTES:
        raise DamagedInput("the backup's key file is too large")
    key_bytes = _read_exact(handle, key_length)
    (db_size,) = struct.unpack(">Q", _read_exact(handle, 8))
    if db_size != size - _HEAD - key_length - 8 - DIGEST_BYTES:
        raise DamagedInput("the backup file is truncated or has extra bytes")
    digest = hashlib.sha256(MAGIC + bytes([version]) + struct.pack(">I", key_length) + key_bytes)
    digest.update(struct.pack(">Q", db_size))
    return key_bytes, db_size, digest


def _copy_database(handle: BinaryIO, database: Path, db_size: int, digest: hashlib._Hash,
                   progress: Progress) -> None:
    """Copy the backup's database into a new file (owner-only, fsynced), adding it to the digest."""
    fd = os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as out:
        remaining = db_size
        while remaining:
            chunk = _read_exact(handle, min(CHUNK_BYTES, remaining))
            digest.update(chunk)
            out.write(chunk)
            remaining -= len(chunk)
            progress(db_size - remaining, db_size)
        out.flush()
        flush_to_disk(out.fileno())  # F_FULLFSYNC on macOS: a backup is promised to be on the disk


def _check_staged(staged: VaultPaths, key_file: KeyFile, passphrase: str | None,
                  recovery: RecoveryKey | None) -> None:
    """The key opens the copied database, which belongs to the key file and is intact."""
    vault_key: SecretBytes | None = None
    try:
        if recovery is not None:
            vault_key = key_file.open_with_secret(KIND_RECOVERY, recovery.secret)
            if vault_key is None:
                raise WrongRecoveryKey("the recovery key does not open this backup")
        else:
            vault_key = open_with_passphrase(key_file, passphrase or "")  # a bound one: this device's keystore
        conn = open_database(staged.database, vault_key)
        try:
            refuse_newer(conn)
            if Repository(conn).meta(META_VAULT_ID) != key_file.vault_id:
                raise DamagedInput("the backup's key file and database do not belong together")
            if Repository(conn).integrity_problems():
                raise DamagedInput("the backup's database is damaged")
        finally:
            conn.close()
    finally:
        if vault_key is not None:
            vault_key.wipe()


def _staging_prefix(target: Path) -> str:
    return f".{target.name}.restore-"


def _remove_staging_leftovers(target: Path) -> None:
    """Delete the temporary folders that interrupted restores into `target` left beside it."""
    for leftover in target.parent.glob(f"{_staging_prefix(target)}*"):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)


# What an interrupted restore (before this version moved whole folders) or init can leave: a database
# without its key file, and temp files. Without the key file nothing in it can ever be read.
_PARTIAL_NAMES = {DATABASE_NAME, f"{DATABASE_NAME}-wal", f"{DATABASE_NAME}-shm", LOCK_NAME}
_PARTIAL_PATTERNS = (".restore-*.db*", ".backup-*.db*", f".{KEY_FILE_NAME}.*.tmp")


def is_partial_vault(directory: Path) -> bool:
    """True when `directory` holds a database but no key file, and nothing else of value."""
    paths = VaultPaths(Path(directory))
    if paths.key_file.exists() or not paths.database.exists():
        return False
    return all(entry.is_file() and (entry.name in _PARTIAL_NAMES
                                    or any(fnmatch.fnmatch(entry.name, p) for p in _PARTIAL_PATTERNS))
               for entry in paths.directory.iterdir())


def _clear_partial_vault(directory: Path) -> None:
    paths = VaultPaths(directory)
    lock = VaultLock(paths.lock).acquire()  # VaultBusy if an init is writing it right now
    try:
        if not is_partial_vault(directory):
            raise VaultExists(f"a vault already exists in {directory}; restore into an empty folder")
        for entry in directory.iterdir():
            entry.unlink()
    finally:
        lock.release()


def _move_into_place(staging: Path, target: Path) -> None:
    """The staged vault becomes `target`: one rename when the target is new or empty."""
    if is_partial_vault(target):
        _clear_partial_vault(target)
    if target.is_dir() and not any(target.iterdir()):
        target.rmdir()
    if not target.exists():
        os.rename(staging, target)
        fsync_directory(target.parent)
        return
    # A folder with other files in it: the database first, the key file last, so that a crash leaves at
    # worst a partial vault, which the next restore recognises and clears.
    if VaultPaths(target).exists():
        raise VaultExists(f"a vault already exists in {target}; restore into an empty folder")
    for entry in sorted(staging.iterdir(), key=lambda p: p.name == KEY_FILE_NAME):
        replace_retrying(entry, target / entry.name)
        fsync_directory(target)
    staging.rmdir()
