"""File names by Windows rules on every system (app/platform/file_names.py): checked here for all three."""

from __future__ import annotations

import string
from pathlib import Path, PureWindowsPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amanat.app.attachments import safe_file_name as attachment_name
from amanat.app.platform.file_names import (
    MAX_NAME_BYTES,
    WINDOWS_MAX_PATH,
    is_device_name,
    name_fitting,
    path_inside,
    safe_file_name,
)
from amanat.app.platform.system import System, current_system, system_of
from amanat.app.ui.sections.strategy_section import suggested_file_name

SYSTEMS = list(System)
FORBIDDEN = set('<>:"|?*/\\') | {chr(code) for code in range(32)}


@pytest.mark.parametrize(("given_name", "expected"), [
    ("D:report.pdf", "D_report.pdf"),  # drive-relative on Windows: would leave the folder
    ("x:s", "x_s"),  # an NTFS alternate data stream of x
    ("report.pdf:Zone.Identifier", "report.pdf_Zone.Identifier"),
    ("C:\\Windows\\System32\\evil.dll", "evil.dll"),
    ("../../etc/passwd", "passwd"),
    ("..\\..\\Startup\\run.bat", "run.bat"),
    ("CON", "_CON"), ("con.txt", "_con.txt"), ("NUL", "_NUL"), ("nul.tar.gz", "_nul.tar.gz"),
    ("PRN.doc", "_PRN.doc"), ("AUX", "_AUX"), ("COM1", "_COM1"), ("com9.log", "_com9.log"),
    ("LPT1", "_LPT1"), ("LPT\u00b9.txt", "_LPT\u00b9.txt"), ("COM1 .log", "_COM1 .log"), ("CONIN$", "_CONIN$"),
    ("CONSOLE.txt", "CONSOLE.txt"), ("COM10", "COM10"), ("NULL", "NULL"),  # not device names
    ('a?b*c<d>e|f"g.txt', "a_b_c_d_e_f_g.txt"),
    ("name. . ", "name"), ("report.pdf...", "report.pdf"), ("trailing   ", "trailing"),
    (".hidden", "hidden"), ("...", "attachment"), ("", "attachment"), ("   ", "attachment"),
    ("tab\there\n.txt", "tabhere.txt"),  # control characters go
    ("\u202egpj.exe", "gpj.exe"),  # a right-to-left override cannot disguise the extension
    ("گزارش ۱۴۰۳.pdf", "گزارش ۱۴۰۳.pdf"),  # Dari names are kept as they are
])
def test_names_follow_windows_rules(given_name: str, expected: str) -> None:
    assert safe_file_name(given_name) == expected


def test_a_long_dari_name_fits_every_file_system_and_keeps_its_extension() -> None:
    name = safe_file_name("ملاحظه" * 100 + ".pdf")
    assert name.endswith(".pdf")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES  # ext4, APFS: 255 bytes
    assert len(name.encode("utf-16-le")) // 2 <= MAX_NAME_BYTES  # NTFS, exFAT: 255 UTF-16 units
    assert name.startswith("ملاحظه")


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
@settings(max_examples=200, deadline=None)
def test_any_name_is_valid_and_stays_in_its_folder_on_every_system(text: str) -> None:
    name = safe_file_name(text)
    assert name and not (set(name) & FORBIDDEN)
    assert not is_device_name(name)
    assert name == name.strip(" ") and not name.endswith(".") and not name.startswith(".")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    windows_folder = PureWindowsPath("C:/Users/zahra/Documents")
    assert (windows_folder / name).parent == windows_folder  # Windows' own path rules agree
    for system in SYSTEMS:
        folder = Path("/home/zahra/out")
        assert path_inside(folder, text, system).parent == folder


def test_the_names_really_are_files_here(tmp_path: Path) -> None:
    for given_name in ("D:report.pdf", "x:s", "con.txt", "a?b", "../escape", "name. . ", "ملاحظه" * 60 + ".txt"):
        target = path_inside(tmp_path, given_name, current_system())  # on Windows, shortened for MAX_PATH
        target.write_bytes(b"ok")
        assert target.parent == tmp_path and target.read_bytes() == b"ok"
    assert len(list(tmp_path.iterdir())) == 7 and not (tmp_path.parent / "escape").exists()


def test_on_windows_the_whole_path_stays_under_max_path() -> None:
    folder = "C:\\Users\\" + "z" * 200 + "\\Documents"
    name = name_fitting(folder, "a very long report about the meeting in Herat" * 3 + ".pdf", System.WINDOWS)
    assert len(folder) + 1 + len(name) <= WINDOWS_MAX_PATH and name.endswith(".pdf")
    assert name_fitting(folder, "short.pdf", System.LINUX) == "short.pdf"
    long_name = "x" * 120 + ".pdf"
    assert name_fitting("/home/zahra", long_name, System.MACOS) == long_name


def test_saving_an_attachment_and_a_draft_use_the_same_rules() -> None:
    assert attachment_name("D:report.pdf") == "D_report.pdf"
    assert suggested_file_name("CON", ".odt") == "_CON.odt"
    assert suggested_file_name("Plan: Herat?", ".md") == "Plan_ Herat_.md"


@pytest.mark.parametrize(("platform", "system"), [("win32", System.WINDOWS), ("darwin", System.MACOS),
                                                   ("linux", System.LINUX), ("freebsd14", System.LINUX)])
def test_the_system_is_told_from_sys_platform(platform: str, system: System) -> None:
    assert system_of(platform) is system


def test_printable_ascii_survives_except_the_forbidden() -> None:
    kept = safe_file_name("x" + string.ascii_letters + string.digits + "!#$%&'()+,-;=@[]^_`{}~")
    assert kept.startswith("x" + string.ascii_letters)
