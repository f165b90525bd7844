"""Owner-only folders (app/platform/permissions.py): a real mode 0700 here, icacls' arguments for Windows."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pytest

from amanat.app.platform.commands import CommandResult, run_quietly
from amanat.app.platform.permissions import (
    is_private_folder,
    make_private_folder,
    owner_only_acl_command,
    sid_from_whoami,
)
from amanat.app.platform.system import System
from amanat.app.settings import Settings, save_settings
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE

SID = "S-1-5-21-3623811015-3361044348-30300820-1013"
WHOAMI = f'"laptop\\zahra","{SID}"\r\n'


@pytest.mark.skipif(os.name != "posix", reason="modes are POSIX")
def test_a_folder_is_made_private_even_when_it_was_open(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "vault"
    folder.mkdir(parents=True, mode=0o755)
    os.chmod(folder, 0o755)  # noqa: S103 - the folder a careless earlier version left open
    assert is_private_folder(folder) is False
    assert make_private_folder(folder) is True
    assert (folder.stat().st_mode & 0o777) == 0o700 and is_private_folder(folder) is True


@pytest.mark.skipif(os.name != "posix", reason="modes are POSIX")
def test_the_vault_and_settings_folders_are_private(tmp_path: Path) -> None:
    with Vault.create(tmp_path / "vault", PASSPHRASE)[0]:
        pass
    save_settings(Settings(), tmp_path / "config" / "settings.json")
    for folder in (tmp_path / "vault", tmp_path / "config"):
        assert (folder.stat().st_mode & 0o077) == 0, folder


def test_whoami_output_gives_the_sid() -> None:
    assert sid_from_whoami(WHOAMI) == SID
    assert sid_from_whoami(f'"دفتر\\زهرا","{SID}"') == SID  # a localised account name changes nothing
    assert sid_from_whoami("") is None
    assert sid_from_whoami("ERROR: Access denied") is None
    assert sid_from_whoami(f'"a","{SID}"\n"b","S-1-5-18"') is None  # two answers: not ours to guess


def test_icacls_gives_the_user_alone_full_control_inherited_inside() -> None:
    folder = Path("C:/Users/zahra/AppData/Local/Amanat/vault")
    assert owner_only_acl_command(folder, SID) == [
        "icacls", str(folder), "/inheritance:r", "/grant:r", f"*{SID}:(OI)(CI)F", "/Q"]
    with pytest.raises(ValueError):
        owner_only_acl_command(folder, "S-1-5-21 & del C:\\")  # only a SID, never anything a shell could read


def test_on_windows_whoami_then_icacls_are_run(tmp_path: Path) -> None:
    ran: list[list[str]] = []

    def windows(argv: Sequence[str]) -> CommandResult:
        ran.append(list(argv))
        return CommandResult(0, WHOAMI if argv[0] == "whoami" else "processed 1 file")

    assert make_private_folder(tmp_path / "vault", system=System.WINDOWS, run=windows) is True
    assert (tmp_path / "vault").is_dir()
    assert ran == [["whoami", "/user", "/fo", "csv", "/nh"], owner_only_acl_command(tmp_path / "vault", SID)]


def test_on_windows_a_failing_icacls_is_reported_not_hidden(tmp_path: Path) -> None:
    def refusing(argv: Sequence[str]) -> CommandResult:
        return CommandResult(0, WHOAMI) if argv[0] == "whoami" else CommandResult(5, "Access is denied.")

    assert make_private_folder(tmp_path / "vault", system=System.WINDOWS, run=refusing) is False
    assert make_private_folder(tmp_path / "v2", system=System.WINDOWS, run=lambda argv: CommandResult(-1)) is False


def test_on_windows_privacy_is_read_back_from_icacls(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    one = CommandResult(0, f"{folder} LAPTOP\\zahra:(OI)(CI)(F)\n\nSuccessfully processed 1 files")
    three = CommandResult(0, f"{folder} LAPTOP\\zahra:(OI)(CI)(F)\n    NT AUTHORITY\\SYSTEM:(OI)(CI)(F)\n"
                             "    BUILTIN\\Administrators:(OI)(CI)(F)\n")
    assert is_private_folder(folder, system=System.WINDOWS, run=lambda argv: one) is True
    assert is_private_folder(folder, system=System.WINDOWS, run=lambda argv: three) is False
    assert is_private_folder(folder, system=System.WINDOWS, run=lambda argv: CommandResult(-1)) is None


@pytest.mark.skipif(os.name != "posix", reason="uses sh")
def test_running_a_program_never_raises() -> None:
    assert run_quietly(["/nonexistent/program"]).returncode == -1
    assert run_quietly(["sh", "-c", "echo hi; exit 3"]) == CommandResult(3, "hi\n")
