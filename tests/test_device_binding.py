"""A passphrase bound to this device's keystore: a stale copy of vault.keys plus the passphrase opens nothing.

Real vaults, real key files, real crypto; the OS keystore is the in-memory one the tests trust
(tests/conftest.py). Another `MemoryKeyring` stands for another laptop, or a reset keystore.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from amanat.app import keychain
from amanat.app.backup import create_backup, restore_backup
from amanat.app.device_binding import Binding, binding_state, set_device_binding
from amanat.app.device_secret import NOT_HERE
from amanat.app.duress import open_decoy, set_duress
from amanat.app.errors import KeychainUnavailable
from amanat.app.vault import Vault
from amanat.app.wipe import wipe_vault
from amanat.crypto.device_binding import binding_of
from amanat.crypto.errors import DamagedInput, DeviceSecretMissing, WrongPassphrase
from amanat.crypto.keyfile import KeyFile
from tests.conftest import PASSPHRASE, MemoryKeyring

NEW_PASSPHRASE = "a second passphrase for the binding tests"
DURESS = "harmless holiday pictures"


@pytest.fixture
def other_laptop(memory_keyring: MemoryKeyring) -> Iterator[MemoryKeyring]:
    """Switch to another, empty keystore (another laptop); the first one comes back afterwards."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    keychain.trust_backend(backend)
    yield backend
    keychain.distrust_backend(backend)
    keyring.set_keyring(memory_keyring)


def bound_vault(directory: Path) -> str:
    """A vault with one note whose passphrase is bound to this device; returns its recovery key."""
    vault, recovery = Vault.create(directory, PASSPHRASE)
    with vault:
        vault.items.add_note("Testimony", "CANARY شاهد")
        set_device_binding(vault, True)
        assert binding_state(vault) is Binding.ON
    return recovery.display()


def titles(vault: Vault) -> set[str]:
    return {h.title for h in vault.items.list()}


def device_entries(backend: MemoryKeyring, vault_id: str) -> list[str]:
    return sorted(account for _service, account in backend.entries if account.startswith(f"{vault_id}."))


def test_a_stale_copy_and_the_old_passphrase_open_nothing_after_a_passphrase_change(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    live, stale = tmp_path / "vault", tmp_path / "snapshot"
    recovery = bound_vault(live)
    shutil.copytree(live, stale)  # a Time Machine local snapshot, a shadow copy, a btrfs snapshot
    Vault.change_passphrase(live, PASSPHRASE, NEW_PASSPHRASE)
    with pytest.raises(DeviceSecretMissing):  # the old secret went with the change
        Vault.unlock(stale, PASSPHRASE)
    with Vault.unlock(live, NEW_PASSPHRASE) as vault:
        assert titles(vault) == {"Testimony"}
        assert len(device_entries(memory_keyring, vault.key_file.vault_id)) == 1
    with Vault.unlock_with_recovery_key(stale, recovery) as vault:  # the paper is what still opens an old copy
        assert titles(vault) == {"Testimony"}


def test_without_the_binding_the_same_stale_copy_opens(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    live, stale = tmp_path / "vault", tmp_path / "snapshot"
    vault, _recovery = Vault.create(live, PASSPHRASE)
    with vault:
        vault.items.add_note("Testimony", "")
    shutil.copytree(live, stale)
    Vault.change_passphrase(live, PASSPHRASE, NEW_PASSPHRASE)
    with Vault.unlock(stale, PASSPHRASE) as opened:  # what the binding takes away
        assert titles(opened) == {"Testimony"}
    assert memory_keyring.entries == {}


def test_a_copy_taken_off_the_laptop_does_not_open_with_the_passphrase(
        tmp_path: Path, memory_keyring: MemoryKeyring, other_laptop: MemoryKeyring) -> None:
    keyring.set_keyring(memory_keyring)
    recovery = bound_vault(tmp_path / "vault")
    shutil.copytree(tmp_path / "vault", tmp_path / "copy")
    keyring.set_keyring(other_laptop)
    with pytest.raises(DeviceSecretMissing) as refused:
        Vault.unlock(tmp_path / "copy", PASSPHRASE)
    assert "recovery key" in str(refused.value)
    with Vault.unlock_with_recovery_key(tmp_path / "copy", recovery) as vault:
        assert titles(vault) == {"Testimony"}
        assert binding_state(vault) is Binding.ELSEWHERE


def test_without_a_usable_keystore_binding_is_refused_and_a_bound_vault_says_what_to_do(tmp_path: Path) -> None:
    vault, _recovery = Vault.create(tmp_path / "vault", PASSPHRASE)  # this machine: keyring's fail backend
    with vault:
        before = vault.paths.key_file.read_bytes()
        with pytest.raises(KeychainUnavailable, match="nothing was changed"):
            set_device_binding(vault, True)
        assert vault.paths.key_file.read_bytes() == before and binding_state(vault) is Binding.OFF


def test_binding_unbinding_and_binding_again(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    directory = tmp_path / "vault"
    bound_vault(directory)
    vault_id = KeyFile.read(directory / "vault.keys").vault_id
    first = device_entries(memory_keyring, vault_id)
    assert len(first) == 1
    raw = json.loads((directory / "vault.keys").read_bytes())
    assert raw["version"] == 2
    with Vault.unlock(directory, PASSPHRASE) as vault:
        set_device_binding(vault, False)
        assert binding_state(vault) is Binding.OFF and device_entries(memory_keyring, vault_id) == []
    assert json.loads((directory / "vault.keys").read_bytes())["version"] == 1  # an older Amanat reads it again
    with Vault.unlock(directory, PASSPHRASE) as vault:
        set_device_binding(vault, True)
        assert binding_state(vault) is Binding.ON
    second = device_entries(memory_keyring, vault_id)
    assert len(second) == 1 and second != first
    with Vault.unlock(directory, PASSPHRASE) as vault:
        assert titles(vault) == {"Testimony"}
    with pytest.raises(WrongPassphrase):
        Vault.unlock(directory, NEW_PASSPHRASE)


def test_a_rekey_moves_to_a_new_device_secret(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    live, stale = tmp_path / "vault", tmp_path / "snapshot"
    bound_vault(live)
    shutil.copytree(live, stale)
    before = binding_of(KeyFile.read(live / "vault.keys"))
    with Vault.unlock(live, PASSPHRASE) as vault:
        vault.rekey(PASSPHRASE)
        vault_id = vault.key_file.vault_id
    after = binding_of(KeyFile.read(live / "vault.keys"))
    assert before is not None and after is not None and after.generation == before.generation + 1
    assert device_entries(memory_keyring, vault_id) == [f"{vault_id}.{after.generation}"]
    with pytest.raises(DeviceSecretMissing):
        Vault.unlock(stale, PASSPHRASE)
    with Vault.unlock(live, PASSPHRASE) as vault:
        assert titles(vault) == {"Testimony"} and binding_state(vault) is Binding.ON


def test_the_duress_passphrase_behaves_as_the_passphrase_with_and_without_the_binding(
        tmp_path: Path, memory_keyring: MemoryKeyring, other_laptop: MemoryKeyring) -> None:
    keyring.set_keyring(memory_keyring)
    directory = tmp_path / "vault"
    vault, _recovery = Vault.create(directory, PASSPHRASE)
    with vault:
        vault.items.add_note("Testimony", "")
        set_duress(vault, DURESS)
        with open_decoy(vault) as decoy:
            decoy.items.add_note("Shopping list", "")
        unbound_shape = sorted(json.loads(vault.paths.key_file.read_bytes())["slots"][0])
        set_device_binding(vault, True)  # the duress passphrase stays on: no need to type it again
        assert vault.duress_state() == "on"
        assert sorted(json.loads(vault.paths.key_file.read_bytes())["slots"][0]) == sorted([*unbound_shape, "device"])
    shutil.copytree(directory, tmp_path / "copy")
    keyring.set_keyring(other_laptop)  # without this device's keystore, both fail the same way
    errors = []
    for typed in (PASSPHRASE, DURESS):
        with pytest.raises(DeviceSecretMissing) as refused:
            Vault.unlock(tmp_path / "copy", typed)
        errors.append((type(refused.value), str(refused.value)))
    assert errors[0] == errors[1] == (DeviceSecretMissing, NOT_HERE)
    keyring.set_keyring(memory_keyring)
    real_id = KeyFile.read(directory / "vault.keys").vault_id
    with Vault.unlock(directory, DURESS) as opened:  # with it, the duress passphrase opens the decoy
        assert titles(opened) == {"Shopping list"}
        assert binding_state(opened) is Binding.ON  # the decoy's key file is bound like the real one was
        decoy_id = opened.key_file.vault_id
    assert device_entries(memory_keyring, real_id) == []  # the real vault's secret went with its keys
    assert len(device_entries(memory_keyring, decoy_id)) == 1
    with pytest.raises(DeviceSecretMissing):  # and the copy taken before no longer opens here either
        Vault.unlock(tmp_path / "copy", PASSPHRASE)


def test_a_bound_backup_restores_on_a_new_laptop_with_the_recovery_key_and_binds_there(
        tmp_path: Path, memory_keyring: MemoryKeyring, other_laptop: MemoryKeyring) -> None:
    keyring.set_keyring(memory_keyring)
    recovery = bound_vault(tmp_path / "vault")
    with Vault.unlock(tmp_path / "vault", PASSPHRASE) as vault:
        create_backup(vault, tmp_path / "backup.amanat")
    keyring.set_keyring(other_laptop)
    with pytest.raises(DeviceSecretMissing):
        restore_backup(tmp_path / "backup.amanat", tmp_path / "restored", passphrase=PASSPHRASE)
    assert not (tmp_path / "restored").exists()
    restore_backup(tmp_path / "backup.amanat", tmp_path / "restored", recovery_key=recovery)
    change = Vault.reset_passphrase(tmp_path / "restored", recovery, PASSPHRASE)
    assert change.bound  # bound again, to this laptop's keystore
    with Vault.unlock(tmp_path / "restored", PASSPHRASE) as vault:
        assert titles(vault) == {"Testimony"} and binding_state(vault) is Binding.ON
    assert len(other_laptop.entries) == 1


def test_the_recovery_key_sets_an_unbound_passphrase_where_no_keystore_is_usable(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    recovery = bound_vault(tmp_path / "vault")
    keychain.distrust_backend(memory_keyring)  # a computer whose keystore Amanat cannot use
    try:
        with pytest.raises(DeviceSecretMissing, match="cannot be reached"):
            Vault.unlock(tmp_path / "vault", PASSPHRASE)
        change = Vault.reset_passphrase(tmp_path / "vault", recovery, NEW_PASSPHRASE)
        assert not change.bound
        with Vault.unlock(tmp_path / "vault", NEW_PASSPHRASE) as vault:
            assert titles(vault) == {"Testimony"}
    finally:
        keychain.trust_backend(memory_keyring)


def test_a_panic_wipe_deletes_the_device_secret(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    bound_vault(tmp_path / "vault")
    shutil.copytree(tmp_path / "vault", tmp_path / "snapshot")
    assert memory_keyring.entries
    wipe_vault(tmp_path / "vault")
    assert memory_keyring.entries == {}
    with pytest.raises(DeviceSecretMissing):  # a snapshot of the key file, the passphrase, this keystore
        Vault.unlock(tmp_path / "snapshot", PASSPHRASE)


def test_the_key_file_version_matches_the_binding(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    from tests.test_keyfile import resealed

    bound_vault(tmp_path / "vault")
    raw = json.loads((tmp_path / "vault" / "vault.keys").read_bytes())
    raw["version"] = 1
    with pytest.raises(DamagedInput, match="version does not match"):
        KeyFile.parse(resealed(raw))
    raw["version"] = 2
    del raw["slots"][0]["device"]
    with pytest.raises(DamagedInput, match="version does not match"):
        KeyFile.parse(resealed(raw))
