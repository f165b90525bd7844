"""First run: what Amanat protects, creating the vault, and saving the recovery key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from amanat.app.ui.widgets.error_text import describe_error
from amanat.app.ui.widgets.pages import Page, centred, emblem, language_picker
from amanat.app.ui.widgets.passphrase_fields import (
    MIN_ACCEPTED_SCORE,
    MessageLine,
    StrengthMeter,
    busy_bar,
    keep_place,
    passphrase_field,
)
from amanat.app.ui.widgets.theme import set_state, set_type
from amanat.app.ui.widgets.workers import run_task

# A button that looks like a link (the theme's link colour, underlined, a pointing hand) and stays a
# button for the keyboard and screen readers: Tab reaches it, Space and Enter press it.
LINK_STYLE = ("QPushButton#{0} {{ color: palette(link); text-decoration: underline; border: 1px solid transparent;"
              " background: transparent; padding: 2px; }}"
              " QPushButton#{0}:focus {{ border: 1px dotted palette(link); }}")


def link_button(name: str) -> QPushButton:
    """A push button drawn as a link."""
    button = QPushButton()
    button.setObjectName(name)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet(LINK_STYLE.format(name))
    return button


class WelcomePage(Page):
    """Explains, honestly, what the vault protects against and what it cannot."""

    create_requested = Signal()
    restore_requested = Signal()
    colleagues_requested = Signal()  # Recover with my colleagues (app/ui/shell/entrust_entry.py)
    language_requested = Signal(str)

    def __init__(self, language: str) -> None:
        super().__init__()
        self.title = QLabel()
        self.title.setObjectName("welcomeTitle")
        set_type(self.title, "title")
        self.body = QLabel()
        self.body.setObjectName("welcomeBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.languages = language_picker(language)
        self.languages.currentIndexChanged.connect(
            lambda: self.language_requested.emit(self.languages.currentData())
        )
        self.create_button = QPushButton()
        self.create_button.setObjectName("createVaultButton")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_requested)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.clicked.connect(self.restore_requested)
        self.colleagues_button = QPushButton()
        self.colleagues_button.setObjectName("colleagueRecoveryButton")
        self.colleagues_button.clicked.connect(self.colleagues_requested)
        self.security_button = link_button("securityButton")
        self.security_button.clicked.connect(self.show_security)
        self.language = language
        self.setLayout(centred(emblem(), self.languages, self.title, self.body, self.create_button,
                               self.restore_button, self.colleagues_button, self.security_button))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to Amanat"))
        self.body.setText(self.tr(
            "<p>Amanat keeps your notes, contacts and your group's strategy drafts in one "
            "encrypted vault on this computer. It never connects to the internet.</p>"
            "<p><b>It protects you</b> while Amanat is locked or the laptop is off: if this laptop "
            "is then lost, stolen, searched at a border or copied, the vault cannot be read "
            "without your passphrase or recovery key.</p>"
            "<p><b>It cannot protect you</b> from spying software on this computer, from someone "
            "watching your screen or keyboard, or from someone who takes the laptop while the "
            "vault is unlocked. Lock it (Ctrl+L) whenever you step away.</p>"
        ))
        self.create_button.setText(self.tr("Create my vault"))
        self.create_button.setAccessibleName(self.tr("Create my vault"))
        self.restore_button.setText(self.tr("Restore a backup…"))
        self.colleagues_button.setText(self.tr("Recover with my colleagues…"))
        self.security_button.setText(self.tr("Read more: what Amanat protects, and what it cannot"))
        self.languages.setAccessibleName(self.tr("Language"))


    def show_security(self) -> QDialog:
        """The whole threat model (SECURITY.md) in the chosen language."""
        from amanat.app.ui.dialogs.border_dialogs import SecurityDialog

        dialog = SecurityDialog(self.languages.currentData() or self.language, self)
        dialog.open()
        self.security_dialog = dialog
        return dialog


class CreateVaultPage(Page):
    """Choose a passphrase; the vault is created (and the KDF calibrated) off the GUI thread."""

    created = Signal(object, object)  # Vault, RecoveryKey
    back_requested = Signal()

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.directory = directory
        self.heading = QLabel()
        self.heading.setObjectName("createHeading")
        self.heading.setWordWrap(True)
        self.passphrase = passphrase_field("newPassphrase")
        self.repeat = passphrase_field("repeatPassphrase")
        self.meter = StrengthMeter()
        self.accept_weak = QCheckBox()
        self.accept_weak.setObjectName("acceptWeak")
        self.accept_weak.hide()
        self.error = MessageLine(lines=2, urgent=True)
        self.error.setObjectName("createError")
        set_state(self.error, "error")
        self.busy = busy_bar("createBusy")
        for widget in (self.accept_weak, self.busy):
            keep_place(widget)  # the form stays put while they come and go
        self.create_button = QPushButton()
        self.create_button.setObjectName("confirmCreateButton")
        self.create_button.setDefault(True)
        self.back = QPushButton()
        self.back.setObjectName("backButton")
        self.form = QFormLayout()
        self.passphrase_label = QLabel()
        self.repeat_label = QLabel()
        self.form.addRow(self.passphrase_label, self.passphrase)
        self.form.addRow(self.repeat_label, self.repeat)
        form_box = QWidget()
        form_box.setLayout(self.form)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.create_button)
        self.setLayout(centred(self.heading, form_box, self.meter, self.accept_weak, self.error, self.busy, buttons))
        self.passphrase.textChanged.connect(self._on_typed)
        self.repeat.returnPressed.connect(self._create)
        self.create_button.clicked.connect(self._create)
        self.back.clicked.connect(self.back_requested)
        self._task: Any = None
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr(
            "Choose a passphrase: four or five unrelated words are strong and easy to remember. "
            "Nobody, not even Amanat's developers, can recover it for you; the recovery key shown "
            "next is the only other way in."
        ))
        self.passphrase_label.setText(self.tr("Passphrase"))
        #: Label of the second passphrase field: type the same passphrase again
        self.repeat_label.setText(self.tr("Repeat it"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.accept_weak.setText(self.tr("I understand this passphrase is weak and want to use it anyway"))
        self.create_button.setText(self.tr("Create vault"))
        self.back.setText(self.tr("Back"))
        self.meter.update_for(self.passphrase.text())

    def _on_typed(self, text: str) -> None:
        self.meter.update_for(text)
        self.accept_weak.setVisible(bool(text) and self.meter.score < MIN_ACCEPTED_SCORE)
        self.error.clear()

    def _create(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.setText(self.tr("Type a passphrase first."))
            return
        if passphrase != self.repeat.text():
            self.error.setText(self.tr("The two passphrases are not the same."))
            return
        if self.meter.score < MIN_ACCEPTED_SCORE and not self.accept_weak.isChecked():
            self.error.setText(self.tr("This passphrase is weak. Make it longer, or confirm that you accept it."))
            return
        self._set_busy(True)
        set_state(self.error, "")  # progress, not an error
        self.error.setText(self.tr("Creating the vault and measuring this computer (a few seconds)…"))
        directory = self.directory
        from amanat.app.vault import Vault  # the vault's machinery: loaded after the first page shows

        self._task = run_task(lambda _progress: Vault.create(directory, passphrase), self._done, self._failed, self)

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            set_state(self.error, "error")  # what it says next is an error, or nothing
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.repeat, self.create_button, self.back, self.accept_weak):
            widget.setEnabled(not busy)

    def _done(self, result: object) -> None:
        self._set_busy(False)
        vault, recovery = result if isinstance(result, tuple) else (None, None)
        self.passphrase.clear()
        self.repeat.clear()
        self.error.clear()
        self.created.emit(vault, recovery)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.error.setText(describe_error(error))
