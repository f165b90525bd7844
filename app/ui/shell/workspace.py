"""The unlocked vault: a sidebar of sections and the section shown. Destroyed whole on lock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import AmanatError
from amanat.app.ui.sections.action_plan_editor import ActionPlanEditor
from amanat.app.ui.sections.contacts_section import ContactsSection
from amanat.app.ui.sections.notes_section import NotesSection
from amanat.app.ui.sections.search_dialog import SearchDialog
from amanat.app.ui.sections.section import Section
from amanat.app.ui.sections.strategy_section import StrategySection
from amanat.app.ui.sections.tasks_section import TasksSection
from amanat.app.ui.sections.trash_section import TrashSection
from amanat.app.ui.shell.section_order import SECTION_ICONS, SECTION_KINDS
from amanat.app.ui.sync.sync_section import SyncSection
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.icons import icon
from amanat.app.ui.widgets.theme import set_type

# Tasks comes last so that Ctrl+1-5 keep the sections they always had.
SIDEBAR_ROW_PADDING = 18  # pixels above and below the name, together
SECTION_CLASSES: dict[str, type[Section]] = {
    "note": NotesSection,
    "contact": ContactsSection,
    "draft": StrategySection,
    "trash": TrashSection,
    "sync": SyncSection,
    "tasks": TasksSection,
}


class _SectionsBuiltOnDemand(dict[str, Section]):
    """The sections built so far; asking for another builds it."""

    def __init__(self, build: Callable[[str], Section]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, kind: str) -> Section:
        section = self._build(kind)
        self[kind] = section
        return section


class Workspace(QWidget):
    """Sidebar (Notes, Contacts, Strategy, Trash, Sync) and the sections; bundle files dropped on it are opened.

    Its keyboard commands (Ctrl+K, Ctrl+1-5, Ctrl+N) are the window's menu actions (app/ui/shell/menus.py).
    """

    settings_requested = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.context = context
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setMaximumWidth(220)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(1)
        self.stack = QStackedWidget()
        self.stack.setObjectName("sectionStack")
        # Sections are built when first shown (or asked for), so unlocking builds only the
        # first one: each loads its list from the vault when built.
        self.sections: dict[str, Section] = _SectionsBuiltOnDemand(self._build_section)
        for kind in SECTION_KINDS:
            self.sidebar.addItem(QListWidgetItem(icon(SECTION_ICONS[kind]), ""))
            self.stack.addWidget(QWidget())
        self.sidebar.currentRowChanged.connect(self._show_row)
        self.sidebar.setCurrentRow(0)
        self._task_counts = self._count_my_tasks()
        self.task_line = QLabel()  # quiet, in the window only: nothing a locked screen could show
        self.task_line.setObjectName("taskReminder")
        self.task_line.setWordWrap(True)
        self.task_line.setContentsMargins(8, 0, 8, 2)  # off the window's edge, in either direction
        set_type(self.task_line, "small")
        self.task_button = QPushButton()
        self.task_button.setObjectName("taskReminderButton")
        self.task_button.clicked.connect(self.show_my_tasks)
        left = QWidget()
        left.setMaximumWidth(220)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 6)
        column.addWidget(self.sidebar, 1)
        column.addWidget(self.task_line)
        column.addWidget(self.task_button)
        self.task_line.setVisible(any(self._task_counts))
        self.task_button.setVisible(any(self._task_counts))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(left)
        layout.addWidget(self.stack, 1)
        self.search_dialog: SearchDialog | None = None
        context.open_item_requested.connect(self.show_item)
        context.items_changed.connect(self._reload_others)
        self._calendar = context.settings.calendar
        context.settings_changed.connect(self._redraw_dates)
        self.setAcceptDrops(True)
        self.retranslate()

    def _build_section(self, kind: str) -> Section:
        section = SECTION_CLASSES[kind](self.context)
        index = SECTION_KINDS.index(kind)
        if isinstance(section, TasksSection):
            section.open_task_requested.connect(self.show_task)
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, section)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return section

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(SECTION_KINDS):
            self.stack.setCurrentWidget(self.sections[SECTION_KINDS[row]])  # built on first use

    def retranslate(self) -> None:
        names = [self.tr("Notes"), self.tr("Contacts"), self.tr("Strategy"), self.tr("Trash"), self.tr("Sync"),
                 self.tr("Tasks")]
        for row, name in enumerate(names):
            self.sidebar.item(row).setText(name)
        self._size_sidebar_rows()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.task_line.setText(self._task_line_text(*self._task_counts))
        self.task_button.setText(self.tr("Show my tasks"))

    def _count_my_tasks(self) -> tuple[int, int]:
        try:
            return self.context.vault.tasks.counts_of_mine()
        except AmanatError:
            return 0, 0  # the line is a courtesy: a damaged plan must not keep the vault from opening

    def _task_line_text(self, overdue: int, this_week: int) -> str:
        """How many of my tasks are overdue and due this week, said once after unlocking."""
        parts = []
        if overdue:
            parts.append(self.context.counted(overdue, self.tr("{0} of your tasks is overdue."),
                                              self.tr("{0} of your tasks are overdue.")))
        if this_week:
            parts.append(self.context.counted(this_week, self.tr("{0} of your tasks is due this week."),
                                              self.tr("{0} of your tasks are due this week.")))
        return " ".join(parts)

    def show_my_tasks(self) -> None:
        """The Tasks section, showing mine that are not done."""
        self.sidebar.setCurrentRow(SECTION_KINDS.index("tasks"))
        section = self.sections["tasks"]
        assert isinstance(section, TasksSection)
        section.show_mine()

    def _size_sidebar_rows(self) -> None:
        """Rows tall enough to breathe, in the language's font (Dari and Pashto have a larger one)."""
        row_height = max(self.sidebar.fontMetrics().height(), self.sidebar.iconSize().height()) + SIDEBAR_ROW_PADDING
        for row in range(self.sidebar.count()):
            self.sidebar.item(row).setSizeHint(QSize(0, row_height))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._size_sidebar_rows()
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Bundle files dropped on the window: open them in the Sync section, for review."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_bundle_files(paths)

    def open_bundle_files(self, paths: list[Path]) -> None:
        """Show the Sync section and review these files."""
        self.sidebar.setCurrentRow(SECTION_KINDS.index("sync"))
        section = self.sections["sync"]
        assert isinstance(section, SyncSection)
        section.tabs.setCurrentWidget(section.exchange)
        section.exchange.open_files(paths)

    def current_section(self) -> Section:
        """The section on screen."""
        return self.sections[SECTION_KINDS[self.sidebar.currentRow()]]

    def new_item(self) -> None:
        """Ctrl+N: a new item of the section on screen."""
        self.current_section().new_item()

    def show_item(self, kind: str, item_id: str) -> None:
        """Switch to the item's section and open it there."""
        if kind in SECTION_CLASSES:
            self.sidebar.setCurrentRow(SECTION_KINDS.index(kind))
            self.sections[kind].open_item(item_id)

    def show_task(self, plan_id: str, row_id: str) -> None:
        """Switch to Strategy, open the plan and choose the row."""
        self.show_item("draft", plan_id)
        section = self.sections["draft"]
        editor = getattr(section, "editor", None)
        if isinstance(section, StrategySection) and isinstance(editor, ActionPlanEditor):
            editor.select_row(row_id)

    def open_search(self) -> None:
        """Ctrl+K: the search field over everything."""
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.context, self)
        self.search_dialog.open_fresh()

    def _reload_others(self, kind: str) -> None:
        for section_kind, section in self.sections.items():
            if not kind or section_kind in (kind, "trash") or (section_kind == "tasks" and kind == "draft"):
                section.reload()

    def _redraw_dates(self) -> None:
        """Another calendar: every view redraws its dates as it does for another language."""
        if self.context.settings.calendar != self._calendar:
            self._calendar = self.context.settings.calendar
            QCoreApplication.sendEvent(self, QEvent(QEvent.Type.LanguageChange))  # reaches every child

    def clear(self) -> None:
        """Drop every widget that shows vault content (before the workspace is deleted)."""
        if self.search_dialog is not None:
            self.search_dialog.close()
            self.search_dialog.deleteLater()
            self.search_dialog = None
        for section in list(self.sections.values()):
            section.forget()
            section.hide()
            section.deleteLater()
        self.sections = {}
