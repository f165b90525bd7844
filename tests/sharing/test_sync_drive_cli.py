"""`amanat sync drive PATH` as a user runs it: real `amanat` processes, three vaults, one folder as the USB stick."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from amanat.app.vault import Vault
from amanat.sync.transports.folder import EXCHANGE_FOLDER
from tests.conftest import PASSPHRASE, run_cli, snapshot_files
from tests.sharing.conftest import open_workshop, vault_content


def amanat(vault: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env={"AMANAT_VAULT": str(vault), "AMANAT_PASSPHRASE": PASSPHRASE})


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    """Mariam (admin, a shared note), Farid and Zahra: vaults made in this process, then closed for `amanat`."""
    workshop = open_workshop(tmp_path)
    mariam = workshop.admin
    mariam.sync.groups.share(workshop.group_id, mariam.vault.items.add_note("گزارش ژنو", "متن").id)
    names = {m.name.lower(): m.vault.paths.directory for m in workshop.members}
    for member in workshop.members:
        member.vault.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    return {**names, "usb": usb}


def content(directory: Path) -> str:
    vault = Vault.unlock(directory, PASSPHRASE)
    try:
        return vault_content(vault)
    finally:
        vault.close()


def test_three_members_sync_through_one_drive_from_the_command_line(folders: dict[str, Path]) -> None:
    usb = str(folders["usb"])
    first = amanat(folders["mariam"], "sync", "drive", usb)
    assert ok(first).startswith("Wrote 1 bundle to the drive.")
    assert "Nothing new for you." in first.stdout
    assert "amanat: sealing my groups' changes 1/1" in first.stderr  # progress goes to stderr

    # Farid first only looks: his own (empty) side is written, nothing is imported.
    looked = ok(amanat(folders["farid"], "sync", "drive", usb, "--no-import"))
    assert "For you: from Mariam" in looked and "1 added" in looked
    assert "1 bundle waits for you: run again without --no-import" in looked
    assert "گزارش ژنو" not in content(folders["farid"])

    shown = json.loads(ok(amanat(folders["farid"], "sync", "drive", usb, "--json")))
    assert [r["status"] for r in shown["imported"]] == ["applied"]
    assert shown["review"]["bundles"][0]["sender"] == "Mariam"
    assert "گزارش ژنو" in content(folders["farid"])

    done = ok(amanat(folders["zahra"], "sync", "drive", usb, "--remove-imported"))
    assert "Imported 1 bundle." in done and "Removed 1 imported bundle from the drive." in done
    assert content(folders["zahra"]) == content(folders["farid"])
    assert not list((folders["usb"] / EXCHANGE_FOLDER).glob("*"))  # Mariam's bundle went with Zahra


def test_unverified_members_are_named_and_the_choice_is_the_users(folders: dict[str, Path]) -> None:
    farid_id = json.loads(ok(amanat(folders["mariam"], "peer", "list", "--json")))[0]["id"]
    ok(amanat(folders["mariam"], "peer", "unverify", farid_id))
    refused = amanat(folders["mariam"], "sync", "drive", str(folders["usb"]))
    assert refused.returncode == 0, refused.stderr
    assert "has members you have not verified" in refused.stderr and "--leave-out-untrusted" in refused.stderr
    assert "Wrote 0 bundles" in refused.stdout and "could not be made" in refused.stdout
    left_out = ok(amanat(folders["mariam"], "sync", "drive", str(folders["usb"]), "--leave-out-untrusted"))
    assert "Wrote 1 bundle" in left_out and "Left out (not verified here): Farid" in left_out


def test_a_drive_that_is_not_there_is_one_clear_error_and_changes_nothing(folders: dict[str, Path],
                                                                          tmp_path: Path) -> None:
    before = snapshot_files(folders["mariam"])
    failed = amanat(folders["mariam"], "sync", "drive", str(tmp_path / "unplugged"))
    assert failed.returncode != 0
    assert failed.stderr.strip().splitlines()[-1].startswith("amanat: error: The drive is not there")
    assert "Traceback" not in failed.stderr
    assert snapshot_files(folders["mariam"]) == before
