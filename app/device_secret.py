"""The device secret of a bound passphrase slot, kept in this device's keystore (crypto/device_binding.py).

Off unless the user binds the passphrase to this device (Settings → Security, `amanat bind`). The
keystore holds 32 random bytes per binding under a neutral entry (`ENTRY_SERVICE`, account
"<vault id>.<generation>"); the key file names only the generation. Every rewrite of the passphrase
slot that the keystore can follow (a passphrase change or reset, a re-key, re-measuring the cost, the
duress unlock's takeover) moves to a new generation: the new secret is stored first, the key file
written, and only then the old entry deleted, so a crash at any point leaves a key file whose secret
exists. `tidy` deletes the neighbours of the current generation that such a crash can leave behind,
so an old copy of the key file does not keep working with the live keystore.

Only the systems' own keystores are used (app/keychain.py's allow-list); none is found here on a
machine without one, and binding is then refused. The recovery key never needs the keystore.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, field
from pathlib import Path

import keyring.errors

from amanat.app import keychain
from amanat.app.errors import AmanatError, KeychainUnavailable
from amanat.app.vault_paths import KEY_FILE_NAME
from amanat.crypto.device_binding import bind, binding_of, unbind
from amanat.crypto.errors import DeviceSecretMissing
from amanat.crypto.keyfile import KeyFile
from amanat.crypto.secret_bytes import SecretBytes

log = logging.getLogger(__name__)

NOT_HERE = ("the passphrase of this vault works only together with the keystore of the device it is bound to, and "
            "this device's keystore does not have its secret (another computer or account, a reset keystore, or an "
            "old copy of the vault): open it with the recovery key, then set the passphrase again")
NO_STORE = ("this system has no secure keystore that Amanat can use (only a plain-text store, or none, was found), "
            "so the passphrase cannot be bound to this device; nothing was changed")
NO_KEYSTORE = ("the passphrase of this vault works only together with this device's keystore, which cannot be "
               "reached now: unlock the system keystore and try again, or open the vault with the recovery key")


def entry_account(vault_id: str, generation: int) -> str:
    """The keystore account of one generation of a vault's device secret."""
    return f"{vault_id}.{generation}"


def store_device_secret(vault_id: str, generation: int) -> SecretBytes:
    """A new random device secret, kept in the keystore; KeychainUnavailable if there is no safe one."""
    try:
        return keychain.store_secret(entry_account(vault_id, generation))
    except KeychainUnavailable:
        raise KeychainUnavailable(NO_STORE) from None


def load_device_secret(vault_id: str, generation: int) -> SecretBytes:
    """The device secret of this generation; DeviceSecretMissing when the keystore lacks it or is unreachable."""
    try:
        keychain.safe_backend()
    except KeychainUnavailable:
        raise DeviceSecretMissing(NO_KEYSTORE) from None
    secret = keychain.load_secret(entry_account(vault_id, generation))
    if secret is None:
        raise DeviceSecretMissing(NOT_HERE)
    return secret


def forget_device_secret(vault_id: str, generation: int) -> None:
    """Delete one generation's entry, if the keystore can be reached (never raises)."""
    try:
        keychain.forget_secret(entry_account(vault_id, generation))
    except (keyring.errors.KeyringError, OSError):  # pragma: no cover - forget_secret already swallows these
        log.warning("the keystore did not delete an old device secret")


def has_device_secret(key_file: KeyFile) -> bool:
    """True when the key file is bound and this device's keystore has its secret (or it is not bound)."""
    binding = binding_of(key_file)
    if binding is None:
        return True
    try:
        load_device_secret(key_file.vault_id, binding.generation).wipe()
    except DeviceSecretMissing:
        return False
    return True


def passphrase_works_here(directory: Path) -> bool:
    """False when the vault's passphrase is bound and this device's keystore lacks its secret (a restore elsewhere)."""
    try:
        return has_device_secret(KeyFile.read(Path(directory) / KEY_FILE_NAME))
    except (AmanatError, OSError):
        return True  # no readable key file: the unlock says what is wrong


@dataclass
class Unbound:
    """A key file as it was before binding (to open or edit its passphrase slot), with the secret that bound it."""

    stored: KeyFile
    key_file: KeyFile
    secret: SecretBytes | None = field(default=None, repr=False)

    @property
    def generation(self) -> int | None:
        """The binding's generation, or None when the key file is not bound."""
        binding = binding_of(self.stored)
        return None if binding is None else binding.generation

    def rebind(self, edited: KeyFile) -> KeyFile:
        """`edited` (the unbound view, changed but with the same passphrase slot) bound again the same way."""
        generation = self.generation
        if generation is None or self.secret is None:
            return edited
        return bind(edited, self.secret, generation)

    def wipe(self) -> None:
        """Overwrite the secret."""
        if self.secret is not None:
            self.secret.wipe()


def open_binding(key_file: KeyFile) -> Unbound:
    """The key file with its passphrase slot unbound through this device's keystore (DeviceSecretMissing)."""
    binding = binding_of(key_file)
    if binding is None:
        return Unbound(key_file, key_file)
    secret = load_device_secret(key_file.vault_id, binding.generation)
    return Unbound(key_file, unbind(key_file, secret), secret)


@dataclass(frozen=True)
class Rotation:
    """A new key file bound to a new generation, whose secret is already stored; `retire` the old one once written."""

    key_file: KeyFile
    old_generation: int | None

    def retire(self) -> None:
        """The new key file is on the disk: delete the old generation's entry."""
        if self.old_generation is not None:
            forget_device_secret(self.key_file.vault_id, self.old_generation)


def bound_anew(new_file: KeyFile, previous: KeyFile, *, keep_binding: bool | None = None) -> Rotation:
    """`new_file` (unbound, e.g. a new passphrase slot) bound to a new generation if `previous` was bound.

    `keep_binding` overrides: True binds even if `previous` was not, False leaves it unbound. The new
    secret is stored before anything is written (KeychainUnavailable: nothing was changed).
    """
    old = binding_of(previous)
    wanted = old is not None if keep_binding is None else keep_binding
    if not wanted:
        return Rotation(new_file, None if old is None else old.generation)
    # A first binding starts anywhere: an old copy bound before an unbinding then finds no entry of its own.
    generation = secrets.randbelow(1 << 24) if old is None else old.generation + 1
    secret = store_device_secret(new_file.vault_id, generation)
    try:
        return Rotation(bind(new_file, secret, generation), None if old is None else old.generation)
    finally:
        secret.wipe()


def tidy(key_file: KeyFile) -> None:
    """Delete the entries a crash in a rotation can leave beside the current generation (never raises)."""
    binding = binding_of(key_file)
    if binding is None:
        return
    for generation in (binding.generation - 1, binding.generation + 1):
        if generation >= 0:
            forget_device_secret(key_file.vault_id, generation)


__all__ = ["NOT_HERE", "Rotation", "Unbound", "bound_anew", "entry_account", "forget_device_secret",
           "has_device_secret", "load_device_secret", "open_binding", "passphrase_works_here", "store_device_secret",
           "tidy"]
