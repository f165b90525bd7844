"""Right after unlock: a travel seal that did not finish is named, with Finish and Undo.

An interrupted seal leaves the items on the laptop and the travel file beside
them; a user who saw the window close may believe the laptop is clean. The
work (removing the items, or deleting the file) runs in a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from amanat.app.sharing.travel_order import TravelIntent
from amanat.app.ui.widgets import file_dialogs
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.text_direction import isolate
from amanat.app.ui.widgets.workers import ProgressCallback, Task, run_task


class UnfinishedTravelDialog(QDialog):
    """Travel mode did not finish: finish it (remove the items) or undo it (keep them, delete the file)."""

    items_changed = Signal()

    def __init__(self, context: UiContext, intent: TravelIntent, items_here: int, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("unfinishedTravelDialog")
        self.context = context
        self.setWindowTitle(self.tr("Travel mode did not finish"))
        self.text = QLabel(self.tr(
            "Travel mode did not finish. {0} of the {1} sealed items are still on this laptop, and the travel file "
            "was written to {2}.\n\nFinish: remove those items now (the travel file must still be there, "
            "unchanged).\nUndo: keep the items here and delete the travel file."
        ).format(context.localise_digits(str(items_here)), context.localise_digits(str(len(intent.item_ids))),
                 isolate(str(intent.trip_file))))
        self.text.setObjectName("unfinishedTravelText")
        self.text.setWordWrap(True)
        self.status = LiveLabel()
        self.status.setObjectName("unfinishedTravelStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.finish_button = self._button(self.tr("Finish travel mode"), "travelFinishButton",
                                          QDialogButtonBox.ButtonRole.AcceptRole)
        self.undo_button = self._button(self.tr("Undo"), "travelUndoButton", QDialogButtonBox.ButtonRole.ActionRole)
        self.locate_button = self._button(self.tr("Finish with the file at…"), "travelLocateButton",
                                          QDialogButtonBox.ButtonRole.ActionRole)
        self.later_button = self._button(self.tr("Later"), "travelLaterButton", QDialogButtonBox.ButtonRole.RejectRole)
        self.finish_button.clicked.connect(self.finish)
        self.undo_button.clicked.connect(self.undo)
        self.locate_button.clicked.connect(self._choose_moved_file)
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._task: Task | None = None
        self.setMinimumWidth(480)

    def _button(self, text: str, name: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        return button

    def finish(self) -> Task:
        """Remove the items still here (refused if the travel file is missing or changed)."""
        return self.finish_at(None)

    def finish_at(self, moved_to: Path | None) -> Task:
        """Finish with the travel file where it is now (None: where it was written)."""
        vault = self.context.vault

        def work(_progress: ProgressCallback) -> int:
            with vault.thread_sync() as sync:
                return sync.travel_order.finish(moved_to)

        return self._run(work)

    def _choose_moved_file(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Where is the travel file now?"))
        if path is not None:
            self.finish_at(path)

    def undo(self) -> Task:
        """Keep the items here and delete the travel file."""
        vault = self.context.vault

        def work(_progress: ProgressCallback) -> None:
            with vault.thread_sync() as sync:
                sync.travel_order.undo()

        return self._run(work)

    def _run(self, work: Callable[[ProgressCallback], object]) -> Task:
        for button in self._buttons():
            button.setEnabled(False)
        owner = QCoreApplication.instance()
        assert owner is not None
        self._task = run_task(work, self._done, self._failed, owner)
        return self._task

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.finish_button, self.undo_button, self.locate_button, self.later_button)

    def _enable(self) -> None:
        self._task = None
        for button in self._buttons():
            button.setEnabled(True)

    def _done(self, removed: object) -> None:
        if removed is None:
            message = self.tr("Travel mode undone: the items stay on this laptop and the travel file was deleted.")
        else:
            message = self.tr("Travel mode finished: {0} items were removed. Keep the travel file off this laptop."
                              ).format(self.context.localise_digits(str(removed)))
        self._enable()
        for button in (self.finish_button, self.undo_button, self.locate_button):
            button.hide()
        self.later_button.setText(self.tr("Close"))
        self.later_button.setAccessibleName(self.tr("Close"))
        self.status.setText(message)
        self.items_changed.emit()

    def _failed(self, error: BaseException) -> None:
        self._enable()
        self.context.show_error(self, error)
