"""The key slots of a vault: its key file (passphrase, recovery, keychain and duress slots) and its key.

`KeySlots` holds the unwrapped vault key of an unlocked vault and rewrites the key file's
slots (`vault.keys`). `change_passphrase` and `reset_passphrase` rewrite the passphrase slot
of a vault that is not open. The vault itself (database, services, lock) is app/vault.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from amanat.app import keychain
from amanat.app.errors import AmanatError, InvalidValue, VaultLocked, WrongRecoveryKey
from amanat.app.rekey import rekey_pending
from amanat.app.store.connection import open_database
from amanat.app.store.repository import Repository
from amanat.app.vault_lock import VaultLock
from amanat.app.vault_paths import META_DURESS_SLOT, VaultPaths
from amanat.crypto.kdf import Argon2idParams, calibrate
from amanat.crypto.keyfile import KIND_KEYCHAIN, KIND_RECOVERY, KeyFile
from amanat.crypto.recovery_key import RecoveryKey
from amanat.crypto.secret_bytes import SecretBytes


class KeySlots:
    """The key file and the vault key of an unlocked vault; `wipe` drops the key when the vault closes."""

    def __init__(self, paths: VaultPaths, key_file: KeyFile, vault_key: SecretBytes) -> None:
        self._paths = paths
        self._key_file = key_file
        self._vault_key = vault_key
        self._open = True

    @property
    def key_file(self) -> KeyFile:
        """The current key file (slots and parameters, no secrets in clear)."""
        return self._key_file

    def require_key(self) -> SecretBytes:
        """A copy of the vault key (a lock meanwhile cannot wipe it mid-use); the caller wipes it."""
        key = SecretBytes(self._vault_key.reveal())
        if not self._open or len(key) == 0:
            raise VaultLocked("the vault is locked")
        return key

    def save(self, key_file: KeyFile) -> None:
        """Write `key_file` atomically in place of the vault's key file, and keep it as the current one."""
        key_file.write(self._paths.key_file)
        self._key_file = key_file

    def replace(self, key_file: KeyFile, vault_key: SecretBytes) -> None:
        """After a re-key: the new key file (already written) and the new vault key; the old key is wiped."""
        self._vault_key.wipe()
        self._vault_key = vault_key
        self._key_file = key_file

    def set_passphrase(self, passphrase: str, params: Argon2idParams | None = None) -> Argon2idParams:
        """Rewrite the passphrase slot only (this turns the duress passphrase off); the database is not touched."""
        params = params or calibrate()
        self.save(self._key_file.with_passphrase(self.require_key(), passphrase, params))
        return params

    def new_recovery_key(self) -> RecoveryKey:
        """Replace the recovery slot; the old recovery key stops working."""
        recovery = RecoveryKey.generate()
        self.save(self._key_file.with_secret(KIND_RECOVERY, self.require_key(), recovery.secret))
        return recovery

    def check_can_remember(self) -> None:
        """KeychainUnavailable unless this system has a safe keychain (asked before warning the user)."""
        keychain.safe_backend()

    def remember_on_this_device(self) -> None:
        """Add a keychain slot whose secret the OS keychain keeps (refuses unsafe keychains)."""
        secret = keychain.store_secret(self._key_file.vault_id)
        try:
            self.save(self._key_file.with_secret(KIND_KEYCHAIN, self.require_key(), secret))
        finally:
            secret.wipe()

    def forget_on_this_device(self) -> None:
        """Remove the keychain slot and the keychain's entry."""
        self.save(self._key_file.without(KIND_KEYCHAIN))
        keychain.forget_secret(self._key_file.vault_id)

    @property
    def remembered_on_this_device(self) -> bool:
        """True when the key file has a keychain slot."""
        return self._key_file.has(KIND_KEYCHAIN)

    def wipe(self) -> None:
        """Overwrite the vault key; every later use says the vault is locked."""
        self._open = False
        self._vault_key.wipe()


class DecoyKeySlots(KeySlots):
    """The decoy vault's keys: it has no passphrase or slots of its own while the real vault exists."""

    @staticmethod
    def refusal() -> InvalidValue:
        """The error every key operation on the decoy raises."""
        return InvalidValue("the decoy vault has no passphrase or keys of its own while the real vault exists")

    def save(self, key_file: KeyFile) -> None:
        raise self.refusal()

    def set_passphrase(self, passphrase: str, params: Argon2idParams | None = None) -> Argon2idParams:
        raise self.refusal()

    def new_recovery_key(self) -> RecoveryKey:
        raise self.refusal()

    def check_can_remember(self) -> None:
        raise self.refusal()

    def remember_on_this_device(self) -> None:
        raise self.refusal()


@dataclass(frozen=True)
class PassphraseChange:
    """What changing the passphrase did: its new cost, and whether that turned the duress passphrase off."""

    params: Argon2idParams
    duress_turned_off: bool


Settle = Callable[[VaultPaths, Callable[[KeyFile], SecretBytes]], None]


def change_passphrase(
    settle_interrupted_rekey: Settle, paths: VaultPaths, old_passphrase: str, new_passphrase: str,
    params: Argon2idParams | None = None,
) -> PassphraseChange:
    """Rewrite the passphrase slot; the database file is read (is duress on?) but not changed."""
    return _rewrite_passphrase(settle_interrupted_rekey, paths, lambda kf: kf.open_with_passphrase(old_passphrase),
                               new_passphrase, params)


def reset_passphrase(
    settle_interrupted_rekey: Settle, paths: VaultPaths, recovery_text: str, new_passphrase: str,
    params: Argon2idParams | None = None,
) -> PassphraseChange:
    """Set a new passphrase with the recovery key; the database is not touched."""
    recovery = RecoveryKey.parse(recovery_text)

    def opener(key_file: KeyFile) -> SecretBytes:
        key = key_file.open_with_secret(KIND_RECOVERY, recovery.secret)
        if key is None:
            raise WrongRecoveryKey("the recovery key does not open this vault")
        return key

    return _rewrite_passphrase(settle_interrupted_rekey, paths, opener, new_passphrase, params)


def _rewrite_passphrase(
    settle_interrupted_rekey: Settle, paths: VaultPaths, opener: Callable[[KeyFile], SecretBytes],
    new_passphrase: str, params: Argon2idParams | None,
) -> PassphraseChange:
    paths.require()
    if rekey_pending(paths):
        settle_interrupted_rekey(paths, opener)
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
