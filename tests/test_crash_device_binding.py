"""A rotation of the device secret cut short at each step leaves a vault that opens, and no old secret that works.

The process "dies" at a step boundary (an exception where the next write would start, the vault then
dropped as a killed process leaves it); the next unlock must open with one of the passphrases and tidy
the keystore, so that a copy of the old key file no longer opens with it.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest

from amanat.app import rekey
from amanat.app.device_secret import Rotation
from amanat.app.rekey import PENDING_NAME, RekeyOutcome
from amanat.app.vault import Vault
from amanat.crypto.device_binding import binding_of
from amanat.crypto.errors import DeviceSecretMissing
from amanat.crypto.keyfile import KeyFile
from tests.conftest import PASSPHRASE, MemoryKeyring
from tests.test_device_binding import NEW_PASSPHRASE, bound_vault, device_entries, titles


class PowerCut(BaseException):
    """Stands for SIGKILL at a step boundary: nothing after it runs, no `except Exception` sees it."""


def cut_at(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> None:
    def cut(*_args: object, **_kwargs: object) -> None:
        raise PowerCut

    monkeypatch.setattr(owner, name, cut)


def generation(directory: Path) -> int:
    binding = binding_of(KeyFile.read(directory / "vault.keys"))
    assert binding is not None
    return binding.generation


@pytest.mark.parametrize("step", ["before the key file", "before the old secret is deleted"])
def test_a_passphrase_change_cut_short(tmp_path: Path, memory_keyring: MemoryKeyring, step: str,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    directory, stale = tmp_path / "vault", tmp_path / "snapshot"
    bound_vault(directory)
    shutil.copytree(directory, stale)
    before = generation(directory)
    vault_id = KeyFile.read(directory / "vault.keys").vault_id
    with monkeypatch.context() as patch:
        if step == "before the key file":
            cut_at(patch, KeyFile, "write")
        else:
            cut_at(patch, Rotation, "retire")
        with pytest.raises(PowerCut):
            Vault.change_passphrase(directory, PASSPHRASE, NEW_PASSPHRASE)
    assert len(device_entries(memory_keyring, vault_id)) == 2  # both secrets exist at this moment
    works = PASSPHRASE if step == "before the key file" else NEW_PASSPHRASE
    with Vault.unlock(directory, works) as vault:
        assert titles(vault) == {"Testimony"}
    assert device_entries(memory_keyring, vault_id) == [f"{vault_id}.{generation(directory)}"]  # tidied
    if step != "before the key file":
        assert generation(directory) == before + 1
        with pytest.raises(DeviceSecretMissing):
            Vault.unlock(stale, PASSPHRASE)


@pytest.mark.parametrize("step", ["before the database", "before the key file", "before the old secret goes"])
def test_a_rekey_cut_short(tmp_path: Path, memory_keyring: MemoryKeyring, step: str,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    directory, stale = tmp_path / "vault", tmp_path / "snapshot"
    bound_vault(directory)
    shutil.copytree(directory, stale)
    before = generation(directory)
    vault = Vault.unlock(directory, PASSPHRASE)
    vault_id = vault.key_file.vault_id
    with monkeypatch.context() as patch:
        if step == "before the database":
            cut_at(patch, rekey, "rekey_connection")
        elif step == "before the key file":
            cut_at(patch, KeyFile, "write")
        else:
            cut_at(patch, Rotation, "retire")
        with pytest.raises(PowerCut):
            vault.rekey(PASSPHRASE)
    with contextlib.suppress(Exception):
        vault.close()  # what the killed process's lock and connection amount to
    with Vault.unlock(directory, PASSPHRASE) as reopened:
        assert titles(reopened) == {"Testimony"} and reopened.check() == []
        expected = RekeyOutcome.UNDONE if step == "before the database" else (
            RekeyOutcome.FINISHED if step == "before the key file" else RekeyOutcome.NONE)
        assert reopened.interrupted_rekey is expected
    assert not (directory / PENDING_NAME).exists()
    assert generation(directory) == (before if step == "before the database" else before + 1)
    assert device_entries(memory_keyring, vault_id) == [f"{vault_id}.{generation(directory)}"]
    if step != "before the database":
        with pytest.raises(DeviceSecretMissing):  # the old copy's secret is gone from the live keystore
            Vault.unlock(stale, PASSPHRASE)
