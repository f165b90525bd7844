"""Weak test key-derivation parameters exist only inside the test suite (issue 11, finding 15).

The product reads no switch from the environment: an `AMANAT_INSECURE_TEST_KDF=1` in a user's
environment, or set by an attacker's wrapper script, changes nothing. The tests switch weak
parameters on in their own processes; the built program refuses the switch even if it is called.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from amanat.app.vault import Vault
from amanat.crypto.errors import DamagedInput
from amanat.crypto.kdf import (
    FLOOR_ITERATIONS,
    FLOOR_MEMORY_KIB,
    INSECURE_TEST_PARAMS,
    allow_insecure_test_kdf,
    calibrate,
    insecure_test_kdf_allowed,
)
from amanat.crypto.keyfile import KeyFile, generate_vault_key
from tests.conftest import PASSPHRASE, PROJECT_ROOT, run_product, snapshot_files

OLD_SWITCH = {"AMANAT_INSECURE_TEST_KDF": "1"}


@pytest.fixture
def built_program(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process as the PyInstaller build sees itself: `sys.frozen` is set."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    yield
    monkeypatch.undo()
    allow_insecure_test_kdf()  # back to what the rest of the suite expects


def test_the_product_with_the_old_environment_switch_refuses_a_weak_key_file(vault_dir: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE, params=INSECURE_TEST_PARAMS)[0].close()
    before = snapshot_files(vault_dir)
    result = run_product("note", "list", "--vault", str(vault_dir),
                         env={**OLD_SWITCH, "AMANAT_PASSPHRASE": PASSPHRASE})
    assert result.returncode == 4, result.stdout + result.stderr
    assert "weaker than Amanat allows" in result.stderr
    assert snapshot_files(vault_dir) == before


def test_the_product_with_the_old_environment_switch_creates_a_vault_with_real_parameters(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    result = run_product("init", "--vault", str(vault_dir), timeout=180,
                         env={**OLD_SWITCH, "AMANAT_PASSPHRASE": PASSPHRASE, "XDG_CONFIG_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    slot = json.loads((vault_dir / "vault.keys").read_bytes())["slots"][0]
    assert slot["kdf"]["memory_kib"] >= FLOOR_MEMORY_KIB and slot["kdf"]["iterations"] >= FLOOR_ITERATIONS


def test_the_built_program_refuses_the_switch_and_weak_parameters(built_program: None) -> None:
    assert not insecure_test_kdf_allowed()  # on in this test process, yet off in a built program
    with pytest.raises(RuntimeError, match="built program"):
        allow_insecure_test_kdf()
    assert not insecure_test_kdf_allowed()
    with pytest.raises(DamagedInput, match="weaker than Amanat allows"):
        INSECURE_TEST_PARAMS.check()
    ticks = iter([0.0, 50.0])  # calibration never hands out the test parameters there
    params = calibrate(clock=lambda: next(ticks), memory_kib=FLOOR_MEMORY_KIB)
    assert params.memory_kib >= FLOOR_MEMORY_KIB and params.iterations >= FLOOR_ITERATIONS


def test_a_weak_key_file_does_not_open_in_the_built_program(monkeypatch: pytest.MonkeyPatch) -> None:
    data = KeyFile.new().with_passphrase(generate_vault_key(), PASSPHRASE, INSECURE_TEST_PARAMS).to_bytes()
    KeyFile.parse(data)  # fine in the test suite
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with pytest.raises(DamagedInput, match="weaker than Amanat allows"):
        KeyFile.parse(data)


def test_no_product_code_reads_a_key_derivation_switch_from_the_environment() -> None:
    for folder in ("app", "crypto", "sync"):
        for path in (PROJECT_ROOT / folder).rglob("*.py"):
            assert "INSECURE_TEST" not in path.read_text(encoding="utf-8").replace("INSECURE_TEST_PARAMS", ""), path
