"""The action plan's editor: a table of actions with owner, due date and status, sortable, edited in place."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from amanat.app.models import ROW_STATUSES, ActionRow, Draft
from amanat.app.ui.models.action_plan_model import (
    COLUMN_DUE,
    COLUMN_NOTE,
    COLUMN_OWNER,
    COLUMN_STATUS,
    ActionPlanModel,
    SortRole,
    format_due,
)
from amanat.app.ui.sections.action_plan_delegates import (
    ContentDirectionDelegate,
    DueDateDelegate,
    OwnerDelegate,
    RowStatusDelegate,
)
from amanat.app.ui.sections.draft_editors import DraftEditor
from amanat.app.ui.sections.draft_labels import section_titles
from amanat.app.ui.sections.row_origin import RowOriginBar
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.focus_order import let_ctrl_tab_leave
from amanat.app.ui.widgets.shortcut_table import keys_of
from amanat.app.ui.widgets.theme import set_type

Index = QModelIndex | QPersistentModelIndex


class ActionPlanEditor(DraftEditor):
    """The summary above an editable, sortable table of actions.

    Sorting by a heading reorders what is shown; what is shown is what is
    saved and exported. Keys: Insert or Ctrl+Return adds a row, Delete
    clears the selected cells, Ctrl+Delete removes the selected rows.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "action-plan", parent)
        self.setObjectName("actionPlanEditor")
        self.model = ActionPlanModel(date_text=lambda iso: format_due(context, iso))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setObjectName("actionPlanProxy")
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setDynamicSortFilter(False)  # rows do not jump away while being edited
        self.table = QTableView()
        self.table.setObjectName("actionPlanTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the plan's own order until a heading is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move between cells); no trap
        let_ctrl_tab_leave(self.table)  # so does Ctrl+Tab, as in the desktops' own tables
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_NOTE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 120)
        header.resizeSection(COLUMN_NOTE, 110)  # the action keeps most of the width
        header.setSortIndicatorShown(True)
        header.setSortIndicatorClearable(True)
        self.plan_id: str | None = None
        self.owner_delegate = OwnerDelegate(lambda: context.vault.tasks.owner_choices(self.plan_id), self.table)
        self.table.setItemDelegateForColumn(COLUMN_OWNER, self.owner_delegate)
        self.due_delegate = DueDateDelegate(context, self.table)
        self.status_delegate = RowStatusDelegate(self.table)
        self.table.setItemDelegate(ContentDirectionDelegate(self.table))
        self.table.setItemDelegateForColumn(COLUMN_DUE, self.due_delegate)
        self.table.setItemDelegateForColumn(COLUMN_STATUS, self.status_delegate)

        self.summary_heading = QLabel()
        self.summary_heading.setObjectName("heading_summary")
        set_type(self.summary_heading, "subheading")
        self.summary_heading.setBuddy(self.edits["summary"])
        self.edits["summary"].setMaximumHeight(110)
        self.rows_heading = QLabel()
        self.rows_heading.setObjectName("heading_rows")
        set_type(self.rows_heading, "subheading")
        self.rows_heading.setBuddy(self.table)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addRowButton")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeRowButton")
        self.keys_hint = QLabel()
        self.keys_hint.setObjectName("actionPlanKeysHint")
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # dimmed: a hint, not content

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.keys_hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_heading)
        layout.addWidget(self.edits["summary"])
        layout.addSpacing(6)
        layout.addWidget(self.rows_heading)
        layout.addWidget(self.table, 1)
        self.origin_bar = RowOriginBar(context)  # "From meeting …" for a row sent from meeting notes
        layout.addWidget(self.origin_bar)
        layout.addLayout(buttons)
        self.table.selectionModel().currentChanged.connect(self._show_origin)

        self.add_action = self._table_action("addRowAction", self.add_row)
        self.remove_action = self._table_action("removeRowAction", self.remove_selected_rows)
        self.clear_action = self._table_action("clearCellsAction", self.clear_selected_cells,
                                               context=Qt.ShortcutContext.WidgetShortcut)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected_rows)

        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved,
                       self.proxy.layoutChanged):
            signal.connect(self._edited)
        context.settings_changed.connect(self.retranslate)  # the calendar may have changed
        self.retranslate()

    def _table_action(self, name: str, slot: object,
                      context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QAction:
        action = QAction(self.table)
        action.setObjectName(name)
        action.setShortcuts(keys_of(name))
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    # -- rows -------------------------------------------------------------

    def load(self, draft: Draft) -> None:
        self.plan_id = draft.id  # whose groups' members can own a row
        super().load(draft)

    def _load_rows(self, rows: tuple[ActionRow, ...]) -> None:
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.model.set_rows(rows)

    def rows(self) -> tuple[ActionRow, ...]:
        return tuple(self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                     for r in range(self.proxy.rowCount()))

    def _show_origin(self, current: QModelIndex) -> None:
        source = self.proxy.mapToSource(current)
        self.origin_bar.show_row(self.model.row_at(source.row()) if source.isValid() else None)

    def add_row(self) -> None:
        """Add an empty row at the end of what is shown and start typing its action."""
        if self.proxy.sortColumn() >= 0:
            # Adding to a sorted view would put the row out of sight: keep the order shown, then add.
            self._keep_shown_order()
        row = self.model.append_row()
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
        self.table.edit(index)

    def _keep_shown_order(self) -> None:
        shown = self.rows()
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.model.set_rows(shown)
        self.changed.emit()

    def _selected_source_rows(self) -> list[int]:
        selection = self.table.selectionModel()
        indexes = list(selection.selectedIndexes()) or [self.table.currentIndex()]
        return sorted({self.proxy.mapToSource(i).row() for i in indexes if i.isValid()}, reverse=True)

    def remove_selected_rows(self) -> None:
        """Remove every row with a selected cell."""
        rows = self._selected_source_rows()
        if not rows:
            return
        first_shown = min(self.proxy.mapFromSource(self.model.index(r, 0)).row() for r in rows)
        for row in rows:
            self.model.removeRows(row, 1)
        remaining = self.proxy.rowCount()
        if remaining:
            self.table.setCurrentIndex(self.proxy.index(min(first_shown, remaining - 1), 0))
            self.table.selectionModel().select(self.table.currentIndex(),
                                               QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def clear_selected_cells(self) -> None:
        """Empty the selected cells (a status goes back to 'to do')."""
        selection = self.table.selectionModel()
        for index in list(selection.selectedIndexes()) or [self.table.currentIndex()]:
            if index.isValid():
                value = ROW_STATUSES[0] if index.column() == COLUMN_STATUS else ""
                self.proxy.setData(index, value, Qt.ItemDataRole.EditRole)

    def first_field(self) -> QWidget:
        return self.edits["summary"]

    def select_row(self, row_id: str) -> bool:
        """Choose the row with this id (a task opened from the Tasks section) and give the table the keyboard."""
        for number, row in enumerate(self.model.rows()):
            if row.id == row_id:
                index = self.proxy.mapFromSource(self.model.index(number, 0))
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def retranslate(self) -> None:
        super().retranslate()
        titles = section_titles()
        self.summary_heading.setText(titles["summary"])
        self.rows_heading.setText(self.tr("Actions"))
        self.table.setAccessibleName(self.tr("Actions"))
        self.add_button.setText(self.tr("Add row"))
        self.add_button.setAccessibleName(self.tr("Add row"))
        self.add_button.setToolTip(self.tr("Insert or Ctrl+Enter"))
        self.remove_button.setText(self.tr("Remove row"))
        self.remove_button.setAccessibleName(self.tr("Remove row"))
        self.remove_button.setToolTip(self.tr("Remove the chosen rows (Ctrl+Delete)"))
        self.keys_hint.setText(self.tr("Insert adds a row · Delete clears cells · click a heading to sort"))
        self.add_action.setText(self.tr("Add row"))
        self.remove_action.setText(self.tr("Remove row"))
        self.clear_action.setText(self.tr("Clear cells"))
        self.due_delegate.editor_width = self.status_delegate.editor_width = None
        self.origin_bar.retranslate()
        self._loading = True  # new labels are no edit by the user
        try:
            self.model.refresh_labels()
        finally:
            self._loading = False
