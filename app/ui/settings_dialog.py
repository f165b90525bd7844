"""Placeholder until the settings dialog is built (see issue 3)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from app.ui.context import UiContext


class SettingsDialog(QDialog):
    """Placeholder settings dialog."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
