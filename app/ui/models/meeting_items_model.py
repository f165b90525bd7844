"""A meeting's action items: the action plan's columns, and one more saying where each item was sent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from amanat.app.ui.models.action_plan_model import COLUMNS, ActionPlanModel

Index = QModelIndex | QPersistentModelIndex
COLUMN_SENT = len(COLUMNS)  # after the plan's own columns


class MeetingItemsModel(ActionPlanModel):
    """Editable like an action plan; the last column ("Sent to") is read only and set by `set_sent`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._sent: dict[str, str] = {}  # row id → what the column shows
        self.sent_title = ""

    def set_sent(self, sent: dict[str, str]) -> None:
        """Where each item went, by row id (the view's words), repainted at once."""
        self._sent = dict(sent)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, COLUMN_SENT), self.index(self.rowCount() - 1, COLUMN_SENT))

    def sent_text(self, row: int) -> str:
        """What the "Sent to" column shows for one row ('' when not sent)."""
        row_id = self.row_at(row).id
        return self._sent.get(row_id, "") if row_id else ""

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else COLUMN_SENT + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == COLUMN_SENT and 0 <= index.row() < self.rowCount():
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
                return self.sent_text(index.row())
            return None
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == COLUMN_SENT:
            return False
        return super().setData(index, value, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and index.column() == COLUMN_SENT:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return super().flags(index)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == COLUMN_SENT:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.sent_title
            return None
        return super().headerData(section, orientation, role)
