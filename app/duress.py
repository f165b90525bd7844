"""Setting and removing the duress passphrase, and filling its decoy vault from the real one.

`set_duress`, `remove_duress` and `open_decoy` act on an unlocked real vault; the decoy opens
as a `DecoyVault`, which has no keys of its own. The decoy's storage and the duress unlock
itself are in app/decoy.py.
"""

from __future__ import annotations

from amanat.app.decoy import (
    STEP_BYTES,
    alt_steps,
    create_decoy_database,
    open_decoy_database,
    pad_file,
    write_random_alt,
)
from amanat.app.device_secret import open_binding
from amanat.app.errors import InvalidValue
from amanat.app.key_slots import DecoyKeySlots, KeySlots
from amanat.app.rekey import Progress
from amanat.app.store.repository import Repository
from amanat.app.vault import Vault
from amanat.app.vault_lock import VaultLock
from amanat.app.vault_paths import ALT_NAME, META_DECOY_KEY, META_DURESS_SLOT, VaultPaths
from amanat.crypto.keyfile import KeyFile, generate_vault_key
from amanat.crypto.recovery_key import RecoveryKey
from amanat.crypto.secret_bytes import SecretBytes

_SAME = "the duress passphrase must be different from your passphrase"
DURESS_STEPS = 3


def _decoy_key_for(repository: Repository, opened_now: SecretBytes | None) -> SecretBytes:
    """The key of the decoy to keep: the one the duress passphrase already opens, else the kept one, else new."""
    if opened_now is not None:
        return SecretBytes(opened_now.reveal())
    kept = repository.meta(META_DECOY_KEY)
    return SecretBytes(bytes.fromhex(kept)) if kept else generate_vault_key()


def _refuse_the_decoy(vault: Vault) -> None:
    if isinstance(vault, DecoyVault):
        raise DecoyKeySlots.refusal()


def set_duress(vault: Vault, duress_passphrase: str, progress: Progress | None = None,
               repository: Repository | None = None) -> None:
    """Make `duress_passphrase` open the decoy vault (its content is kept; a new one is empty).

    Fill the decoy with harmless content through `open_decoy`. Unlocking this vault with the
    duress passphrase then destroys this vault and puts the decoy in its place. One key
    derivation (about a second); a worker passes `repository` on a connection of its own.
    """
    _refuse_the_decoy(vault)
    report = progress or (lambda _done, _total: None)
    repository = repository or vault.require_repository()
    directory = vault.paths.directory
    unbound = open_binding(KeyFile.read(vault.paths.key_file))  # bound: the duress key is padded the same way
    key_file = unbound.key_file
    try:
        derived, opened_now = key_file.duress_candidate(duress_passphrase)
    except ValueError as error:
        unbound.wipe()
        raise InvalidValue(_SAME if "differ" in str(error) else f"the duress passphrase: {error}") from None
    report(1, DURESS_STEPS)
    decoy_key = _decoy_key_for(repository, opened_now)
    try:
        opened = open_decoy_database(directory / ALT_NAME, decoy_key)
        if opened is None:
            create_decoy_database(directory, decoy_key)
        else:
            opened[0].close()
            pad_file(directory / ALT_NAME)
        report(2, DURESS_STEPS)
        repository.set_meta(META_DECOY_KEY, decoy_key.hex())
        key_file = unbound.rebind(key_file.with_duress(decoy_key, derived))
        vault.keys.save(key_file)
        repository.set_meta(META_DURESS_SLOT, key_file.alt_fingerprint() or "")
        report(3, DURESS_STEPS)
    finally:
        unbound.wipe()
        decoy_key.wipe()
        derived.wipe()
        if opened_now is not None:
            opened_now.wipe()


def set_duress_in_thread(vault: Vault, duress_passphrase: str, progress: Progress | None = None) -> None:
    """`set_duress` from a worker thread: on a database connection of its own, closed afterwards."""
    conn = vault.open_connection()
    try:
        set_duress(vault, duress_passphrase, progress, Repository(conn))
    finally:
        conn.close()


def remove_duress(vault: Vault) -> None:
    """No duress passphrase any more; the decoy vault is destroyed (vault.alt is random again)."""
    _refuse_the_decoy(vault)
    repository = vault.require_repository()
    vault.keys.save(KeyFile.read(vault.paths.key_file).without_duress())
    repository.set_meta(META_DURESS_SLOT, "")
    repository.set_meta(META_DECOY_KEY, "")
    write_random_alt(vault.paths.directory, STEP_BYTES)


class DecoyVault(Vault):
    """The decoy vault, open from the unlocked real vault (which holds the folder's lock).

    Everything inside works as in any vault; the keys do not (the decoy gets its key file only
    when a duress unlock puts it in the real vault's place). Closing it pads its file again.
    Its padding is cut off while it is open, so `vault.alt` then has its natural size.
    """

    key_slots_class: type[KeySlots] = DecoyKeySlots
    _closes_too: Vault | None = None

    @classmethod
    def open_beside(cls, real: Vault) -> DecoyVault:
        """Open the decoy kept by `real` (a fresh, empty one if it is missing or damaged)."""
        repository = real.require_repository()
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
            try:
                super().close()
            finally:
                if was_open:
                    pad_file(self.paths.database)
        finally:
            real, self._closes_too = self._closes_too, None
            if real is not None:
                real.close()

    def rekey(self, passphrase: str, progress: Progress | None = None) -> RecoveryKey:
        raise DecoyKeySlots.refusal()


def open_decoy(vault: Vault) -> DecoyVault:
    """The decoy vault, open beside `vault` (close it first, or it closes with `vault`), to fill it."""
    _refuse_the_decoy(vault)
    decoy = DecoyVault.open_beside(vault)
    vault.close_before_this(decoy)
    return decoy
