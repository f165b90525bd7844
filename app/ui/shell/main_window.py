"""The window: first run, unlock, and the workspace; locking drops the workspace and the vault."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from amanat.app.errors import AmanatError
from amanat.app.settings import Settings
from amanat.app.ui.dialogs.border_dialogs import DuressDialog, PanicWipeDialog, SecurityDialog, say_what_remains
from amanat.app.ui.dialogs.recovery_key_page import RecoveryKeyPage
from amanat.app.ui.dialogs.travel_dialog import TravelDialog
from amanat.app.ui.shell.backup_entry import BackupEntry
from amanat.app.ui.shell.entrust_entry import EntrustEntry
from amanat.app.ui.shell.first_run import CreateVaultPage, WelcomePage
from amanat.app.ui.shell.idle_lock import IdleLock
from amanat.app.ui.shell.import_entry import ImportEntry
from amanat.app.ui.shell.menus import WindowMenus
from amanat.app.ui.shell.unlock import RecoverPage, UnlockPage
from amanat.app.ui.widgets.clipboard_guard import ClipboardGuard
from amanat.app.ui.widgets.context import WINDOW_TITLE, UiContext
from amanat.app.ui.widgets.file_dialogs import forget_file_dialog_history
from amanat.app.ui.widgets.i18n import LanguageManager
from amanat.app.vault_paths import VaultPaths
from amanat.crypto.recovery_key import RecoveryKey

if TYPE_CHECKING:  # loaded after the unlock page is painted (app/ui/shell/preload.py), or when first needed
    from amanat.app.ui.shell.decoy_mode import DecoyPage
    from amanat.app.ui.shell.workspace import Workspace
    from amanat.app.vault import Vault


class MainWindow(QMainWindow):
    """One window; its central stack shows one page at a time."""

    def __init__(self, vault_dir: Path, settings: Settings, languages: LanguageManager,
                 settings_path: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.vault_dir = Path(vault_dir)
        self.settings = settings
        self.settings_path = settings_path
        self.languages = languages
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.setCentralWidget(self.pages)
        self.clipboard = ClipboardGuard(settings.clipboard_clear_seconds, self)
        self.idle = IdleLock(self)
        self.idle.idle.connect(self.lock)
        application = QApplication.instance()
        assert application is not None
        application.installEventFilter(self.idle)
        self.vault: Vault | None = None
        self.context: UiContext | None = None
        self.workspace: Workspace | None = None
        self.decoy_page: DecoyPage | None = None  # the decoy vault, shown over the real one while it is filled
        self._make_menus()
        self.resize(1100, 720)
        self.retranslate()
        self.show_start()

    # -- menus ------------------------------------------------------------

    def _make_menus(self) -> None:
        self.backup = BackupEntry(self, self.vault_dir, lambda: self.context)
        self.entrust = EntrustEntry(self, self.vault_dir, lambda: self.context, self.clipboard.copy)
        self.imports = ImportEntry(self, lambda: self.context)
        self.menus = WindowMenus(self, self)
        actions = self.menus.actions
        self.lock_action, self.settings_action, self.quit_action = (
            actions["lockAction"], actions["settingsAction"], actions["quitAction"])
        self.panic_action, self.duress_action, self.travel_action = (
            actions["panicWipeAction"], actions["duressAction"], actions["travelAction"])
        self.fill_decoy_action, self.security_action = actions["fillDecoyAction"], actions["securityAction"]
        self.dialog: QDialog | None = None
        self.rekey_notice: QMessageBox | None = None
        self.duress_notice: QMessageBox | None = None
        self._update_actions()

    def retranslate(self) -> None:
        self.setWindowTitle(WINDOW_TITLE)  # never translated: see app/ui/widgets/context.py
        self.menus.retranslate()
        self.backup.retranslate()
        self.entrust.retranslate()
        self.imports.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif (event.type() == QEvent.Type.WindowStateChange and self.isMinimized()
              and self.settings.lock_when_minimised and self.vault is not None):
            self.lock()
        super().changeEvent(event)

    def _update_actions(self) -> None:
        unlocked = self.vault is not None
        real = unlocked and self.decoy_page is None  # while the decoy is shown, nothing acts on the real vault
        self.menus.update(unlocked, real)
        self.backup.action.setEnabled(real)
        self.entrust.action.setEnabled(real)
        for action in self.imports.actions:  # while the decoy is shown, never into the real vault
            action.setEnabled(real)
        self.panic_action.setEnabled(unlocked or VaultPaths(self.vault_dir).exists())

    def shown_workspace(self) -> Workspace | None:
        """The workspace on screen: the decoy's while it is filled, else the vault's (None while locked)."""
        if self.vault is None:
            return None
        return self.decoy_page.workspace if self.decoy_page is not None else self.workspace

    # -- pages ------------------------------------------------------------

    def _show_page(self, page: QWidget) -> None:
        previous = self.pages.currentWidget()
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        if previous is not None and previous is not page:
            self.pages.removeWidget(previous)
            previous.deleteLater()

    def switch_language(self, language: str) -> None:
        """Change the language live and remember it."""
        from dataclasses import replace

        from amanat.app.settings import save_settings

        self.languages.switch(language)
        self.settings = replace(self.settings, language=language)
        save_settings(self.settings, self.settings_path)

    def show_start(self) -> None:
        """The welcome page on first run, else the unlock page."""
        page: QWidget
        if VaultPaths(self.vault_dir).exists():
            unlock = UnlockPage(self.vault_dir, self.languages.language)
            unlock.unlocked.connect(self.open_workspace)
            unlock.forgot_requested.connect(self.show_recover)
            unlock.language_requested.connect(self.switch_language)
            page = unlock
        else:
            welcome = WelcomePage(self.languages.language)
            welcome.create_requested.connect(self.show_create)
            welcome.restore_requested.connect(lambda: self._show_page(self.backup.restore_page(self.show_start)))
            welcome.colleagues_requested.connect(self.show_colleague_recovery)
            welcome.language_requested.connect(self.switch_language)
            page = welcome
        self._show_page(page)

    def show_create(self) -> None:
        page = CreateVaultPage(self.vault_dir)
        page.created.connect(self.show_recovery_key)
        page.back_requested.connect(self.show_start)
        self._show_page(page)

    def show_recovery_key(self, vault: Vault, recovery: RecoveryKey) -> None:
        self.vault = vault
        page = RecoveryKeyPage(recovery)
        page.confirmed.connect(lambda: self.open_workspace(vault))
        self._show_page(page)

    def show_recover(self) -> None:
        page = RecoverPage(self.vault_dir)
        page.unlocked.connect(self.open_workspace)
        page.duress_turned_off.connect(self.say_duress_off)
        page.cancelled.connect(self.show_start)
        page.colleagues_requested.connect(self.show_colleague_recovery)
        self._show_page(page)

    def show_colleague_recovery(self) -> None:
        self._show_page(self.entrust.recovery_page(self.languages.language, self.open_workspace, self.show_start))

    def open_workspace(self, vault: Vault) -> None:
        """The vault is open: show its content."""
        self.vault = vault
        from amanat.app.ui.shell.workspace import Workspace

        self.context = UiContext(vault, self.settings, self.languages, self.clipboard, self.settings_path)
        self.workspace = Workspace(self.context)
        self.workspace.settings_requested.connect(self.open_settings)
        self.workspace.sidebar.currentRowChanged.connect(self.menus.update_section_commands)
        self.context.settings_changed.connect(self._apply_settings)
        self._show_page(self.workspace)
        self.idle.set_minutes(self.settings.auto_lock_minutes)
        self._update_actions()
        self.say_interrupted_rekey()
        self.offer_unfinished_travel()
        self.backup.remind()

    def say_duress_off(self) -> QMessageBox:
        """After a recovery: the new passphrase turned the duress passphrase off (as `amanat recover` says)."""
        self.duress_notice = QMessageBox(
            QMessageBox.Icon.Warning, WINDOW_TITLE,
            self.tr("The duress passphrase is off now: it belonged to the old passphrase. Set it again in "
                    "Tools → Duress passphrase."),
            QMessageBox.StandardButton.Ok, self)
        self.duress_notice.setObjectName("duressOffNotice")
        self.duress_notice.open()
        return self.duress_notice

    def say_interrupted_rekey(self) -> QMessageBox | None:
        """Right after unlock: say what the unlock did with a re-key an earlier process did not finish."""
        from amanat.app.ui.dialogs.rekey_dialog import interrupted_rekey_notice

        if self.vault is None:
            return None
        self.rekey_notice = interrupted_rekey_notice(self.vault.interrupted_rekey, self)
        if self.rekey_notice is not None:
            self.rekey_notice.open()
        return self.rekey_notice

    def offer_unfinished_travel(self) -> QDialog | None:
        """Right after unlock: a travel seal that did not finish is named, with Finish and Undo."""
        if self.context is None or self.vault is None:
            return None
        from amanat.app.ui.dialogs.travel_resume import UnfinishedTravelDialog

        order = self.vault.sync.travel_order
        intent = order.pending()
        if intent is None:
            return None
        context = self.context
        dialog = UnfinishedTravelDialog(context, intent, len(order.items_still_here(intent)), self)
        dialog.items_changed.connect(lambda: context.items_changed.emit(""))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_settings(self) -> None:
        """The settings dialog (only while unlocked)."""
        if self.context is None:
            return
        from amanat.app.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        dialog.addAction(self.lock_action)
        dialog.exec()
        dialog.deleteLater()
        self._apply_settings()

    def _apply_settings(self) -> None:
        """Take over changed preferences (a lock while a dialog was open leaves nothing to take)."""
        if self.context is None:
            return
        self.settings = self.context.settings
        self.idle.set_minutes(self.settings.auto_lock_minutes)
        self.clipboard.seconds = self.settings.clipboard_clear_seconds

    # -- border features --------------------------------------------------

    def ask_panic_wipe(self) -> PanicWipeDialog:
        """Ctrl+Shift+W: one confirmation, then the wipe (also from the unlock screen)."""
        import amanat.app.wipe  # noqa: F401 - loaded while the user confirms (preload.py has usually done it)

        dialog = PanicWipeDialog(self)
        dialog.wipe_confirmed.connect(self.panic_wipe)
        self.dialog = dialog
        dialog.open()
        return dialog

    def panic_wipe(self) -> None:
        """Lock, destroy the vault's keys and files, and go back to the first page."""
        from amanat.app.settings import default_settings_path
        from amanat.app.wipe import wipe_vault

        self.lock()
        say_what_remains(self, wipe_vault(self.vault_dir, settings_path=self.settings_path or default_settings_path()))
        self.show_start()
        self._update_actions()

    def open_duress(self) -> QDialog | None:
        if self.context is None:
            return None
        dialog = DuressDialog(self.context, self)
        dialog.fill_decoy_requested.connect(lambda: (dialog.close(), self.open_decoy_mode()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_decoy_mode(self) -> DecoyPage | None:
        """Tools → Fill the decoy…: the decoy vault in a marked workspace; the duress passphrase is never asked."""
        if self.context is None or self.vault is None or self.workspace is None or self.decoy_page is not None:
            return None
        from amanat.app.duress import open_decoy
        from amanat.app.ui.shell.decoy_mode import DecoyPage

        try:
            decoy = open_decoy(self.vault)  # through the unlocked real vault: nothing is wiped
        except AmanatError as error:
            self.context.show_error(self, error)
            return None
        context = UiContext(decoy, self.settings, self.languages, self.clipboard, self.settings_path)
        page = DecoyPage(context)
        page.close_requested.connect(self.close_decoy_mode)
        page.workspace.sidebar.currentRowChanged.connect(self.menus.update_section_commands)
        self.decoy_page = page
        self.pages.addWidget(page)  # the real workspace stays in the stack, hidden, until the decoy closes
        self.pages.setCurrentWidget(page)
        self._update_actions()
        return page

    def close_decoy_mode(self) -> None:
        """Close the decoy (its file is padded back to size) and show the real vault again."""
        too_large = self._drop_decoy()
        if self.workspace is not None:
            self.pages.setCurrentWidget(self.workspace)
        self._update_actions()
        if too_large:
            QMessageBox.warning(self, WINDOW_TITLE, self.tr(
                "The decoy vault is larger than 4 MiB, so its file is now larger than that of a vault without a "
                "duress passphrase. Remove some of its content (attachments first) to keep it small."))

    def _drop_decoy(self) -> bool:
        """Empty and close the decoy's page and vault; True if the decoy outgrew its 4 MiB."""
        page, self.decoy_page = self.decoy_page, None
        if page is None:
            return False
        page.workspace.clear()
        self.pages.removeWidget(page)
        page.deleteLater()
        decoy = page.context.vault
        too_large = bool(getattr(decoy, "larger_than_a_step", False))
        decoy.close()
        return too_large

    def open_travel(self) -> QDialog | None:
        if self.context is None:
            return None
        dialog = TravelDialog(self.context, self)
        context = self.context
        dialog.items_changed.connect(lambda: context.items_changed.emit(""))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_security(self) -> QDialog:
        """Help → What Amanat protects: SECURITY.md in the interface's language."""
        self.dialog = SecurityDialog(self.languages.language, self)
        self.dialog.open()
        return self.dialog

    def lock(self) -> None:
        """Ctrl+L, auto-lock, minimise: clear every view of vault content and drop the database."""
        if self.vault is None:
            return
        self.idle.stop()
        self.clipboard.clear_if_ours()
        forget_file_dialog_history()
        for dialog in self.findChildren(QWidget):
            if dialog.isWindow() and dialog is not self:
                dialog.close()
        self._drop_decoy()
        if self.workspace is not None:
            self.workspace.clear()
        vault, self.vault = self.vault, None
        self.context = None
        self.show_start()  # replaces (and deletes) the workspace page
        self.workspace = None
        try:
            vault.close()  # VaultCheckpointFailed comes after the vault is closed: the window is locked either way
        finally:
            self._update_actions()

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.lock()
        finally:
            event.accept()

    @property
    def is_locked(self) -> bool:
        """True when no vault is open."""
        return self.vault is None


__all__ = ["MainWindow", "Qt"]
