"""Trash: everything deleted, of every kind, with a read-only preview, Restore, and Empty trash."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import AmanatError
from amanat.app.models import KIND_CONTACT, KIND_DRAFT, KIND_NOTE
from amanat.app.ui.models.item_list_model import DetailRole, IdRole, ItemListModel, KindRole
from amanat.app.ui.models.list_delegate import TwoLineDelegate
from amanat.app.ui.sections.history_dialog import item_text
from amanat.app.ui.sections.section import Section
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.error_text import describe_error
from amanat.app.ui.widgets.icons import icon
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.shortcut_table import keys_of
from amanat.app.ui.widgets.text_direction import isolate
from amanat.app.ui.widgets.theme import set_type
from amanat.app.ui.widgets.workers import ProgressCallback, Task, run_task

Index = QModelIndex | QPersistentModelIndex


class TrashSection(Section):
    """Items in the trash, most recently deleted first; restore them or delete them for good."""

    # How many items a deletion for good (in a worker: it writes the search index anew) removed.
    deleted_for_good = Signal(int)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("trashSection")
        self._closed = False
        self._task: Task | None = None
        self.model = ItemListModel(context, None, in_trash=True)
        self.model.setParent(self)
        self.list_view = QListView()
        self.list_view.setObjectName("trashList")
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(TwoLineDelegate(self.list_view, detail=self._detail))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        self.empty_button = QPushButton()
        self.empty_button.setObjectName("emptyTrashButton")
        self.empty_button.setIcon(icon("trash-x"))
        self.empty_button.clicked.connect(self.empty_trash)
        left = QWidget()
        left.setMinimumWidth(220)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list_view, 1)
        column.addWidget(self.empty_button)

        self.title = QLabel()
        self.title.setObjectName("trashTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        set_type(self.title, "heading")
        self.about = QLabel()
        self.about.setObjectName("trashAbout")
        self.about.setWordWrap(True)
        self.preview = QTextBrowser()
        self.preview.setObjectName("trashPreview")
        self.preview.setOpenLinks(False)
        self.preview.document().setDocumentMargin(10)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setIcon(icon("restore"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton()
        self.purge_button.setObjectName("purgeButton")
        self.purge_button.setIcon(icon("trash-x"))
        self.purge_button.clicked.connect(self.purge_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.purge_button)
        details = QWidget()
        details.setObjectName("trashDetails")
        details_column = QVBoxLayout(details)
        details_column.setContentsMargins(0, 0, 0, 0)
        details_column.addWidget(self.title)
        details_column.addWidget(self.about)
        details_column.addWidget(self.preview, 1)
        details_column.addLayout(buttons)
        self.nothing = QLabel()
        self.nothing.setObjectName("trashNothing")
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setWordWrap(True)
        self.right = QStackedWidget()
        self.right.setObjectName("trashDetailsStack")
        self.right.addWidget(self.nothing)
        self.right.addWidget(details)

        self.status = LiveLabel()
        self.status.setObjectName("trashStatus")
        self.status.setWordWrap(True)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("trashSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

        # Ctrl+R and Ctrl+Shift+Delete are the window's (its Item menu), carried out here.
        self.restore_action = self.add_command("restoreAction", self.restore_selected)
        self.empty_action = self.add_command("emptyTrashAction", self.empty_trash)
        self.purge_action = QAction(self.list_view)
        self.purge_action.setObjectName("purgeAction")
        self.purge_action.setShortcuts(keys_of("purgeAction"))
        self.purge_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.purge_action.triggered.connect(self.purge_selected)
        self.list_view.addAction(self.purge_action)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.retranslate()
        self._select_row(0)

    # -- language ---------------------------------------------------------

    def kind_name(self, kind: str) -> str:
        """What a kind of item is called."""
        names = {KIND_NOTE: self.tr("Note"), KIND_CONTACT: self.tr("Contact"), KIND_DRAFT: self.tr("Strategy draft")}
        return names.get(kind, kind)

    def _detail(self, index: Index) -> str:
        return self.tr("{0} · deleted {1}").format(self.kind_name(str(index.data(KindRole))),
                                                   str(index.data(DetailRole) or ""))

    def retranslate(self) -> None:
        self.list_view.setAccessibleName(self.tr("Items in the trash"))
        self.empty_button.setText(self.tr("Empty trash…"))
        self.empty_button.setAccessibleName(self.tr("Empty the trash"))
        self.empty_button.setToolTip(self.tr("Delete everything in the trash for good (Ctrl+Shift+Delete)"))
        self.restore_button.setText(self.tr("Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore"))
        self.restore_button.setToolTip(self.tr("Put it back where it was (Ctrl+R)"))
        self.purge_button.setText(self.tr("Delete for good…"))
        self.purge_button.setAccessibleName(self.tr("Delete for good"))
        self.purge_button.setToolTip(self.tr("Delete this item for good (Shift+Delete)"))
        self.preview.setAccessibleName(self.tr("Content of the deleted item"))
        self.restore_action.setText(self.tr("Restore"))
        self.purge_action.setText(self.tr("Delete for good"))
        self.empty_action.setText(self.tr("Empty trash"))
        self.nothing.setText(self.tr("The trash is empty. Deleted notes, contacts and drafts wait here "
                                     "until you restore them or empty the trash."))
        self.list_view.viewport().update()
        self._show_selected()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and not self._closed:
            self.reload()  # dates and digits follow the language

    # -- the list ---------------------------------------------------------

    def reload(self) -> None:
        """Re-read the trash, keeping the selected item (or the row where it was) selected."""
        if self._closed:
            return
        selected = self.selected_id()
        row = max(self.list_view.currentIndex().row(), 0)
        self.model.reload()
        found = self.model.row_of(selected) if selected else None
        self._select_row(found if found is not None else row)

    def _select_row(self, row: int) -> None:
        count = self.model.rowCount()
        if count:
            self.list_view.setCurrentIndex(self.model.index(min(row, count - 1), 0))
        self._show_selected()

    def selected_id(self) -> str | None:
        """The id of the item selected in the list."""
        index = self.list_view.currentIndex()
        return str(index.data(IdRole)) if index.isValid() else None

    def select_item(self, item_id: str) -> bool:
        """Select one item (keyboard users and tests)."""
        row = self.model.row_of(item_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _show_selected(self) -> None:
        if self._closed:
            return
        has_items = self.model.rowCount() > 0
        self.empty_button.setEnabled(has_items)
        self.empty_action.setEnabled(has_items)
        item_id = self.selected_id()
        if item_id is None:
            self._clear_preview()
            return
        try:
            item = self.context.items.get(item_id)
        except AmanatError as error:
            self._clear_preview()
            self.status.setText(self.tr("This item cannot be shown: {0}").format(describe_error(error)))
            return
        index = self.list_view.currentIndex()
        self.title.setText(item.title or self.tr("(untitled)"))
        self.about.setText(self._detail(index))
        self.preview.setPlainText(item_text(item))
        self.restore_button.setEnabled(True)
        self.purge_button.setEnabled(True)
        self.right.setCurrentIndex(1)

    def _clear_preview(self) -> None:
        self.title.clear()
        self.about.clear()
        self.preview.clear()
        self.restore_button.setEnabled(False)
        self.purge_button.setEnabled(False)
        self.right.setCurrentIndex(0)

    # -- actions ----------------------------------------------------------

    def restore_selected(self) -> str | None:
        """Restore: the selected item goes back to its section."""
        item_id = self.selected_id()
        if item_id is None:
            return None
        try:
            item = self.context.items.restore(item_id)
        except AmanatError as error:
            self.context.show_error(self, error)
            return None
        self.status.setText(self.tr("Restored “{0}”.").format(isolate(item.title or self.tr("(untitled)"))))
        self.context.items_changed.emit(item.kind)  # that section and this list reload
        return item_id

    def purge_selected(self) -> Task | None:
        """Delete the selected item for good, after asking (in a worker; `deleted_for_good` says when done)."""
        item_id = self.selected_id()
        if item_id is None or self._task is not None:
            return None
        title = self.title.text()
        answer = QMessageBox.question(
            self, self.tr("Delete for good"),
            self.tr("Delete “{0}” for good? It cannot be brought back.").format(isolate(title)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        done = self.tr("Deleted “{0}” for good.").format(isolate(title))
        return self._delete_for_good([item_id], lambda _deleted: done)

    def empty_trash(self) -> Task | None:
        """Empty trash: everything in it is deleted for good, after a question that says how much (in a worker)."""
        if self._task is not None:
            return None
        try:
            item_ids = [header.id for header in self.context.items.trash()]
        except AmanatError as error:
            self.context.show_error(self, error)
            return None
        if not item_ids:
            return None
        if len(item_ids) == 1:
            question = self.tr("Delete the one item in the trash for good? It cannot be brought back.")
        else:
            question = self.tr("Delete all {0} items in the trash for good? They cannot be brought back.").format(
                self.context.localise_digits(str(len(item_ids))))
        answer = QMessageBox.question(
            self, self.tr("Empty trash"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self._delete_for_good(item_ids, lambda deleted: self.tr(
            "The trash is empty: {0} deleted for good.").format(self.context.localise_digits(str(deleted))))

    def _delete_for_good(self, item_ids: list[str], done_text: Any) -> Task:
        """Purge in a worker on a connection of its own: the search index is written anew, which takes
        seconds in a large vault; the window stays responsive meanwhile."""
        vault = self.context.vault

        def work(_progress: ProgressCallback) -> int:
            with vault.thread_sync() as sync:
                return sync.items.purge_many(item_ids)

        self.empty_button.setEnabled(False)
        self.purge_button.setEnabled(False)
        self.status.setText(self.tr("Deleting for good…"))
        owner = QCoreApplication.instance()
        assert owner is not None
        self._task = run_task(work, lambda deleted: self._deleted(int(deleted), done_text),
                              self._delete_failed, owner)
        return self._task

    def _deleted(self, deleted: int, done_text: Any) -> None:
        self._task = None
        if self._closed:
            return
        self.status.setText(done_text(deleted))
        self.reload()
        self.deleted_for_good.emit(deleted)

    def _delete_failed(self, error: BaseException) -> None:
        self._task = None
        if self._closed:
            return
        self.status.clear()
        self.reload()
        self.context.show_error(self, error)
        self.deleted_for_good.emit(0)

    # -- lifetime ---------------------------------------------------------

    def forget(self) -> None:
        """Locking, before the vault closes: keep nothing on screen or in the model.

        A deletion for good still running is waited for: it finishes (and erases) before the vault closes.
        """
        self._closed = True
        task, self._task = self._task, None
        if task is not None:
            task.wait()
        self.model.clear()
        self._clear_preview()
        self.status.clear()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DeferredDelete:
            self.forget()
        return super().event(event)
