"""The platform seam's real system calls, each on the system it is for. On this Linux machine the Linux
ones run; the Windows and macOS ones run in .github/workflows/windows-macos.yml (they skip here)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from amanat.app.platform.commands import run_quietly
from amanat.app.platform.drives import Volume, probe
from amanat.app.platform.file_lock import try_lock
from amanat.app.platform.permissions import is_private_folder, make_private_folder
from amanat.app.platform.system import System, current_system
from amanat.crypto.atomic_write import flush_to_disk, write_file_atomically

windows_only = pytest.mark.skipif(sys.platform != "win32", reason="a Windows call: runs in the Windows workflow")
macos_only = pytest.mark.skipif(sys.platform != "darwin", reason="a macOS call: runs in the macOS workflow")
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux call")


def test_the_lock_is_refused_to_a_second_holder(tmp_path: Path) -> None:
    path = tmp_path / "vault.lock"
    first = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    second = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        assert try_lock(first) is True
        if sys.platform == "win32":
            assert try_lock(second) is False  # byte-range locks hold against any other handle
    finally:
        os.close(first)
        os.close(second)


def test_an_atomic_write_is_byte_exact(tmp_path: Path) -> None:
    data = b"line one\nline two\r\n\x00\x1a end"  # LF, CRLF, NUL and Ctrl+Z: text mode would change them
    write_file_atomically(tmp_path / "f", data)
    assert (tmp_path / "f").read_bytes() == data


@linux_only
def test_linux_folders_are_mode_0700(tmp_path: Path) -> None:
    assert make_private_folder(tmp_path / "v") and is_private_folder(tmp_path / "v") is True


@windows_only
def test_windows_folder_gets_an_owner_only_access_list(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    assert make_private_folder(folder) is True
    assert is_private_folder(folder) is True, run_quietly(["icacls", str(folder)]).stdout
    (folder / "inside.txt").write_text("x")  # inherited by what is created inside
    listing = run_quietly(["icacls", str(folder / "inside.txt")]).stdout
    assert listing.count(":(") == 1, listing


@windows_only
def test_windows_system_drive_is_not_an_exchange_drive() -> None:
    system_drive = os.environ.get("SystemDrive", "C:") + "\\"
    probed = probe(Volume(system_drive), System.WINDOWS)
    assert probed.drive_type == "fixed" and probed.bus not in ("usb", "sd", "mmc")


@macos_only
def test_macos_full_fsync_is_accepted_by_apfs(tmp_path: Path) -> None:
    with open(tmp_path / "f", "wb") as handle:
        handle.write(b"x")
        flush_to_disk(handle.fileno())  # F_FULLFSYNC; raises nothing on APFS


@macos_only
def test_macos_diskutil_says_the_system_disk_is_internal() -> None:
    probed = probe(Volume("/"), System.MACOS)
    assert probed.internal is True and probed.bus not in ("usb", "disk image")


def test_this_system_is_one_of_the_three() -> None:
    assert current_system() in (System.LINUX, System.WINDOWS, System.MACOS)


def test_the_vault_database_asks_for_full_fsync(vault: object) -> None:
    """On macOS SQLite flushes commits and checkpoints with F_FULLFSYNC only when asked (elsewhere it is a no-op)."""
    from amanat.app.vault import Vault

    assert isinstance(vault, Vault)
    conn = vault.open_connection()
    try:
        assert conn.execute("PRAGMA fullfsync").fetchone()[0] == 1
        assert conn.execute("PRAGMA checkpoint_fullfsync").fetchone()[0] == 1
    finally:
        conn.close()


@macos_only
def test_macos_session_and_sleep_registration_work() -> None:
    from amanat.app.platform.mac_session import ON_CONSOLE_KEY, read_session_dictionary, register_for_sleep

    assert register_for_sleep(lambda: None) is not None  # IOKit answered: the callback is in the main run loop
    session = read_session_dictionary()  # None when the runner has no window-server session (a daemon)
    assert session is None or session[ON_CONSOLE_KEY] in (True, None)  # read without a crash, not switched away
