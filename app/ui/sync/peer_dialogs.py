"""Sync, people: pasting someone's contact card, and verifying a peer by comparing safety numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import AmanatError
from amanat.app.sharing.identities import PeerInfo
from amanat.app.ui.sync.peer_labels import peer_flags_text
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.text_direction import isolate
from amanat.app.ui.widgets.theme import set_state

MAX_PASTED_CARD_CHARS = 16 * 1024


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
        set_state(self.warning, "warning")
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
        self.text.setTabChangesFocus(True)  # Tab reaches OK and Cancel: a pasted card needs no tab character
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.label = QLabel(self.tr("Paste the contact card (the block from BEGIN to END):"))
        self.label.setBuddy(self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Paste a contact card"))

    def card_text(self) -> str:
        return self.text.toPlainText()[:MAX_PASTED_CARD_CHARS]
