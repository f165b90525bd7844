"""Which folders would upload or index a plaintext export, and the sealed alternative that `age -d` opens."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from amanat.app.errors import InvalidValue
from amanat.app.export_safety import Exposure, folder_exposures, sealed_export, sealed_name

LINUX_HOME = PurePosixPath("/home/mariam")
MAC_HOME = PurePosixPath("/Users/mariam")
WINDOWS_HOME = PureWindowsPath(r"C:\Users\Mariam")


@pytest.mark.parametrize(("folder", "home", "system", "expected"), [
    (LINUX_HOME / "Dropbox" / "reports", LINUX_HOME, "linux", [("cloud", "Dropbox")]),
    (LINUX_HOME / "Nextcloud2" / "x", LINUX_HOME, "linux", [("cloud", "Nextcloud")]),
    (LINUX_HOME / "Documents", LINUX_HOME, "linux", [("indexed", "")]),
    (LINUX_HOME / "Desktop" / "deep" / "er", LINUX_HOME, "linux", [("indexed", "")]),
    (LINUX_HOME / "work", LINUX_HOME, "linux", []),
    (PurePosixPath("/media/mariam/STICK"), LINUX_HOME, "linux", []),
    (WINDOWS_HOME / "OneDrive - Example Org" / "Reports", WINDOWS_HOME, "win32", [("cloud", "OneDrive")]),
    (PureWindowsPath(r"c:\users\mariam\documents\drafts"), WINDOWS_HOME, "win32", [("indexed", "Windows Search")]),
    (WINDOWS_HOME / "Google Drive" / "My Drive", WINDOWS_HOME, "win32", [("cloud", "Google Drive")]),
    (PureWindowsPath("E:/"), WINDOWS_HOME, "win32", []),
    (MAC_HOME / "Library" / "Mobile Documents" / "com~apple~CloudDocs" / "x", MAC_HOME, "darwin",
     [("cloud", "iCloud"), ("indexed", "Spotlight")]),
    (MAC_HOME / "Library" / "CloudStorage" / "OneDrive-Personal", MAC_HOME, "darwin",
     [("cloud", "OneDrive"), ("indexed", "Spotlight")]),
    (MAC_HOME / "notes", MAC_HOME, "darwin", [("indexed", "Spotlight")]),
    (PurePosixPath("/Volumes/STICK"), MAC_HOME, "darwin", []),
])
def test_exposures_by_path_on_each_system(folder, home, system, expected) -> None:  # type: ignore[no-untyped-def]
    found = folder_exposures(folder, home=home, system=system)
    assert [(e.kind, e.service) for e in found] == expected


def test_the_reported_folder_is_the_one_that_causes_it() -> None:
    found = folder_exposures(WINDOWS_HOME / "Documents" / "a" / "b", home=WINDOWS_HOME, system="win32")
    assert found == [Exposure("indexed", "Windows Search", WINDOWS_HOME / "Documents")]
    cloud = folder_exposures(LINUX_HOME / "Dropbox" / "a" / "b", home=LINUX_HOME, system="linux")
    assert cloud[0].folder == LINUX_HOME / "Dropbox"


@pytest.mark.parametrize(("marker", "service", "is_folder"), [
    (".stfolder", "Syncthing", True),
    ("._sync_8f2a4c.db", "Nextcloud", False),
    (".dropbox", "Dropbox", False),
    (".owncloudsync.log", "ownCloud", False),
])
def test_sync_clients_are_found_by_their_marker_files_above_the_folder(
    tmp_path: Path, marker: str, service: str, is_folder: bool
) -> None:
    shared = tmp_path / "group share"
    chosen = shared / "reports" / "2026"
    chosen.mkdir(parents=True)
    (shared / marker).mkdir() if is_folder else (shared / marker).write_bytes(b"")
    found = folder_exposures(chosen, home=tmp_path / "elsewhere", system="linux")
    assert found == [Exposure("cloud", service, shared)]
    assert folder_exposures(tmp_path, home=tmp_path / "elsewhere", system="linux") == []  # not below the marker


def _age_decrypt(path: Path, passphrase: str) -> bytes:
    """Debian's age tool asks for the passphrase on a terminal: answer it on a pseudo-terminal."""
    out = path.with_name("opened")
    pid, fd = pty.fork()
    if pid == 0:  # the child: age, with the pty as its terminal
        os.execvp("age", ["age", "-d", "-o", str(out), str(path)])  # noqa: S606 - the real age tool, no shell
    prompt = b""
    while b"passphrase" not in prompt.lower():
        prompt += os.read(fd, 1024)
    os.write(fd, passphrase.encode() + b"\n")
    try:
        while os.read(fd, 1024):
            pass
    except OSError:
        pass  # the terminal closes when age ends
    _pid, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return out.read_bytes()


@pytest.mark.skipif(shutil.which("age") is None, reason="Debian's age tool is not installed (CI installs it)")
def test_a_sealed_export_opens_with_the_age_tool(tmp_path: Path) -> None:
    document = "گزارش جلسه\nMeeting report\n".encode() * 200
    sealed = tmp_path / "report.md.age"
    sealed.write_bytes(sealed_export(document, "a long shared passphrase", "a long shared passphrase"))
    assert document not in sealed.read_bytes() and b"age-encryption.org/v1" in sealed.read_bytes()
    assert _age_decrypt(sealed, "a long shared passphrase") == document
    wrong = subprocess.run(["age", "-d", "-i", "/dev/null", str(sealed)], capture_output=True, check=False)
    assert wrong.returncode != 0


def test_sealing_refuses_short_or_differing_passphrases() -> None:
    with pytest.raises(InvalidValue, match="differ"):
        sealed_export(b"x", "a long shared passphrase", "a long shared passphrasE")
    with pytest.raises(InvalidValue, match="at least 12"):
        sealed_export(b"x", "short", "short")


def test_the_sealed_file_is_named_after_the_chosen_one() -> None:
    assert sealed_name(Path("/x/report.pdf")) == Path("/x/report.pdf.age")
    assert sealed_name(Path("/x/report.pdf.age")) == Path("/x/report.pdf.age")


def test_a_link_into_a_synced_or_indexed_folder_is_seen_through(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "Dropbox" / "sub").mkdir(parents=True)
    (home / "Documents").mkdir()
    (home / "safe").symlink_to(home / "Dropbox" / "sub")
    (home / "notes").symlink_to(home / "Documents")
    assert [(e.kind, e.service) for e in folder_exposures(home / "safe", home=home, system="linux")] == [
        ("cloud", "Dropbox")]
    assert [(e.kind, e.service) for e in folder_exposures(home / "notes", home=home, system="linux")] == [
        ("indexed", "")]
    assert [e.kind for e in folder_exposures(home / "x" / ".." / "Documents", home=home, system="linux")] == [
        "indexed"]
