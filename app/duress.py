"""Setting and removing the duress passphrase, and filling its decoy vault from the real one.

The decoy's storage and the duress unlock itself are in app/decoy.py.
"""

from __future__ import annotations

from app.decoy import (
    STEP_BYTES,
    alt_steps,
    create_decoy_database,
    open_decoy_database,
    pad_file,
    write_random_alt,
)
from app.errors import InvalidValue, WrongPassphrase
from app.rekey import Progress
from app.store.repository import Repository
from app.vault import ALT_NAME, META_DECOY_KEY, META_DURESS_SLOT, Vault, VaultPaths
from app.vault_lock import VaultLock
from crypto.kdf import Argon2idParams
from crypto.keyfile import KeyFile, generate_vault_key
from crypto.recovery_key import RecoveryKey
from crypto.secret_bytes import SecretBytes

_SAME = "the duress passphrase must be different from your passphrase"


def _decoy_key_for(vault: Vault, repository: Repository, duress_passphrase: str) -> SecretBytes:
    """The key of the decoy to keep: the one this duress passphrase already opens, else the kept one, else new."""
    try:
        opened, match = vault.key_file.open_with_passphrase_or_duress(duress_passphrase)
    except WrongPassphrase:
        opened, match = None, None
    if opened is not None and match is None:
        opened.wipe()
        raise InvalidValue(_SAME)
    if match is not None:
        match.wipe()
    if opened is not None:
        return opened
    kept = repository.meta(META_DECOY_KEY)
    return SecretBytes(bytes.fromhex(kept)) if kept else generate_vault_key()


def set_duress(vault: Vault, repository: Repository, duress_passphrase: str) -> None:
    """See `Vault.set_duress`."""
    directory = vault.paths.directory
    decoy_key = _decoy_key_for(vault, repository, duress_passphrase)
    try:
        opened = open_decoy_database(directory / ALT_NAME, decoy_key)
        if opened is None:
            create_decoy_database(directory, decoy_key)
        else:
            opened[0].close()
            pad_file(directory / ALT_NAME)
        repository.set_meta(META_DECOY_KEY, decoy_key.hex())
        try:
            key_file = KeyFile.read(vault.paths.key_file).with_duress(decoy_key, duress_passphrase)
        except ValueError:
            raise InvalidValue(_SAME) from None
        vault._save_key_file(key_file)
        repository.set_meta(META_DURESS_SLOT, key_file.alt_fingerprint() or "")
    finally:
        decoy_key.wipe()


def remove_duress(vault: Vault, repository: Repository) -> None:
    """See `Vault.remove_duress`."""
    vault._save_key_file(KeyFile.read(vault.paths.key_file).without_duress())
    repository.set_meta(META_DURESS_SLOT, "")
    repository.set_meta(META_DECOY_KEY, "")
    write_random_alt(vault.paths.directory, STEP_BYTES)


class DecoyVault(Vault):
    """The decoy vault, open from the unlocked real vault (which holds the folder's lock).

    Everything inside works as in any vault; the keys do not (the decoy gets its key file only
    when a duress unlock puts it in the real vault's place). Closing it pads its file again.
    Its padding is cut off while it is open, so `vault.alt` then has its natural size.
    """

    _closes_too: Vault | None = None

    @classmethod
    def open_beside(cls, real: Vault, repository: Repository) -> DecoyVault:
        """Open the decoy kept by `real` (a fresh, empty one if it is missing or damaged)."""
        kept = repository.meta(META_DECOY_KEY)
        if not kept:
            if real.duress_state() == "unconfirmed":
                raise InvalidValue("an older Amanat set the duress passphrase: type it once more with "
                                   "'amanat duress set' before filling the decoy")
            raise InvalidValue("there is no decoy vault: set a duress passphrase first ('amanat duress set')")
        directory = real.paths.directory
        key = SecretBytes(bytes.fromhex(kept))
        try:
            opened = open_decoy_database(directory / ALT_NAME, key)
            if opened is None:
                create_decoy_database(directory, key)
                opened = open_decoy_database(directory / ALT_NAME, key)
            if opened is None:  # pragma: no cover - a database just made always opens
                raise InvalidValue("the decoy vault could not be opened")
        except BaseException:
            key.wipe()
            raise
        conn, vault_id = opened
        return cls(VaultPaths(directory, ALT_NAME), KeyFile(vault_id=vault_id), key,
                   VaultLock(real.paths.lock), conn)  # the lock object is never taken: `real` holds it

    def close_together_with(self, real: Vault) -> None:
        """Close `real` too when this decoy is closed (for the command line)."""
        self._closes_too = real

    @property
    def larger_than_a_step(self) -> bool:
        """True when the decoy needs more than 4 MiB: its file is then larger than a vault without one."""
        return alt_steps(self.paths.directory) > 1

    def close(self) -> None:
        """Close the decoy, pad its file back to whole steps (and close the real vault, if asked)."""
        try:
            was_open = self.is_open
            super().close()
            if was_open:
                pad_file(self.paths.database)
        finally:
            real, self._closes_too = self._closes_too, None
            if real is not None:
                real.close()

    def _refuse(self) -> InvalidValue:
        return InvalidValue("the decoy vault has no passphrase or keys of its own while the real vault exists")

    def _save_key_file(self, key_file: KeyFile) -> None:
        raise self._refuse()

    def set_passphrase(self, passphrase: str, params: Argon2idParams | None = None) -> Argon2idParams:
        raise self._refuse()

    def new_recovery_key(self) -> RecoveryKey:
        raise self._refuse()

    def remember_on_this_device(self) -> None:
        raise self._refuse()

    def set_duress(self, duress_passphrase: str) -> None:
        raise self._refuse()

    def remove_duress(self) -> None:
        raise self._refuse()

    def open_decoy(self) -> DecoyVault:
        raise self._refuse()

    def rekey(self, passphrase: str, progress: Progress | None = None) -> RecoveryKey:
        raise self._refuse()
