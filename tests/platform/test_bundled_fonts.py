"""The Arabic-script fonts Amanat ships: present, licensed, installed with the package, in the build, loaded."""

from __future__ import annotations

import tomllib

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from amanat.app.platform.fonts import BUNDLED_FAMILIES, BUNDLED_FONT_NAMES, bundled_font_files, font_licence
from amanat.app.ui.widgets.bundled_fonts import load_bundled_fonts
from amanat.app.ui.widgets.i18n import ARABIC_SCRIPT_FAMILIES
from tests.conftest import PROJECT_ROOT


def test_the_font_files_and_their_licence_are_shipped() -> None:
    for path in bundled_font_files():
        assert path.is_file() and path.read_bytes()[:4] in (b"\0\1\0\0", b"OTTO"), path
    licence = font_licence().read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert all(name in licence for name in BUNDLED_FONT_NAMES)
    assert sum(path.stat().st_size for path in bundled_font_files()) < 2_000_000  # the build stays small


def test_the_package_and_the_build_carry_them() -> None:
    with open(PROJECT_ROOT / "pyproject.toml", "rb") as handle:
        package_data = tomllib.load(handle)["tool"]["setuptools"]["package-data"]["amanat.resources"]
    assert "fonts/*.ttf" in package_data and "fonts/OFL.txt" in package_data
    spec = (PROJECT_ROOT / "build.spec").read_text(encoding="utf-8")
    assert '"fonts/*.ttf"' in spec and '"fonts/OFL.txt"' in spec


def test_the_window_asks_for_the_shipped_faces_first() -> None:
    assert ARABIC_SCRIPT_FAMILIES[:len(BUNDLED_FAMILIES)] == BUNDLED_FAMILIES


def test_loading_registers_the_families_for_this_application(qapp: QApplication) -> None:
    families = load_bundled_fonts()
    assert families == list(BUNDLED_FAMILIES)
    assert load_bundled_fonts() == families  # once: a second call adds nothing
    assert set(BUNDLED_FAMILIES) <= set(QFontDatabase.families())
    font = QFont()
    font.setFamilies(list(BUNDLED_FAMILIES))
    assert QFontInfo(font).family() == BUNDLED_FAMILIES[0]
