"""Binding an unlocked vault's passphrase to this device's keystore, and what it means where (Settings, CLI).

The key work is in app/key_slots.py and app/device_secret.py; this module adds what only the open vault
knows: the duress passphrase's fingerprint (over the stored bytes of its key, which binding pads) is
carried over, so the duress passphrase stays on exactly as it was.
"""

from __future__ import annotations

from enum import Enum

from amanat.app.duress import DecoyVault
from amanat.app.key_slots import DecoyKeySlots
from amanat.app.store.repository import Repository
from amanat.app.vault import Vault
from amanat.app.vault_paths import META_DURESS_SLOT


class Binding(Enum):
    """Whether the passphrase needs this device's keystore."""

    OFF = "off"  # the passphrase alone opens the vault
    ON = "on"  # the passphrase and this device's keystore
    ELSEWHERE = "elsewhere"  # bound to a keystore that is not here (restored, reinstalled): set the passphrase again


def binding_state(vault: Vault) -> Binding:
    """The binding of the vault's passphrase slot, as seen from this device (asks the keystore)."""
    if not vault.keys.bound_to_this_device:
        return Binding.OFF
    return Binding.ON if vault.keys.binding_works_here() else Binding.ELSEWHERE


def set_device_binding(vault: Vault, on: bool, repository: Repository | None = None) -> None:
    """Bind the passphrase to this device's keystore (KeychainUnavailable), or unbind it (DeviceSecretMissing).

    Nothing else changes: the passphrase, the recovery key and the duress passphrase work as before.
    Copies of the key file made before binding are not bound: a re-key makes them useless. A worker passes
    `repository` on a connection of its own (`set_device_binding_in_thread`).
    """
    if isinstance(vault, DecoyVault):
        raise DecoyKeySlots.refusal()
    repository = repository or vault.require_repository()
    kept = repository.meta(META_DURESS_SLOT)
    duress_kept = bool(kept) and kept == vault.keys.key_file.alt_fingerprint()
    if on:
        vault.keys.bind_to_this_device()
    else:
        vault.keys.unbind_from_this_device()
    if duress_kept:
        repository.set_meta(META_DURESS_SLOT, vault.keys.key_file.alt_fingerprint() or "")


def set_device_binding_in_thread(vault: Vault, on: bool) -> None:
    """`set_device_binding` from a worker thread: on a database connection of its own, closed afterwards."""
    conn = vault.open_connection()
    try:
        set_device_binding(vault, on, Repository(conn))
    finally:
        conn.close()


__all__ = ["Binding", "binding_state", "set_device_binding", "set_device_binding_in_thread"]
