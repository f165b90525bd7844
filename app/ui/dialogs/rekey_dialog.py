"""Settings → Security → Re-key…: a new vault key, with the steps shown as they pass.

The work (two key derivations and the re-encryption of the whole database) runs
in a worker; the dialog only asks for the passphrase and shows progress. The
new recovery key comes back as the result and is shown by the settings dialog.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QWidget

from amanat.app.rekey import STEPS, RekeyOutcome
from amanat.app.ui.dialogs.passphrase_dialogs import PassphraseTaskDialog
from amanat.app.ui.widgets.context import WINDOW_TITLE, UiContext
from amanat.app.ui.widgets.passphrase_fields import passphrase_field
from amanat.app.ui.widgets.workers import ProgressCallback, run_task
from amanat.crypto.recovery_key import RecoveryKey


class RekeyDialog(PassphraseTaskDialog):
    """Type the passphrase; the vault gets a new key and a new recovery key (shown next)."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("rekeyDialog")
        self.passphrase = passphrase_field("rekeyPassphrase")
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.form.addRow(self.passphrase_label, self.passphrase)
        self.steps = QProgressBar()
        self.steps.setObjectName("rekeyProgress")
        self.steps.setRange(0, STEPS)
        self.steps.hide()
        self.extras.addWidget(self.steps)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Re-key the vault"))
        self.heading.setText(self.tr(
            "Amanat will give the vault a new key and encrypt everything again with it. Afterwards, old "
            "copies of the key file, old passphrases and your current recovery key no longer open the vault; "
            "your passphrase stays the same. A new recovery key is shown next: have paper ready. The duress "
            "passphrase will be off. Backups made before now still open as they did. Type your passphrase "
            "to continue."
        ) + (" " + self.tr("Your colleagues' recovery shares will stop working too: make a new set afterwards in "
                           "Tools → Entrust to colleagues…")
             if self.context.vault.key_file.entrust_terms() is not None else ""))
        self.passphrase_label.setText(self.tr("&Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.steps.setAccessibleName(self.tr("Re-key progress"))
        self.ok_button.setText(self.tr("Re-key"))
        super().retranslate()

    def fields(self) -> list[QWidget]:
        return [self.passphrase]

    def start(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.say(self.tr("Type your passphrase first."))
            return
        vault = self.context.vault

        def work(progress: ProgressCallback) -> RecoveryKey:
            return vault.rekey(passphrase, progress)

        self.steps.setValue(0)
        self.steps.show()
        self._set_busy(True)
        self.say(self.tr("Re-keying: checking the passphrase, then encrypting the database again…"))
        owner = QCoreApplication.instance()
        assert owner is not None
        # Never cancelled: the progress callback must not raise once the database is being re-encrypted.
        self._task = run_task(work, self._done, self._failed, owner, on_progress=self._progressed)

    def _progressed(self, done: int, _total: int) -> None:
        self.steps.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self.steps.hide()
        super()._failed(error)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.passphrase.setFocus()


def interrupted_rekey_notice(outcome: RekeyOutcome, parent: QWidget) -> QMessageBox | None:
    """Right after unlock: what the unlock did with a re-key an earlier process did not finish (None if nothing)."""
    if outcome is RekeyOutcome.FINISHED:
        text = QCoreApplication.translate(
            "RekeyNotice",
            "A re-key that was interrupted has been finished: the vault has its new key. Its new recovery key may "
            "never have been shown, and the old one no longer opens the vault: make a new one now in Settings → "
            "Show a new recovery key. The duress passphrase is off.")
    elif outcome is RekeyOutcome.UNDONE:
        text = QCoreApplication.translate(
            "RekeyNotice",
            "A re-key that was interrupted has been undone: the vault keeps its old key, and old copies of the key "
            "file still open it. Re-key again in Settings.")
    else:
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, WINDOW_TITLE, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("interruptedRekeyNotice")
    return box
