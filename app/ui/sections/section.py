"""The base of each main-window section (Notes, Contacts, Strategy, Trash)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from amanat.app.ui.sections.share_dialog import ShareDialog
from amanat.app.ui.widgets.context import UiContext


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
        # The window's menu commands this section carries out, by the menu action's name (the shortcut
        # table's): the window has one Save, one History... and sends each to the section on screen.
        self.commands: dict[str, QAction] = {}

    def add_command(self, name: str, slot: Callable[[], object]) -> QAction:
        """Carry out the window's menu command `name` (see app/ui/widgets/shortcut_table.py) with `slot`."""
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.commands[name] = action
        return action

    def retranslate(self) -> None:
        """Set every visible text through tr()."""

    def new_item(self) -> None:
        """Ctrl+N while this section is shown."""

    def open_item(self, item_id: str) -> None:
        """Show one item (a search result was opened)."""

    def reload(self) -> None:
        """Re-read the list from the vault."""

    def item_to_share(self) -> str | None:
        """The id of the item on screen, saved, for sharing with a group; None when there is none."""
        return None

    def open_share(self) -> QDialog | None:
        """Share the item on screen with groups (and see with which ones it is shared)."""
        item_id = self.item_to_share()
        if item_id is None:
            return None
        dialog = ShareDialog(self.context, item_id, self)
        dialog.open()
        self.share_dialog = dialog
        return dialog

    def forget(self) -> None:
        """Locking: save what can be saved, then empty every widget and model. Called before the vault closes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
