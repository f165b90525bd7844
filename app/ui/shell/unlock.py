"""Later runs: unlock with the passphrase (key derivation off the GUI thread), or recover."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from amanat.app.errors import WrongPassphrase
from amanat.app.kdf_cost import CostlyKeyDerivation, accept_cost
from amanat.app.ui.widgets.error_text import describe_error
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.pages import Page, centred, emblem, language_picker
from amanat.app.ui.widgets.passphrase_fields import MIN_ACCEPTED_SCORE, StrengthMeter, busy_bar, passphrase_field
from amanat.app.ui.widgets.theme import set_state
from amanat.app.ui.widgets.workers import run_task
from amanat.crypto.kdf import KIB_PER_MIB, Argon2idParams

if TYPE_CHECKING:
    from amanat.app.vault import Vault


def _unlock(directory: Path, passphrase: str) -> Vault:
    """Open the vault (in a worker). Its machinery is imported here, after the unlock page has shown:
    app/ui/shell/preload.py has usually loaded it by the time the passphrase is typed."""
    from amanat.app.vault import Vault

    return Vault.unlock(directory, passphrase)


class UnlockPage(Page):
    """The passphrase prompt. Wrong passphrases are said plainly; 'forgot' leads to recovery."""

    unlocked = Signal(object)  # Vault
    forgot_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, directory: Path, language: str) -> None:
        super().__init__()
        self.directory = directory
        self.heading = QLabel()
        self.heading.setObjectName("unlockHeading")
        self.languages = language_picker(language)
        self.languages.currentIndexChanged.connect(
            lambda: self.language_requested.emit(self.languages.currentData())
        )
        self.passphrase = passphrase_field("unlockPassphrase")
        self.error = LiveLabel(urgent=True)
        self.error.setObjectName("unlockError")
        set_state(self.error, "error")
        self.error.setWordWrap(True)
        self.busy = busy_bar("unlockBusy")
        self.unlock = QPushButton()
        self.unlock.setObjectName("unlockButton")
        self.unlock.setDefault(True)
        self.forgot = QPushButton()
        self.forgot.setObjectName("forgotButton")
        self.forgot.setFlat(True)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.addWidget(self.forgot)
        row.addStretch(1)
        row.addWidget(self.unlock)
        self.setLayout(centred(emblem(), self.languages, self.heading, self.passphrase, self.error, self.busy,
                               buttons, width=460))
        self.unlock.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)
        self.forgot.clicked.connect(self.forgot_requested)
        self._task: Any = None
        self._costly: Argon2idParams | None = None  # the user is being asked about these
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Amanat is locked. Type your passphrase to open your vault."))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.unlock.setText(self.tr("Unlock"))
        self.forgot.setText(self.tr("Forgot your passphrase?"))
        self.languages.setAccessibleName(self.tr("Language"))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.passphrase.setFocus()

    def _unlock(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.setText(self.tr("Type your passphrase first."))
            return
        if self._costly is not None:  # asked below, and the user pressed Unlock again: that is a yes
            accept_cost(self._costly)
            self._costly = None
        self._set_busy(True)
        self.error.setText(self.tr("Unlocking…"))
        directory = self.directory
        self._task = run_task(lambda _p: _unlock(directory, passphrase), self._done, self._failed, self)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.unlock, self.forgot):
            widget.setEnabled(not busy)

    def _done(self, vault: object) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.error.clear()
        self.unlocked.emit(vault)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            self.error.setText(self.tr(
                "Wrong passphrase. Check the keyboard language (Dari, Pashto or English) and Caps Lock, "
                "and try again."
            ))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
        elif isinstance(error, CostlyKeyDerivation):
            estimate = error.estimate
            self._costly = estimate.params
            self.error.setText(self.tr(
                "This vault's key file asks for {0} MiB of memory and about {1} seconds on this computer, much "
                "more than usual. If you did not expect this, the key file may have been changed to slow this "
                "computer down. Press Unlock again to go ahead."
            ).format(self.locale().toString(estimate.params.memory_kib // KIB_PER_MIB),
                     self.locale().toString(max(1, round(estimate.seconds)))))
            self.unlock.setFocus()
        else:
            self.error.setText(describe_error(error))


class RecoverPage(Page):
    """Open the vault with the recovery key and choose a new passphrase."""

    unlocked = Signal(object)  # Vault
    cancelled = Signal()
    colleagues_requested = Signal()  # Recover with my colleagues instead (app/ui/shell/entrust_entry.py)
    duress_turned_off = Signal()  # after `unlocked`: the new passphrase turned the duress passphrase off

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.directory = directory
        self._duress_was_on = False
        self.heading = QLabel()
        self.heading.setObjectName("recoverHeading")
        self.heading.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setObjectName("recoveryKeyInput")
        self.key.setMaxLength(120)
        self.passphrase = passphrase_field("recoverNewPassphrase")
        self.repeat = passphrase_field("recoverRepeatPassphrase")
        self.meter = StrengthMeter()
        self.error = LiveLabel(urgent=True)
        self.error.setObjectName("recoverError")
        set_state(self.error, "error")
        self.error.setWordWrap(True)
        self.busy = busy_bar("recoverBusy")
        self.go = QPushButton()
        self.go.setObjectName("recoverButton")
        self.go.setDefault(True)
        self.cancel = QPushButton()
        self.cancel.setObjectName("recoverCancelButton")
        self.colleagues = QPushButton()
        self.colleagues.setObjectName("colleagueRecoveryButton")
        self.colleagues.setFlat(True)
        self.colleagues.clicked.connect(self.colleagues_requested)
        self.key_label, self.passphrase_label, self.repeat_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.key_label, self.key)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.repeat_label, self.repeat)
        form_box = QWidget()
        form_box.setLayout(form)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.addWidget(self.cancel)
        row.addStretch(1)
        row.addWidget(self.go)
        self.setLayout(centred(self.heading, form_box, self.meter, self.error, self.busy, buttons, self.colleagues))
        self.passphrase.textChanged.connect(self.meter.update_for)
        self.go.clicked.connect(self._recover)
        self.cancel.clicked.connect(self.cancelled)
        self._task: Any = None
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr(
            "Type the recovery key you wrote down when you created the vault (eight groups of five "
            "characters), then choose a new passphrase."
        ))
        self.key_label.setText(self.tr("Recovery key"))
        self.passphrase_label.setText(self.tr("New passphrase"))
        #: Label of the second passphrase field: type the same passphrase again
        self.repeat_label.setText(self.tr("Repeat it"))
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.go.setText(self.tr("Open with recovery key"))
        self.colleagues.setText(self.tr("No recovery key? Recover with my colleagues…"))
        self.cancel.setText(self.tr("Back"))

    def _recover(self) -> None:
        key, passphrase = self.key.text(), self.passphrase.text()
        if passphrase != self.repeat.text() or not passphrase:
            self.error.setText(self.tr("Type the same new passphrase twice."))
            return
        if self.meter.score < MIN_ACCEPTED_SCORE:
            self.error.setText(self.tr("The new passphrase is weak. Make it longer."))
            return
        self.busy.show()
        self.go.setEnabled(False)
        self.error.setText(self.tr("Opening the vault and setting the new passphrase…"))
        directory = self.directory

        def work(_progress: object) -> Vault:
            from amanat.app.vault import Vault

            vault = Vault.unlock_with_recovery_key(directory, key)
            try:
                self._duress_was_on = vault.duress_state() != "off"
                vault.keys.set_passphrase(passphrase)
            except BaseException:
                vault.close()
                raise
            return vault

        self._task = run_task(work, self._done, self._failed, self)

    def _done(self, vault: object) -> None:
        self.busy.hide()
        self.go.setEnabled(True)
        for field in (self.key, self.passphrase, self.repeat):
            field.clear()
        self.error.clear()
        self.unlocked.emit(vault)
        if self._duress_was_on:
            self.duress_turned_off.emit()

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.go.setEnabled(True)
        self.error.setText(describe_error(error))
