"""Sync, people: my peers, adding one from a card, verifying by safety number (my own card: identity_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import AmanatError
from amanat.app.sharing.identities import PeerInfo
from amanat.app.ui.sync.peer_dialogs import MAX_PASTED_CARD_CHARS, PasteCardDialog, VerifyDialog
from amanat.app.ui.sync.peer_labels import peer_flags_text, peer_state_text
from amanat.app.ui.widgets import file_dialogs
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.icons import icon
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.text_direction import isolate
from amanat.app.ui.widgets.theme import current_scheme


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
        self.verify.setIcon(icon("shield-check"))
        self.verify.setObjectName("verifyPeerButton")
        self.verify.clicked.connect(self.open_verification)
        self.withdraw = QPushButton()
        self.withdraw.setObjectName("withdrawTrustButton")
        self.withdraw.clicked.connect(self.ask_to_withdraw_trust)
        self.status = LiveLabel()
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
                item.setForeground(QColor(current_scheme().high_risk))
            elif peer.verified:
                item.setIcon(icon("shield-check", "verified"))  # the word says it; the icon shows it at a glance
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


__all__ = ["PeersView"]
