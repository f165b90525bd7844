"""The list-beside-an-editor behaviour Contacts and Strategy share: filter, save on Ctrl+S and on switching
item, delete to the trash, keep the selection across reloads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import AmanatError, NotFound
from app.models import Item
from app.ui.models.item_list_model import IdRole, ItemListModel
from app.ui.models.list_delegate import TwoLineDelegate
from app.ui.sections.history_dialog import HistoryDialog
from app.ui.sections.section import Section
from app.ui.widgets.context import UiContext
from app.ui.widgets.error_text import describe_error

Index = QModelIndex | QPersistentModelIndex
FILTER_DELAY_MS = 150


class ItemEditorSection(Section):
    """A filterable list of one kind of item beside its editor.

    Subclasses build the form and implement `show_item`, `item_from_form`
    and `form_is_blank`; this class does the rest. The form's text lives
    only in widgets, so the section keeps nothing once it is destroyed.
    """

    kind = ""
    # Texts here use an explicit context: PySide's self.tr() would look them up under the
    # subclass's name, where lupdate never puts them.

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.current_id: str | None = None
        self.dirty = False
        self._selecting = False
        self.model = ItemListModel(context, self.kind)
        self.filter_field = QLineEdit()
        self.filter_field.setObjectName(f"{self.kind}Filter")
        self.filter_field.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_field.textChanged.connect(self._filter_timer.start)
        self.filter_field.returnPressed.connect(self.apply_filter)
        self.list_view = QListView()
        self.list_view.setObjectName(f"{self.kind}List")
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(TwoLineDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_button = QPushButton()
        self.new_button.setObjectName(f"{self.kind}NewButton")
        self.new_button.clicked.connect(self.new_item)
        self.save_button = QPushButton()
        self.save_button.setObjectName(f"{self.kind}SaveButton")
        self.save_button.clicked.connect(lambda: self.save())
        self.delete_button = QPushButton()
        self.delete_button.setObjectName(f"{self.kind}DeleteButton")
        self.delete_button.clicked.connect(self.delete_current)
        self.history_button = QPushButton()
        self.history_button.setObjectName(f"{self.kind}HistoryButton")
        self.history_button.clicked.connect(self.open_history)
        self.share_button = QPushButton()
        self.share_button.setObjectName(f"{self.kind}ShareButton")
        self.share_button.clicked.connect(self.open_share)
        self.status_label = QLabel()
        self.status_label.setObjectName(f"{self.kind}StatusLabel")
        self.status_label.setWordWrap(True)
        self.save_action = self._action("saveAction", lambda: self.save(), QKeySequence.StandardKey.Save)
        self.delete_action = self._action("deleteAction", self.delete_current, QKeySequence.StandardKey.Delete,
                                          widget=self.list_view, context=Qt.ShortcutContext.WidgetShortcut)
        self.filter_action = self._action("filterAction", self.focus_filter, QKeySequence.StandardKey.Find)
        self.history_action = self._action("historyAction", self.open_history, "Ctrl+H")

    def _action(self, name: str, slot: object, key: QKeySequence.StandardKey | str, *,
                widget: QWidget | None = None,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
        action = QAction(self)
        action.setObjectName(f"{self.kind}_{name}")
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(context)  # WindowShortcut: only while this section is the one shown
        action.triggered.connect(slot)
        (widget or self).addAction(action)
        return action

    def list_pane(self) -> QWidget:
        """Filter field, list, and the New button."""
        pane = QWidget()
        pane.setObjectName(f"{self.kind}ListPane")
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_field)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.new_button)
        return pane

    def split(self, editor: QWidget) -> None:
        """Lay the list and the editor side by side (mirrored right to left)."""
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName(f"{self.kind}Splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list_pane())
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 740])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    def retranslate_common(self) -> None:
        """Texts every item section shares."""
        self.filter_field.setPlaceholderText(QCoreApplication.translate("ItemEditorSection", "Filter…"))
        self.filter_field.setAccessibleName(QCoreApplication.translate("ItemEditorSection", "Filter the list"))
        self.save_button.setText(QCoreApplication.translate("ItemEditorSection", "Save"))
        self.save_button.setAccessibleName(QCoreApplication.translate("ItemEditorSection", "Save"))
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.delete_button.setText(QCoreApplication.translate("ItemEditorSection", "Move to trash"))
        self.delete_button.setAccessibleName(QCoreApplication.translate("ItemEditorSection", "Move to trash"))
        self.delete_button.setToolTip(QCoreApplication.translate("ItemEditorSection", "Delete key in the list"))
        self.history_button.setText(QCoreApplication.translate("ItemEditorSection", "History…"))
        self.share_button.setText(QCoreApplication.translate("ItemEditorSection", "Share…"))
        self.share_button.setAccessibleName(QCoreApplication.translate("ItemEditorSection", "Share"))
        self.share_button.setToolTip(QCoreApplication.translate(
            "ItemEditorSection", "Share this item with a group, and see with which groups it is shared"))
        self.history_button.setAccessibleName(QCoreApplication.translate("ItemEditorSection", "History"))
        self.history_button.setToolTip(
            QCoreApplication.translate("ItemEditorSection", "Saved versions, and restoring one (Ctrl+H)"))
        self.history_action.setText(QCoreApplication.translate("ItemEditorSection", "History…"))
        self.save_action.setText(QCoreApplication.translate("ItemEditorSection", "Save"))
        self.delete_action.setText(QCoreApplication.translate("ItemEditorSection", "Move to trash"))
        self.filter_action.setText(QCoreApplication.translate("ItemEditorSection", "Filter the list"))

    # -- what subclasses provide ------------------------------------------

    def show_item(self, item: Item | None) -> None:
        """Fill the form with `item`, or empty it for a new one."""
        raise NotImplementedError

    def item_from_form(self) -> Item:
        """The item as the form shows it (raises InvalidValue for what cannot be stored)."""
        raise NotImplementedError

    def form_is_blank(self) -> bool:
        """True when a new, unsaved item has nothing typed in it."""
        raise NotImplementedError

    def focus_form(self) -> None:
        """Put the cursor in the first field."""

    # -- editing ----------------------------------------------------------

    def mark_dirty(self) -> None:
        """The user changed something since the last save."""
        if not self.dirty:
            self.dirty = True
            self.status_label.setText(QCoreApplication.translate("ItemEditorSection", "Not saved yet."))

    def save(self, report: bool = True) -> bool:
        """Store the form if it changed; False (and the form untouched) when it cannot be stored.

        `report` shows a dialog for the error; without it (leaving the section,
        locking) the reason only goes to the status line and the text stays.
        """
        if not self.dirty:
            return True
        if self.current_id is None and self.form_is_blank():
            self.dirty = False
            self.status_label.clear()
            return True
        try:
            item = self.item_from_form()
            stored = self.context.items.save(item) if self.current_id else self.context.items.add(item)
        except AmanatError as error:
            self.status_label.setText(describe_error(error))
            if report:
                self.context.show_error(self, error)
            return False
        self.current_id = stored.id
        self.stored_item(stored)
        self.dirty = False
        self.status_label.setText(QCoreApplication.translate("ItemEditorSection", "Saved."))
        self.context.items_changed.emit(self.kind)
        return True

    def stored_item(self, item: Item) -> None:
        """The vault now holds `item` (remember what is needed to save it again)."""

    def new_item(self) -> None:
        """An empty form; nothing is stored until it is saved."""
        if not self.save():
            return
        self._show(None)
        self.focus_form()

    def open_item(self, item_id: str) -> None:
        """Show one item (from search, or the history dialog)."""
        if item_id == self.current_id or self.save():
            self._show_id(item_id)

    def delete_current(self) -> None:
        """Move the item shown to the trash and show the next one."""
        if self.current_id is None:
            return  # a new contact not yet saved: nothing to delete, and what is typed stays
        row = self.model.row_of(self.current_id)
        try:
            self.context.items.delete(self.current_id)
        except AmanatError as error:
            self.context.show_error(self, error)
            return
        self.dirty = False
        self.current_id = None
        self.context.items_changed.emit(self.kind)
        next_id = self.model.item_id(min(row or 0, self.model.rowCount() - 1))
        if next_id is not None:
            self._show_id(next_id)
        else:
            self._show(None)
        self.status_label.setText(
            QCoreApplication.translate("ItemEditorSection", "Moved to the trash. It can be restored from Trash."))

    def item_to_share(self) -> str | None:
        return self.current_id if self.current_id is not None and self.save() else None

    def open_history(self) -> None:
        """Ctrl+H: the saved versions of the item shown (saved first, so the newest is among them)."""
        if self.current_id is None or not self.save():
            return
        dialog = HistoryDialog(self.context, self.current_id, self)
        dialog.restored.connect(self._show_id)
        dialog.open()

    def reload(self) -> None:
        """Re-read the list; the form keeps what is typed unless its item has gone away."""
        self._selecting = True
        try:
            self.model.reload()
        finally:
            self._selecting = False
        if self.current_id is not None and not self.dirty and not self._still_live(self.current_id):
            self._show(None)
            return
        self._select(self.current_id)

    def _still_live(self, item_id: str) -> bool:
        try:
            return not self.context.items.is_in_trash(item_id)
        except NotFound:
            return False

    def apply_filter(self) -> None:
        """Show only the items that match the filter text."""
        self._filter_timer.stop()
        self._selecting = True
        try:
            self.model.set_filter(self.filter_field.text())
        finally:
            self._selecting = False
        self._select(self.current_id)

    def focus_filter(self) -> None:
        """Ctrl+F: type to filter."""
        self.filter_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_field.selectAll()

    # -- showing ----------------------------------------------------------

    def _show_id(self, item_id: str) -> None:
        try:
            item = self.context.items.get(item_id, self.kind)
        except AmanatError as error:
            self.context.show_error(self, error)
            self.reload()
            return
        self._show(item)

    def _show(self, item: Item | None) -> None:
        self.current_id = item.id if item is not None else None
        self.show_item(item)
        self.dirty = False
        self.status_label.clear()
        self._select(self.current_id)

    def _select(self, item_id: str | None) -> None:
        row = self.model.row_of(item_id) if item_id else None
        self._selecting = True
        try:
            selection = self.list_view.selectionModel()
            if row is None:
                selection.clear()
            else:
                selection.setCurrentIndex(self.model.index(row, 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._selecting = False

    def _current_changed(self, current: Index, _previous: Index) -> None:
        if self._selecting:
            return
        new_id = current.data(IdRole) if current.isValid() else None
        if new_id is None or new_id == self.current_id:
            return
        if not self.save():
            self._select(self.current_id)  # stay, with everything typed still there
            return
        self._show_id(str(new_id))

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the section or locking: keep what was typed in the vault, quietly.
        self.save(report=False)
        super().hideEvent(event)
