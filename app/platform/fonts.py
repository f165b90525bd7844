"""The fonts Amanat ships, so Dari and Pashto look the same on Linux, Windows and macOS.

Each system has Arabic-script fonts of its own, and they differ: Windows has Segoe UI and Arial, whose
Pashto letters (ځ ډ ړ ښ ګ ڼ ۍ ې) are fine but whose Dari and Pashto look unlike other systems';
macOS has Geeza Pro; many Linux desktops fall back to DejaVu Sans, which lacks Pashto's ۍ and breaks the
joining of words around it. Amanat ships Noto Naskh Arabic, the face of its screens (the book hand
Dari and Pashto readers know, with compact line spacing, set a fifth larger than English: the type
scale in app/ui/widgets/i18n.py), and Noto Sans Arabic, the next choice (regular and bold each; SIL
Open Font License 1.1, resources/fonts/OFL.txt; about 850 kB in all), and the window asks for them
first for Dari and Pashto on every system (ARABIC_SCRIPT_FAMILIES in app/ui/widgets/i18n.py).

The fonts are registered for Amanat only (Qt's application font database), never installed for the
system. Loading them is the window's job (app/ui/widgets/bundled_fonts.py, at start); this module
says which files and which family, so the build and the tests can check them without Qt.
"""

from __future__ import annotations

from pathlib import Path

from amanat.resources import FONTS_DIR

BUNDLED_FAMILIES = ("Noto Naskh Arabic", "Noto Sans Arabic")
BUNDLED_FONT_NAMES = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf",
                      "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
FONT_LICENCE_NAME = "OFL.txt"


def bundled_font_files() -> list[Path]:
    """The font files shipped with Amanat, in the order they are loaded."""
    return [FONTS_DIR / name for name in BUNDLED_FONT_NAMES]


def font_licence() -> Path:
    """The licence the shipped fonts come under (shipped beside them, as the OFL requires)."""
    return FONTS_DIR / FONT_LICENCE_NAME
