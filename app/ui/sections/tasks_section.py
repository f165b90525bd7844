"""Tasks: every row of every action plan, filtered (mine, overdue, due this week, a group, a plan, a text)
and sorted by any column; Enter opens the row in its plan, "Mark done" stores it done.

The tasks are read from the vault when the section is first shown and again when a draft changes;
filtering and sorting work on what was read (app/ui/models/task_list_model.py).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import AmanatError
from amanat.app.tasks import Task, TaskFilter
from amanat.app.ui.models.action_plan_model import format_due
from amanat.app.ui.models.task_list_model import (
    COLUMN_ACTION,
    COLUMN_DUE,
    COLUMN_OWNER,
    COLUMN_PLAN,
    TaskFilterProxy,
    TaskListModel,
    TaskRole,
)
from amanat.app.ui.sections.action_plan_delegates import ContentDirectionDelegate
from amanat.app.ui.sections.section import Section
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.theme import set_type


class TasksSection(Section):
    """The Tasks section."""

    open_task_requested = Signal(str, str)  # plan id, row id: show the row in its plan

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("tasksSection")
        self.model = TaskListModel(lambda iso: format_due(context, iso), self)
        self.proxy = TaskFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.heading = QLabel()
        self.heading.setObjectName("tasksHeading")
        set_type(self.heading, "heading")
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("tasksFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.group_box = QComboBox()
        self.group_box.setObjectName("tasksGroup")
        self.plan_box = QComboBox()
        self.plan_box.setObjectName("tasksPlan")
        self.plan_box.setMaximumWidth(320)
        self.mine_box = QCheckBox()
        self.mine_box.setObjectName("tasksMine")
        self.overdue_box = QCheckBox()
        self.overdue_box.setObjectName("tasksOverdue")
        self.week_box = QCheckBox()
        self.week_box.setObjectName("tasksWeek")
        self.hide_done_box = QCheckBox()
        self.hide_done_box.setObjectName("tasksHideDone")
        self.table = QTableView()
        self.table.setObjectName("tasksTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMN_DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegate(ContentDirectionDelegate(self.table))  # Dari rows right to left, English left
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_ACTION, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COLUMN_OWNER, 140)
        header.resizeSection(COLUMN_PLAN, 240)
        self.table.doubleClicked.connect(self.open_task)
        self.table.activated.connect(self.open_task)
        self.count_label = LiveLabel(repeat=False)
        self.count_label.setObjectName("tasksCount")
        self.count_label.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("tasksOpenButton")
        self.open_button.clicked.connect(lambda: self.open_task(self.table.currentIndex()))
        self.done_button = QPushButton()
        self.done_button.setObjectName("tasksDoneButton")
        self.done_button.clicked.connect(self.mark_done)
        self._layout()
        for box in (self.mine_box, self.overdue_box, self.week_box, self.hide_done_box):
            box.toggled.connect(self._filter)
        self.group_box.currentIndexChanged.connect(self._filter)
        self.plan_box.currentIndexChanged.connect(self._filter)
        self.filter_edit.textChanged.connect(self._filter)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self._stale = False
        self.add_command("filterAction", self._focus_filter)
        self.retranslate()
        self.reload()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 2)
        top.addWidget(self.group_box, 1)
        top.addWidget(self.plan_box, 1)
        boxes = QHBoxLayout()
        for box in (self.mine_box, self.overdue_box, self.week_box, self.hide_done_box):
            boxes.addWidget(box)
        boxes.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addLayout(boxes)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Tasks"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by action, owner, note or plan (Ctrl+F)"))
        self.filter_edit.setAccessibleName(self.tr("Filter tasks"))
        self.group_box.setAccessibleName(self.tr("Group"))
        self.plan_box.setAccessibleName(self.tr("Action plan"))
        self.mine_box.setText(self.tr("&Mine"))
        self.overdue_box.setText(self.tr("&Overdue"))
        self.week_box.setText(self.tr("Due this &week"))
        self.hide_done_box.setText(self.tr("Hide do&ne"))
        self.table.setAccessibleName(self.tr("Tasks"))
        self.open_button.setText(self.tr("Open in its plan"))
        self.done_button.setText(self.tr("Mark &done"))
        self.model.refresh_labels()
        self._fill_choices()
        self._say_count()

    # -- content ------------------------------------------------------------

    def reload(self) -> None:
        """Read every task again (a draft changed, or the section was built); while hidden, when next shown."""
        if not self.isVisible() and self.model.rowCount():
            self._stale = True  # saving a draft elsewhere does not wait for this list
            return
        self._stale = False
        chosen = self._chosen_id()
        try:
            tasks = self.context.vault.tasks.tasks()
        except AmanatError as error:
            self.context.show_error(self, error)
            tasks = []
        self.model.set_tasks(tasks)
        self._fill_choices()
        self._filter()
        if chosen:
            self.select_task(chosen)

    def _fill_choices(self) -> None:
        """The group and plan lists, keeping what was chosen."""
        group, plan = self.group_box.currentData(), self.plan_box.currentData()
        for box in (self.group_box, self.plan_box):
            box.blockSignals(True)
            box.clear()
        self.group_box.addItem(self.tr("Every group"), None)
        for info in self.context.vault.sync.groups.groups():
            self.group_box.addItem(info.name, info.group_id)
        self.plan_box.addItem(self.tr("Every plan"), None)
        plans: dict[str, str] = {}
        for row in range(self.model.rowCount()):
            task = self.model.task_at(row)
            if task is not None:
                plans.setdefault(task.plan_id, task.plan_title)
        for plan_id, title in plans.items():
            self.plan_box.addItem(title, plan_id)
        for box, value in ((self.group_box, group), (self.plan_box, plan)):
            box.setCurrentIndex(max(0, box.findData(value)))
            box.blockSignals(False)

    def current_filter(self) -> TaskFilter:
        """The filter the controls describe."""
        return TaskFilter(mine=self.mine_box.isChecked(), overdue=self.overdue_box.isChecked(),
                          this_week=self.week_box.isChecked(), group=self.group_box.currentData(),
                          plan=self.plan_box.currentData(), hide_done=self.hide_done_box.isChecked())

    def _filter(self) -> None:
        self.proxy.set_filter(self.current_filter(), self.filter_edit.text())
        self._say_count()
        self._update_buttons()

    def _say_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            text = self.tr("No tasks yet. Rows of action plans (in Strategy) show here.")
        elif shown == total:
            text = self.context.counted(total, self.tr("{0} task"), self.tr("{0} tasks"))
        else:
            text = self.context.counted(shown, self.tr("{0} of {1} tasks shown"), self.tr("{0} of {1} tasks shown"),
                                        self.context.localise_digits(str(total)))
        if self.mine_box.isChecked() and self.context.vault.sync.identities.existing() is None:
            text += " " + self.tr("Nothing is yours yet: set your name in Sync → You; rows with your name "
                                  "or given to you by a group member are yours.")
        self.count_label.setText(text)

    def _update_buttons(self) -> None:
        task = self.current_task()
        self.open_button.setEnabled(task is not None)
        self.done_button.setEnabled(task is not None and task.row.status != "done")

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def current_task(self) -> Task | None:
        """The task chosen in the table."""
        index = self.table.currentIndex()
        task = index.data(TaskRole) if index.isValid() else None
        return task if isinstance(task, Task) else None

    def _chosen_id(self) -> str | None:
        task = self.current_task()
        return task.id if task is not None else None

    def select_task(self, row_id: str) -> bool:
        """Choose the task with this row id in the table (if it is shown)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            task = index.data(TaskRole)
            if isinstance(task, Task) and task.id == row_id:
                self.table.setCurrentIndex(index)
                return True
        return False

    # -- commands -----------------------------------------------------------

    def open_task(self, index: QModelIndex) -> None:
        """Show the row in its plan (Strategy section)."""
        task = index.data(TaskRole) if index.isValid() else None
        if isinstance(task, Task):
            self.open_task_requested.emit(task.plan_id, task.id)

    def mark_done(self) -> None:
        """Store the chosen task as done."""
        task = self.current_task()
        if task is None:
            return
        try:
            self.context.vault.tasks.set_status(task, "done")
        except AmanatError as error:
            self.context.show_error(self, error)
            return
        self.context.items_changed.emit("draft")  # this list and the Strategy section reload
        self.select_task(task.id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_mine(self) -> None:
        """Mine, not done, whatever their date (from the line shown on unlock)."""
        for box, checked in ((self.mine_box, True), (self.hide_done_box, True), (self.overdue_box, False),
                             (self.week_box, False)):
            box.setChecked(checked)
        self.group_box.setCurrentIndex(0)
        self.plan_box.setCurrentIndex(0)
        self.filter_edit.clear()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def forget(self) -> None:
        self.model.set_tasks([])
        self.filter_edit.clear()
