"""A writer killed with SIGKILL at random moments never leaves a damaged vault or loses a commit."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from amanat.app.vault import Vault
from tests.conftest import PROJECT_ROOT
from tests.crash_writer import PASSPHRASES

KILLS = 15


def run_and_kill(vault_dir: Path, mode: str, seed: int, delay: float) -> list[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_writer", str(vault_dir), mode, str(seed)],
        cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, stderr.decode()
    lines = stdout.decode().splitlines()
    # A line cut by the kill is not a promise of a commit.
    return lines if stdout.endswith(b"\n") else lines[:-1]


@pytest.mark.slow
def test_killed_writers_never_damage_the_vault_or_lose_commits(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    Vault.create(vault_dir, PASSPHRASES[0])[0].close()
    rng = random.Random(20261126)
    committed: set[str] = set()
    revisions: dict[str, int] = {}
    attachments: dict[str, int] = {}
    for round_number in range(KILLS):
        for line in run_and_kill(vault_dir, "items", round_number, rng.uniform(0.5, 1.6)):
            verb, item_id, *rest = line.split()
            if verb == "added":
                committed.add(item_id)
            elif verb == "edited":
                revisions[item_id] = max(revisions.get(item_id, 0), int(rest[0]))
            elif verb == "attached":
                attachments[item_id] = int(rest[0])
        with Vault.unlock(vault_dir, PASSPHRASES[0]) as vault:
            assert vault.check() == [], f"round {round_number}"
            for item_id in committed:
                vault.items.get(item_id)
            for item_id, revision in revisions.items():
                assert vault.items.get(item_id).revision >= revision
            for attachment_id, size in attachments.items():
                assert vault.attachments.get(attachment_id).size == size
    assert len(committed) > KILLS, "the writer barely ran; the test proves nothing"


@pytest.mark.slow
def test_a_killed_passphrase_change_leaves_one_working_passphrase(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    vault = Vault.create(vault_dir, PASSPHRASES[0])[0]
    note = vault.items.add_note("survives")
    vault.close()
    rng = random.Random(7)
    changes = 0
    for _ in range(8):
        lines = run_and_kill(vault_dir, "passwd", 0, rng.uniform(0.4, 1.2))
        changes += len(lines)
        opened = 0
        for passphrase in PASSPHRASES:
            try:
                with Vault.unlock(vault_dir, passphrase) as reopened:
                    assert reopened.items.get(note.id).title == "survives"
                    opened += 1
            except Exception:  # noqa: BLE001, S112 - the other passphrase is expected to fail
                continue
        assert opened == 1
        # Opening cleared any temp file the kill left behind.
        assert [p.name for p in vault_dir.iterdir() if p.name.endswith(".tmp")] == []
        # The writer always starts from PASSPHRASES[0]; put it back for the next round.
        if opened and _opens(vault_dir, PASSPHRASES[1]):
            Vault.change_passphrase(vault_dir, PASSPHRASES[1], PASSPHRASES[0])
    assert changes > 0


def _opens(vault_dir: Path, passphrase: str) -> bool:
    try:
        Vault.unlock(vault_dir, passphrase).close()
    except Exception:  # noqa: BLE001
        return False
    return True


# -- importing bundles --------------------------------------------------------------------

IMPORT_KILLS = 12
BUNDLES = 60


def run_and_kill_importer(vault_dir: Path, bundle_dir: Path, seed: int, delay: float) -> list[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_writer", str(vault_dir), "import", str(seed), str(bundle_dir)],
        cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, stderr.decode()
    lines = stdout.decode().splitlines()
    return lines if stdout.endswith(b"\n") else lines[:-1]


def _present(vault: Vault, item_id: str) -> bool:
    from amanat.app.errors import NotFound

    try:
        vault.items.get(item_id)
    except NotFound:
        return False
    return True


@pytest.mark.slow
def test_a_killed_bundle_import_is_all_or_nothing_and_loses_no_commit(tmp_path: Path) -> None:
    from tests.adversarial.world import open_pair, share_one_of_each

    pair = open_pair(tmp_path)
    bundle_dir = tmp_path / "bundles"
    bundle_dir.mkdir()
    expected: dict[str, tuple[str, list[str]]] = {}  # file name -> (bundle id, item ids)
    rng = random.Random(20261201)
    for number in range(BUNDLES):
        # One group per bundle, so each bundle carries exactly its own items.
        group = pair.farid.sync.groups.create(f"group {number}")
        pair.farid.sync.groups.add_member(group.group_id, pair.mariam.fingerprint)
        items = share_one_of_each(pair.farid, group.group_id, str(number), "متن طولانی " * rng.randint(50, 3000))
        exported = pair.farid.sync.exchange.export(group.group_id)
        name = f"{number:03d}.age"
        (bundle_dir / name).write_bytes(exported.data)
        expected[name] = (exported.bundle_id, items)
    before = pair.mariam.vault.items.add_note("committed before any import", "keep").id
    mariam_dir = pair.mariam.vault.paths.directory
    pair.close()

    imported: set[str] = set()
    added: set[str] = {before}
    for round_number in range(IMPORT_KILLS):
        for line in run_and_kill_importer(mariam_dir, bundle_dir, round_number, rng.uniform(0.6, 1.5)):
            verb, value = line.split()
            (imported if verb == "imported" else added).add(value)
        with Vault.unlock(mariam_dir, PASSPHRASES[0]) as vault:
            assert vault.check() == [], f"round {round_number}"
            logged = {entry.bundle_id for entry in vault.sync.exchange.history() if entry.direction == "received"}
            for name, (bundle_id, items) in expected.items():
                present = [_present(vault, item_id) for item_id in items]
                if bundle_id in logged:
                    assert all(present), f"round {round_number}: {name} is logged but lacks items"
                else:
                    assert not any(present), f"round {round_number}: {name} is half applied"
                if name in imported:
                    assert bundle_id in logged, f"round {round_number}: the import of {name} was lost"
            for item_id in added:
                assert _present(vault, item_id), f"round {round_number}: a committed note was lost"
    assert len(imported) > IMPORT_KILLS, "the importer barely ran; the test proves nothing"
