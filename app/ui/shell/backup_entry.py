"""Vault → Back up… and the gentle reminder after unlock when the last backup is old.

The reminder's age is a setting (`backup_reminder_days`, 0 = never). It stays quiet while the laptop holds
nothing of its own to back up -- in travel mode (everything sealed away, or a seal not finished) and in a
new, empty vault -- so that unlocking at a border shows no talk of backups.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from amanat.app.ui.widgets.context import WINDOW_TITLE, UiContext

if TYPE_CHECKING:  # backups and restoring load when first used, not before the window shows
    from amanat.app.ui.dialogs.backup_dialog import BackupDialog
    from amanat.app.ui.shell.restore_page import RestorePage


def _say_restored(window: QWidget, vault_dir: Path) -> QMessageBox:
    from amanat.app.device_secret import passphrase_works_here

    if passphrase_works_here(vault_dir):
        text = QCoreApplication.translate(
            "BackupEntry", "The backup is restored. Unlock it with the passphrase it was made with. A backup carries "
            "no decoy: if you use a duress passphrase, set it again in Tools → Duress passphrase.")
    else:  # bound to the keystore of the computer the backup was made on
        text = QCoreApplication.translate(
            "BackupEntry", "The backup is restored. Its passphrase was bound to the computer it was made on, so it "
            "does not open the vault here: choose \"Forgot your passphrase?\", open the vault with your recovery key "
            "and set your passphrase again. It is then bound to this computer (if it has a keystore Amanat can use). "
            "A backup carries no decoy: if you use a duress passphrase, set it again in Tools → Duress passphrase.")
    box = QMessageBox(QMessageBox.Icon.Information, WINDOW_TITLE, text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("restoredNotice")
    box.open()
    return box


class BackupEntry(QObject):
    """The menu action that opens the backup dialog, and the reminder."""

    def __init__(self, window: QWidget, vault_dir: Path, current_context: Callable[[], UiContext | None]) -> None:
        super().__init__(window)
        self.window = window
        self.vault_dir = vault_dir
        self._current_context = current_context  # the unlocked vault's context; None while locked
        self.action = QAction(window)
        self.action.setObjectName("backupAction")
        self.action.triggered.connect(self.open)
        self.dialog: BackupDialog | None = None
        self.reminder: QMessageBox | None = None

    def restore_page(self, then: Callable[[], None]) -> RestorePage:
        """The welcome page's Restore a backup…: `then` runs after a restore, or on Back (the start page again).

        After a restore, a note says that the restored vault has no duress passphrase (as `amanat restore` does).
        """
        from amanat.app.ui.shell.restore_page import RestorePage

        page = RestorePage(self.vault_dir)
        page.restored.connect(then)
        page.restored.connect(lambda: _say_restored(self.window, self.vault_dir))
        page.back_requested.connect(then)
        return page

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Back up…"))

    def open(self) -> BackupDialog | None:
        """The backup dialog (only while unlocked)."""
        context = self._current_context()
        if context is None:
            return None
        from amanat.app.ui.dialogs.backup_dialog import BackupDialog

        dialog = BackupDialog(context, self.window)
        self.dialog = dialog
        dialog.open()
        return dialog

    def reminder_due(self, now: datetime | None = None) -> bool:
        """True when the last backup is older than the setting allows and the laptop holds items of its own."""
        context = self._current_context()
        if context is None or context.settings.backup_reminder_days <= 0:
            return False
        vault = context.vault
        travel = vault.sync.travel_order
        if travel.pending() is not None or not vault.sync.travel.holds_items_of_its_own():
            return False
        from amanat.app.backup import backup_is_overdue, last_backup_time

        return backup_is_overdue(last_backup_time(vault), context.settings.backup_reminder_days,
                                 now or datetime.now(UTC))

    def remind(self, now: datetime | None = None) -> QMessageBox | None:
        """Right after unlock: a quiet, non-blocking note with Back up now… when a backup is due."""
        if not self.reminder_due(now):
            return None
        context = self._current_context()
        assert context is not None
        from amanat.app.backup import last_backup_time

        last = last_backup_time(context.vault)
        if last is None:
            text = self.tr("This vault has not been backed up yet. Only a backup brings your content back if "
                           "this laptop is lost, seized or wiped.")
        else:
            text = self.tr("The last backup of this vault was made on {0}. Only a backup brings your content "
                           "back if this laptop is lost, seized or wiped.").format(
                               context.format_time(last.isoformat(timespec="seconds")))
        box = QMessageBox(QMessageBox.Icon.Information, WINDOW_TITLE, text, QMessageBox.StandardButton.NoButton,
                          self.window)
        box.setObjectName("backupReminder")
        now_button = box.addButton(self.tr("Back up now…"), QMessageBox.ButtonRole.AcceptRole)
        now_button.setObjectName("backupReminderNow")
        later = box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("backupReminderLater")
        box.setInformativeText(self.tr("You can change how often you are reminded, or turn it off, in Settings."))
        now_button.clicked.connect(self.open)
        self.reminder = box
        box.open()
        return box
