"""Small widgets several screens share: passphrase fields with a strength meter, a busy bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.crypto.passphrase import estimate_strength

MIN_ACCEPTED_SCORE = 2  # the strength meter's "Fair": below it, a new passphrase needs the user's explicit yes


def passphrase_field(object_name: str) -> QLineEdit:
    """A password-mode line edit that never offers its text to input-method history."""
    field = QLineEdit()
    field.setObjectName(object_name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
    return field


def busy_bar(object_name: str) -> QProgressBar:
    """An indeterminate progress bar, hidden until work starts."""
    bar = QProgressBar()
    bar.setObjectName(object_name)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.hide()
    return bar


def keep_place(widget: QWidget) -> QWidget:
    """The widget keeps its space while hidden, so showing it later moves nothing below it."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
    return widget


class MessageLine(LiveLabel):
    """A wrapped message label that keeps room for `lines` lines even when empty: a message appearing
    under a form must not push the buttons away from the pointer about to click them. Its news is
    announced to screen readers (at once if `urgent`)."""

    def __init__(self, lines: int = 2, parent: QWidget | None = None, *, urgent: bool = False) -> None:
        super().__init__(parent, urgent=urgent)
        self.lines = lines
        self.setWordWrap(True)

    def _reserved(self) -> int:
        margins = self.contentsMargins()
        return self.lines * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom()

    def heightForWidth(self, width: int) -> int:
        return max(super().heightForWidth(width), self._reserved())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._reserved()))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._reserved()))


class StrengthMeter(QWidget):
    """A live estimate of a passphrase's strength, with words, not just colour."""

    score_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setObjectName("strengthBar")
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.label = QLabel()
        self.label.setObjectName("strengthLabel")
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.score = 0
        self._typed = False  # whether anything is typed; the passphrase itself is never kept here
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        """Re-estimate for the text typed so far."""
        self.score, _bits = estimate_strength(passphrase)
        self._typed = bool(passphrase)
        self.bar.setValue(self.score if passphrase else 0)
        self._show_words()
        self.score_changed.emit(self.score)

    def _show_words(self) -> None:
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        words = [
            self.tr("Very weak: easy to guess. Use four or five unrelated words."),
            self.tr("Weak: add more words."),
            self.tr("Fair: one or two more words would make it strong."),
            self.tr("Good."),
            self.tr("Strong."),
        ]
        self.label.setText(words[self.score] if self._typed else self.tr("Type a passphrase."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_words()  # on every page that holds a meter, whether or not the page asks
        super().changeEvent(event)
