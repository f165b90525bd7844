"""Sync, people: my contact card (with a QR code) and my peers, with verification by safety number."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AmanatError
from app.qr_code import qr_matrix
from app.sharing.identities import PeerInfo
from app.ui.sync.peer_labels import peer_flags_text, peer_state_text
from app.ui.widgets import file_dialogs
from app.ui.widgets.context import UiContext
from app.ui.widgets.text_direction import isolate
from crypto.atomic_write import write_file_atomically

MAX_PASTED_CARD_CHARS = 16 * 1024


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
        self.status = QLabel()
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
            self.qr.setText(self.tr("Choose the name on your card (a pseudonym is fine) to make your card."))

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


class VerifyDialog(QDialog):
    """A guided comparison of safety numbers with one peer, then marking them verified."""

    verified = Signal(str)

    def __init__(self, context: UiContext, peer: PeerInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.context = context
        self.peer = peer
        self.warning = QLabel()
        self.warning.setObjectName("keysChangedWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { background: #fde2e1; color: #7a1712; padding: 8px; }")
        self.warning.setVisible(peer.keys_changed or peer.flagged)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        grid_box = QWidget()
        grid_box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # read in the same order on both sides
        grid = QGridLayout(grid_box)
        font = QFont("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.6)
        digits = peer.safety_number.split()
        self.group_labels = []
        for index, group in enumerate(digits):
            label = QLabel(context.localise_digits(group))
            label.setFont(font)
            label.setObjectName(f"safetyGroup{index + 1}")
            grid.addWidget(label, index // 4, index % 4)
            self.group_labels.append(label)
        self.confirm = QCheckBox()
        self.confirm.setObjectName("confirmSafetyNumber")
        self.buttons = QDialogButtonBox()
        self.mark = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.mark.setObjectName("markVerifiedButton")
        self.mark.setEnabled(False)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.confirm.toggled.connect(self.mark.setEnabled)
        self.buttons.accepted.connect(self.mark_verified)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.steps)
        layout.addWidget(grid_box)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        name = isolate(self.peer.name)
        self.setWindowTitle(self.tr("Verify a person"))  # never whose: titles reach task switchers and logs
        if self.peer.keys_changed:
            self.warning.setText(self.tr(
                "These keys ({1}) are not the ones of the {0} you verified, whose name looks the same. This may be "
                "a new laptop — or someone pretending to be them. Do not trust bundles from these keys until you "
                "have compared the numbers with {0} again.").format(name, self.peer.peer_id)
                + "\n" + peer_flags_text(self.peer))
        else:
            self.warning.setText(peer_flags_text(self.peer))
        self.steps.setText(self.tr(
            "Meet {0} in person, or call on a line you trust. Each of you opens this screen; read your numbers "
            "to each other, group by group. If every group is the same, nobody stands between you.").format(name))
        self.confirm.setText(self.tr("I compared all twelve groups with {0}, and they are the same").format(name))
        self.mark.setText(self.tr("Mark as verified"))

    def mark_verified(self) -> None:
        try:
            self.context.vault.sync.identities.verify_peer(self.peer.fingerprint, self.peer.safety_number)
        except AmanatError as error:
            self.context.show_error(self, error)
            return
        self.verified.emit(self.peer.fingerprint)
        self.accept()


class PasteCardDialog(QDialog):
    """A card pasted from a message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteCardDialog")
        self.text = QPlainTextEdit()
        self.text.setObjectName("pastedCard")
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.label = QLabel(self.tr("Paste the contact card (the block from BEGIN to END):"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Paste a contact card"))

    def card_text(self) -> str:
        return self.text.toPlainText()[:MAX_PASTED_CARD_CHARS]


class PeersView(QWidget):
    """The people whose cards I added, whether I verified them, and adding and verifying."""

    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peersView")
        self.context = context
        self.peers: list[PeerInfo] = []
        self.list = QListWidget()
        self.list.setObjectName("peerList")
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.add_file = QPushButton()
        self.add_file.setObjectName("addCardFileButton")
        self.add_file.clicked.connect(self.add_card_from_file)
        self.paste = QPushButton()
        self.paste.setObjectName("pasteCardButton")
        self.paste.clicked.connect(self.paste_card)
        self.verify = QPushButton()
        self.verify.setObjectName("verifyPeerButton")
        self.verify.clicked.connect(self.open_verification)
        self.withdraw = QPushButton()
        self.withdraw.setObjectName("withdrawTrustButton")
        self.withdraw.clicked.connect(self.ask_to_withdraw_trust)
        self.status = QLabel()
        self.status.setObjectName("peersStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_file, self.paste, self.verify, self.withdraw):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.dialog: QDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.add_file.setText(self.tr("Add a card from a file…"))
        self.paste.setText(self.tr("Paste a card…"))
        self.verify.setText(self.tr("Verify…"))
        self.withdraw.setText(self.tr("Withdraw trust…"))
        self.withdraw.setToolTip(self.tr("For keys you no longer trust: a lost or seized laptop, or new keys"))
        self.list.setAccessibleName(self.tr("People"))
        self._fill()

    def reload(self) -> None:
        self.peers = self.context.vault.sync.identities.peers()
        self._fill()

    def _fill(self) -> None:
        current = self.list.currentRow()
        self.list.clear()
        for peer in self.peers:
            lines = [f"{isolate(peer.name)}  ·  {peer.peer_id}", peer_state_text(peer)]
            flags = peer_flags_text(peer)
            if flags:
                lines.append(flags)
            item = QListWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, peer.fingerprint)
            if peer.keys_changed or peer.flagged:
                item.setForeground(QColor("#a1190f"))
            self.list.addItem(item)
        if self.peers:
            self.list.setCurrentRow(min(max(current, 0), len(self.peers) - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        peer = self.selected()
        self.verify.setEnabled(peer is not None and not peer.verified)
        self.withdraw.setEnabled(peer is not None and peer.verified)

    def selected(self) -> PeerInfo | None:
        row = self.list.currentRow()
        return self.peers[row] if 0 <= row < len(self.peers) else None

    def add_card_from_file(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Add a contact card"))
        if path is not None:
            try:
                data = path.read_bytes()[: MAX_PASTED_CARD_CHARS + 1]
            except OSError as error:
                self.context.show_error(self, error)
                return
            self.add_card(data)

    def paste_card(self) -> None:
        dialog = PasteCardDialog(self)
        dialog.accepted.connect(lambda: self.add_card(dialog.card_text()))
        self.dialog = dialog
        dialog.open()

    def add_card(self, data: bytes | str) -> PeerInfo | None:
        """Import a card; say what happened; offer verification."""
        try:
            added = self.context.vault.sync.identities.add_peer(data)
        except AmanatError as error:
            self.status.setText(self.tr("This is not a contact card Amanat can use."))
            self.context.show_error(self, error)
            return None
        peer = added.peer
        if added.outcome == "look-alike" and peer.keys_changed:
            self.status.setText(self.tr(
                "Added {0} ({1}) as someone new: these are OTHER KEYS than the {0} you verified, who stays as "
                "they were. New laptop or impostor? Compare safety numbers before trusting them.").format(
                    isolate(peer.name), peer.peer_id))
        elif added.outcome == "look-alike":
            self.status.setText(self.tr("Added {0} ({1}). Their name looks like someone else's: tell them apart "
                                        "by their ids.").format(isolate(peer.name), peer.peer_id))
        elif added.previous_name:
            self.status.setText(self.tr("{0} ({1}) now calls themselves {2}.").format(
                isolate(added.previous_name), peer.peer_id, isolate(peer.name)))
        elif added.outcome == "already-known":
            self.status.setText(self.tr("{0} was already among your people.").format(isolate(peer.name)))
        else:
            self.status.setText(self.tr("Added {0}. Now compare safety numbers to verify them.")
                                .format(isolate(peer.name)))
        self.reload()
        self._select(peer.fingerprint)
        self.changed.emit()
        return peer

    def _select(self, fingerprint: str) -> None:
        for row, peer in enumerate(self.peers):
            if peer.fingerprint == fingerprint:
                self.list.setCurrentRow(row)

    def open_verification(self) -> VerifyDialog | None:
        peer = self.selected()
        if peer is None:
            return None
        dialog = VerifyDialog(self.context, peer, self)
        dialog.verified.connect(self._verified)
        self.dialog = dialog
        dialog.open()
        return dialog

    def ask_to_withdraw_trust(self) -> QMessageBox | None:
        """Ask before withdrawing trust from the selected peer's keys."""
        peer = self.selected()
        if peer is None or not peer.verified:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Withdraw trust"), self.tr(
            "Stop trusting the keys of {0} ({1})? Their bundles will wait in the quarantine, and Amanat will ask "
            "before sealing anything for them, until you compare safety numbers again.").format(
                isolate(peer.name), peer.peer_id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("withdrawTrustBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: self.withdraw_trust(peer.fingerprint)
            if box.buttonRole(button) == QMessageBox.ButtonRole.YesRole else None)
        self.dialog = box
        box.open()
        return box

    def withdraw_trust(self, fingerprint: str) -> None:
        try:
            self.context.vault.sync.identities.unverify_peer(fingerprint)
        except AmanatError as error:
            self.context.show_error(self, error)
            return
        self.reload()
        self._select(fingerprint)
        peer = self.selected()
        if peer is not None:
            self.status.setText(self.tr("{0} ({1}) is no longer trusted.").format(isolate(peer.name), peer.peer_id))
        self.changed.emit()

    def _verified(self, fingerprint: str) -> None:
        self.reload()
        self._select(fingerprint)
        peer = self.selected()
        if peer is not None:
            self.status.setText(self.tr("{0} is verified.").format(isolate(peer.name)))
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["IdentityView", "PeersView", "VerifyDialog", "qr_pixmap"]
