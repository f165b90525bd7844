"""Before a file leaves the vault: the plaintext warning, the sealing passphrase, and the exposed-folder check."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from amanat.app.export_safety import MIN_SEALED_EXPORT_PASSPHRASE_CHARS, Exposure
from amanat.app.ui.widgets.context import WINDOW_TITLE
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.text_direction import isolate
from amanat.app.ui.widgets.wrapped_text import keep_wrapped_text_whole


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class ExportChoice(Enum):
    """What the user chose in the plaintext warning."""

    SEALED = "sealed"
    PLAINTEXT = "plaintext"
    CANCEL = "cancel"


class PlaintextExportWarning(QDialog):
    """Says that the file will be readable by anyone who gets it, and offers to seal it instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plaintextExportWarning")
        self.setWindowTitle(WINDOW_TITLE)
        self.choice = ExportChoice.CANCEL
        heading = QLabel(self.tr("This file will not be encrypted"))
        heading.setObjectName("plaintextExportHeading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        body = _wrapped(self.tr(
            "Anyone who gets the file can read it: on this laptop, on a USB stick, in a cloud drive or in an "
            "e-mail. Desktop search may copy its words into an index that stays after the file is deleted.\n\n"
            "If it is going to a partner, seal it with a passphrase instead: they open it with the free age "
            "tool (age -d), and you tell them the passphrase by phone or in person, never in the same message."))
        body.setObjectName("plaintextExportText")
        self.dont_ask = QCheckBox(self.tr("Don't ask again until Amanat is locked"))
        self.dont_ask.setObjectName("plaintextDontAsk")
        buttons = QDialogButtonBox()
        self.seal_button = QPushButton(self.tr("Seal with a passphrase…"))
        self.seal_button.setObjectName("sealExportButton")
        self.plain_button = QPushButton(self.tr("Export unencrypted"))
        self.plain_button.setObjectName("plaintextExportButton")
        buttons.addButton(self.seal_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.plain_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.seal_button.setDefault(True)
        self.seal_button.clicked.connect(lambda: self._finish(ExportChoice.SEALED))
        self.plain_button.clicked.connect(lambda: self._finish(ExportChoice.PLAINTEXT))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, body, self.dont_ask, buttons):
            layout.addWidget(widget)
        self.setMaximumWidth(640)
        keep_wrapped_text_whole(self)

    def _finish(self, choice: ExportChoice) -> None:
        self.choice = choice
        self.accept()


class SealPassphraseDialog(QDialog):
    """A passphrase typed twice for a sealed export; OK only when both agree and it is long enough."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sealPassphraseDialog")
        self.setWindowTitle(WINDOW_TITLE)
        explanation = _wrapped(self.tr(
            "Choose a passphrase of at least {0} characters for this file. Your partner opens it with the age "
            "tool: age -d -o FILE FILE.age, then types the passphrase. Tell it to them by another way than the "
            "file.").format(MIN_SEALED_EXPORT_PASSPHRASE_CHARS))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("sealPassphrase")
        self.confirmation = QLineEdit()
        self.confirmation.setObjectName("sealPassphraseAgain")
        for field in (self.passphrase, self.confirmation):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._check)
        self.problem = LiveLabel(repeat=False)  # checked as it is typed: said once, when it changes
        self.problem.setObjectName("sealPassphraseProblem")
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Again:"), self.confirmation)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Seal and save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMaximumWidth(640)
        keep_wrapped_text_whole(self)
        self._check()

    def _check(self) -> None:
        text, again = self.passphrase.text(), self.confirmation.text()
        problem = ""
        if text and len(text) < MIN_SEALED_EXPORT_PASSPHRASE_CHARS:
            problem = self.tr("At least {0} characters.").format(MIN_SEALED_EXPORT_PASSPHRASE_CHARS)
        elif again and text != again:
            problem = self.tr("The two passphrases differ.")
        self.problem.setText(problem)
        ready = len(text) >= MIN_SEALED_EXPORT_PASSPHRASE_CHARS and text == again
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def chosen(self) -> str:
        """The passphrase (only after the dialog was accepted)."""
        return self.passphrase.text()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.passphrase.clear()
            self.confirmation.clear()
        super().done(result)


def _exposure_line(parent: QWidget, exposure: Exposure) -> str:
    folder = isolate(str(exposure.folder))
    if exposure.kind == "cloud":
        if exposure.service:
            return parent.tr("{0} is synced by {1}: the file would be uploaded.").format(folder, exposure.service)
        return parent.tr("{0} is synced by a cloud drive: the file would be uploaded.").format(folder)
    if exposure.service:
        return parent.tr("{0} is indexed by {1}: its words would be copied into the index.").format(
            folder, exposure.service)
    return parent.tr("{0} is usually indexed by desktop search: its words would be copied into the index.").format(
        folder)


def confirm_exposed_folder(parent: QWidget, exposures: list[Exposure]) -> bool:
    """Ask before an unencrypted file goes into a synced or indexed folder; True to write there anyway."""
    box = QMessageBox(QMessageBox.Icon.Warning, WINDOW_TITLE,
                      "\n\n".join(_exposure_line(parent, e) for e in exposures), parent=parent)
    box.setObjectName("exposedFolderWarning")
    box.setInformativeText(parent.tr("Choose a folder that no cloud drive syncs, or seal the file instead."))
    another = box.addButton(parent.tr("Choose another folder"), QMessageBox.ButtonRole.RejectRole)
    anyway = box.addButton(parent.tr("Save here anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(another)
    box.exec()
    return box.clickedButton() is anyway
