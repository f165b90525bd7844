"""`amanat backup` never replaces a file unless asked (`--overwrite`), run as a real process."""

from __future__ import annotations

from pathlib import Path

import pytest

from amanat.app.backup import create_backup
from amanat.app.errors import AmanatError
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE, snapshot_files
from tests.test_cli import add_note, assert_error, cli, ok, ok_json


@pytest.fixture
def closed_vault(vault: Vault, vault_dir: Path) -> Path:
    """A new, empty vault, closed so that the command line can take its lock."""
    vault.close()
    return vault_dir


def test_backup_refuses_to_replace_an_existing_file_unless_asked(closed_vault: Path, tmp_path: Path) -> None:
    add_note(closed_vault, "kept in the backup")
    target = tmp_path / "elsewhere" / "backup.amanat"
    target.parent.mkdir()
    target.write_bytes(b"last month's backup, which must not be lost by a slip")
    before = snapshot_files(tmp_path / "elsewhere")

    line = assert_error(cli(closed_vault, "backup", str(target)), 1, "already exists", "--overwrite")
    assert str(target) in line
    assert snapshot_files(tmp_path / "elsewhere") == before  # nothing replaced, no temp file left

    ok(cli(closed_vault, "backup", str(target), "--overwrite"))
    assert target.read_bytes().startswith(b"AMANAT-BACKUP\n")
    restored = tmp_path / "restored"
    ok(cli(tmp_path / "unused", "restore", str(target), "--vault", str(restored)))
    assert [h["title"] for h in ok_json(cli(restored, "note", "list", "--json"))] == ["kept in the backup"]


def test_backup_refuses_a_dangling_link_in_the_way(closed_vault: Path, tmp_path: Path) -> None:
    link = tmp_path / "backup.amanat"
    link.symlink_to(tmp_path / "nowhere")
    assert_error(cli(closed_vault, "backup", str(link)), 1, "already exists")
    assert link.is_symlink() and not (tmp_path / "nowhere").exists()


def test_core_backup_refuses_an_existing_file(closed_vault: Path, tmp_path: Path) -> None:
    target = tmp_path / "b.amanat"
    target.write_bytes(b"keep")
    with Vault.unlock(closed_vault, PASSPHRASE) as unlocked:
        with pytest.raises(AmanatError, match="already exists"):
            create_backup(unlocked, target)
        assert target.read_bytes() == b"keep"
        assert create_backup(unlocked, target, overwrite=True) == target.stat().st_size
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
