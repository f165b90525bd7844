"""Answering a colleague's recovery request: only after comparing its safety number with them.

The request is checked by the core (`EntrustService.review_request`): it must ask for a share this vault holds,
and not have expired. The dialog then shows whose vault it is for and the request's safety number, with a
warning that someone may pretend to be the owner; the answer can be saved only once the holder ticks that the
owner read them the same twelve groups on a call they made to a number they already knew, or in person.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import AmanatError
from amanat.app.sharing.entrust import RequestReview, month_of
from amanat.app.ui.widgets import file_dialogs
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.entrust_text import describe_entrust_error
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.number_grid import WARNING_STYLE, NumberGrid
from amanat.app.ui.widgets.text_direction import isolate
from amanat.crypto.atomic_write import write_file_atomically
from amanat.sync.entrust_messages import MAX_MESSAGE_BYTES


class AnswerRequestDialog(QDialog):
    """Paste or open a recovery request; compare its number with the owner; save the answer."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entrustAnswerDialog")
        self.context = context
        self.review: RequestReview | None = None
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.request_text = QPlainTextEdit()
        self.request_text.setObjectName("entrustRequestText")
        self.request_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.request_text.setTabChangesFocus(True)
        self.request_text.setMaximumHeight(110)
        self.open_button = QPushButton()
        self.open_button.setObjectName("entrustOpenRequestButton")
        self.open_button.clicked.connect(self._open_file)
        self.check_button = QPushButton()
        self.check_button.setObjectName("entrustCheckRequestButton")
        self.check_button.clicked.connect(self.check_request)
        self.warning = QLabel()
        self.warning.setObjectName("entrustImpostorWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.who = QLabel()
        self.who.setObjectName("entrustRequestWho")
        self.who.setWordWrap(True)
        self.grid = NumberGrid("entrustRequestNumber")
        self.confirm = QCheckBox()
        self.confirm.setObjectName("entrustConfirmNumber")
        self.save_button = QPushButton()
        self.save_button.setObjectName("entrustSaveAnswerButton")
        self.save_button.setEnabled(False)
        self.confirm.toggled.connect(self.save_button.setEnabled)
        self.save_button.clicked.connect(self._choose_file_and_save)
        self.status = LiveLabel()
        self.status.setObjectName("entrustAnswerStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.request_text)
        layout.addLayout(row)
        for widget in (self.warning, self.who, self.grid, self.confirm, self.save_button, self.status, buttons):
            layout.addWidget(widget)
        self._show_review(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Answer a recovery request"))
        self.steps.setText(self.tr("Paste the recovery request a colleague sent you, or open it from a file."))
        self.request_text.setAccessibleName(self.tr("Recovery request"))
        self.open_button.setText(self.tr("Open a request file…"))
        self.check_button.setText(self.tr("Check the request"))
        self.save_button.setText(self.tr("Save my answer…"))
        self.confirm.setText(self.tr("The owner read me these same twelve groups, on a call I made or in person"))
        self._describe()

    def _show_review(self, shown: bool) -> None:
        for widget in (self.warning, self.who, self.grid, self.confirm, self.save_button):
            widget.setVisible(shown)

    def _describe(self) -> None:
        review = self.review
        if review is None:
            return
        owner = isolate(review.held.owner_name)
        self.warning.setText(self.tr(
            "Someone may be pretending to be {0}: anyone who took their laptop can make a request. Call {0} on "
            "a number you already knew before this request, or meet them, and ask them to read you their safety "
            "number. Never use a number or address that came with the request. If any group differs, or you "
            "cannot reach them, do not answer.").format(owner))
        self.who.setText(self.tr("{0} asks for your recovery share (set of {1}). Their safety number must "
                                 "be:").format(owner, self.context.localise_digits(month_of(review.held.created))))
        self.confirm.setText(self.tr("{0} read me these same twelve groups, on a call I made or in person")
                             .format(owner))

    def _open_file(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Open a recovery request"))
        if path is None:
            return
        if path.stat().st_size > MAX_MESSAGE_BYTES:
            self.status.setText(self.tr("This file is too large to be a recovery request."))
            return
        self.request_text.setPlainText(path.read_bytes().decode("utf-8", errors="replace"))
        self.check_request()

    def check_request(self) -> RequestReview | None:
        """Check the pasted request against the shares held here; show its number, or why it is refused."""
        self.review = None
        self.confirm.setChecked(False)
        self._show_review(False)
        try:
            self.review = self.context.vault.sync.entrust.review_request(self.request_text.toPlainText())
        except AmanatError as error:
            self.status.setText(self.tr("Do not answer this request. {0}").format(describe_entrust_error(error)))
            return None
        self.grid.show_number(self.review.number.groups(), self.context.localise_digits)
        self._describe()
        self._show_review(True)
        self.status.clear()
        return self.review

    def _choose_file_and_save(self) -> None:
        path, _filter = file_dialogs.save_file(self, self.tr("Save my answer"), "answer.age")
        if path is not None:
            self.save_answer(path)

    def save_answer(self, path: Path) -> bool:
        """Seal the share to the request's one-time identity and write it to `path` (only once confirmed)."""
        if self.review is None or not self.confirm.isChecked():
            return False
        try:
            answer = self.context.vault.sync.entrust.answer(self.request_text.toPlainText(),
                                                            self.review.number.digits)
            write_file_atomically(Path(path), answer.data)
        except (AmanatError, OSError) as error:
            self.status.setText(describe_entrust_error(error))
            return False
        self.status.setText(self.tr("Your answer is in {0}. Give it back to {1}: it opens only on the computer "
                                    "that made the request.").format(isolate(str(path)),
                                                                      isolate(answer.owner_name)))
        self.confirm.setChecked(False)
        return True
