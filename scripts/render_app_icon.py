"""Render Amanat's icon (resources/icons/app/amanat.svg) to the PNG sizes the window and the build use.

    python scripts/render_app_icon.py

Writes resources/icons/app/amanat-{16,24,32,48,64,128,256}.png with Qt's SVG image plugin (the same
renderer the window uses for its other icons). Run it again after changing the SVG, and commit both.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImageReader

from amanat.app.ui.widgets.icons import APP_ICON_DIR, APP_ICON_SIZES


def render(size: int) -> None:
    reader = QImageReader(str(APP_ICON_DIR / "amanat.svg"))
    reader.setScaledSize(QSize(size, size))
    image = reader.read()
    if image.isNull():
        raise SystemExit(f"render_app_icon: cannot draw the icon: {reader.errorString()}")
    target = APP_ICON_DIR / f"amanat-{size}.png"
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"render_app_icon: cannot write {target}")
    print(target)


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in APP_ICON_SIZES:
        render(size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
