"""The Tasks list as a Qt table model (action, owner, due, status, plan) and the proxy that filters and sorts it.

The model holds the `Task`s the core listed once (`TaskService.tasks`, re-read when a draft changes);
the proxy filters them with the core's own rules (`amanat.app.tasks.matches`) and a folded text
match, so filtering on each keystroke reads nothing from the vault.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from amanat.app.search_text import fold_for_search
from amanat.app.tasks import Task, TaskFilter, is_overdue, matches, sort_key
from amanat.app.ui.models.action_plan_model import row_status_labels

Index = QModelIndex | QPersistentModelIndex
DateText = Callable[[str], str]

COLUMN_ACTION, COLUMN_OWNER, COLUMN_DUE, COLUMN_STATUS, COLUMN_PLAN = range(5)
_SORTS = ("action", "owner", "due", "status", "plan")
SortRole = Qt.ItemDataRole.UserRole + 1
TaskRole = Qt.ItemDataRole.UserRole + 2


def task_column_titles() -> tuple[str, ...]:
    """The column headings."""
    return (QCoreApplication.translate("TaskListModel", "Action"),
            QCoreApplication.translate("TaskListModel", "Owner"),
            QCoreApplication.translate("TaskListModel", "Due"),
            QCoreApplication.translate("TaskListModel", "Status"),
            QCoreApplication.translate("TaskListModel", "Plan"))


class TaskListModel(QAbstractTableModel):
    """Every task, read only; `task_at` gives one back."""

    def __init__(self, date_text: DateText | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: list[Task] = []
        self._folded: list[str] = []
        self._date_text: DateText = date_text or (lambda iso: iso)
        self.today = datetime.date.today()

    def set_tasks(self, tasks: Sequence[Task], today: datetime.date | None = None) -> None:
        """Replace every task (after the vault changed)."""
        self.beginResetModel()
        self._tasks = list(tasks)
        # Folded once here, not on every keystroke of the filter.
        self._folded = [fold_for_search("\n".join((t.row.action, t.row.owner, t.row.note, t.plan_title)))
                        for t in self._tasks]
        self.today = today or datetime.date.today()
        self.endResetModel()

    def folded_at(self, row: int) -> str:
        """What the text filter looks in, folded for search."""
        return self._folded[row] if 0 <= row < len(self._folded) else ""

    def task_at(self, row: int) -> Task | None:
        """One task, or None."""
        return self._tasks[row] if 0 <= row < len(self._tasks) else None

    def refresh_labels(self) -> None:
        """Language or calendar changed: repaint."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_SORTS) - 1)
        if self._tasks:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._tasks) - 1, len(_SORTS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(_SORTS)

    def _text(self, task: Task, column: int) -> str:
        row = task.row
        if column == COLUMN_ACTION:
            return row.action
        if column == COLUMN_OWNER:
            return row.owner
        if column == COLUMN_DUE:
            return self._date_text(row.due)
        if column == COLUMN_STATUS:
            return row_status_labels().get(row.status, row.status)
        return task.plan_title

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.model() is not self or not 0 <= index.row() < len(self._tasks):
            return None
        task = self._tasks[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(task, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_ACTION and task.row.note:
            return task.row.note
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(task, column)
            if column == COLUMN_DUE and is_overdue(task.row, self.today):
                text = QCoreApplication.translate("TaskListModel", "{0}, overdue").format(text)
            return text
        if role == Qt.ItemDataRole.FontRole and column == COLUMN_DUE and is_overdue(task.row, self.today):
            font = QFont()
            font.setBold(True)
            return font
        if role == SortRole:
            return sort_key(_SORTS[column])(task)
        if role == TaskRole:
            return task
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(_SORTS):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return task_column_titles()[section]
            return None
        return super().headerData(section, orientation, role)


class TaskFilterProxy(QSortFilterProxyModel):
    """Shows the tasks a `TaskFilter` and a text ask for; sorts by the column's own order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wanted = TaskFilter()
        self._folded = ""
        self.setSortRole(SortRole)

    def set_filter(self, wanted: TaskFilter, text: str = "") -> None:
        """Filter anew (no vault access: the tasks are in the model)."""
        self.beginFilterChange()
        self.wanted = wanted
        self._folded = fold_for_search(" ".join(text.split()))
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, TaskListModel):
            return True
        task = model.task_at(source_row)
        if task is None or not matches(task, self.wanted, model.today):
            return False
        return not self._folded or self._folded in model.folded_at(source_row)

    def lessThan(self, left: Index, right: Index) -> bool:
        return bool(left.data(SortRole) < right.data(SortRole))
