"""Creating, unlocking, re-keying and locking a vault."""

from __future__ import annotations

from pathlib import Path

import keyring.backend
import pytest

from amanat.app.errors import (
    KeychainUnavailable,
    MistypedRecoveryKey,
    VaultBusy,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
    WrongRecoveryKey,
)
from amanat.app.vault import Vault
from amanat.crypto.keyfile import KIND_KEYCHAIN, KeyFile
from amanat.crypto.recovery_key import RecoveryKey
from tests.conftest import PASSPHRASE, MemoryKeyring, snapshot_files


def test_create_refuses_an_existing_vault(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    before = snapshot_files(vault_dir)
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, "another passphrase")
    assert snapshot_files(vault_dir) == before


def test_unlocking_an_empty_folder_says_there_is_no_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        Vault.unlock(tmp_path, PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


def test_recovery_key_opens_and_a_new_one_replaces_it(vault_dir: Path) -> None:
    vault, recovery = Vault.create(vault_dir, PASSPHRASE)
    note = vault.items.add_note("kept")
    vault.close()
    with Vault.unlock_with_recovery_key(vault_dir, recovery.display()) as opened:
        assert opened.items.get(note.id).title == "kept"
        replacement = opened.keys.new_recovery_key()
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(vault_dir, recovery.display())
    Vault.unlock_with_recovery_key(vault_dir, replacement.display()).close()


def test_a_mistyped_recovery_key_names_the_group_before_trying(vault_dir: Path) -> None:
    _vault, recovery = Vault.create(vault_dir, PASSPHRASE)
    _vault.close()
    groups = recovery.groups()
    groups[6] = groups[6][:2] + ("X" if groups[6][2] != "X" else "Y") + groups[6][3:]
    with pytest.raises(MistypedRecoveryKey, match="group 7"):
        Vault.unlock_with_recovery_key(vault_dir, " ".join(groups))


def test_changing_the_passphrase_leaves_the_database_bytes_alone(vault: Vault, vault_dir: Path) -> None:
    vault.items.add_note("before")
    vault.close()
    database_before = (vault_dir / "vault.db").read_bytes()
    Vault.change_passphrase(vault_dir, PASSPHRASE, "a brand new passphrase")
    assert (vault_dir / "vault.db").read_bytes() == database_before
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    with Vault.unlock(vault_dir, "a brand new passphrase") as opened:
        assert opened.items.count() == 1


def test_reset_with_recovery_key(vault_dir: Path) -> None:
    vault, recovery = Vault.create(vault_dir, PASSPHRASE)
    vault.close()
    Vault.reset_passphrase(vault_dir, recovery.display(), "forgotten and replaced")
    Vault.unlock(vault_dir, "forgotten and replaced").close()
    with pytest.raises(WrongRecoveryKey):
        Vault.reset_passphrase(vault_dir, RecoveryKey.generate().display(), "x")


def test_a_second_opener_is_refused_while_the_vault_is_open(vault: Vault, vault_dir: Path) -> None:
    with pytest.raises(VaultBusy):
        Vault.unlock(vault_dir, PASSPHRASE)
    with pytest.raises(VaultBusy):
        Vault.change_passphrase(vault_dir, PASSPHRASE, "other")
    vault.close()
    Vault.unlock(vault_dir, PASSPHRASE).close()


def test_a_locked_vault_refuses_key_operations(vault: Vault) -> None:
    vault.close()
    assert not vault.is_open and "locked" in repr(vault)
    with pytest.raises(VaultLocked):
        vault.keys.new_recovery_key()
    vault.close()  # closing twice is harmless


def test_remember_on_this_device_through_the_keychain(vault: Vault, vault_dir: Path,
                                                      memory_keyring: MemoryKeyring) -> None:
    vault.keys.remember_on_this_device()
    vault_id = vault.key_file.vault_id
    (stored,) = memory_keyring.entries.values()
    assert PASSPHRASE not in stored and vault_id in {u for _s, u in memory_keyring.entries}
    vault.close()
    opened = Vault.unlock_with_keychain(vault_dir)
    assert opened is not None
    opened.keys.forget_on_this_device()
    assert memory_keyring.entries == {}
    opened.close()
    assert Vault.unlock_with_keychain(vault_dir) is None
    assert not KeyFile.read(vault_dir / "vault.keys").has(KIND_KEYCHAIN)


def test_a_removed_keychain_entry_falls_back_to_the_passphrase(vault: Vault, vault_dir: Path,
                                                               memory_keyring: MemoryKeyring) -> None:
    vault.keys.remember_on_this_device()
    vault.close()
    memory_keyring.entries.clear()
    assert Vault.unlock_with_keychain(vault_dir) is None
    Vault.unlock(vault_dir, PASSPHRASE).close()


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt's plain-text file backend."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


class FailKeyring(keyring.backend.KeyringBackend):
    priority = 0  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("must not be called")

    def delete_password(self, service: str, username: str) -> None:
        return None


@pytest.mark.parametrize("backend", [PlaintextKeyring(), FailKeyring()])
def test_unsafe_keychains_are_refused_and_no_slot_is_written(vault: Vault, vault_dir: Path, backend: object) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)  # type: ignore[arg-type]
    try:
        before = (vault_dir / "vault.keys").read_bytes()
        with pytest.raises(KeychainUnavailable):
            vault.keys.remember_on_this_device()
        assert (vault_dir / "vault.keys").read_bytes() == before
        assert getattr(backend, "entries", {}) == {}
    finally:
        keyring.set_keyring(previous)
