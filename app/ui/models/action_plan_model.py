"""The rows of an action plan as a Qt table model: action, owner, due date, status, note.

The model holds `ActionRow`s and checks every edit the way the core will
(a due date must be a real date, a status one of ROW_STATUSES), so a bad
value is refused at the cell and every other edit stays as typed. Dates
are stored as ISO text and shown in the user's calendar and digits.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCalendar,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from amanat.app.action_rows import new_row_id
from amanat.app.models import (
    MAX_OWNER_CHARS,
    MAX_ROW_NOTE_CHARS,
    MAX_ROWS,
    MAX_TITLE_CHARS,
    ROW_FIELDS,
    ROW_STATUSES,
    ActionRow,
)
from amanat.app.ui.widgets.context import UiContext

Index = QModelIndex | QPersistentModelIndex
DateText = Callable[[str], str]

COLUMNS = (*ROW_FIELDS, "note")  # the table's columns: the four exported, then the row's note
COLUMN_ACTION, COLUMN_OWNER, COLUMN_DUE, COLUMN_STATUS, COLUMN_NOTE = range(len(COLUMNS))
SortRole = Qt.ItemDataRole.UserRole + 1
OwnerIdRole = Qt.ItemDataRole.UserRole + 2  # the owner's identity fingerprint, '' for free text
MAX_CELL_CHARS = MAX_TITLE_CHARS * 10  # what amanat.app.validation accepts for the action
CELL_LIMITS = {"action": MAX_CELL_CHARS, "owner": MAX_OWNER_CHARS, "note": MAX_ROW_NOTE_CHARS}
UNDATED_SORT_KEY = "9999-99-99"  # rows without a due date sort after every dated row


def row_status_labels(translate: Callable[[str, str], str] = QCoreApplication.translate) -> dict[str, str]:
    """ROW_STATUSES in the user's language (the one place these keys are translated)."""
    return {
        #: Status of an action-plan row: not started yet
        "todo": translate("ActionPlanModel", "To do"),
        "in-progress": translate("ActionPlanModel", "In progress"),
        #: Status of an action-plan row: finished
        "done": translate("ActionPlanModel", "Done"),
        #: Status of an action-plan row: the action is stuck and cannot go on (not a blocked person or channel)
        "blocked": translate("ActionPlanModel", "Blocked"),
    }


def column_titles(translate: Callable[[str, str], str] = QCoreApplication.translate) -> tuple[str, str, str, str]:
    """The table's column headings, in ROW_FIELDS order."""
    return (
        translate("ActionPlanModel", "Action"),
        translate("ActionPlanModel", "Owner"),
        translate("ActionPlanModel", "Due"),
        translate("ActionPlanModel", "Status"),
    )


def note_title(translate: Callable[[str, str], str] = QCoreApplication.translate) -> str:
    """The heading of the table's note column (not exported: notes are for the group)."""
    return translate("ActionPlanModel", "Note")


def user_calendar(context: UiContext) -> QCalendar:
    """The calendar the user chose in the settings (Gregorian or Solar Hijri)."""
    jalali = context.settings.calendar == "jalali"
    return QCalendar(QCalendar.System.Jalali if jalali else QCalendar.System.Gregorian)


def format_due(context: UiContext, iso: str) -> str:
    """A stored ISO date in the user's calendar and digits ('' stays '')."""
    date = QDate.fromString(iso, Qt.DateFormat.ISODate) if iso else QDate()
    if not date.isValid():
        return iso
    parts = user_calendar(context).partsFromDate(date)
    return context.localise_digits(f"{parts.year:04}-{parts.month:02}-{parts.day:02}")


def iso_due(value: object) -> str | None:
    """`value` (a QDate, a date, or ISO text) as the stored ISO text; None when it is no date."""
    if isinstance(value, QDate):
        return value.toString(Qt.DateFormat.ISODate) if value.isValid() else None
    if isinstance(value, datetime.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return ""
    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        return None


class ActionPlanModel(QAbstractTableModel):
    """Editable rows of one action plan; `rows()` gives them back as the core stores them."""

    def __init__(self, rows: Sequence[ActionRow] = (), date_text: DateText | None = None) -> None:
        super().__init__()
        self._rows: list[ActionRow] = list(rows)
        self._date_text: DateText = date_text or (lambda iso: iso)

    # -- content ----------------------------------------------------------

    def rows(self) -> tuple[ActionRow, ...]:
        """Every row, in the model's own order."""
        return tuple(self._rows)

    def set_rows(self, rows: Sequence[ActionRow]) -> None:
        """Replace every row (loading another draft)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ActionRow:
        """One row."""
        return self._rows[row]

    def append_row(self) -> int:
        """Add an empty row at the end; returns its number, or -1 when the plan is full."""
        position = len(self._rows)
        return position if self.insertRows(position, 1) else -1

    def refresh_labels(self) -> None:
        """Headings, status names or the calendar changed: repaint them."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, COLUMN_DUE), self.index(len(self._rows) - 1, COLUMN_STATUS))

    def owner_tip(self, row: ActionRow) -> str:
        """What a member owner's cell says on hover: chosen from the group, with their peer id."""
        if not row.owner_id:
            return ""
        return QCoreApplication.translate("ActionPlanModel", "A group member (id {0})").format(row.owner_id[:16])

    # -- Qt model ---------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(COLUMNS)

    def _holds(self, index: Index) -> bool:
        return (index.isValid() and index.model() is self and 0 <= index.row() < len(self._rows)
                and 0 <= index.column() < len(COLUMNS))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._holds(index):
            return None
        row = self._rows[index.row()]
        column = index.column()
        value: str = getattr(row, COLUMNS[column])
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_DUE:
                return self._date_text(value)
            if column == COLUMN_STATUS:
                return row_status_labels().get(value, value)
            return value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == OwnerIdRole:
            return row.owner_id
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_OWNER:
            return self.owner_tip(row) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return str(self.data(index, Qt.ItemDataRole.DisplayRole))
        if role == SortRole:
            if column == COLUMN_DUE:
                return value or UNDATED_SORT_KEY
            if column == COLUMN_STATUS:
                return ROW_STATUSES.index(value) if value in ROW_STATUSES else len(ROW_STATUSES)
            return value.casefold()
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._holds(index):
            return False
        column = index.column()
        if column == COLUMN_OWNER:
            return self._set_owner(index, value)
        checked: str | None
        if column == COLUMN_DUE:
            checked = iso_due(value)
        elif column == COLUMN_STATUS:
            checked = value if value in ROW_STATUSES else None
        else:
            checked = value if isinstance(value, str) and len(value) <= CELL_LIMITS[COLUMNS[column]] else None
        if checked is None:
            return False
        row = self._rows[index.row()]
        field = COLUMNS[column]
        if getattr(row, field) != checked:
            self._rows[index.row()] = replace(row, **{field: checked})
            self.dataChanged.emit(index, index)
        return True

    def _set_owner(self, index: Index, value: Any) -> bool:
        """A member chosen from the group is (name, fingerprint); typed text is someone outside, unless unchanged."""
        row = self._rows[index.row()]
        if isinstance(value, tuple | list) and len(value) == 2 and all(isinstance(v, str) for v in value):
            name, owner_id = value
        elif isinstance(value, str) and len(value) <= MAX_OWNER_CHARS:
            name, owner_id = value, (row.owner_id if value == row.owner else "")
        else:
            return False
        if (row.owner, row.owner_id) != (name, owner_id):
            self._rows[index.row()] = replace(row, owner=name, owner_id=owner_id)
            self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return (*column_titles(), note_title())[section]
            return None
        return super().headerData(section, orientation, role)

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's API
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows) or len(self._rows) + count > MAX_ROWS:
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self._rows[row:row] = [ActionRow(id=new_row_id()) for _ in range(count)]  # ids stay across saves
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's API
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row:row + count]
        self.endRemoveRows()
        return True
