"""The attachments of one item as a table model: name, kind and size in the user's digits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from amanat.app.models import AttachmentInfo
from amanat.app.ui.widgets.context import UiContext

Index = QModelIndex | QPersistentModelIndex
KIB = 1024


def format_size(context: UiContext, size: int) -> str:
    """A byte count as the user reads it: '812 bytes', '3.4 KB', '12.0 MB', in the user's digits."""
    units = [
        (KIB**3, QCoreApplication.translate("AttachmentSize", "{0} GB")),
        (KIB**2, QCoreApplication.translate("AttachmentSize", "{0} MB")),
        (KIB, QCoreApplication.translate("AttachmentSize", "{0} KB")),
    ]
    for factor, template in units:
        if size >= factor:
            return context.localise_digits(template.format(f"{size / factor:.1f}"))
    return context.localise_digits(QCoreApplication.translate("AttachmentSize", "{0} bytes").format(size))


class AttachmentListModel(QAbstractTableModel):
    """The attachments of one item: name, size and when it was added."""

    COLUMNS = 3
    NAME, SIZE, ADDED = range(COLUMNS)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._rows: list[AttachmentInfo] = []

    def set_attachments(self, attachments: list[AttachmentInfo]) -> None:
        """Show these attachments instead."""
        self.beginResetModel()
        self._rows = list(attachments)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock, or when no item is shown)."""
        self.set_attachments([])

    def attachment(self, row: int) -> AttachmentInfo | None:
        """The attachment in `row`."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.NAME:
                return info.name
            if column == self.SIZE:
                return format_size(self.context, info.size)
            if column == self.ADDED:
                return self.context.format_time(info.created_at)
        if role == Qt.ItemDataRole.ToolTipRole:
            return info.media_type
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {self.NAME: self.tr("Name"), self.SIZE: self.tr("Size"), self.ADDED: self.tr("Added")}
        return names.get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
