"""SIGKILL right after each file write or flush of a re-key or passphrase change of a bound vault.

The keystore is a file (tests/file_keyring.py) that the killed process and this one share. After each
kill the vault opens with one of the passphrases, passes `check`, keeps every committed note, and the
keystore holds exactly the current generation's secret (an old copy of the key file no longer opens).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from amanat.app import keychain
from amanat.app.device_binding import set_device_binding
from amanat.app.vault import Vault
from amanat.crypto.device_binding import binding_of
from amanat.crypto.errors import DeviceSecretMissing, WrongPassphrase
from amanat.crypto.keyfile import KeyFile
from tests.conftest import PROJECT_ROOT
from tests.crash_writer import PASSPHRASES
from tests.file_keyring import FileKeyring, use_file_keyring

KILL_POINTS = 14  # one re-key of a bound vault makes about 11 flushes and renames: every step, and into the next


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[FileKeyring]:
    previous = keyring.get_keyring()
    backend = use_file_keyring(tmp_path / "keystore.json")
    yield backend
    keychain.distrust_backend(backend)
    keyring.set_keyring(previous)


def killed_at(vault_dir: Path, mode: str, call: int, keystore: Path, current: int) -> list[str]:
    process = subprocess.run(
        [sys.executable, "-m", "tests.crash_writer", str(vault_dir), mode, str(call), str(keystore), str(current)],
        cwd=PROJECT_ROOT, capture_output=True, timeout=120, check=False)
    assert process.returncode == -9, process.stderr.decode()
    return [line for line in process.stdout.decode().splitlines() if line]


def opens(vault_dir: Path) -> tuple[Vault, int]:
    """The vault, open, and which of PASSPHRASES opened it (exactly one does)."""
    for index, passphrase in enumerate(PASSPHRASES):
        try:
            return Vault.unlock(vault_dir, passphrase), index
        except WrongPassphrase:
            continue
    raise AssertionError("no passphrase opens the vault")


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["rekey-bound", "passwd-bound"])
def test_a_bound_vault_killed_at_every_step(tmp_path: Path, file_keyring: FileKeyring, mode: str) -> None:
    vault_dir, stale = tmp_path / "vault", tmp_path / "snapshot"
    vault, _recovery = Vault.create(vault_dir, PASSPHRASES[0])
    with vault:
        committed = {vault.items.add_note("before", "").id}
        set_device_binding(vault, True)
        vault_id = vault.key_file.vault_id
    shutil.copytree(vault_dir, stale)
    first = binding_of(KeyFile.read(vault_dir / "vault.keys"))
    assert first is not None
    current = 0
    for call in range(1, KILL_POINTS + 1):
        for line in killed_at(vault_dir, mode, call, file_keyring.path, current):
            if line.startswith("added "):
                committed.add(line.split()[1])
        reopened, current = opens(vault_dir)
        with reopened:
            assert reopened.check() == [], f"kill at call {call}"
            for item_id in committed:
                reopened.items.get(item_id)
        binding = binding_of(KeyFile.read(vault_dir / "vault.keys"))
        assert binding is not None, f"kill at call {call}: the binding was lost"
        expected = [f"local data key\t{vault_id}.{binding.generation}"]
        assert [k for k in file_keyring.entries if vault_id in k] == expected, f"kill at call {call}"
        if binding.generation != first.generation:
            with pytest.raises(DeviceSecretMissing):
                Vault.unlock(stale, PASSPHRASES[0])
    assert binding.generation > first.generation, "no rotation ever finished: the test proves nothing"
