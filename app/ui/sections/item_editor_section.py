"""The list-beside-an-editor behaviour Notes, Contacts and Strategy share, in one place.

One behaviour for all three:
- the filter waits a moment after the last key before it asks the search index, Return asks at once
  (`ItemListPane`);
- what is typed is saved on Ctrl+S, on choosing another item, on leaving the section and on lock; an
  item that cannot be saved keeps its place and its text, and the status line says why;
- Delete in the list moves the item to the trash after saving it, shows the next one, and offers Undo
  for a while (`TrashHint`);
- Ctrl+F filters, the history dialog restores a version, Share shares; tags are typed with either comma
  (widgets/tags.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from amanat.app.errors import AmanatError
from amanat.app.models import Item
from amanat.app.ui.sections.history_dialog import HistoryDialog
from amanat.app.ui.sections.item_list_pane import ItemListPane, TrashHint
from amanat.app.ui.sections.section import Section
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.empty_state import EmptyState
from amanat.app.ui.widgets.error_text import describe_error
from amanat.app.ui.widgets.icons import icon
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.shortcut_table import keys_of, shortcut
from amanat.app.ui.widgets.theme import set_state


def shortcut_action(owner: QWidget, name: str, slot: Callable[[], object],
                    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
    """An action of `owner` with its keys from the shortcut table, also in `owner`'s right-click menu."""
    action = QAction(owner)
    action.setObjectName(name)
    action.setShortcuts(keys_of(name))
    action.setShortcutContext(context)
    action.triggered.connect(slot)
    owner.addAction(action)
    owner.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action


def _button(name: str, slot: Callable[[], object], icon_name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    button.setIcon(icon(icon_name))
    button.clicked.connect(slot)
    return button


class ItemEditorSection(Section):
    """A filterable list of one kind of item beside its editor.

    Subclasses build the form (placing `tags`, the buttons and `status_label`
    where they fit, then calling `split`) and implement `show_item`,
    `item_from_form` and `form_is_blank`; this class does the rest, and
    keeps the item as last read or stored in `loaded`. Change
    signals of the form go to `mark_dirty`, which ignores them while the
    form is being filled. The form's text lives only in widgets, so the
    section keeps nothing once it is destroyed.
    """

    kind = ""
    empty_icon = "notebook"  # the picture of the empty state (widgets/empty_state.py)
    # Texts here use an explicit context: PySide's self.tr() would look them up under the subclass's name,
    # where lupdate never puts them.

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.current_id: str | None = None
        self.loaded: Item | None = None
        self.dirty = False
        self.filling = False  # the form is being filled by the program: its change signals are no edits
        self._closed = False  # set on lock: the section is about to be deleted
        self.pane = ItemListPane(context, self.kind)
        self.pane.chosen.connect(self._chosen)
        self.pane.new_button.clicked.connect(self.new_item)
        self.model, self.list_view, self.filter_field = self.pane.model, self.pane.list_view, self.pane.filter_field
        self.new_button = self.pane.new_button
        self.hint = TrashHint()
        self.hint.undo_requested.connect(self.undo_delete)
        self.tags = QLineEdit()
        self.tags.setObjectName(f"{self.kind}Tags")
        self.tags.textEdited.connect(self.mark_dirty)
        self.tags_label = QLabel()
        self.tags_label.setBuddy(self.tags)
        self.save_button = _button(f"{self.kind}SaveButton", lambda: self.save(), "device-floppy")
        self.delete_button = _button(f"{self.kind}DeleteButton", self.delete_current, "trash")
        self.history_button = _button(f"{self.kind}HistoryButton", self.open_history, "history")
        self.share_button = _button(f"{self.kind}ShareButton", self.open_share, "share")
        self.status_label = LiveLabel()
        self.status_label.setObjectName(f"{self.kind}StatusLabel")
        self.status_label.setWordWrap(True)
        # Delete only from the list: in the form it must keep deleting characters. Ctrl+S, Ctrl+F and Ctrl+H
        # are the window's (its Item menu), carried out here.
        self.delete_action = shortcut_action(self.list_view, "moveToTrashAction", self.delete_current,
                                             Qt.ShortcutContext.WidgetShortcut)
        self.save_action = self.add_command("saveAction", lambda: self.save())
        self.filter_action = self.add_command("filterAction", self.pane.focus_filter)
        self.history_action = self.add_command("historyAction", self.open_history)
        # A save while the list's selection is changing announces itself a moment later,
        # so the list is not reset underneath the view that is busy moving its selection.
        self._announce_timer = QTimer(self)
        self._announce_timer.setSingleShot(True)
        self._announce_timer.setInterval(0)
        self._announce_timer.timeout.connect(self._announce)

    def split(self, editor: QWidget) -> None:
        """Lay the list and the editor side by side (mirrored right to left), the Undo hint below.

        While no item is open, the empty state stands in the editor's place (one pattern for every section).
        """
        self.editor_pane = editor
        self.empty_state = EmptyState(f"{self.kind}EmptyState", self.empty_icon)
        self.empty_state.action.clicked.connect(self.new_item)
        self.editor_stack = QStackedWidget()
        self.editor_stack.setObjectName(f"{self.kind}EditorStack")
        self.editor_stack.addWidget(self.empty_state)
        self.editor_stack.addWidget(editor)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"{self.kind}Splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.pane)
        self.splitter.addWidget(self.editor_stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 720])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.hint)

    def retranslate_common(self) -> None:
        """Texts every item section shares."""
        self.filter_field.setPlaceholderText(QCoreApplication.translate("ItemEditorSection", "Filter…"))
        self.filter_field.setAccessibleName(QCoreApplication.translate("ItemEditorSection", "Filter the list"))
        # Not Alt+T: that is the Tools menu.
        self.tags_label.setText(QCoreApplication.translate("ItemEditorSection", "Ta&gs"))
        self.tags.setAccessibleName(QCoreApplication.translate("ItemEditorSection", "Tags"))
        self.tags.setPlaceholderText(QCoreApplication.translate("ItemEditorSection", "Separated by commas"))
        self.save_button.setText(QCoreApplication.translate("ItemEditorSection", "Save"))
        self.save_button.setAccessibleName(QCoreApplication.translate("ItemEditorSection", "Save"))
        self.save_button.setToolTip(shortcut("saveAction").native_text())
        self.delete_button.setText(QCoreApplication.translate("ItemEditorSection", "Move to trash"))
        self.delete_button.setAccessibleName(QCoreApplication.translate("ItemEditorSection", "Move to trash"))
        self.delete_button.setToolTip(QCoreApplication.translate("ItemEditorSection", "Delete key in the list"))
        self.history_button.setText(QCoreApplication.translate("ItemEditorSection", "History…"))
        self.history_button.setAccessibleName(QCoreApplication.translate("ItemEditorSection", "History"))
        self.history_button.setToolTip(QCoreApplication.translate(
            "ItemEditorSection", "Saved versions, and restoring one ({0})").format(
            shortcut("historyAction").native_text()))
        self.share_button.setText(QCoreApplication.translate("ItemEditorSection", "Share…"))
        self.share_button.setAccessibleName(QCoreApplication.translate("ItemEditorSection", "Share"))
        self.share_button.setToolTip(QCoreApplication.translate(
            "ItemEditorSection", "Share this item with a group, and see with which groups it is shared"))
        self.delete_action.setText(QCoreApplication.translate("ItemEditorSection", "Move to trash"))
        self.hint.retranslate()
        if hasattr(self, "empty_state"):
            self.empty_state.set_texts(*self.empty_state_texts())

    # -- what subclasses provide ------------------------------------------

    def show_item(self, item: Item | None) -> None:
        """Fill the form with `item`, or empty it (called with `filling` set)."""
        raise NotImplementedError

    def item_from_form(self) -> Item:
        """The item as the form shows it (raises InvalidValue for what cannot be stored)."""
        raise NotImplementedError

    def form_is_blank(self) -> bool:
        """True when a new, unsaved item has nothing typed in it."""
        raise NotImplementedError

    def focus_form(self) -> None:
        """Put the cursor in the first field."""

    def forget_form(self) -> None:
        """Locking: stop whatever the form runs in the background."""

    # -- editing ----------------------------------------------------------

    def mark_dirty(self) -> None:
        """The user changed something since the last save."""
        if not self.filling and not self.dirty:
            self.dirty = True
            self.status_label.setText(QCoreApplication.translate("ItemEditorSection", "Not saved yet."))
            set_state(self.status_label, "")

    def save(self, report: bool = True, *, announce_now: bool = True) -> bool:
        """Ctrl+S: store the form if it changed; False (and the form untouched) when it cannot be stored.

        `report` shows a dialog for the error; without it (leaving the section,
        locking: a lock must never wait for a click) the reason only goes to
        the status line, and the text stays.
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
            self.status_label.setText(
                QCoreApplication.translate("ItemEditorSection", "Not saved: {0}").format(describe_error(error)))
            set_state(self.status_label, "error")
            if report:
                self.context.show_error(self, error)
            return False
        self.current_id = self.pane.shown_id = stored.id
        self.loaded = stored
        self.delete_button.setEnabled(True)  # a new item, stored: it can be deleted now, and has a history
        self.history_button.setEnabled(True)
        self.share_button.setEnabled(True)
        self.dirty = False
        self.status_label.setText(QCoreApplication.translate("ItemEditorSection", "Saved."))
        set_state(self.status_label, "")
        if announce_now:
            self._announce()
        else:
            self._announce_timer.start()
        return True

    def _announce(self) -> None:
        self._announce_timer.stop()
        self.context.items_changed.emit(self.kind)  # this list (and the trash, other windows' lists) reload

    def new_item(self) -> None:
        """An empty form; nothing is stored until it is saved."""
        if self.save():
            self._show(None)
            self.show_editor(True)
            self.focus_form()

    def show_editor(self, shown: bool) -> None:
        """The editor (an item is open, or a new one is being written), or the empty state in its place."""
        self.editor_stack.setCurrentWidget(self.editor_pane if shown else self.empty_state)
        for button in (self.share_button, self.history_button, self.delete_button):
            button.setEnabled(shown and self.current_id is not None)

    def empty_state_texts(self) -> tuple[str, str, str]:
        """Heading, sentence and button of the empty state, for an empty list or for nothing chosen in it."""
        raise NotImplementedError

    def list_is_empty(self) -> bool:
        """True when the section holds no item at all (not merely none matching the filter)."""
        return self.model.rowCount() == 0 and not self.filter_field.text().strip()

    def open_item(self, item_id: str) -> None:
        """Show one item (from search, or Undo), even when the filter hid it."""
        if item_id != self.current_id:
            if not self.save() or not self._show_id(item_id):
                return
        self.pane.reveal(item_id)

    def open_first(self) -> None:
        """Show the first item of the list, if there is one."""
        first = self.model.item_id(0)
        if first is not None:
            self._show_id(first)

    def delete_current(self) -> None:
        """Delete: save, move the item shown to the trash (recoverable, so no question), show the next one."""
        item_id = self.current_id
        if item_id is None or not self.save():
            return  # a new item not yet saved: nothing to delete, and what is typed stays
        row = self.model.row_of(item_id)
        try:
            title = self.context.items.get(item_id).title
            self.context.items.delete(item_id)
        except AmanatError as error:
            self.context.show_error(self, error)
            return
        self.current_id = self.pane.shown_id = None
        self._announce()  # reloads this list and the trash
        next_id = self.model.item_id(min(row or 0, self.model.rowCount() - 1))
        if next_id is None or not self._show_id(next_id):
            self._show(None)
        self.hint.offer(item_id, title or QCoreApplication.translate("ItemListModel", "(untitled)"))

    def undo_delete(self, item_id: str) -> None:
        """Undo: take the item just moved to the trash back out, and show it."""
        try:
            self.context.items.restore(item_id)
        except AmanatError as error:
            self.context.show_error(self, error)
            return
        self._announce()
        self.open_item(item_id)

    def item_to_share(self) -> str | None:
        return self.current_id if self.current_id is not None and self.save() else None

    def open_history(self) -> HistoryDialog | None:
        """The saved versions of the item shown (saved first, so the newest is among them)."""
        if self.current_id is None or not self.save():
            return None
        dialog = HistoryDialog(self.context, self.current_id, self)
        # The dialog announces the change, so the list is fresh; the form is ours to refresh.
        dialog.restored.connect(lambda item_id: self._show_id(item_id) if item_id == self.current_id else None)
        dialog.open()
        return dialog

    # -- the list ---------------------------------------------------------

    def reload(self) -> None:
        """Re-read the list; the form keeps what is typed unless its item has gone away."""
        if self._closed:
            return
        self.pane.reload()
        self.empty_state.set_texts(*self.empty_state_texts())  # the list may have become empty, or no longer be
        if self.current_id is None or self.dirty:
            return
        try:
            gone = self.context.items.is_in_trash(self.current_id)
            stale = not gone and self.loaded is not None and self.context.items.get(self.current_id).revision != \
                self.loaded.revision  # changed elsewhere (a task marked done, a bundle): shown anew, not overwritten
        except AmanatError:  # deleted for good
            gone = True
        if gone:
            self._show(None)
        elif stale:
            self._show_id(self.current_id)

    def _chosen(self, item_id: str) -> None:
        if not self.save(announce_now=False):
            self.pane.select(self.current_id)  # stay, with everything typed still there
            return
        self._show_id(item_id)

    # -- showing ----------------------------------------------------------

    def _show_id(self, item_id: str) -> bool:
        try:
            item = self.context.items.get(item_id, self.kind)
        except AmanatError as error:
            self.context.show_error(self, error)
            self.reload()
            return False
        self._show(item)
        return True

    def _show(self, item: Item | None) -> None:
        self.current_id = item.id if item is not None else None
        self.loaded = item
        self.filling = True
        try:
            self.show_item(item)
        finally:
            self.filling = False
        self.dirty = False
        self.status_label.clear()
        self.pane.select(self.current_id)
        self.show_editor(item is not None)
        self.empty_state.set_texts(*self.empty_state_texts())

    # -- lifetime ---------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        # Another section, the window minimised, or the window locking: keep what was typed, quietly.
        if not self._closed:
            self.save(report=False)
        super().hideEvent(event)

    def forget(self) -> None:
        """Locking, before the vault closes: save what was typed, then keep nothing."""
        if not self._closed:
            self.save(report=False)
            self._close()

    def _close(self) -> None:
        self._closed = True
        self._announce_timer.stop()
        self.hint.dismiss()
        self.forget_form()
        self._show(None)
        self.pane.clear()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DeferredDelete and not self._closed:
            self._close()
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and not self._closed:
            self.reload()  # the list's dates and digits follow the language
