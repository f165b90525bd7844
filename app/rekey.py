"""Re-keying: a new random vault key, the database re-encrypted under it, every slot rewritten.

Changing the passphrase only rewraps the same vault key, so an old copy of
`vault.keys` with the old passphrase (or an old recovery key) still opens the
database. A re-key makes every old key file, passphrase and recovery key
useless for the database as it is now.

Crash safety rests on one record, `vault.rekey`, written before the database
is touched and removed last (see docs/key-file.md, "Re-keying"):

1. The new key file is built in memory (same vault id, the same Argon2id cost,
   a new passphrase slot, a new recovery key) and written, whole and
   atomically, into the record.
2. SQLCipher's `PRAGMA rekey` re-encrypts every page in one transaction (in
   WAL mode, synchronous=FULL): the database is under the old key or the new
   one, never a mix. A full checkpoint then moves the new pages into the file.
3. The new key file replaces `vault.keys`; the record is deleted.

An unlock that finds the record tries the current key file first and the
record's second, keeping the one whose key really opens the database: it
finishes (the record becomes `vault.keys`) or undoes (the record is deleted)
the interrupted re-key. Nothing committed is lost either way.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from amanat.app.device_secret import bound_anew, open_binding
from amanat.app.errors import DamagedInput, InvalidValue, WrongPassphrase, WrongRecoveryKey
from amanat.app.store.connection import Connection, open_database, rekey_connection
from amanat.app.store.repository import Repository
from amanat.crypto.atomic_write import fsync_directory, write_file_atomically
from amanat.crypto.encoding import decode_base64, encode_base64
from amanat.crypto.keyfile import KIND_RECOVERY, MAX_KEYFILE_BYTES, KeyFile, generate_vault_key
from amanat.crypto.recovery_key import RecoveryKey
from amanat.crypto.secret_bytes import SecretBytes

if TYPE_CHECKING:
    from amanat.app.vault_paths import VaultPaths

PENDING_NAME = "vault.rekey"
PENDING_FORMAT = "amanat-rekey"
PENDING_VERSION = 1
META_VAULT_ID = "vault_id"

# The steps a re-key reports through its progress callback: (step done, STEPS).
STEPS = 5

Progress = Callable[[int, int], None]
Opener = Callable[[KeyFile], tuple[SecretBytes, KeyFile]]  # the key, and the key file it opened (a duress
# unlock replaces the key file with the decoy's: see app/decoy.py)


def _no_progress(_done: int, _total: int) -> None:
    return None


class RekeyOutcome(Enum):
    """What an unlock did with a re-key that an earlier process did not finish."""

    NONE = "none"  # nothing was pending
    FINISHED = "finished"  # the database had the new key: the new key file is in place
    UNDONE = "undone"  # the database still had the old key: the old key file stays


@dataclass(frozen=True)
class RekeyResult:
    """What a re-key made: the new key file and vault key, and the new recovery key (show it once)."""

    key_file: KeyFile
    vault_key: SecretBytes = field(repr=False)
    recovery: RecoveryKey = field(repr=False)


def pending_path(paths: VaultPaths) -> Path:
    """Where the record of a re-key in progress lives."""
    return paths.directory / PENDING_NAME


def rekey_pending(paths: VaultPaths) -> bool:
    """True when a re-key was started and not finished (or undone) yet."""
    return pending_path(paths).exists()


def _write_pending(paths: VaultPaths, key_file: KeyFile) -> None:
    record = {"format": PENDING_FORMAT, "version": PENDING_VERSION,
              "key_file": encode_base64(key_file.to_bytes())}
    write_file_atomically(pending_path(paths), json.dumps(record, sort_keys=True).encode() + b"\n")


def _read_pending(paths: VaultPaths) -> KeyFile:
    with open(pending_path(paths), "rb") as handle:
        data = handle.read(2 * MAX_KEYFILE_BYTES + 1)
    if len(data) > 2 * MAX_KEYFILE_BYTES:
        raise DamagedInput("the record of an interrupted re-key is too large")
    try:
        record = json.loads(data.decode("utf-8"))
        if set(record) != {"format", "version", "key_file"} or record["format"] != PENDING_FORMAT \
                or record["version"] != PENDING_VERSION:
            raise ValueError
        key_bytes = decode_base64(record["key_file"], canonical=False)
    except (UnicodeDecodeError, ValueError, TypeError):
        raise DamagedInput("the record of an interrupted re-key is damaged") from None
    return KeyFile.parse(key_bytes)


def _remove_pending(paths: VaultPaths) -> None:
    with contextlib.suppress(FileNotFoundError):
        pending_path(paths).unlink()
    fsync_directory(paths.directory)


def _open_checked(paths: VaultPaths, key_file: KeyFile, key: SecretBytes) -> Connection:
    """A connection if `key` reads the database and the database belongs to `key_file`, else DamagedInput."""
    conn = open_database(paths.database, key)
    try:
        if Repository(conn).meta(META_VAULT_ID) != key_file.vault_id:
            raise DamagedInput("the key file belongs to a different vault than the database")
    except BaseException:
        conn.close()
        raise
    return conn


def open_database_finishing_rekey(
    paths: VaultPaths, opener: Opener
) -> tuple[KeyFile, SecretBytes, Connection, RekeyOutcome]:
    """Unwrap the vault key with `opener` and open the database; finish or undo an interrupted re-key.

    Call under the vault lock. Without a pending re-key this is one `opener` call and one open.
    With one, the current key file and then the pending one are tried, and the one whose key
    really reads the database is kept; a wrong passphrase changes nothing.
    """
    current = KeyFile.read(paths.key_file)
    if not rekey_pending(paths):
        key, current = opener(current)
        try:
            return current, key, open_database(paths.database, key), RekeyOutcome.NONE
        except BaseException:
            key.wipe()
            raise
    try:
        pending = _read_pending(paths)
    except DamagedInput:
        # Written atomically, so a damaged record was never complete: the old key file still holds.
        pending = None
    candidates = [current] if pending is None else [current, pending]
    first_error: Exception | None = None
    for candidate in candidates:
        try:
            key, opened_file = opener(candidate)
        except (WrongPassphrase, WrongRecoveryKey) as error:
            first_error = first_error or error
            continue
        try:
            conn = _open_checked(paths, opened_file, key)
        except DamagedInput as error:
            key.wipe()
            first_error = first_error or error
            continue
        if candidate is pending:
            candidate.write(paths.key_file)  # the database has the new key: the new key file goes in
        _remove_pending(paths)
        finished = pending is not None and candidate.to_bytes() == pending.to_bytes()
        return opened_file, key, conn, RekeyOutcome.FINISHED if finished else RekeyOutcome.UNDONE
    assert first_error is not None
    raise first_error


def rekey_database(
    paths: VaultPaths, conn: Connection, key_file: KeyFile, vault_key: SecretBytes, passphrase: str,
    progress: Progress = _no_progress,
) -> RekeyResult:
    """Give the open vault a new random key; return the new key file, key and recovery key.

    `passphrase` must open `key_file` (it is needed to rewrite the passphrase slot). A passphrase
    bound to this device is bound to a new secret (the old one is deleted at the end). The
    keychain slot is not carried over (its secret is re-stored by the caller afterwards), and
    the duress key is not: the new passphrase slot's second key is random. Call under the
    vault lock, with no transaction open on `conn`.
    """
    params = key_file.passphrase_params()
    if params is None:
        raise InvalidValue("this vault has no passphrase slot to re-key")
    unbound = open_binding(key_file)  # DeviceSecretMissing: nothing changed
    try:
        checked = unbound.key_file.open_with_passphrase(passphrase)  # WrongPassphrase: nothing changed
    finally:
        unbound.wipe()
    try:
        if checked.reveal() != vault_key.reveal():
            raise DamagedInput("the passphrase slot does not hold this vault's key")
    finally:
        checked.wipe()
    progress(1, STEPS)
    new_key = generate_vault_key()
    recovery = RecoveryKey.generate()
    try:
        new_file = (KeyFile(vault_id=key_file.vault_id)
                    .with_passphrase(new_key, passphrase, params)
                    .with_secret(KIND_RECOVERY, new_key, recovery.secret))
        # A bound passphrase gets a new device secret, stored before the record names it.
        rotation = bound_anew(new_file, key_file)
        new_file = rotation.key_file
        progress(2, STEPS)
        _write_pending(paths, new_file)
        progress(3, STEPS)
        try:
            rekey_connection(conn, new_key)
        except Exception:
            _undo_if_unchanged(paths, key_file, vault_key)
            raise
        progress(4, STEPS)
        new_file.write(paths.key_file)
        _remove_pending(paths)
        rotation.retire()  # the old key file's secret: an old copy of it no longer opens with this keystore
        progress(5, STEPS)
    except BaseException:
        new_key.wipe()
        raise
    return RekeyResult(new_file, new_key, recovery)


def _undo_if_unchanged(paths: VaultPaths, key_file: KeyFile, old_key: SecretBytes) -> None:
    """After a failed PRAGMA rekey: drop the record if the database still opens with the old key."""
    try:
        _open_checked(paths, key_file, SecretBytes(old_key.reveal())).close()
    except DamagedInput:
        return  # leave the record: the next unlock decides with both key files
    _remove_pending(paths)
