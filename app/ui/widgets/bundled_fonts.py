"""Register the fonts Amanat ships (app/platform/fonts.py) with Qt, for this application only, at start."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from amanat.app.platform.fonts import bundled_font_files

log = logging.getLogger(__name__)
_loaded: dict[str, list[str]] = {}


def load_bundled_fonts() -> list[str]:
    """Add the shipped font files to Qt's application fonts (once); the families they brought."""
    families: list[str] = []
    for path in bundled_font_files():
        if str(path) not in _loaded:
            font_id = QFontDatabase.addApplicationFont(str(path))
            _loaded[str(path)] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if font_id < 0:
                log.warning("a shipped font could not be loaded: %s", path.name)
        families += [family for family in _loaded[str(path)] if family not in families]
    return families
