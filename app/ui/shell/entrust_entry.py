"""Tools → Entrust to colleagues…, and the page behind "Recover with my colleagues".

The action opens `EntrustDialog` while the real vault is unlocked (the window enables it as it does Back up…);
the welcome page and the recovery-key page lead to `ColleagueRecoveryPage`, whose recovered vault the window
opens like any other unlock.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from amanat.app.ui.widgets.context import WINDOW_TITLE, UiContext

if TYPE_CHECKING:  # loaded when first used, not before the window shows
    from amanat.app.ui.dialogs.entrust_dialog import EntrustDialog
    from amanat.app.ui.shell.colleague_recovery_page import ColleagueRecoveryPage
    from amanat.app.vault import Vault


class EntrustEntry(QObject):
    """The Tools menu's action for entrusting the vault, and the way into recovering with colleagues."""

    def __init__(self, window: QWidget, vault_dir: Path, current_context: Callable[[], UiContext | None],
                 copy_text: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.vault_dir = vault_dir
        self._copy_text = copy_text  # the window's clipboard guard: marked, and cleared after a while
        self._current_context = current_context  # the unlocked real vault's context; None while locked
        self.action = QAction(window)
        self.action.setObjectName("entrustAction")
        self.action.triggered.connect(self.open)
        self.dialog: EntrustDialog | None = None
        self.notice: QMessageBox | None = None

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Entrust to colleagues…"))

    def open(self) -> EntrustDialog | None:
        """The entrust dialog (only while the vault is unlocked)."""
        context = self._current_context()
        if context is None:
            return None
        from amanat.app.ui.dialogs.entrust_dialog import EntrustDialog

        dialog = EntrustDialog(context, self.window)
        self.dialog = dialog
        dialog.open()
        return dialog

    def recovery_page(self, language: str, opened: Callable[[Vault], None],
                      back: Callable[[], None]) -> ColleagueRecoveryPage:
        """Recover with my colleagues, from the vault folder here or from a backup into it."""
        from amanat.app.ui.shell.colleague_recovery_page import ColleagueRecoveryPage

        page = ColleagueRecoveryPage(self.vault_dir, language, self._copy_text)
        page.recovered.connect(opened)
        page.recovered.connect(lambda _vault: self.advise_new_set())
        page.back_requested.connect(back)
        return page

    def advise_new_set(self) -> QMessageBox:
        """After a recovery: the shares were used, so a new set is wise."""
        box = QMessageBox(QMessageBox.Icon.Information, WINDOW_TITLE, self.tr(
            "Your vault is open again with your new passphrase. Your colleagues' shares have been used: make a new "
            "set soon in Tools → Entrust to colleagues… (the old shares then stop working)."),
            QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("entrustRecoveredNotice")
        box.open()
        self.notice = box
        return box
