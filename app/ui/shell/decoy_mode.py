"""Filling the decoy vault from the window, without ever typing the duress passphrase.

The real vault stays unlocked underneath: the decoy is opened through it (`amanat.app.duress.open_decoy`, which
wipes nothing), shown in a workspace of its own under a banner that says plainly which vault this is,
and closed (its file padded back to size) when the user closes it or Amanat locks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from amanat.app.ui.shell.workspace import Workspace
from amanat.app.ui.widgets.context import UiContext

BANNER_STYLE = "QFrame#decoyBanner { background: #7a4b00; } QFrame#decoyBanner QLabel { color: white; }"


class DecoyPage(QWidget):
    """The decoy's workspace under a banner that never lets it pass for the real vault."""

    close_requested = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decoyPage")
        self.context = context
        self.banner = QFrame()
        self.banner.setObjectName("decoyBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setAutoFillBackground(True)
        self.heading = QLabel()
        self.heading.setObjectName("decoyHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeDecoyButton")
        self.close_button.clicked.connect(self.close_requested)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.heading, 1)
        banner_layout.addWidget(self.close_button)
        self.workspace = Workspace(context)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.workspace, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr(
            "<b>DECOY VAULT.</b> What you put here is what someone sees if you are forced to type the duress "
            "passphrase. Put only harmless, ordinary content here. Your real vault is not shown and not changed."))
        self.close_button.setText(self.tr("&Close the decoy"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
