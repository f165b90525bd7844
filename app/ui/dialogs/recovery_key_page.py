"""The recovery key shown once, with a check that it was written down (first run and a new recovery key)."""

from __future__ import annotations

import secrets

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from amanat.app.ui.widgets.digits import localised_number
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.pages import Page, centred
from amanat.app.ui.widgets.theme import set_state, set_type
from amanat.crypto.recovery_key import RecoveryKey

GLYPH_OVERHANG = 6  # pixels


class RecoveryKeyPage(Page):
    """Shows the recovery key once; the user proves it was written down by retyping one group."""

    confirmed = Signal()

    def __init__(self, recovery: RecoveryKey) -> None:
        super().__init__()
        self._groups = recovery.groups()
        self._asked = secrets.randbelow(len(self._groups))
        self.heading = QLabel()
        self.heading.setObjectName("recoveryHeading")
        self.heading.setWordWrap(True)
        # Two rows of four groups, never wrapped elsewhere: easy to copy onto paper and to check back.
        half = len(self._groups) // 2
        self.key = QLabel("  ".join(self._groups[:half]) + "\n" + "  ".join(self._groups[half:]))
        self.key.setObjectName("recoveryKeyText")
        self.key.setWordWrap(False)
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key.setMargin(8)
        set_type(self.key, "key")
        self.ask = QLabel()
        self.ask.setObjectName("recoveryAsk")
        self.ask.setWordWrap(True)
        for label in (self.heading, self.ask):
            # Room beside the lines: an Arabic-script line's last letter (ی, ې, ئ) reaches past its advance.
            label.setContentsMargins(GLYPH_OVERHANG, 0, GLYPH_OVERHANG, 0)
        self.answer = QLineEdit()
        self.answer.setObjectName("recoveryGroupInput")
        self.answer.setMaxLength(12)
        self.error = LiveLabel(urgent=True)
        self.error.setObjectName("recoveryError")
        set_state(self.error, "error")
        self.done = QPushButton()
        self.done.setObjectName("recoveryDoneButton")
        self.done.setDefault(True)
        self.done.clicked.connect(self._check)
        self.answer.returnPressed.connect(self._check)
        self.setLayout(centred(self.heading, self.key, self.ask, self.answer, self.error, self.done))
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr(
            "This is your recovery key. Write it on paper now and keep it somewhere safe, away from "
            "this laptop. It is shown only this once. With it, anyone can open your vault; without "
            "it and your passphrase, nobody can, not even you."
        ))
        self.ask.setText(self.tr("To confirm you wrote it down, type group number {0}:").format(
            self.languages_digits(self._asked + 1)
        ))
        self.answer.setAccessibleName(self.tr("Recovery key group"))
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.done.setText(self.tr("I have written it down"))

    def languages_digits(self, number: int) -> str:
        """The number in the user's digits."""
        return localised_number(number)

    def _check(self) -> None:
        if self._normalised(self.answer.text()) == self._groups[self._asked]:
            self.key.clear()
            self._groups = []
            self.confirmed.emit()
        else:
            self.error.setText(self.tr("That is not group {0}. Look at the key again.").format(
                self.languages_digits(self._asked + 1)
            ))

    @staticmethod
    def _normalised(text: str) -> str:
        table = str.maketrans({"O": "0", "I": "1", "L": "1",
                               **{chr(0x06F0 + d): str(d) for d in range(10)},
                               **{chr(0x0660 + d): str(d) for d in range(10)}})
        return "".join(ch for ch in text.upper().translate(table) if ch.isalnum())
