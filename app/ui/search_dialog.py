"""Placeholder until the search dialog is built (see issue 3)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from app.ui.context import UiContext


class SearchDialog(QDialog):
    """Placeholder search dialog."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def open_fresh(self) -> None:
        """Show with an empty field."""
        self.show()
