"""The vault: a folder with an encrypted database, its key file and a lock.

This module opens, creates and re-keys vaults. What is inside (notes,
contacts, drafts, attachments) is reached through `vault.items` and
`vault.attachments`, which both the command line and the GUI use; the key
file's slots through `vault.keys` (app/key_slots.py); the duress passphrase
and its decoy through app/duress.py.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

from amanat.app import keychain
from amanat.app.attachments import AttachmentService
from amanat.app.decoy import ensure_alt, migrate_legacy_folder, take_over, write_random_alt
from amanat.app.device_secret import open_binding, tidy
from amanat.app.errors import (
    AmanatError,
    DamagedInput,
    VaultCheckpointFailed,
    VaultExists,
    VaultLocked,
    WrongRecoveryKey,
)
from amanat.app.items import ItemService
from amanat.app.key_slots import KeySlots, PassphraseChange
from amanat.app.key_slots import change_passphrase as _change_passphrase
from amanat.app.key_slots import reset_passphrase as _reset_passphrase
from amanat.app.linked_versions import LinkedVersions
from amanat.app.platform.permissions import make_private_folder
from amanat.app.rekey import Progress, RekeyOutcome, open_database_finishing_rekey, rekey_database, rekey_pending
from amanat.app.sharing.sync_service import SyncService
from amanat.app.store.connection import Connection, open_database
from amanat.app.store.plan_rows import PlanRows
from amanat.app.store.repository import Repository
from amanat.app.store.schema import migrate, refuse_newer
from amanat.app.tasks import TaskService
from amanat.app.vault_lock import VaultLock
from amanat.app.vault_paths import ALT_NAME, META_DECOY_KEY, META_DURESS_SLOT, META_VAULT_ID, VaultPaths, default_umask
from amanat.crypto.kdf import Argon2idParams, calibrate
from amanat.crypto.keyfile import KIND_KEYCHAIN, KIND_RECOVERY, KeyFile, generate_vault_key
from amanat.crypto.recovery_key import RecoveryKey
from amanat.crypto.secret_bytes import SecretBytes

log = logging.getLogger(__name__)

__all__ = ["PassphraseChange", "Vault", "VaultPaths", "default_umask"]


class Vault:
    """An unlocked vault: its database, the services over it, its key slots (`keys`) and its lock.

    The composition root of the core: the command line and the window both reach notes,
    contacts, drafts, attachments and sync through `vault.items`, `vault.attachments` and
    `vault.sync`, and the key file's slots through `vault.keys` (app/key_slots.py).
    Close it (or use `with`) to drop the key and the lock.
    """

    key_slots_class: type[KeySlots] = KeySlots

    def __init__(
        self, paths: VaultPaths, key_file: KeyFile, vault_key: SecretBytes, lock: VaultLock,
        conn: Connection,
    ) -> None:
        self.paths = paths
        self.keys = self.key_slots_class(paths, key_file, vault_key)
        self._lock = lock
        self._conn: Connection | None = conn
        self._repository = Repository(conn)
        self.items = ItemService(self._repository)
        self.attachments = AttachmentService(self._repository, self.items)
        self.sync = SyncService(conn, self.items, self.attachments)
        self.tasks = TaskService(PlanRows(conn), self.items, self.sync.identities, self.sync.groups)
        self.linked = LinkedVersions(self.items, self.sync.groups.share_like)  # a draft's language versions
        # Set by an unlock that found a re-key an earlier process did not finish.
        self.interrupted_rekey = RekeyOutcome.NONE
        self._beside: list[Vault] = []  # decoys opened beside this vault: closed before it

    # -- opening ----------------------------------------------------------

    @classmethod
    def create(
        cls, directory: Path, passphrase: str, params: Argon2idParams | None = None
    ) -> tuple[Vault, RecoveryKey]:
        """Make a new vault; return it open, with its recovery key (shown once)."""
        paths = VaultPaths(Path(directory))
        if paths.exists():
            raise VaultExists(f"a vault already exists in {paths.directory}")
        make_private_folder(paths.directory)
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
            unbound = open_binding(key_file)  # the passphrase and the duress passphrase alike
            try:
                key, duress = unbound.key_file.open_with_passphrase_or_duress(passphrase)
            finally:
                unbound.wipe()
            if duress is None:
                return key, key_file
            try:
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
                migrate_legacy_folder(paths, repository, key_file)
                ensure_alt(paths.directory)
            except BaseException:
                conn.close()
                raise
            paths.remove_leftovers()  # only once unlocked: a failed attempt changes nothing
            tidy(key_file)  # device secrets an interrupted rotation left beside the current one
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
        return _change_passphrase(Vault._settle_interrupted_rekey, VaultPaths(Path(directory)),
                                  old_passphrase, new_passphrase, params)

    @staticmethod
    def reset_passphrase(
        directory: Path, recovery_text: str, new_passphrase: str, params: Argon2idParams | None = None,
        bind: bool | None = None,
    ) -> PassphraseChange:
        """Set a new passphrase with the recovery key; the database is not touched (binding: app/key_slots.py)."""
        return _reset_passphrase(Vault._settle_interrupted_rekey, VaultPaths(Path(directory)),
                                 recovery_text, new_passphrase, params, bind)

    @staticmethod
    def _settle_interrupted_rekey(paths: VaultPaths, opener: Callable[[KeyFile], SecretBytes]) -> None:
        Vault._open(paths, lambda kf: (opener(kf), kf)).close()

    # -- keys -------------------------------------------------------------

    @property
    def key_file(self) -> KeyFile:
        """The current key file (slots and parameters, no secrets in clear)."""
        return self.keys.key_file

    def rekey(self, passphrase: str, progress: Progress | None = None) -> RecoveryKey:
        """A new random vault key: the database re-encrypted, every slot rewritten; return the new recovery key.

        Old copies of the key file, old passphrases and old recovery keys no longer open the
        database. The duress passphrase is off afterwards; 'remember on this device' is kept
        with a new keychain secret. Safe to interrupt at any moment (see app/rekey.py).
        """
        key = self._require_key()
        assert self._conn is not None
        remembered = self.keys.remembered_on_this_device
        try:
            result = rekey_database(self.paths, self._conn, self.keys.key_file, key, passphrase,
                                    progress or (lambda _done, _total: None))
        finally:
            key.wipe()
        self.keys.replace(result.key_file, result.vault_key)
        if remembered:
            # The new key file has no keychain slot yet; if the keychain fails now, the passphrase still works
            # and `remembered_on_this_device` says it is off.
            with contextlib.suppress(AmanatError, OSError):
                self.keys.remember_on_this_device()
        return result.recovery

    def _require_key(self) -> SecretBytes:
        if self._conn is None:
            raise VaultLocked("the vault is locked")
        return self.keys.require_key()

    # -- duress (app/duress.py sets it and opens the decoy) ---------------

    def duress_state(self) -> str:
        """"on", "off", or "unconfirmed" (an older Amanat set it; `set_duress` again to confirm)."""
        repository = self.require_repository()
        slot = repository.meta(META_DURESS_SLOT)
        if not slot or slot != self.keys.key_file.alt_fingerprint():
            return "off"
        return "on" if repository.meta(META_DECOY_KEY) else "unconfirmed"

    def has_decoy(self) -> bool:
        """True when a decoy vault is kept (even if a new passphrase turned the duress passphrase off)."""
        return bool(self.require_repository().meta(META_DECOY_KEY))

    def require_repository(self) -> Repository:
        """The vault's repository (for app/duress.py); VaultLocked once the vault is closed."""
        if self._conn is None:
            raise VaultLocked("the vault is locked")
        return self._repository

    def close_before_this(self, other: Vault) -> None:
        """Close `other` (a decoy opened beside this vault) when this vault closes, before it."""
        self._beside.append(other)

    # -- maintenance ------------------------------------------------------

    def check(self) -> list[str]:
        """Integrity problems of the database and key file; empty when healthy."""
        self._require_key()
        problems = self._repository.integrity_problems()
        if not problems and self._repository.meta(META_VAULT_ID) != self.keys.key_file.vault_id:
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
        """Checkpoint, close the database, wipe the key and release the lock.

        A checkpoint that fails is logged (its kind, nothing from the vault) and then raised as
        `VaultCheckpointFailed`, after the database is closed, the key wiped and the lock released:
        the vault is closed either way, and its last writes are safe in the write-ahead log, which
        the next unlock replays.
        """
        if self._conn is None:
            return
        beside, self._beside = self._beside, []
        for decoy in beside:
            decoy.close()
        checkpoint_error: AmanatError | OSError | None = None
        try:
            try:
                self._repository.checkpoint()
            except (AmanatError, OSError) as error:
                log.warning("closing the vault: the checkpoint failed (%s); its write-ahead log is kept",
                            type(error).__name__)
                checkpoint_error = error
            self._conn.close()
        finally:
            self._conn = None
            self.keys.wipe()
            self._lock.release()
        if checkpoint_error is not None:
            raise VaultCheckpointFailed("the vault is closed, but its last changes could not be folded into the "
                                        "database file; they are kept beside it and the next unlock "
                                        "finishes this") from checkpoint_error

    @property
    def is_open(self) -> bool:
        """False once closed (locked)."""
        return self._conn is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_exc: object) -> None:
        if exc_type is None:
            self.close()
            return
        with contextlib.suppress(VaultCheckpointFailed):  # logged; the error already on its way matters more
            self.close()

    def __repr__(self) -> str:
        state = "open" if self.is_open else "locked"
        return f"Vault({str(self.paths.directory)!r}, {state})"
