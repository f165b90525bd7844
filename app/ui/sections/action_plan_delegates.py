"""The action-plan table's cell editors: text in its own direction, the owner (a group member or free text),
the due date in the user's calendar, the status."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from amanat.app.errors import AmanatError
from amanat.app.models import ROW_STATUSES
from amanat.app.tasks import OwnerChoice
from amanat.app.ui.models.action_plan_model import OwnerIdRole, row_status_labels, user_calendar
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.month_names import correct_calendar_month_names
from amanat.app.ui.widgets.text_direction import layout_direction

Index = QModelIndex | QPersistentModelIndex


class ContentDirectionDelegate(QStyledItemDelegate):
    """Table cells written in Dari or Pashto read right to left, English ones left to right, whatever the UI."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.direction = layout_direction(str(option.text), option.direction)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """The cell's editor, named after its column for screen readers."""
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal) or ""))
        return editor


class DueDateDelegate(QStyledItemDelegate):
    """A date editor in the user's calendar, starting at today on an empty cell (Escape leaves it empty)."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editor_width: int | None = None  # measured once per language and calendar

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Wide enough for the editor (date and popup button), so the column never clips it.
        size = super().sizeHint(option, index)
        if self.editor_width is None:
            self.editor_width = self._make_editor(None).sizeHint().width()
        return QSize(max(size.width(), self.editor_width), size.height())

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return self._make_editor(parent)

    def _make_editor(self, parent: QWidget | None) -> QDateEdit:
        editor = QDateEdit(parent)
        editor.setObjectName("dueDateEditor")
        editor.setCalendar(user_calendar(self.context))
        editor.setLocale(self.context.languages.locale())  # the user's digits, as in the cell
        # Year-month-day in the same visual order as the cell shows it (Qt would reverse the sections in RTL).
        editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        editor.setDisplayFormat("yyyy-MM-dd")
        editor.setCalendarPopup(True)
        correct_calendar_month_names(editor.calendarWidget(), self.context.languages.language)
        editor.setAccessibleName(QCoreApplication.translate("ActionPlanModel", "Due"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if not isinstance(editor, QDateEdit):
            return
        iso = str(index.data(Qt.ItemDataRole.EditRole) or "")
        date = QDate.fromString(iso, Qt.DateFormat.ISODate) if iso else QDate.currentDate()
        editor.setDate(date)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)


class RowStatusDelegate(QStyledItemDelegate):
    """A list of the row statuses, in the user's language; choosing one commits it."""

    editor_width: int | None = None  # measured once per language (see ActionPlanEditor.retranslate)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        if self.editor_width is None:
            self.editor_width = self.createEditor(None, option, index).sizeHint().width()
        return QSize(max(size.width(), self.editor_width), size.height())

    def createEditor(self, parent: QWidget | None, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("rowStatusEditor")
        combo.setAccessibleName(QCoreApplication.translate("ActionPlanModel", "Status"))
        labels = row_status_labels()
        for key in ROW_STATUSES:
            combo.addItem(labels[key], key)
        combo.activated.connect(lambda _row: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.SubmitModelCache)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class OwnerDelegate(ContentDirectionDelegate):
    """The owner: one of the plan's group members (verified), me, or any name typed for someone outside."""

    def __init__(self, choices: Callable[[], list[OwnerChoice]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("rowOwnerEditor")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName(QCoreApplication.translate("ActionPlanModel", "Owner"))
        try:
            choices = self._choices()
        except AmanatError:
            choices = []  # free text still works
        for choice in choices:
            label = (QCoreApplication.translate("ActionPlanModel", "{0} (me)").format(choice.name)
                     if choice.is_me else choice.name)
            combo.addItem(label, (choice.name, choice.fingerprint))
        combo.activated.connect(lambda _row: self._commit(combo))  # chosen from the list
        line = combo.lineEdit()
        if line is not None:
            line.returnPressed.connect(lambda: self._commit(combo))  # a name typed, then Enter
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.SubmitModelCache)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            owner_id = index.data(OwnerIdRole)
            position = next((n for n in range(editor.count()) if (editor.itemData(n) or ("", ""))[1] == owner_id),
                            -1) if owner_id else -1
            editor.setCurrentIndex(position)
            editor.setEditText(editor.itemText(position) if position >= 0 else str(index.data(Qt.ItemDataRole.EditRole)
                                                                                    or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if not isinstance(editor, QComboBox):
            return
        text = editor.currentText().strip()
        position = editor.currentIndex()
        if position >= 0 and editor.itemText(position) == editor.currentText():
            model.setData(index, editor.itemData(position), Qt.ItemDataRole.EditRole)  # (name, fingerprint)
        else:
            model.setData(index, text, Qt.ItemDataRole.EditRole)
