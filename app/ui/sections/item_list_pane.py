"""The list side of an item section, and the bar that offers Undo after a move to the trash.

`ItemListPane` is the filter field, the list and the New button that Notes,
Contacts and Strategy share. Typing in the filter waits `FILTER_DELAY_MS`
after the last key before it asks the search index (Return asks at once):
at 100,000 notes each question costs a search, and a person typing a word
wants the list for the word, not for every prefix of it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from amanat.app.ui.models.item_list_model import IdRole, ItemListModel
from amanat.app.ui.models.list_delegate import TwoLineDelegate
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.icons import icon
from amanat.app.ui.widgets.text_direction import isolate

Index = QModelIndex | QPersistentModelIndex
FILTER_DELAY_MS = 150  # after the last key; short enough that the list seems to follow the typing
UNDO_HINT_MS = 15_000


class ItemListPane(QWidget):
    """Filter field, list of one kind of item, and the New button; says which item the user chose."""

    chosen = Signal(str)  # an item id, picked in the list by the user (not by the program)

    def __init__(self, context: UiContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind}ListPane")
        self.setMinimumWidth(220)
        self.shown_id: str | None = None  # the item the editor shows: kept selected across reloads
        self._selecting = False
        self.model = ItemListModel(context, kind)
        self.model.setParent(self)
        self.filter_field = QLineEdit()
        self.filter_field.setObjectName(f"{kind}Filter")
        self.filter_field.setClearButtonEnabled(True)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.apply_filter)
        self.filter_field.textChanged.connect(self.filter_timer.start)
        self.filter_field.returnPressed.connect(self._filter_entered)
        self.list_view = QListView()
        self.list_view.setObjectName(f"{kind}List")
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(TwoLineDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_button = QPushButton()
        self.new_button.setObjectName(f"{kind}NewButton")
        self.new_button.setIcon(icon("plus"))
        layout = QVBoxLayout(self)
        # One pixel on each side: right to left, QSplitter places its first widget a pixel past its own
        # edge, which cut the list's and the field's border off.
        layout.setContentsMargins(1, 0, 1, 0)
        layout.addWidget(self.filter_field)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.new_button)

    @contextlib.contextmanager
    def _silently(self) -> Iterator[None]:
        """Within the block, selection changes are the program's, not the user's choice of another item."""
        previous, self._selecting = self._selecting, True
        try:
            yield
        finally:
            self._selecting = previous

    def select(self, item_id: str | None) -> None:
        """Select the row of the item the editor shows (none if it is not listed), without announcing a choice."""
        self.shown_id = item_id
        row = self.model.row_of(item_id) if item_id else None
        with self._silently():
            selection = self.list_view.selectionModel()
            if row is None:
                selection.clear()
                return
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.list_view.scrollTo(index)

    def reload(self) -> None:
        """Re-read the list from the vault, keeping the shown item selected."""
        with self._silently():
            self.model.reload()
        self.select(self.shown_id)

    def apply_filter(self) -> None:
        """Show only the items that match the filter text (at once, whatever the timer)."""
        self.filter_timer.stop()
        with self._silently():
            self.model.set_filter(self.filter_field.text())
        self.select(self.shown_id)

    def reveal(self, item_id: str) -> None:
        """Select `item_id`, clearing the filter first if it hides the item."""
        if self.model.row_of(item_id) is None and self.filter_field.text():
            self.filter_field.clear()
            self.apply_filter()
        self.select(item_id)

    def focus_filter(self) -> None:
        """Ctrl+F: type to filter."""
        self.filter_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_field.selectAll()

    def focus_list(self) -> None:
        """Into the list, on its first row if none is current (the user's choice of that item)."""
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.list_view.currentIndex().isValid() and self.model.rowCount():
            self.list_view.setCurrentIndex(self.model.index(0, 0))

    def clear(self) -> None:
        """Locking: no filter text, no rows."""
        self.shown_id = None
        with self._silently():
            self.filter_field.clear()
            self.filter_timer.stop()
            self.model.filter_text = ""
            self.model.clear()

    def _filter_entered(self) -> None:
        self.apply_filter()
        self.focus_list()

    def _current_changed(self, current: Index, _previous: Index) -> None:
        if self._selecting:
            return
        item_id = current.data(IdRole) if current.isValid() else None
        if item_id is not None and item_id != self.shown_id:
            self.chosen.emit(str(item_id))


class TrashHint(QFrame):
    """“… is in the trash.” with an Undo button, for a while after an item was moved to the trash."""

    undo_requested = Signal(str)  # the id of the item to take back out of the trash

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashHint")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.item_id: str | None = None
        self.text = QLabel()
        self.text.setObjectName("trashHintText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoTrashButton")
        self.undo_button.clicked.connect(self._undo)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 4, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.undo_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UNDO_HINT_MS)
        self.timer.timeout.connect(self.dismiss)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Every visible text."""
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo: take it back out of the trash"))

    def offer(self, item_id: str, title: str) -> None:
        """Show the hint for the item just moved to the trash (replacing any earlier one)."""
        self.item_id = item_id
        self.text.setText(self.tr("“{0}” is in the trash.").format(isolate(title)))
        self.show()
        self.timer.start()

    def dismiss(self) -> None:
        """Hide the hint and forget the item."""
        self.timer.stop()
        self.item_id = None
        self.text.clear()
        self.hide()

    def _undo(self) -> None:
        item_id = self.item_id
        self.dismiss()
        if item_id is not None:
            self.undo_requested.emit(item_id)
