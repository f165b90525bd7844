"""The vault: a folder with an encrypted database, its key file and a lock.

This module opens, creates and re-keys vaults. What is inside (notes,
contacts, drafts, attachments) is reached through `vault.items` and
`vault.attachments`, which both the command line and the GUI use.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app import keychain
from app.attachments import AttachmentService
from app.errors import (
    AmanatError,
    DamagedInput,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongRecoveryKey,
)
from app.items import ItemService
from app.rekey import Progress, RekeyOutcome, open_database_finishing_rekey, rekey_database, rekey_pending
from app.sharing.sync_service import SyncService
from app.store.connection import Connection, open_database
from app.store.repository import Repository
from app.store.schema import migrate, refuse_newer
from app.vault_lock import VaultLock
from crypto.kdf import Argon2idParams, calibrate
from crypto.keyfile import KIND_KEYCHAIN, KIND_RECOVERY, KeyFile, generate_vault_key
from crypto.recovery_key import RecoveryKey
from crypto.secret_bytes import SecretBytes

if TYPE_CHECKING:
    from app.duress import DecoyVault

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


class Vault:
    """An unlocked vault. Close it (or use `with`) to drop the key and the lock."""

    def __init__(
        self, paths: VaultPaths, key_file: KeyFile, vault_key: SecretBytes, lock: VaultLock,
        conn: Connection,
    ) -> None:
        self.paths = paths
        self._key_file = key_file
        self._vault_key = vault_key
        self._lock = lock
        self._conn: Connection | None = conn
        self._repository = Repository(conn)
        self.items = ItemService(self._repository)
        self.attachments = AttachmentService(self._repository, self.items)
        self.sync = SyncService(conn, self.items, self.attachments)
        # Set by an unlock that found a re-key an earlier process did not finish.
        self.interrupted_rekey = RekeyOutcome.NONE
        self._decoys: list[Vault] = []  # decoys opened beside this vault: closed before it

    # -- opening ----------------------------------------------------------

    @classmethod
    def create(
        cls, directory: Path, passphrase: str, params: Argon2idParams | None = None
    ) -> tuple[Vault, RecoveryKey]:
        """Make a new vault; return it open, with its recovery key (shown once)."""
        paths = VaultPaths(Path(directory))
        if paths.exists():
            raise VaultExists(f"a vault already exists in {paths.directory}")
        paths.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = VaultLock(paths.lock).acquire()
        vault_key = generate_vault_key()
        recovery = RecoveryKey.generate()
        try:
            key_file = (
                KeyFile.new()
                .with_passphrase(vault_key, passphrase, params or calibrate())
                .with_secret(KIND_RECOVERY, vault_key, recovery.secret)
            )
            conn = open_database(paths.database, vault_key, create=True)
            try:
                migrate(conn)
                Repository(conn).set_meta(META_VAULT_ID, key_file.vault_id)
                from app.decoy import write_random_alt  # app.decoy builds on this module

                write_random_alt(paths.directory)
                # The key file goes last: until it exists, there is no vault here.
                key_file.write(paths.key_file)
            except BaseException:
                conn.close()
                for leftover in (paths.database, Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm"),
                                 paths.directory / ALT_NAME):
                    with contextlib.suppress(FileNotFoundError):
                        leftover.unlink()
                raise
        except BaseException:
            vault_key.wipe()
            lock.release()
            raise
        return cls(paths, key_file, vault_key, lock, conn), recovery

    @classmethod
    def unlock(cls, directory: Path, passphrase: str) -> Vault:
        """Open with the passphrase; WrongPassphrase leaves every file as it was.

        The duress passphrase, if one is set, also "opens": under the lock it destroys this
        vault's keys, then puts the decoy vault in its place and opens that, exactly like a
        normal unlock (see app/decoy.py; a missing or damaged decoy becomes a fresh, empty one).
        """
        paths = VaultPaths(Path(directory))

        def opener(key_file: KeyFile) -> tuple[SecretBytes, KeyFile]:
            key, duress = key_file.open_with_passphrase_or_duress(passphrase)
            if duress is None:
                return key, key_file
            try:
                from app.decoy import take_over

                return key, take_over(paths, key_file, key, duress)
            except BaseException:
                key.wipe()
                raise
            finally:
                duress.wipe()

        return cls._open(paths, opener)

    @classmethod
    def unlock_with_recovery_key(cls, directory: Path, recovery_text: str) -> Vault:
        """Open with the recovery key (typed, in groups); a mistyped group is named."""
        recovery = RecoveryKey.parse(recovery_text)

        def opener(key_file: KeyFile) -> tuple[SecretBytes, KeyFile]:
            key = key_file.open_with_secret(KIND_RECOVERY, recovery.secret)
            if key is None:
                raise WrongRecoveryKey("the recovery key does not open this vault")
            return key, key_file

        return cls._open(VaultPaths(Path(directory)), opener)

    @classmethod
    def unlock_with_keychain(cls, directory: Path) -> Vault | None:
        """Open through 'remember on this device', or None when that is not set up here."""
        paths = VaultPaths(Path(directory))
        paths.require()
        key_file = KeyFile.read(paths.key_file)
        if not key_file.has(KIND_KEYCHAIN) or rekey_pending(paths):
            return None  # an interrupted re-key is settled with the passphrase
        secret = keychain.load_secret(key_file.vault_id)
        if secret is None:
            return None
        try:
            vault_key = key_file.open_with_secret(KIND_KEYCHAIN, secret)
        finally:
            secret.wipe()
        if vault_key is None:
            return None
        return cls._open(paths, lambda kf: (vault_key, kf))

    @classmethod
    def unlock_with_vault_key(cls, directory: Path, vault_key: SecretBytes) -> Vault:
        """Open with an already unwrapped vault key (keychain, tests)."""
        return cls._open(VaultPaths(Path(directory)), lambda kf: (SecretBytes(vault_key.reveal()), kf))

    @classmethod
    def _open(cls, paths: VaultPaths, opener: Callable[[KeyFile], tuple[SecretBytes, KeyFile]]) -> Vault:
        paths.require()
        lock = VaultLock(paths.lock).acquire()
        vault_key: SecretBytes | None = None
        try:
            # Finishes or undoes a re-key an earlier process was stopped in (see app/rekey.py).
            key_file, vault_key, conn, rekey_outcome = open_database_finishing_rekey(paths, opener)
            try:
                refuse_newer(conn)
                repository = Repository(conn)
                if repository.meta(META_VAULT_ID) != key_file.vault_id:
                    raise DamagedInput("the key file belongs to a different vault than the database")
                migrate(conn)
                from app.decoy import ensure_alt, migrate_legacy_folder  # app.decoy builds on this module

                migrate_legacy_folder(paths, repository, key_file)
                ensure_alt(paths.directory)
            except BaseException:
                conn.close()
                raise
            paths.remove_leftovers()  # only once unlocked: a failed attempt changes nothing
        except BaseException:
            if vault_key is not None:
                vault_key.wipe()
            lock.release()
            raise
        vault = cls(paths, key_file, vault_key, lock, conn)
        vault.interrupted_rekey = rekey_outcome
        return vault

    # -- re-keying without opening the database ---------------------------

    @staticmethod
    def change_passphrase(
        directory: Path, old_passphrase: str, new_passphrase: str, params: Argon2idParams | None = None
    ) -> PassphraseChange:
        """Rewrite the passphrase slot; the database file is read (is duress on?) but not changed."""
        return Vault._rekey(
            VaultPaths(Path(directory)), lambda kf: kf.open_with_passphrase(old_passphrase),
            new_passphrase, params,
        )

    @staticmethod
    def reset_passphrase(
        directory: Path, recovery_text: str, new_passphrase: str, params: Argon2idParams | None = None
    ) -> PassphraseChange:
        """Set a new passphrase with the recovery key; the database is not touched."""
        recovery = RecoveryKey.parse(recovery_text)

        def opener(key_file: KeyFile) -> SecretBytes:
            key = key_file.open_with_secret(KIND_RECOVERY, recovery.secret)
            if key is None:
                raise WrongRecoveryKey("the recovery key does not open this vault")
            return key

        return Vault._rekey(VaultPaths(Path(directory)), opener, new_passphrase, params)

    @staticmethod
    def _rekey(
        paths: VaultPaths, opener: Callable[[KeyFile], SecretBytes], new_passphrase: str,
        params: Argon2idParams | None,
    ) -> PassphraseChange:
        paths.require()
        if rekey_pending(paths):
            Vault._open(paths, lambda kf: (opener(kf), kf)).close()  # settle the interrupted re-key first
        lock = VaultLock(paths.lock).acquire()
        try:
            key_file = KeyFile.read(paths.key_file)
            vault_key = opener(key_file)
            paths.remove_leftovers()
            try:
                duress_was_on = _duress_on_in_database(paths, vault_key, key_file)
                params = params or calibrate()
                key_file.with_passphrase(vault_key, new_passphrase, params).write(paths.key_file)
            finally:
                vault_key.wipe()
        finally:
            lock.release()
        return PassphraseChange(params, duress_turned_off=duress_was_on)

    # -- keys -------------------------------------------------------------

    @property
    def key_file(self) -> KeyFile:
        """The current key file (slots and parameters, no secrets in clear)."""
        return self._key_file

    def _save_key_file(self, key_file: KeyFile) -> None:
        key_file.write(self.paths.key_file)
        self._key_file = key_file

    def set_passphrase(self, passphrase: str, params: Argon2idParams | None = None) -> Argon2idParams:
        """Rewrite the passphrase slot only (this turns the duress passphrase off); the database is not touched."""
        params = params or calibrate()
        self._save_key_file(self._key_file.with_passphrase(self._require_key(), passphrase, params))
        return params

    def rekey(self, passphrase: str, progress: Progress | None = None) -> RecoveryKey:
        """A new random vault key: the database re-encrypted, every slot rewritten; return the new recovery key.

        Old copies of the key file, old passphrases and old recovery keys no longer open the
        database. The duress passphrase is off afterwards; 'remember on this device' is kept
        with a new keychain secret. Safe to interrupt at any moment (see app/rekey.py).
        """
        key = self._require_key()
        assert self._conn is not None
        remembered = self.remembered_on_this_device
        try:
            result = rekey_database(self.paths, self._conn, self._key_file, key, passphrase,
                                    progress or (lambda _done, _total: None))
        finally:
            key.wipe()
        self._vault_key.wipe()
        self._vault_key = result.vault_key
        self._key_file = result.key_file
        if remembered:
            # The new key file has no keychain slot yet; if the keychain fails now, the passphrase still works
            # and `remembered_on_this_device` says it is off.
            with contextlib.suppress(AmanatError, OSError):
                self.remember_on_this_device()
        return result.recovery

    # -- duress -----------------------------------------------------------

    def duress_state(self) -> str:
        """"on", "off", or "unconfirmed" (an older Amanat set it; `set_duress` again to confirm)."""
        repository = self._require_repository()
        slot = repository.meta(META_DURESS_SLOT)
        if not slot or slot != self._key_file.alt_fingerprint():
            return "off"
        return "on" if repository.meta(META_DECOY_KEY) else "unconfirmed"

    def has_decoy(self) -> bool:
        """True when a decoy vault is kept (even if a new passphrase turned the duress passphrase off)."""
        return bool(self._require_repository().meta(META_DECOY_KEY))

    def set_duress(self, duress_passphrase: str) -> None:
        """Make `duress_passphrase` open the decoy vault (its content is kept; a new one is empty).

        Fill the decoy with harmless content through `open_decoy`. Unlocking this vault with the
        duress passphrase then destroys this vault and puts the decoy in its place.
        """
        from app.duress import set_duress

        set_duress(self, self._require_repository(), duress_passphrase)

    def remove_duress(self) -> None:
        """No duress passphrase any more; the decoy vault is destroyed (vault.alt is random again)."""
        from app.duress import remove_duress

        remove_duress(self, self._require_repository())

    def open_decoy(self) -> DecoyVault:
        """The decoy vault, open beside this one (close it first), to fill it with harmless content."""
        from app.duress import DecoyVault

        decoy = DecoyVault.open_beside(self, self._require_repository())
        self._decoys.append(decoy)
        return decoy

    def _require_repository(self) -> Repository:
        if self._conn is None:
            raise VaultLocked("the vault is locked")
        return self._repository

    def new_recovery_key(self) -> RecoveryKey:
        """Replace the recovery slot; the old recovery key stops working."""
        recovery = RecoveryKey.generate()
        self._save_key_file(self._key_file.with_secret(KIND_RECOVERY, self._require_key(), recovery.secret))
        return recovery

    def remember_on_this_device(self) -> None:
        """Add a keychain slot whose secret the OS keychain keeps (refuses unsafe keychains)."""
        secret = keychain.store_secret(self._key_file.vault_id)
        try:
            self._save_key_file(self._key_file.with_secret(KIND_KEYCHAIN, self._require_key(), secret))
        finally:
            secret.wipe()

    def forget_on_this_device(self) -> None:
        """Remove the keychain slot and the keychain's entry."""
        self._save_key_file(self._key_file.without(KIND_KEYCHAIN))
        keychain.forget_secret(self._key_file.vault_id)

    @property
    def remembered_on_this_device(self) -> bool:
        """True when the key file has a keychain slot."""
        return self._key_file.has(KIND_KEYCHAIN)

    def _require_key(self) -> SecretBytes:
        key = SecretBytes(self._vault_key.reveal())  # a copy: a lock meanwhile cannot wipe it mid-use
        if self._conn is None or len(key) == 0:
            raise VaultLocked("the vault is locked")
        return key

    # -- maintenance ------------------------------------------------------

    def check(self) -> list[str]:
        """Integrity problems of the database and key file; empty when healthy."""
        self._require_key()
        problems = self._repository.integrity_problems()
        if not problems and self._repository.meta(META_VAULT_ID) != self._key_file.vault_id:
            problems.append("key file: belongs to a different vault")
        return problems

    def snapshot_database(self, path: Path) -> None:
        """Write a consistent encrypted copy of the database (same key) to `path`."""
        self._require_key()
        self._repository.copy_to(str(path))

    def open_connection(self) -> Connection:
        """A new connection for another thread; close it before the vault closes."""
        return open_database(self.paths.database, self._require_key())

    @contextlib.contextmanager
    def thread_services(self) -> Iterator[tuple[ItemService, AttachmentService]]:
        """Item and attachment services on a connection of the calling thread, closed afterwards."""
        conn = self.open_connection()
        try:
            repository = Repository(conn)
            items = ItemService(repository)
            yield items, AttachmentService(repository, items)
        finally:
            conn.close()

    @contextlib.contextmanager
    def thread_sync(self) -> Iterator[SyncService]:
        """Sync services on a connection of the calling thread (for workers), closed afterwards."""
        conn = self.open_connection()
        try:
            repository = Repository(conn)
            items = ItemService(repository)
            yield SyncService(conn, items, AttachmentService(repository, items))
        finally:
            conn.close()

    def close(self) -> None:
        """Checkpoint, close the database, wipe the key and release the lock."""
        if self._conn is None:
            return
        decoys, self._decoys = self._decoys, []
        for decoy in decoys:
            decoy.close()
        try:
            with contextlib.suppress(Exception):
                self._repository.checkpoint()
            self._conn.close()
        finally:
            self._conn = None
            self._vault_key.wipe()
            self._lock.release()

    @property
    def is_open(self) -> bool:
        """False once closed (locked)."""
        return self._conn is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "open" if self.is_open else "locked"
        return f"Vault({str(self.paths.directory)!r}, {state})"


@dataclass(frozen=True)
class PassphraseChange:
    """What changing the passphrase did: its new cost, and whether that turned the duress passphrase off."""

    params: Argon2idParams
    duress_turned_off: bool


def _duress_on_in_database(paths: VaultPaths, vault_key: SecretBytes, key_file: KeyFile) -> bool:
    """Whether the duress passphrase is on (read from the database, which is not changed)."""
    try:
        conn = open_database(paths.database, vault_key)
    except AmanatError:
        return False
    try:
        slot = Repository(conn).meta(META_DURESS_SLOT)
    except AmanatError:
        return False
    finally:
        conn.close()
    return bool(slot) and slot == key_file.alt_fingerprint()


def default_umask() -> None:
    """Files Amanat creates are private to the user."""
    if os.name == "posix":
        os.umask(0o077)
