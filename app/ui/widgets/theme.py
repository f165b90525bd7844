"""The window's colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


def apply_theme(theme: str) -> None:
    """Follow the system's light or dark scheme, or force one (Qt 6.8+; older Qt follows the system)."""
    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "setColorScheme"):
        return
    if theme == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
    elif theme == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
    else:
        hints.unsetColorScheme()
