"""Hostile Argon2id parameters in a key file or a backup (issue 11, finding 14).

Above the ceilings (1 GiB, 20 passes, 4 lanes) they are refused while the file is read, before
any memory is allocated. Within them, a derivation much costlier than this computer's calibrated
cost is done only when the user says so: a question on the terminal or
`--accept-slow-key-derivation` on the command line, a second press of Unlock in the window.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from amanat.app.backup import MAGIC, create_backup, restore_backup
from amanat.app.kdf_cost import CostlyKeyDerivation, KeyDerivationCostCheck, install_cost_check
from amanat.app.settings import Settings, load_settings, save_settings
from amanat.app.vault import Vault
from amanat.crypto.errors import DamagedInput
from amanat.crypto.kdf import (
    CALIBRATION_MEMORY_KIB,
    DEFAULT_TARGET_SECONDS,
    FLOOR_ITERATIONS,
    KIB_PER_MIB,
    Argon2idParams,
    set_cost_check,
)
from amanat.crypto.keyfile import KeyFile
from tests.conftest import PASSPHRASE, PROJECT_ROOT, TEST_ENTRY_MODULE, snapshot_files
from tests.test_keyfile import make_key_file, resealed

GIB_KIB = 1024 * KIB_PER_MIB
# A speed at which calibration's 256 MiB takes 0.8 s for three passes: "this computer" in these tests.
SPEED = int(CALIBRATION_MEMORY_KIB * FLOOR_ITERATIONS / DEFAULT_TARGET_SECONDS)
# Within the ceilings but more memory than calibration uses: asked about, and cheap enough to derive in a test.
COSTLY = Argon2idParams(memory_kib=512 * KIB_PER_MIB, iterations=FLOOR_ITERATIONS, lanes=1)
HOSTILE = (
    Argon2idParams(4 * GIB_KIB, 100, 16),  # the review's key file
    Argon2idParams(2 * GIB_KIB, 3, 1),
    Argon2idParams(GIB_KIB, 21, 1),
    Argon2idParams(256 * KIB_PER_MIB, 3, 5),
)


@pytest.fixture
def cost_check_removed() -> Iterator[None]:
    yield
    set_cost_check(None)


@pytest.fixture
def config_home(tmp_path: Path) -> Path:
    """A config folder whose settings already hold this computer's measured speed."""
    home = tmp_path / "config"
    save_settings(Settings(key_derivation_speed=SPEED), home / "Amanat" / "settings.json")
    return home


@pytest.fixture
def costly_vault(tmp_path: Path) -> Path:
    directory = tmp_path / "costly"
    Vault.create(directory, PASSPHRASE, params=COSTLY)[0].close()
    return directory


def with_params(key_file_bytes: bytes, params: Argon2idParams) -> bytes:
    raw = json.loads(key_file_bytes)
    for slot in raw["slots"]:
        if slot["kind"] == "passphrase":
            slot["kdf"].update(memory_kib=params.memory_kib, iterations=params.iterations, lanes=params.lanes)
    return resealed(raw)


def backup_with_key_file(backup: bytes, key_file: bytes) -> bytes:
    """The backup with another key file inside and its checksum redone, as a careful attacker would."""
    head = len(MAGIC) + 1
    (old_length,) = struct.unpack(">I", backup[head:head + 4])
    rest = backup[head + 4 + old_length:-32]
    body = backup[:head] + struct.pack(">I", len(key_file)) + key_file + rest
    return body + hashlib.sha256(body).digest()


# A small go-between starts amanat and reports its peak memory: a child forked from pytest itself would
# count pytest's own memory as its peak (Linux keeps the larger of the two across exec).
MEASURING_PARENT = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
_pid, status, usage = os.wait4(child.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
"""


def run_and_measure(*args: str, env: dict[str, str]) -> tuple[int, str, int]:
    """Run amanat; return its exit code, its error output and its peak memory in KiB."""
    completed = subprocess.run(
        [sys.executable, "-c", MEASURING_PARENT, sys.executable, "-m", TEST_ENTRY_MODULE, *args],
        cwd=PROJECT_ROOT, env={**os.environ, **env}, capture_output=True, text=True, check=True, timeout=300)
    code, peak_kib = completed.stdout.split()
    return int(code), completed.stderr, int(peak_kib)


@pytest.mark.parametrize("params", HOSTILE, ids=lambda p: p.describe())
def test_parameters_above_the_ceilings_are_refused_before_deriving(params: Argon2idParams, vault_dir: Path) -> None:
    data = with_params(make_key_file()[0].to_bytes(), params)
    with pytest.raises(DamagedInput, match="more memory, passes or lanes than Amanat allows"):
        KeyFile.parse(data)
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    (vault_dir / "vault.keys").write_bytes(with_params((vault_dir / "vault.keys").read_bytes(), params))
    before = snapshot_files(vault_dir)
    with pytest.raises(DamagedInput):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert snapshot_files(vault_dir) == before


def test_a_backup_carrying_the_reviews_parameters_is_refused_and_leaves_nothing(vault: Vault, tmp_path: Path) -> None:
    original = tmp_path / "original.amanat-backup"
    create_backup(vault, original)
    key_file = with_params(vault.key_file.to_bytes(), HOSTILE[0])
    hostile = tmp_path / "hostile.amanat-backup"
    hostile.write_bytes(backup_with_key_file(original.read_bytes(), key_file))
    target = tmp_path / "restored"
    with pytest.raises(DamagedInput, match="more memory, passes or lanes than Amanat allows"):
        restore_backup(hostile, target, passphrase=PASSPHRASE)
    assert not target.exists()


def test_the_ceilings_still_take_what_calibration_makes() -> None:
    Argon2idParams(GIB_KIB, 20, 4).check()
    Argon2idParams(CALIBRATION_MEMORY_KIB, 20, 4).check()


def test_a_costlier_derivation_is_asked_about_and_refused_without_a_yes(
    tmp_path: Path, cost_check_removed: None
) -> None:
    settings = tmp_path / "settings.json"
    save_settings(Settings(key_derivation_speed=SPEED), settings)
    asked: list[str] = []

    def say_no(estimate: object) -> bool:
        asked.append(estimate.describe())  # type: ignore[attr-defined]
        return False

    check = KeyDerivationCostCheck(settings, say_no)
    calibrated_here = Argon2idParams(CALIBRATION_MEMORY_KIB, FLOOR_ITERATIONS, 4)
    check(calibrated_here)  # this computer's own cost: not asked
    check(Argon2idParams(CALIBRATION_MEMORY_KIB, 2 * FLOOR_ITERATIONS, 4))  # twice: still within
    assert asked == []
    slow = Argon2idParams(CALIBRATION_MEMORY_KIB, 20, 4)  # about 5 s here
    with pytest.raises(CostlyKeyDerivation, match="much costlier"):
        check(slow)
    with pytest.raises(CostlyKeyDerivation):
        check(COSTLY)
    assert asked == ["256 MiB of memory and about 5 s here (this computer usually takes 0.8 s)",
                     "512 MiB of memory and about 2 s here (this computer usually takes 0.8 s)"]
    KeyDerivationCostCheck(settings, lambda _estimate: True)(slow)  # a yes lets it through


def test_the_speed_is_measured_once_and_kept_in_the_settings(tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    check = KeyDerivationCostCheck(settings)
    check(Argon2idParams(CALIBRATION_MEMORY_KIB, FLOOR_ITERATIONS, 1))  # cheap enough: nothing measured
    assert not settings.exists()
    speed = check.speed()
    assert speed > 0 and load_settings(settings).key_derivation_speed == max(1, int(speed))
    assert check.speed() == load_settings(settings).key_derivation_speed


def test_the_command_line_refuses_a_costly_key_file_without_a_yes_and_allocates_nothing(
    costly_vault: Path, config_home: Path
) -> None:
    env = {"XDG_CONFIG_HOME": str(config_home), "AMANAT_PASSPHRASE": PASSPHRASE}
    before = snapshot_files(costly_vault)
    code, errors, peak_kib = run_and_measure("note", "list", "--vault", str(costly_vault), env=env)
    assert code == 4, errors
    assert "512 MiB of memory" in errors and "--accept-slow-key-derivation" in errors
    assert peak_kib < COSTLY.memory_kib // 2  # the 512 MiB were never allocated
    assert snapshot_files(costly_vault) == before
    code, errors, peak_kib = run_and_measure("note", "list", "--vault", str(costly_vault),
                                             "--accept-slow-key-derivation", env=env)
    assert code == 0, errors
    assert peak_kib > COSTLY.memory_kib  # now it derived


def test_restoring_a_costly_backup_asks_first_and_leaves_nothing(
    costly_vault: Path, config_home: Path, tmp_path: Path
) -> None:
    with Vault.unlock(costly_vault, PASSPHRASE) as vault:
        create_backup(vault, tmp_path / "costly.amanat-backup")
    target = tmp_path / "restored"
    env = {"XDG_CONFIG_HOME": str(config_home), "AMANAT_PASSPHRASE": PASSPHRASE}
    code, errors, peak_kib = run_and_measure("restore", str(tmp_path / "costly.amanat-backup"),
                                             "--vault", str(target), env=env)
    assert code == 4 and "--accept-slow-key-derivation" in errors, errors
    assert peak_kib < COSTLY.memory_kib // 2
    assert not target.exists()


def test_the_window_asks_before_unlocking_a_costly_vault(
    qtbot, costly_vault: Path, tmp_path: Path, cost_check_removed: None  # type: ignore[no-untyped-def]
) -> None:
    from amanat.app.ui.shell.gui_main import build_window
    from amanat.app.ui.shell.unlock import UnlockPage

    settings = tmp_path / "settings.json"
    save_settings(replace(Settings(), key_derivation_speed=SPEED), settings)
    install_cost_check(settings)  # as `amanat` does before opening the window
    _app, window = build_window(costly_vault, settings)
    qtbot.addWidget(window)
    window.show()
    unlock_page = window.findChild(UnlockPage)
    assert unlock_page is not None
    before = snapshot_files(costly_vault)
    unlock_page.passphrase.setText(PASSPHRASE)
    unlock_page.unlock.click()
    qtbot.waitUntil(lambda: "Press Unlock again" in unlock_page.error.text(), timeout=60_000)
    assert "512 MiB" in unlock_page.error.text() and unlock_page.unlock.isEnabled()
    assert snapshot_files(costly_vault) == before  # nothing opened yet
    with qtbot.waitSignal(unlock_page.unlocked, timeout=60_000):
        unlock_page.unlock.click()
    window.lock()
