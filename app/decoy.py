"""The duress passphrase's decoy vault, kept so that no file tells whether one exists.

Every vault folder holds `vault.alt` beside `vault.db`, always a whole number
of 4 MiB steps long (4 MiB unless the user fills the decoy beyond that). With
no duress passphrase it is random bytes; with one it is the decoy's SQLCipher
database followed by random bytes up to the step (SQLite's header records the
page count, so it ignores them). An SQLCipher file looks like random bytes
(its first 16 bytes are a random salt, every page is encrypted), so the two
cannot be told apart without the decoy's key. The passphrase slot's second
key (`alt`) wraps the decoy key under the duress passphrase; the real vault
keeps a copy of it in its encrypted meta table, so the user can fill the decoy
from the unlocked real vault (`amanat.app.duress.open_decoy`, `amanat --decoy …`).

A duress unlock (`take_over`) destroys the real vault's keys first, then puts
the decoy's database in place of `vault.db`, writes it an ordinary key file
from the key the duress passphrase already derived, and a fresh random
`vault.alt`. A missing or damaged decoy is replaced by a fresh, empty one:
whatever happened, it looks like a normal unlock.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from amanat.app.device_secret import bound_anew
from amanat.app.errors import AmanatError, VaultBusy
from amanat.app.store.connection import Connection, open_database
from amanat.app.store.padding import check_intact, database_bytes
from amanat.app.store.repository import Repository
from amanat.app.store.schema import migrate, refuse_newer
from amanat.app.vault_lock import VaultLock
from amanat.app.vault_paths import (
    ALT_NAME,
    DATABASE_NAME,
    KEY_FILE_NAME,
    LEGACY_DECOY_FOLDER,
    LOCK_NAME,
    META_DECOY_KEY,
    META_DURESS_SLOT,
    META_VAULT_ID,
    VaultPaths,
)
from amanat.app.wipe import destroy_keys, overwrite_and_delete
from amanat.crypto.atomic_write import fsync_directory, replace_retrying
from amanat.crypto.keyfile import DuressMatch, KeyFile
from amanat.crypto.secret_bytes import SecretBytes

STEP_BYTES = 4 * 1024 * 1024
_CHUNK = 1024 * 1024


def _random_chunks(size: int) -> Iterator[bytes]:
    while size > 0:
        chunk = min(size, _CHUNK)
        yield secrets.token_bytes(chunk)
        size -= chunk


def write_random_alt(directory: Path, size: int = STEP_BYTES) -> None:
    """Put `size` random bytes in `vault.alt`: what it holds when there is no decoy.

    Written beside it and renamed into place, but not flushed: random bytes need no durability,
    and a file that a crash cut short is replaced at the next unlock (`ensure_alt`).
    """
    temp = _temp_path(directory)
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)  # Windows: no CRLF translation
        with open(os.open(temp, flags, 0o600), "wb") as handle:
            for chunk in _random_chunks(size):
                handle.write(chunk)
        replace_retrying(temp, directory / ALT_NAME)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def ensure_alt(directory: Path) -> None:
    """Every vault has a `vault.alt` of whole steps: write a random one if it is missing or cut short."""
    try:
        size = (directory / ALT_NAME).stat().st_size
    except FileNotFoundError:
        size = 0
    if size == 0 or size % STEP_BYTES:
        write_random_alt(directory)


def alt_steps(directory: Path) -> int:
    """How many 4 MiB steps `vault.alt` spans (more than one is visible: a large decoy)."""
    try:
        return max(1, -(-(directory / ALT_NAME).stat().st_size // STEP_BYTES))
    except FileNotFoundError:
        return 1


def pad_file(path: Path) -> None:
    """Append random bytes to `path` up to a whole number of steps (at least one), flushed to disk."""
    size = path.stat().st_size
    missing = STEP_BYTES * max(1, -(-size // STEP_BYTES)) - size
    with open(path, "ab") as handle:
        for chunk in _random_chunks(missing):
            handle.write(chunk)
        handle.flush()
        os.fsync(handle.fileno())


def _temp_path(directory: Path) -> Path:
    return directory / f".alt-{secrets.token_hex(6)}.tmp"


def open_decoy_database(path: Path, key: SecretBytes, *, tail_cut: bool = False) -> tuple[Connection, str] | None:
    """The decoy database at `path` opened with `key` and its vault id, or None if it does not open.

    Random bytes after its last page (an older Amanat's decoy, moved without its key) are cut off first.
    """
    try:
        conn = open_database(path, key)
    except AmanatError:
        return None
    try:
        refuse_newer(conn)
        vault_id = Repository(conn).meta(META_VAULT_ID)
        if not vault_id:
            raise ValueError("no vault id")
        length = database_bytes(conn)
        if not tail_cut and path.stat().st_size > length:
            conn.close()
            os.truncate(path, length)
            return open_decoy_database(path, key, tail_cut=True)
        migrate(conn)
    except Exception:  # noqa: BLE001 - any failure means: not a usable decoy (damaged pages surface oddly)
        conn.close()
        return None
    return conn, vault_id


def create_decoy_database(directory: Path, key: SecretBytes) -> None:
    """A fresh, empty decoy database in `vault.alt` (built beside it, then moved in place)."""
    temp = _temp_path(directory)
    try:
        conn = open_database(temp, key, create=True)
        try:
            migrate(conn)
            Repository(conn).set_meta(META_VAULT_ID, KeyFile.new().vault_id)
            Repository(conn).checkpoint()
        finally:
            conn.close()
        pad_file(temp)
        replace_retrying(temp, directory / ALT_NAME)
        fsync_directory(directory)
    finally:
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _usable_decoy(directory: Path, key: SecretBytes) -> tuple[Path, str] | None:
    """The decoy database that opens with `key` and is intact (its padding cut off), and its vault id."""
    for candidate in (directory / ALT_NAME, directory / LEGACY_DECOY_FOLDER / DATABASE_NAME):
        opened = open_decoy_database(candidate, key)
        if opened is None:
            continue
        conn, vault_id = opened
        try:
            check_intact(conn)
        except Exception:  # noqa: BLE001, S112 - SQLCipher reports a damaged page as MemoryError, among others
            continue
        finally:
            conn.close()
        return candidate, vault_id
    return None


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError, IsADirectoryError):
            path.unlink()


def _database_files(database: Path) -> list[Path]:
    return [database, *(Path(f"{database}{suffix}") for suffix in ("-wal", "-shm", "-journal"))]


def take_over(paths: VaultPaths, key_file: KeyFile, decoy_key: SecretBytes, match: DuressMatch) -> KeyFile:
    """The duress passphrase was typed (the caller holds the lock): the decoy replaces the vault.

    Keys first: the real key file is overwritten and deleted and its keychain entries forgotten,
    so the real vault is unreadable from here on whatever happens next. Returns the decoy's key file.
    """
    directory = paths.directory
    destroy_keys(directory)
    usable = _usable_decoy(directory, decoy_key)
    if usable is None:
        create_decoy_database(directory, decoy_key)
        usable = _usable_decoy(directory, decoy_key)
        if usable is None:  # pragma: no cover - a database just made always opens
            raise VaultBusy("the vault could not be opened; try again")
    source, vault_id = usable
    _remove(*_database_files(paths.database), *_database_files(source)[1:])
    replace_retrying(source, paths.database)
    _remove_legacy_folder(directory)
    _bound_like(KeyFile.for_duress_takeover(vault_id, decoy_key, match), key_file).write(paths.key_file)
    write_random_alt(directory)
    fsync_directory(directory)
    return KeyFile.read(paths.key_file)


def _bound_like(decoy_file: KeyFile, real_file: KeyFile) -> KeyFile:
    """The decoy's key file bound to a new device secret when the real one was (it must look the same).

    The real vault's secret went with its keys (`destroy_keys`). A keystore that fails now leaves the
    decoy unbound rather than failing the unlock: the duress unlock always opens.
    """
    try:
        return bound_anew(decoy_file, real_file).key_file
    except (AmanatError, OSError):
        return decoy_file


def _remove_legacy_folder(directory: Path) -> None:
    legacy = directory / LEGACY_DECOY_FOLDER
    if not legacy.is_dir():
        return
    overwrite_and_delete(legacy / KEY_FILE_NAME)
    for leftover in legacy.iterdir():
        _remove(leftover)
    with contextlib.suppress(OSError):
        legacy.rmdir()


def migrate_legacy_folder(paths: VaultPaths, repository: Repository, key_file: KeyFile) -> None:
    """Move a `decoy/` folder of an older Amanat into `vault.alt` (the real vault is unlocked).

    The decoy's key is not known here (only the duress passphrase unwraps it); padding needs no key.
    The next `duress set` with the same duress passphrase takes the key back, so the decoy can be filled.
    """
    directory = paths.directory
    legacy = directory / LEGACY_DECOY_FOLDER
    if not legacy.is_dir():
        return
    try:
        legacy_lock = VaultLock(legacy / LOCK_NAME).acquire()
    except VaultBusy:
        return  # the decoy is open in another Amanat: next time
    try:
        database = legacy / DATABASE_NAME
        wal = Path(f"{database}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return  # not folded back: without its key it cannot be, so leave it as it is
        if database.is_file():
            pad_file(database)
            replace_retrying(database, directory / ALT_NAME)
            repository.set_meta(META_DECOY_KEY, "")
            repository.set_meta(META_DURESS_SLOT, key_file.alt_fingerprint() or "")
    finally:
        legacy_lock.release()
    _remove_legacy_folder(directory)
    fsync_directory(directory)
