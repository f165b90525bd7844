"""Tools → Entrust to colleagues…, and "Recover with my colleagues" on the welcome and recovery pages.

The entry attaches itself to the main window (`gui_main.build_window` makes it): its action goes into the Tools
menu, enabled while the real vault is unlocked; and when the window shows its welcome page or its recovery-key
page, their "Recover with my colleagues…" button leads to `ColleagueRecoveryPage`, whose recovered vault opens
in the window like any other unlock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from amanat.app.ui.dialogs.entrust_dialog import EntrustDialog
from amanat.app.ui.shell.colleague_recovery_page import ColleagueRecoveryPage
from amanat.app.ui.shell.first_run import WelcomePage
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.shell.unlock import RecoverPage


class EntrustEntry(QObject):
    """The Tools menu's action for entrusting the vault, and the way into recovering with colleagues."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("entrustAction")
        self.action.triggered.connect(self.open)
        self.dialog: EntrustDialog | None = None
        menu = getattr(window, "tools_menu", None) or window.findChild(QMenu, "toolsMenu")
        if menu is not None:
            before = next((a for a in menu.actions() if a.isSeparator()), None)
            menu.insertAction(before, self.action) if before is not None else menu.addAction(self.action)
            menu.aboutToShow.connect(self._update)
        window.pages.currentChanged.connect(self._page_shown)
        window.installEventFilter(self)
        self.retranslate()
        self._update()
        self._page_shown()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Entrust to colleagues…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _update(self) -> None:
        """Enabled only while the real vault is unlocked (never while the decoy is being filled)."""
        self.action.setEnabled(self.window.context is not None and self.window.decoy_page is None)

    def _page_shown(self, _index: int = 0) -> None:
        page = self.window.pages.currentWidget()
        if isinstance(page, WelcomePage | RecoverPage) and not page.property("entrustHooked"):
            page.setProperty("entrustHooked", True)
            page.colleagues_requested.connect(self.show_recovery_page)
        self._update()

    def open(self) -> EntrustDialog | None:
        """The entrust dialog (only while the real vault is unlocked)."""
        context = self.window.context
        if context is None or self.window.decoy_page is not None:
            return None
        dialog = EntrustDialog(context, self.window)
        self.dialog = dialog
        dialog.open()
        return dialog

    def show_recovery_page(self) -> ColleagueRecoveryPage:
        """Recover with my colleagues: from the vault folder here, or from a backup into it."""
        page = ColleagueRecoveryPage(self.window.vault_dir, self.window.languages.language)
        page.recovered.connect(self.window.open_workspace)
        page.back_requested.connect(self.window.show_start)
        self.window._show_page(page)
        return page
