"""Dialogs of the settings' Security group: change the passphrase, re-measure key derivation, new recovery key.

Key derivation takes about a second on purpose, so checking a passphrase and
writing a new passphrase slot run in a worker while a busy bar shows. The open
vault holds its lock, so the slot is rewritten through `vault.keys.set_passphrase`
after the current passphrase has been checked against the key file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import WrongPassphrase
from amanat.app.key_slots import open_with_passphrase
from amanat.app.ui.dialogs.recovery_key_page import RecoveryKeyPage
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.error_text import describe_error
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.passphrase_fields import MIN_ACCEPTED_SCORE, StrengthMeter, busy_bar, passphrase_field
from amanat.app.ui.widgets.theme import set_state
from amanat.app.ui.widgets.workers import ProgressCallback, Task, run_task
from amanat.app.vault import Vault
from amanat.crypto.kdf import Argon2idParams
from amanat.crypto.recovery_key import RecoveryKey


def grow_to_fit(window: QWidget) -> None:
    """Grow a window to show every wrapped line (a window's minimum size ignores height-for-width)."""
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
        if needed > window.height():
            window.resize(window.width(), needed)


def check_passphrase(vault: Vault, passphrase: str) -> None:
    """Raise WrongPassphrase unless `passphrase` opens the vault's passphrase slot (slow: derives a key)."""
    open_with_passphrase(vault.key_file, passphrase).wipe()  # through this device's keystore when bound


class PassphraseTaskDialog(QDialog):
    """A small form whose OK button starts slow key work; errors are said under the form."""

    succeeded = Signal(object)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.heading = QLabel()
        self.heading.setObjectName("passphraseHeading")
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = LiveLabel(urgent=True)
        self.error.setObjectName("passphraseError")
        set_state(self.error, "error")
        self.error.setWordWrap(True)
        self.busy = busy_bar("passphraseBusy")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Our own button: QDialogButtonBox would put back the standard "OK" text on a language change.
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("passphraseOkButton")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("passphraseCancelButton")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.extras = QVBoxLayout()  # wrapped text goes here: QFormLayout's spanning rows clip it
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addLayout(self.extras)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        # Return anywhere in the form means OK, never Cancel (set once the buttons belong to this dialog).
        self.ok_button.setDefault(True)
        self.cancel_button.setAutoDefault(False)
        self._task: Task | None = None
        self.setMinimumWidth(460)

    # -- to fill in by each dialog ------------------------------------------

    def retranslate(self) -> None:
        """Set every visible text."""
        self.ok_button.setAccessibleName(self.ok_button.text().replace("&", ""))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        grow_to_fit(self)

    def fields(self) -> list[QWidget]:
        """The inputs to disable while working."""
        return []

    def start(self) -> None:
        """OK: check the form, then call `run(work, busy_text)`."""

    def clear_secrets(self) -> None:
        """Empty every passphrase field."""
        for widget in self.fields():
            if isinstance(widget, QLineEdit):
                widget.clear()

    # -- shared ---------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def say(self, text: str) -> None:
        """Show a message under the form."""
        self.error.setText(text)
        grow_to_fit(self)

    def showEvent(self, event: Any) -> None:
        if self.fields() and self.focusWidget() is None:
            # Typing starts in the first field; Tab then goes through the form, then to the buttons.
            self.fields()[0].setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        super().showEvent(event)
        grow_to_fit(self)

    @property
    def is_busy(self) -> bool:
        """True while the key work runs."""
        return self._task is not None

    def run(self, work: Callable[[ProgressCallback], Any], busy_text: str) -> None:
        """Start `work` in a thread with the busy bar showing."""
        self._set_busy(True)
        self.say(busy_text)
        # The application owns the task, so closing (or deleting) this dialog never
        # destroys a running thread; the callbacks go away with the dialog.
        owner = QCoreApplication.instance()
        assert owner is not None
        self._task = run_task(work, self._done, self._failed, owner)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.ok_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        for widget in self.fields():
            widget.setEnabled(not busy)

    def _done(self, result: object) -> None:
        self._task = None
        self._set_busy(False)
        self.clear_secrets()
        self.error.clear()
        self.succeeded.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            self.say(self.wrong_passphrase_text())
            field = self.fields()[0] if self.fields() else None
            if isinstance(field, QLineEdit):
                field.selectAll()
                field.setFocus()
        else:
            self.say(describe_error(error))

    def wrong_passphrase_text(self) -> str:
        """What to say when the current passphrase is wrong."""
        return self.tr(
            "That is not your current passphrase. Nothing was changed. Check the keyboard language "
            "(Dari, Pashto or English) and Caps Lock, and try again."
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.is_busy:
            return  # the key file is being written; Cancel comes back when it is done
        super().keyPressEvent(event)

    def reject(self) -> None:
        # Closing while busy (a lock) only hides the form: the work finishes on its own,
        # so the key file is never left half-changed by a cancelled write.
        self.clear_secrets()
        super().reject()


class ChangePassphraseDialog(PassphraseTaskDialog):
    """Current passphrase, the new one twice with a strength meter; the slot is rewritten in a worker."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("changePassphraseDialog")
        self.current = passphrase_field("currentPassphrase")
        self.new = passphrase_field("newPassphrase")
        self.repeat = passphrase_field("repeatNewPassphrase")
        self.meter = StrengthMeter()
        self.meter.setObjectName("newPassphraseStrength")
        self.accept_weak = QCheckBox()
        self.accept_weak.setObjectName("acceptWeakPassphrase")
        self.accept_weak.hide()
        self.current_label, self.new_label, self.repeat_label = QLabel(), QLabel(), QLabel()
        for label, field in ((self.current_label, self.current), (self.new_label, self.new),
                             (self.repeat_label, self.repeat)):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.extras.addWidget(self.meter)
        self.extras.addWidget(self.accept_weak)
        self.new.textChanged.connect(self._on_typed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change passphrase"))
        self.heading.setText(self.tr(
            "Type your current passphrase, then the new one twice. Four or five unrelated words are "
            "strong and easy to remember. Your recovery key keeps working."
        ))
        self.current_label.setText(self.tr("&Current passphrase"))
        self.new_label.setText(self.tr("&New passphrase"))
        self.repeat_label.setText(self.tr("&Repeat the new one"))
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.accept_weak.setText(self.tr("I understand this passphrase is weak and want to use it anyway"))
        self.accept_weak.setAccessibleName(self.accept_weak.text())
        self.ok_button.setText(self.tr("Change passphrase"))
        self.meter.update_for(self.new.text())
        super().retranslate()

    def fields(self) -> list[QWidget]:
        return [self.current, self.new, self.repeat, self.accept_weak]

    def _on_typed(self, text: str) -> None:
        self.meter.update_for(text)
        self.accept_weak.setVisible(bool(text) and self.meter.score < MIN_ACCEPTED_SCORE)
        self.error.clear()
        grow_to_fit(self)

    def start(self) -> None:
        current, new = self.current.text(), self.new.text()
        if not current:
            self.say(self.tr("Type your current passphrase first."))
            self.current.setFocus()
            return
        if not new or new != self.repeat.text():
            self.say(self.tr("Type the same new passphrase twice."))
            self.new.setFocus()
            return
        if new == current:
            self.say(self.tr("The new passphrase is the same as the current one."))
            self.new.setFocus()
            return
        if self.meter.score < MIN_ACCEPTED_SCORE and not self.accept_weak.isChecked():
            self.say(self.tr("This passphrase is weak. Make it longer, or confirm that you accept it."))
            return
        vault = self.context.vault

        def work(_progress: ProgressCallback) -> Argon2idParams:
            check_passphrase(vault, current)
            return vault.keys.set_passphrase(new)

        self.run(work, self.tr("Checking the current passphrase and setting the new one (a few seconds)…"))


class RecalibrateDialog(PassphraseTaskDialog):
    """Measure this computer again and re-derive the passphrase slot with the new cost."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("recalibrateDialog")
        self.passphrase = passphrase_field("recalibratePassphrase")
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.form.addRow(self.passphrase_label, self.passphrase)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recalibrate key derivation"))
        self.heading.setText(self.tr(
            "Amanat will measure this computer again, so that guessing your passphrase costs an attacker "
            "as much as this computer allows while unlocking still takes about a second. Do this after "
            "moving the vault to a new computer. Type your passphrase to continue."
        ))
        self.passphrase_label.setText(self.tr("&Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.ok_button.setText(self.tr("Recalibrate"))
        super().retranslate()

    def fields(self) -> list[QWidget]:
        return [self.passphrase]

    def start(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.say(self.tr("Type your passphrase first."))
            return
        vault = self.context.vault

        def work(_progress: ProgressCallback) -> Argon2idParams:
            check_passphrase(vault, passphrase)
            return vault.keys.set_passphrase(passphrase)  # calibrates, then rewrites the slot

        self.run(work, self.tr("Measuring this computer (a few seconds)…"))


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once, with the same retype-a-group check as the first run."""

    def __init__(self, recovery: RecoveryKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.page = RecoveryKeyPage(recovery)
        self.page.confirmed.connect(self.accept)
        # Eight groups in a large monospace font are wider than the page's column: wrap between groups.
        self.page.key.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.resize(620, 380)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New recovery key"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        # Whether confirmed or closed (Esc, lock), the key leaves the screen.
        self.page.key.clear()
        self.page.answer.clear()
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Return belongs to the page's group field and button, never to QDialog's default handling.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)

