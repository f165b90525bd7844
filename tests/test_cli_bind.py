"""`amanat bind [--off]`, in process (the keystore is the tests' in-memory one)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from amanat.app.cli import main
from amanat.app.vault import Vault
from amanat.crypto.device_binding import binding_of
from amanat.crypto.keyfile import KeyFile
from tests.conftest import PASSPHRASE, MemoryKeyring, snapshot_files


def test_bind_and_unbind(tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    directory = tmp_path / "vault"
    Vault.create(directory, PASSPHRASE)[0].close()
    monkeypatch.setenv("AMANAT_PASSPHRASE", PASSPHRASE)
    assert main(["bind", "--vault", str(directory)]) == 0
    captured = capsys.readouterr()
    assert "only together with this device's keystore" in captured.out and "amanat rekey" in captured.err
    assert binding_of(KeyFile.read(directory / "vault.keys")) is not None and len(memory_keyring.entries) == 1
    shutil.copytree(directory, tmp_path / "copy")
    memory_keyring.entries.clear()  # a reset keystore, or the copy on another computer
    assert main(["note", "list", "--vault", str(tmp_path / "copy")]) == 3
    assert "recovery key" in capsys.readouterr().err


def test_bind_off_and_a_missing_keystore(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    directory = tmp_path / "vault"
    Vault.create(directory, PASSPHRASE)[0].close()
    monkeypatch.setenv("AMANAT_PASSPHRASE", PASSPHRASE)
    before = snapshot_files(directory)
    assert main(["bind", "--vault", str(directory)]) == 1  # this machine: no keystore Amanat may use
    assert "nothing was changed" in capsys.readouterr().err
    assert snapshot_files(directory) == before
    assert main(["bind", "--off", "--vault", str(directory)]) == 0  # not bound: nothing to undo, and says so
    assert "passphrase alone opens" in capsys.readouterr().out
