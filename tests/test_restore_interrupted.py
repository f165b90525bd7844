"""An interrupted restore (issue 11, finding 23) leaves no half vault, and restore turns the duress key off."""

from __future__ import annotations

import contextlib
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from amanat.app.backup import create_backup, restore_backup
from amanat.app.errors import WrongPassphrase
from amanat.app.models import Note
from amanat.app.vault import Vault
from amanat.crypto.keyfile import KeyFile
from amanat.crypto.secret_bytes import SecretBytes
from tests.conftest import PASSPHRASE, PROJECT_ROOT, run_cli

RESTORE_KILLS = 14


def _backup(tmp_path: Path, notes: int = 1) -> tuple[Path, str]:
    vault, _recovery = Vault.create(tmp_path / "source", PASSPHRASE)
    with vault:
        kept = vault.items.add_note("kept in the backup", "").id
        if notes > 1:
            vault.items.add_many([Note(id="", title=f"bulk {i}", body="متن " * 600) for i in range(notes)])
        backup = tmp_path / "backup.amanat"
        create_backup(vault, backup)
    return backup, kept


def _assert_restored(target: Path, note_id: str) -> None:
    with Vault.unlock(target, PASSPHRASE) as vault:
        assert vault.check() == []
        assert vault.items.get(note_id).title == "kept in the backup"
    assert [p.name for p in target.parent.iterdir() if ".restore-" in p.name] == []


def test_a_partial_vault_from_an_interrupted_restore_is_named_and_cleared(tmp_path: Path) -> None:
    backup, note_id = _backup(tmp_path)
    target = tmp_path / "restored"
    target.mkdir()
    # What an interrupted restore of the earlier code left: the database, no key file, a temp file.
    shutil.copy(tmp_path / "source" / "vault.db", target / "vault.db")
    (target / ".restore-0123456789ab.db").write_bytes(b"partial")
    env = {"AMANAT_VAULT": str(target), "AMANAT_PASSPHRASE": PASSPHRASE}
    checked = run_cli("check", env=env)
    assert checked.returncode == 4 and "restore" in checked.stderr and "key file is missing" in checked.stderr
    restored = run_cli("restore", str(backup), env=env)
    assert restored.returncode == 0, restored.stderr
    assert "duress passphrase is OFF" in restored.stderr
    _assert_restored(target, note_id)
    assert run_cli("check", env=env).returncode == 0


def test_a_leftover_temporary_folder_beside_the_target_is_cleared(tmp_path: Path) -> None:
    backup, note_id = _backup(tmp_path)
    target = tmp_path / "restored"
    leftover = tmp_path / ".restored.restore-0123456789ab"
    leftover.mkdir()
    (leftover / "vault.db").write_bytes(b"half written")
    restore_backup(backup, target, passphrase=PASSPHRASE)
    assert not leftover.exists()
    _assert_restored(target, note_id)


def test_a_folder_with_a_whole_vault_is_still_refused(tmp_path: Path) -> None:
    backup, _note_id = _backup(tmp_path)
    run = run_cli("restore", str(backup), env={"AMANAT_VAULT": str(tmp_path / "source"),
                                               "AMANAT_PASSPHRASE": PASSPHRASE})
    assert run.returncode == 1 and "already exists" in run.stderr


def test_the_restored_vault_has_no_duress_key(tmp_path: Path) -> None:
    source = tmp_path / "source"
    Vault.create(source, PASSPHRASE)[0].close()
    key_file = KeyFile.read(source / "vault.keys")
    key_file.with_duress(SecretBytes(bytes(range(32))), "holiday pictures of the sea").write(source / "vault.keys")
    backup = tmp_path / "backup.amanat"
    with Vault.unlock(source, PASSPHRASE) as vault:
        create_backup(vault, backup)
    target = tmp_path / "restored"
    restore_backup(backup, target, passphrase=PASSPHRASE)
    restored = KeyFile.read(target / "vault.keys")
    with pytest.raises(WrongPassphrase):
        restored.open_with_passphrase_or_duress("holiday pictures of the sea")
    restored.open_with_passphrase(PASSPHRASE).wipe()


def _run_restore_and_kill(target: Path, backup: Path, delay: float, kill_at_call: int = 0) -> list[str]:
    extra = [str(kill_at_call)] if kill_at_call else []
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_writer", str(target), "restore", "0", str(backup), *extra],
        cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    if kill_at_call:
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=delay)  # it kills itself at the chosen call, or waits once restored
    else:
        time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, stderr.decode()
    return stdout.decode().splitlines() if stdout.endswith(b"\n") else []


def _second_restore_works(target: Path, backup: Path, note_id: str, lines: list[str], label: str) -> bool:
    """After a kill: the whole vault is there, or none is and a second restore works. True if interrupted."""
    if "restored" in lines or (target / "vault.keys").exists():
        _assert_restored(target, note_id)  # killed after the move: the whole vault is there
        return False
    assert not (target / "vault.db").exists(), f"{label}: a database without its key file was left"
    restore_backup(backup, target, passphrase=PASSPHRASE)
    _assert_restored(target, note_id)
    return True


@pytest.mark.slow
def test_a_restore_killed_at_each_file_operation_leaves_no_half_vault(tmp_path: Path) -> None:
    backup, note_id = _backup(tmp_path)
    target = tmp_path / "restored"
    interrupted = 0
    for call in range(1, 9):  # every fsync, replace and rename a restore makes, in turn
        lines = _run_restore_and_kill(target, backup, 8, kill_at_call=call)
        interrupted += _second_restore_works(target, backup, note_id, lines, f"killed at call {call}")
        shutil.rmtree(target)
    assert interrupted >= 3, "the kills did not land inside the restore; the test proves nothing"


@pytest.mark.slow
def test_a_killed_restore_leaves_no_half_vault_and_a_second_restore_works(tmp_path: Path) -> None:
    backup, note_id = _backup(tmp_path, notes=3000)  # about 30 MB: kills land while it is written
    rng = random.Random(20261204)
    target = tmp_path / "restored"
    interrupted = 0
    for round_number in range(RESTORE_KILLS):
        lines = _run_restore_and_kill(target, backup, rng.uniform(0.4, 2.0))
        interrupted += _second_restore_works(target, backup, note_id, lines, f"round {round_number}")
        shutil.rmtree(target)
    assert interrupted > 0, "no kill landed inside a restore; the test proves nothing"
