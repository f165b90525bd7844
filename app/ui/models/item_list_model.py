"""The list beside each editor: a Qt item model over the vault's items, fetched in batches.

A list of 100,000 notes stays smooth: rows are fetched 500 at a time as the
view scrolls (canFetchMore/fetchMore), and filtering as you type asks the
full-text index for the best matches instead of scanning rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from amanat.app.ui.widgets.context import UiContext

BATCH = 500
FILTER_RESULTS = 100  # best matches shown while filtering (no snippets: the list shows dates)
IdRole = Qt.ItemDataRole.UserRole + 1
DetailRole = Qt.ItemDataRole.UserRole + 2
PinnedRole = Qt.ItemDataRole.UserRole + 3
KindRole = Qt.ItemDataRole.UserRole + 4
RiskRole = Qt.ItemDataRole.UserRole + 5  # "High risk" beside a high-risk contact, else ""
_ROLES_WITH_DATES = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole, DetailRole)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ListRow:
    """What one row shows."""

    id: str
    kind: str
    title: str
    changed: str  # when the item was last changed (or deleted, in the trash): the stored UTC time
    pinned: bool
    high_risk: bool = False


class ItemListModel(QAbstractListModel):
    """Items of one kind (or the trash), newest and pinned first; filterable through search."""

    def __init__(self, context: UiContext, kind: str | None, *, in_trash: bool = False) -> None:
        super().__init__()
        self.context = context
        self.kind = kind
        self.in_trash = in_trash
        self.filter_text = ""
        self._rows: list[ListRow] = []
        self._exhausted = True
        self._high_risk: set[str] = set()
        # Dates are formatted when a row is shown, not for every row loaded: a keystroke in the filter
        # reloads up to FILTER_RESULTS rows, and formatting each cost more than the search itself.
        self._details: dict[str, str] = {}
        self.reload()

    # -- loading ----------------------------------------------------------

    def reload(self, *, keep_dates: bool = False) -> None:
        """Start over from the vault (after a change, or a new filter: `keep_dates`, the dates formatted
        so far still hold)."""
        self.beginResetModel()
        self._rows = []
        if not keep_dates:
            self._details = {}  # the calendar, language or digits may have changed
        self._exhausted = False
        # Contacts at high risk are marked in the list, not only once opened.
        self._high_risk = (self.context.items.high_risk_contact_ids()
                           if self.kind in (None, "contact") and not self.in_trash else set())
        if self.filter_text.strip() and not self.in_trash:
            hits = self.context.items.search(self.filter_text, limit=FILTER_RESULTS, kind=self.kind, snippets=False)
            self._rows = [ListRow(h.id, h.kind, h.title, h.updated_at, False, h.id in self._high_risk) for h in hits]
            self._exhausted = True
        else:
            self._rows = self._load(offset=0)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only items matching `text` (all words, as prefixes); '' shows everything."""
        if text != self.filter_text:
            self.filter_text = text
            self.reload(keep_dates=True)  # typing changes which rows, not how a date is written

    def _load(self, offset: int) -> list[ListRow]:
        """The next batch of rows from `offset`; marks the model exhausted at the end."""
        if self.in_trash:
            headers = self.context.items.trash(self.kind) if offset == 0 else []
            self._exhausted = True
        else:
            headers = self.context.items.list(self.kind, limit=BATCH, offset=offset)
            self._exhausted = len(headers) < BATCH
        return [
            ListRow(h.id, h.kind, h.title, h.deleted_at or h.updated_at, h.pinned, h.id in self._high_risk)
            for h in headers
        ]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's API
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt's API
        if parent.isValid() or self._exhausted:
            return
        start = len(self._rows)
        fresh = self._load(offset=start)
        if fresh:
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()

    # -- Qt model ---------------------------------------------------------

    def _detail(self, changed: str) -> str:
        if changed not in self._details:
            self._details[changed] = self.context.format_time(changed)
        return self._details[changed]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        detail = self._detail(row.changed) if role in _ROLES_WITH_DATES else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title or self.tr("(untitled)")
        risk = self.tr("High risk") if row.high_risk else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{risk} · {detail}" if risk else detail
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(part for part in (row.title, risk, detail) if part)
        if role == RiskRole:
            return risk
        if role == IdRole:
            return row.id
        if role == DetailRole:
            return detail
        if role == PinnedRole:
            return row.pinned
        if role == KindRole:
            return row.kind
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # -- helpers for views ------------------------------------------------

    def row_of(self, item_id: str) -> int | None:
        """The row showing `item_id`, if loaded."""
        for number, row in enumerate(self._rows):
            if row.id == item_id:
                return number
        return None

    def item_id(self, row: int) -> str | None:
        """The id shown in `row`."""
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self.beginResetModel()
        self._rows = []
        self._details = {}  # the calendar, language or digits may have changed
        self._exhausted = True
        self.endResetModel()
