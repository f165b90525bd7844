"""build.spec's branch per system (scripts/build_targets.py), the icons it makes, and the CI workflow for the
systems this machine cannot run: all checked here as data."""

from __future__ import annotations

import runpy
import struct
import zlib
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

TARGETS = runpy.run_path(str(PROJECT_ROOT / "scripts" / "build_targets.py"))
ICONS = runpy.run_path(str(PROJECT_ROOT / "scripts" / "app_icons.py"))
WORKFLOW = PROJECT_ROOT / ".github" / "workflows" / "windows-macos.yml"


def test_linux_stays_as_it_was() -> None:
    target = TARGETS["build_target"]("linux", "0.1.0")
    assert target.program_paths == ["amanat/amanat"] and target.command_line == "amanat/amanat"
    assert target.strip and target.icon is None and target.app_bundle is None


def test_windows_has_a_window_without_console_and_a_command_line_beside_it() -> None:
    target = TARGETS["build_target"]("win32", "0.1.0")
    consoles = {program.name: program.console for program in target.programs}
    assert consoles == {"Amanat": False, "amanat-cli": True}
    assert len({name.lower() for name in consoles}) == 2  # Windows file names ignore case
    assert target.command_line == "Amanat/amanat-cli.exe"
    assert not target.strip and target.icon == "ico" and target.version_resource


def test_macos_is_an_app_bundle_never_stripped() -> None:
    target = TARGETS["build_target"]("darwin", "1.2.3")
    assert target.app_bundle == "Amanat.app" and not target.strip and target.icon == "icns"
    assert target.command_line == "Amanat.app/Contents/MacOS/Amanat"
    assert target.info_plist["CFBundleShortVersionString"] == "1.2.3"
    assert target.info_plist["NSHighResolutionCapable"] is True


@pytest.mark.parametrize(("version", "numbers"), [("0.1.0", (0, 1, 0, 0)), ("1.2.3.4.5", (1, 2, 3, 4)),
                                                  ("2.0rc1", (2, 1, 0, 0)), ("", (0, 0, 0, 0))])
def test_windows_version_numbers(version: str, numbers: tuple[int, ...]) -> None:
    assert TARGETS["windows_version_numbers"](version) == numbers


def _png(side: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\0" + b"\x10\x60\xa0\xff" * side for _ in range(side))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def test_icons_are_made_from_the_pngs_and_read_back(tmp_path: Path) -> None:
    for side in (16, 32, 256, 512):
        (tmp_path / f"amanat-{side}.png").write_bytes(_png(side))
    (tmp_path / "amanat-48.png").write_bytes(_png(40))  # a file whose name lies about its size is left out
    pngs = ICONS["app_icon_pngs"](tmp_path)
    assert sorted(pngs) == [16, 32, 256, 512]

    ico = ICONS["write_ico"](pngs, tmp_path / "amanat.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, 3)  # 512 does not go into an .ico
    for index, side in enumerate((16, 32, 256)):
        width, _h, _c, _r, _planes, _bits, size, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * index)
        assert width == (0 if side == 256 else side) and ico[offset:offset + size] == pngs[side]

    icns = ICONS["write_icns"](pngs, tmp_path / "amanat.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    position, found = 8, {}
    while position < len(icns):
        kind, length = icns[position:position + 4], struct.unpack(">I", icns[position + 4:position + 8])[0]
        found[kind] = icns[position + 8:position + length]
        position += length
    assert found == {b"icp4": pngs[16], b"icp5": pngs[32], b"ic08": pngs[256], b"ic09": pngs[512]}


def test_the_spec_uses_the_branches_and_leaves_signing_to_documented_steps() -> None:
    spec = (PROJECT_ROOT / "build.spec").read_text(encoding="utf-8")
    for needed in ('build_target"](sys.platform', "console=program.console", "strip=TARGET.strip", "BUNDLE(",
                   "icon=ICON", "version=VERSION_RESOURCE", "QtPdf", "Qt6Pdf"):
        assert needed in spec, needed
    building = (PROJECT_ROOT / "docs" / "building.md").read_text(encoding="utf-8")
    for step in ("signtool", "codesign", "notarytool", "stapler"):
        assert step in building, step
    assert "BEGIN" not in spec and "PRIVATE KEY" not in building  # steps, never secrets


def test_the_workflow_builds_and_checks_on_windows_and_macos() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "windows-latest" in text and "macos-latest" in text
    for step in ("pip install", "pytest", "PyInstaller", "--version", "self-test"):
        assert step in text, step
    assert "amanat-cli.exe" in text and "Amanat.app/Contents/MacOS/Amanat" in text
