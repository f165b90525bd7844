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
import hashlib
import os
import secrets
import struct
from collections.abc import Callable, Iterator
from pathlib import Path

from app.errors import DamagedInput, UnsupportedVersion, VaultExists, WrongRecoveryKey
from app.store.connection import open_database
from app.store.repository import Repository
from app.store.schema import refuse_newer
from app.vault import META_VAULT_ID, Vault, VaultPaths
from crypto.atomic_write import fsync_directory, write_file_atomically
from crypto.keyfile import KIND_KEYCHAIN, KIND_RECOVERY, MAX_KEYFILE_BYTES, KeyFile
from crypto.recovery_key import RecoveryKey
from crypto.secret_bytes import SecretBytes

MAGIC = b"AMANAT-BACKUP\n"
VERSION = 1
CHUNK_BYTES = 1024 * 1024
DIGEST_BYTES = 32
_HEAD = len(MAGIC) + 1 + 4

Progress = Callable[[int, int], None]


def _no_progress(_done: int, _total: int) -> None:
    return None


def create_backup(vault: Vault, destination: Path, progress: Progress = _no_progress) -> int:
    """Write a backup of the open vault to `destination`; return its size in bytes."""
    snapshot = vault.paths.directory / f".backup-{secrets.token_hex(6)}.db"
    try:
        vault.snapshot_database(snapshot)
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

        write_file_atomically(Path(destination), chunks())
    finally:
        with contextlib.suppress(FileNotFoundError):
            snapshot.unlink()
    return Path(destination).stat().st_size


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
) -> None:
    """Restore a backup into an empty `directory`, checked fully before anything is kept.

    Opens with the passphrase or the recovery key; on any failure nothing is
    left in `directory` that was not there before.
    """
    paths = VaultPaths(Path(directory))
    if paths.exists():
        raise VaultExists(f"a vault already exists in {paths.directory}; restore into an empty folder")
    recovery = RecoveryKey.parse(recovery_key) if recovery_key is not None else None
    size = Path(source).stat().st_size
    with open(source, "rb") as handle:
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
        key_file = KeyFile.parse(key_bytes)
        created_folder = not paths.directory.exists()
        paths.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        temp = paths.directory / f".restore-{secrets.token_hex(6)}.db"
        vault_key: SecretBytes | None = None
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as out:
                remaining = db_size
                while remaining:
                    chunk = _read_exact(handle, min(CHUNK_BYTES, remaining))
                    digest.update(chunk)
                    out.write(chunk)
                    remaining -= len(chunk)
                    progress(db_size - remaining, db_size)
                out.flush()
                os.fsync(out.fileno())
            if _read_exact(handle, DIGEST_BYTES) != digest.digest():
                raise DamagedInput("the backup file is damaged (checksum mismatch)")
            if recovery is not None:
                vault_key = key_file.open_with_secret(KIND_RECOVERY, recovery.secret)
                if vault_key is None:
                    raise WrongRecoveryKey("the recovery key does not open this backup")
            else:
                vault_key = key_file.open_with_passphrase(passphrase or "")
            conn = open_database(temp, vault_key)
            try:
                refuse_newer(conn)
                if Repository(conn).meta(META_VAULT_ID) != key_file.vault_id:
                    raise DamagedInput("the backup's key file and database do not belong together")
                if Repository(conn).integrity_problems():
                    raise DamagedInput("the backup's database is damaged")
            finally:
                conn.close()
            os.replace(temp, paths.database)
            fsync_directory(paths.directory)
            write_file_atomically(paths.key_file, key_bytes)
        except BaseException:
            for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            if created_folder:
                with contextlib.suppress(OSError):
                    paths.directory.rmdir()
            raise
        finally:
            if vault_key is not None:
                vault_key.wipe()
