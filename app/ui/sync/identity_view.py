"""Sync, my card: my name, my contact card as text and as a QR code, to hand to the people I work with."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import AmanatError
from amanat.app.qr_code import qr_matrix
from amanat.app.ui.widgets import file_dialogs
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.text_direction import isolate
from amanat.crypto.atomic_write import write_file_atomically


def qr_pixmap(data: bytes, module_px: int = 4) -> QPixmap:
    """A QR code of `data`, black on white with the standard quiet zone."""
    matrix = qr_matrix(data)
    size = len(matrix) + 8
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.setPixelColor(x + 4, y + 4, QColor("black"))
    return QPixmap.fromImage(image.scaled(size * module_px, size * module_px))


class IdentityView(QWidget):
    """My name, id, fingerprint and card: as a file, as text to paste, as a QR code."""

    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identityView")
        self.context = context
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name_label = QLabel()
        self.name = QLineEdit()
        self.name.setObjectName("identityName")
        self.name_label.setBuddy(self.name)
        self.name.setMaxLength(100)
        self.save_name = QPushButton()
        self.save_name.setObjectName("saveIdentityName")
        self.save_name.clicked.connect(self.save_display_name)
        self.id_label, self.id_value = QLabel(), QLabel()
        self.fingerprint_label, self.fingerprint = QLabel(), QLabel()
        self.fingerprint.setObjectName("identityFingerprint")
        for value in (self.id_value, self.fingerprint):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            value.setFont(QFont("monospace"))
        self.fingerprint.setWordWrap(True)
        self.qr = QLabel()
        self.qr.setObjectName("identityQrCode")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportCardButton")
        self.export_button.clicked.connect(self.export_card)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyCardButton")
        self.copy_button.clicked.connect(self.copy_card)
        self.status = LiveLabel()
        self.status.setObjectName("identityStatus")
        self.status.setWordWrap(True)

        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.save_name)
        form = QFormLayout()
        form.addRow(self.name_label, name_row)
        form.addRow(self.id_label, self.id_value)
        form.addRow(self.fingerprint_label, self.fingerprint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.qr, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Your contact card lets group members send you sealed bundles and check that bundles really come "
            "from you. Give it to them in person, as a file, or let their phone read the QR code."))
        self.name_label.setText(self.tr("Name on your card:"))
        self.save_name.setText(self.tr("Save name"))
        self.id_label.setText(self.tr("Id:"))
        self.fingerprint_label.setText(self.tr("Fingerprint:"))
        self.export_button.setText(self.tr("Save card as a file…"))
        self.copy_button.setText(self.tr("Copy card as text"))
        self.qr.setAccessibleName(self.tr("QR code of your contact card"))
        if self.qr.pixmap().isNull():  # no card yet: the hint in its place follows the language
            self.qr.setText(self.tr("Choose the name on your card (a pseudonym is fine) to make your card."))

    def reload(self) -> None:
        identities = self.context.vault.sync.identities
        public = identities.public()
        name = identities.display_name()
        self.name.setText(name)
        self.id_value.setText(public.peer_id)
        self.fingerprint.setText(public.fingerprint_text())
        has_name = bool(name)
        self.export_button.setEnabled(has_name)
        self.copy_button.setEnabled(has_name)
        if has_name:
            self.qr.setPixmap(qr_pixmap(identities.card_text().encode("ascii"), 3))
        else:
            self.qr.clear()
            self.retranslate()  # the hint in the QR code's place

    def save_display_name(self) -> None:
        try:
            self.context.vault.sync.identities.set_display_name(self.name.text())
        except AmanatError as error:
            self.context.show_error(self, error)
            return
        self.status.setText(self.tr("Saved. Cards you give from now on carry this name."))
        self.reload()
        self.changed.emit()

    def export_card(self) -> None:
        path, _filter = file_dialogs.save_file(self, self.tr("Save your contact card"), "contact.card")
        if path is None:
            return
        try:
            write_file_atomically(path, self.context.vault.sync.identities.card_file())
        except (AmanatError, OSError) as error:
            self.context.show_error(self, error)
            return
        self.status.setText(self.tr("Saved your card to {0}.").format(isolate(str(path))))

    def copy_card(self) -> None:
        self.context.clipboard.copy(self.context.vault.sync.identities.card_text())
        self.status.setText(self.tr("Your card is on the clipboard; paste it into a message."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
