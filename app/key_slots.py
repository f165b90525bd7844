"""The key slots of a vault: its key file (passphrase, recovery, keychain and duress slots) and its key.

`KeySlots` holds the unwrapped vault key of an unlocked vault and rewrites the key file's
slots (`vault.keys`). `change_passphrase` and `reset_passphrase` rewrite the passphrase slot
of a vault that is not open. The vault itself (database, services, lock) is app/vault.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from amanat.app import keychain
from amanat.app.device_secret import bound_anew, forget_device_secret, has_device_secret, open_binding
from amanat.app.errors import AmanatError, InvalidValue, KeychainUnavailable, VaultLocked, WrongRecoveryKey
from amanat.app.rekey import rekey_pending
from amanat.app.store.connection import open_database
from amanat.app.store.repository import Repository
from amanat.app.vault_lock import VaultLock
from amanat.app.vault_paths import META_DURESS_SLOT, VaultPaths
from amanat.crypto.device_binding import binding_of
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
        # Bound stays bound (a new secret) where a keystore is usable; after a recovery on another computer
        # without one, the passphrase is set unbound rather than refused.
        rotation = bound_anew(self._key_file.with_passphrase(self.require_key(), passphrase, params), self._key_file,
                              keep_binding=_can_stay_bound(self._key_file))
        self.save(rotation.key_file)
        rotation.retire()
        return params

    @property
    def bound_to_this_device(self) -> bool:
        """True when the passphrase slot is bound to a device keystore's secret (see `binding_works_here`)."""
        return binding_of(self._key_file) is not None

    def binding_works_here(self) -> bool:
        """False when the passphrase is bound and this device's keystore lacks its secret (asks the keystore)."""
        return has_device_secret(self._key_file)

    def bind_to_this_device(self) -> None:
        """Bind the passphrase slot to a new secret in this device's keystore; KeychainUnavailable changes nothing.

        The duress passphrase keeps working (the slot's keys are padded, not rewrapped); the caller updates
        the duress fingerprint, which covers the stored bytes.
        """
        if self.bound_to_this_device:
            return
        self.save(bound_anew(self._key_file, self._key_file, keep_binding=True).key_file)

    def unbind_from_this_device(self) -> None:
        """The passphrase alone opens the vault again; the keystore's secret is deleted (DeviceSecretMissing)."""
        unbound = open_binding(self._key_file)
        try:
            generation = unbound.generation
            self.save(unbound.key_file)
        finally:
            unbound.wipe()
        if generation is not None:
            forget_device_secret(self._key_file.vault_id, generation)

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

    def bind_to_this_device(self) -> None:
        raise self.refusal()

    def unbind_from_this_device(self) -> None:
        raise self.refusal()


@dataclass(frozen=True)
class PassphraseChange:
    """What changing the passphrase did: its new cost, whether that turned the duress passphrase off, and
    whether the new passphrase is bound to this device's keystore."""

    params: Argon2idParams
    duress_turned_off: bool
    bound: bool = False


Settle = Callable[[VaultPaths, Callable[[KeyFile], SecretBytes]], None]


def change_passphrase(
    settle_interrupted_rekey: Settle, paths: VaultPaths, old_passphrase: str, new_passphrase: str,
    params: Argon2idParams | None = None,
) -> PassphraseChange:
    """Rewrite the passphrase slot; the database file is read (is duress on?) but not changed."""
    return _rewrite_passphrase(settle_interrupted_rekey, paths, lambda kf: open_with_passphrase(kf, old_passphrase),
                               new_passphrase, params)


def open_with_passphrase(key_file: KeyFile, passphrase: str) -> SecretBytes:
    """The vault key from the passphrase slot, through this device's keystore when it is bound."""
    unbound = open_binding(key_file)
    try:
        return unbound.key_file.open_with_passphrase(passphrase)
    finally:
        unbound.wipe()


def reset_passphrase(
    settle_interrupted_rekey: Settle, paths: VaultPaths, recovery_text: str, new_passphrase: str,
    params: Argon2idParams | None = None, bind: bool | None = None,
) -> PassphraseChange:
    """Set a new passphrase with the recovery key; the database is not touched.

    A passphrase that was bound to a device is bound to this device's keystore (a new secret), or left
    unbound when there is no usable keystore here: the recovery key must never lock the user out.
    `bind` overrides both ways.
    """
    recovery = RecoveryKey.parse(recovery_text)

    def opener(key_file: KeyFile) -> SecretBytes:
        key = key_file.open_with_secret(KIND_RECOVERY, recovery.secret)
        if key is None:
            raise WrongRecoveryKey("the recovery key does not open this vault")
        return key

    return _rewrite_passphrase(settle_interrupted_rekey, paths, opener, new_passphrase, params,
                               bind if bind is not None else _can_stay_bound)


def _rewrite_passphrase(
    settle_interrupted_rekey: Settle, paths: VaultPaths, opener: Callable[[KeyFile], SecretBytes],
    new_passphrase: str, params: Argon2idParams | None, bind: bool | Callable[[KeyFile], bool] | None = None,
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
            keep = bind(key_file) if callable(bind) else bind
            rotation = bound_anew(key_file.with_passphrase(vault_key, new_passphrase, params), key_file,
                                  keep_binding=keep)
            rotation.key_file.write(paths.key_file)
            rotation.retire()
        finally:
            vault_key.wipe()
    finally:
        lock.release()
    return PassphraseChange(params, duress_turned_off=duress_was_on,
                            bound=binding_of(rotation.key_file) is not None)


def _can_stay_bound(key_file: KeyFile) -> bool:
    """A bound passphrase set again with the recovery key stays bound where a safe keystore exists."""
    if binding_of(key_file) is None:
        return False
    try:
        keychain.safe_backend()
    except KeychainUnavailable:
        return False
    return True


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
