"""The base of each main-window section (Notes, Contacts, Strategy, Trash)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from app.ui.context import UiContext


class Section(QWidget):
    """A section shows one kind of content of the unlocked vault.

    Subclasses build their widgets in __init__, set every user-visible text in
    `retranslate()` (called at once and on every language change), and keep no
    vault content anywhere but in their widgets: on lock the whole section is
    destroyed.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def retranslate(self) -> None:
        """Set every visible text through tr()."""

    def new_item(self) -> None:
        """Ctrl+N while this section is shown."""

    def open_item(self, item_id: str) -> None:
        """Show one item (a search result was opened)."""

    def reload(self) -> None:
        """Re-read the list from the vault."""

    def forget(self) -> None:
        """Locking: save what can be saved, then empty every widget and model. Called before the vault closes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
