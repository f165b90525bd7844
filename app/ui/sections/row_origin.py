"""Under an action plan's table: where the current row came from ("From meeting …, date") and a way to open it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from amanat.app.meetings import MeetingActions, Origin
from amanat.app.models import ActionRow
from amanat.app.ui.models.action_plan_model import format_due
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.text_direction import isolate


class RowOriginBar(QWidget):
    """Hidden for rows written in the plan; for a row sent from a meeting, names the meeting and opens it."""

    open_link_requested = Signal(str, str)  # meeting id, row id

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rowOriginBar")
        self.context = context
        self.origin: Origin | None = None
        self.label = QLabel()
        self.label.setObjectName("rowOriginLabel")
        self.label.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openMeetingButton")
        self.open_button.clicked.connect(self._open)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        self.hide()

    def show_row(self, row: ActionRow | None) -> None:
        """Tell where `row` came from (or hide, for a row of the plan's own)."""
        self.origin = MeetingActions(self.context.items).origin(row) if row is not None else None
        self.setVisible(self.origin is not None)
        self.retranslate()

    def retranslate(self) -> None:
        """The line in the current language."""
        self.open_button.setText(self.tr("Open the meeting"))
        origin = self.origin
        if origin is None:
            self.label.clear()
            return
        self.open_button.setEnabled(origin.meeting is not None)
        if origin.meeting is None:
            self.label.setText(self.tr("From a meeting that is not in this vault."))
            return
        date = origin.meeting.field("date")
        title = isolate(origin.meeting.title)
        self.label.setText(self.tr("From the meeting: {0}, {1}").format(title, format_due(self.context, date))
                           if date else self.tr("From the meeting: {0}").format(title))

    def _open(self) -> None:
        if self.origin is not None and self.origin.meeting is not None:
            self.open_link_requested.emit(self.origin.meeting_id, self.origin.row_id)
