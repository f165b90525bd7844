"""Notes: a filterable list beside a Markdown editor with preview, history and attachments.

Unsaved edits are saved when another note, another section or a new note is
chosen, when the window locks, and on Ctrl+S. The section keeps the note
only in its widgets and forgets everything when it is deleted on lock.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QFont, QHideEvent, QImage, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AmanatError
from app.models import KIND_NOTE, MAX_TITLE_CHARS, Note
from app.ui.models.item_list_model import IdRole, ItemListModel
from app.ui.models.list_delegate import TwoLineDelegate
from app.ui.sections.attachment_views import AttachmentPanel
from app.ui.sections.history_dialog import HistoryDialog
from app.ui.sections.section import Section
from app.ui.widgets.context import UiContext
from app.ui.widgets.error_text import describe_error
from app.ui.widgets.tags import parse_tags
from app.ui.widgets.text_direction import isolate, text_direction

UNDO_HINT_MS = 15_000
DIRECTION_SCAN_BLOCKS = 50
WRITE_TAB, PREVIEW_TAB, ATTACHMENTS_TAB = range(3)


class MarkdownPreview(QTextBrowser):
    """Rendered Markdown that never loads anything: no links followed, no images fetched, no files read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        # A note must not make Amanat read a local file or reach the network. An empty image, not
        # None: for a null answer QTextDocument falls back to reading file: URLs itself.
        return QImage()

    def show_markdown(self, text: str) -> None:
        """Render `text`; each paragraph takes the direction of its own first strong character."""
        self.setMarkdown(text)


class NotesSection(Section):
    """The list of notes and the editor of the note chosen in it."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("notesSection")
        self._current_id: str | None = None
        self._dirty = False
        self._loading = False  # filling the editor: its change signals are not edits
        self._syncing = False  # moving the list's selection ourselves: not a user's choice
        self._last_trashed: str | None = None
        self._preview_stale = True
        self._closed = False  # set when the section is being deleted (on lock)
        self._build_list()
        self._build_editor()
        self._build_hint()
        self._build_actions()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("notesSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.editor_stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.hint)

        # A save while the list's selection is changing announces itself a moment later,
        # so the list is not reset underneath the view that is busy moving its selection.
        self._announce_timer = QTimer(self)
        self._announce_timer.setSingleShot(True)
        self._announce_timer.setInterval(0)
        self._announce_timer.timeout.connect(self._announce)
        self.retranslate()
        self._show_nothing()

    # -- building ---------------------------------------------------------

    def _build_list(self) -> None:
        self.filter = QLineEdit()
        self.filter.setObjectName("notesFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.filter.returnPressed.connect(self._focus_list)
        self.model = ItemListModel(self.context, KIND_NOTE)
        self.model.setParent(self)
        self.list_view = QListView()
        self.list_view.setObjectName("notesList")
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(TwoLineDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newNoteButton")
        self.new_button.clicked.connect(self.new_item)
        self.list_panel = QWidget()
        self.list_panel.setObjectName("notesListPanel")
        self.list_panel.setMinimumWidth(220)
        column = QVBoxLayout(self.list_panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filter)
        column.addWidget(self.list_view, 1)
        column.addWidget(self.new_button)

    def _build_editor(self) -> None:
        self.title = QLineEdit()
        self.title.setObjectName("noteTitle")
        self.title.setMaxLength(MAX_TITLE_CHARS)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.textEdited.connect(self._edited)
        self.pin = QToolButton()
        self.pin.setObjectName("notePin")
        self.pin.setCheckable(True)
        self.pin.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.pin.toggled.connect(self._pin_toggled)
        self.history_button = QToolButton()
        self.history_button.setObjectName("noteHistoryButton")
        self.history_button.clicked.connect(self.open_history)
        self.share_button = QToolButton()
        self.share_button.setObjectName("noteShareButton")
        self.share_button.clicked.connect(self.open_share)
        self.trash_button = QToolButton()
        self.trash_button.setObjectName("noteTrashButton")
        self.trash_button.clicked.connect(self.delete_current)
        self.tags_label = QLabel()
        self.tags = QLineEdit()
        self.tags.setObjectName("noteTags")
        self.tags.textEdited.connect(self._edited)
        self.tags_label.setBuddy(self.tags)

        self.body = QPlainTextEdit()
        self.body.setObjectName("noteBody")
        self.body.setTabChangesFocus(True)  # Tab leaves the editor: keyboard users must get out
        self.body.textChanged.connect(self._body_changed)
        self.body.document().setDocumentMargin(8)
        self.preview = MarkdownPreview()
        self.preview.setObjectName("notePreview")
        self.preview.document().setDocumentMargin(12)
        self.attachments = AttachmentPanel(self.context)
        self.attachments.count_changed.connect(lambda _count: self._retitle_tabs())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("noteTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.body, "")
        self.tabs.addTab(self.preview, "")
        self.tabs.addTab(self.attachments, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        self.state = QLabel()
        self.state.setObjectName("noteState")
        self.save_button = QPushButton()
        self.save_button.setObjectName("noteSaveButton")
        self.save_button.clicked.connect(self.save)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.pin)
        top.addWidget(self.history_button)
        top.addWidget(self.share_button)
        top.addWidget(self.trash_button)
        tags_row = QHBoxLayout()
        tags_row.addWidget(self.tags_label)
        tags_row.addWidget(self.tags, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.save_button)
        self.editor = QWidget()
        self.editor.setObjectName("noteEditor")
        column = QVBoxLayout(self.editor)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addLayout(tags_row)
        column.addWidget(self.tabs, 1)
        column.addLayout(bottom)

        self.empty = QLabel()
        self.empty.setObjectName("notesEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.editor_stack = QStackedWidget()
        self.editor_stack.setObjectName("notesEditorStack")
        self.editor_stack.addWidget(self.empty)
        self.editor_stack.addWidget(self.editor)

    def _build_hint(self) -> None:
        self.hint = QFrame()
        self.hint.setObjectName("trashHint")
        self.hint.setFrameShape(QFrame.Shape.StyledPanel)
        self.hint_text = QLabel()
        self.hint_text.setObjectName("trashHintText")
        self.hint_text.setWordWrap(True)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoTrashButton")
        self.undo_button.clicked.connect(self.undo_delete)
        row = QHBoxLayout(self.hint)
        row.setContentsMargins(10, 4, 4, 4)
        row.addWidget(self.hint_text, 1)
        row.addWidget(self.undo_button)
        self.hint.hide()
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(UNDO_HINT_MS)
        self._hint_timer.timeout.connect(self._hide_hint)

    def _build_actions(self) -> None:
        def action(name: str, keys: QKeySequence, slot: Any, owner: QWidget,
                   context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
            act = QAction(owner)
            act.setObjectName(name)
            act.setShortcut(keys)
            act.setShortcutContext(context)
            act.triggered.connect(slot)
            owner.addAction(act)
            return act

        # Window-wide while this section is on screen: Qt ignores actions of hidden sections.
        self.save_action = action("saveNoteAction", QKeySequence(QKeySequence.StandardKey.Save), self.save, self)
        self.history_action = action("noteHistoryAction", QKeySequence("Ctrl+Shift+H"), self.open_history, self)
        self.filter_action = action("filterNotesAction", QKeySequence(QKeySequence.StandardKey.Find),
                                    self._focus_filter, self)
        self.preview_action = action("togglePreviewAction", QKeySequence("Ctrl+Shift+P"), self.toggle_preview, self)
        # Delete only from the list: in the editor it must keep deleting characters.
        self.trash_action = action("trashNoteAction", QKeySequence(QKeySequence.StandardKey.Delete),
                                   self.delete_current, self.list_view, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- language ---------------------------------------------------------

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter notes (Ctrl+F)"))
        self.filter.setAccessibleName(self.tr("Filter notes"))
        self.list_view.setAccessibleName(self.tr("Notes"))
        self.new_button.setText(self.tr("New note"))
        self.new_button.setAccessibleName(self.tr("New note"))
        self.new_button.setToolTip(self.tr("New note (Ctrl+N)"))
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setAccessibleName(self.tr("Title"))
        self.pin.setAccessibleName(self.tr("Pin to the top of the list"))
        self.pin.setToolTip(self.tr("Pinned notes stay at the top of the list."))
        self.history_button.setText(self.tr("History…"))
        self.history_button.setAccessibleName(self.tr("History"))
        self.history_button.setToolTip(self.tr("Earlier versions of this note (Ctrl+Shift+H)"))
        self.share_button.setText(self.tr("Share…"))
        self.share_button.setAccessibleName(self.tr("Share"))
        self.share_button.setToolTip(self.tr("Share this note with a group, and see with which groups it is shared"))
        self.trash_button.setText(self.tr("Move to trash"))
        self.trash_button.setAccessibleName(self.tr("Move to trash"))
        self.trash_button.setToolTip(self.tr("Move this note to the trash (Delete in the list)"))
        self.tags_label.setText(self.tr("&Tags:"))
        self.tags.setPlaceholderText(self.tr("separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        self.body.setPlaceholderText(self.tr("Write here. Markdown works: # heading, *italic*, **bold**, - list."))
        self.body.setAccessibleName(self.tr("Text of the note, in Markdown"))
        self.preview.setAccessibleName(self.tr("Preview of the note"))
        self.tabs.setAccessibleName(self.tr("Note views"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S). Notes are also saved when you switch away."))
        self.empty.setText(self.tr("No note is open. Choose one from the list, or press Ctrl+N to write a new one."))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo: take the note back out of the trash"))
        self.save_action.setText(self.tr("Save note"))
        self.history_action.setText(self.tr("Note history"))
        self.filter_action.setText(self.tr("Filter notes"))
        self.preview_action.setText(self.tr("Switch between writing and preview"))
        self.trash_action.setText(self.tr("Move note to trash"))
        self._update_pin_text()
        self._retitle_tabs()
        self._update_state()

    def _retitle_tabs(self) -> None:
        count = self.attachments.model.rowCount()
        self.tabs.setTabText(WRITE_TAB, self.tr("Write"))
        self.tabs.setTabText(PREVIEW_TAB, self.tr("Preview"))
        self.tabs.setTabToolTip(PREVIEW_TAB, self.tr("Preview (Ctrl+Shift+P)"))
        attachments = self.tr("Attachments")
        if count:
            attachments = self.tr("Attachments ({0})").format(self.context.localise_digits(str(count)))
        self.tabs.setTabText(ATTACHMENTS_TAB, attachments)

    def _update_pin_text(self) -> None:
        self.pin.setText(self.tr("Pinned") if self.pin.isChecked() else self.tr("Pin"))

    def _update_state(self) -> None:
        if self._current_id is None:
            self.state.clear()
        elif self._dirty:
            self.state.setText(self.tr("Unsaved changes"))
        else:
            self.state.setText(self.tr("Saved"))

    # -- the list ---------------------------------------------------------

    def reload(self) -> None:
        """Re-read the list, keeping the note on screen selected if it is still listed."""
        with self._moving_selection():
            self.model.reload()
            self._select_in_list(self._current_id)

    @contextlib.contextmanager
    def _moving_selection(self) -> Iterator[None]:
        """Within the block, selection changes are ours, not the user's choice of another note."""
        previous, self._syncing = self._syncing, True
        try:
            yield
        finally:
            self._syncing = previous

    def _select_in_list(self, item_id: str | None) -> None:
        row = self.model.row_of(item_id) if item_id else None
        selection = self.list_view.selectionModel()
        if row is None:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), selection.SelectionFlag.NoUpdate)
            return
        index = self.model.index(row, 0)
        selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)
        self.list_view.scrollTo(index)

    def _filter_changed(self, text: str) -> None:
        if self._closed:
            return
        with self._moving_selection():
            self.model.set_filter(text)
            self._select_in_list(self._current_id)

    def _focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _focus_list(self) -> None:
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.list_view.currentIndex().isValid() and self.model.rowCount():
            self.list_view.setCurrentIndex(self.model.index(0, 0))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        item_id = current.data(IdRole) if current.isValid() else None
        if item_id is None or item_id == self._current_id:
            return
        if not self.save(announce_now=False):
            with self._moving_selection():
                self._select_in_list(self._current_id)  # stay on the note that could not be saved
            return
        self._open(str(item_id))

    # -- the editor -------------------------------------------------------

    def _open(self, item_id: str) -> bool:
        """Show one note in the editor (the list selection is the caller's business)."""
        try:
            item = self.context.items.get(item_id, KIND_NOTE)
        except AmanatError as error:
            self.context.show_error(self, error)
            return False
        assert isinstance(item, Note)
        self._show_note(item)
        return True

    def _show_note(self, note: Note) -> None:
        self._loading = True
        try:
            self._current_id = note.id
            self.title.setText(note.title)
            self.title.setCursorPosition(0)
            self.tags.setText(", ".join(note.tags))
            self.pin.setChecked(note.pinned)
            self.body.setPlainText(note.body)
            self._follow_content_direction()
            self._preview_stale = True
            if self.tabs.currentIndex() == PREVIEW_TAB:
                self._render_preview()
            self.attachments.set_item(note.id)
            self._dirty = False
        finally:
            self._loading = False
        self._update_pin_text()
        self._update_state()
        self.editor_stack.setCurrentWidget(self.editor)

    def _show_nothing(self) -> None:
        self._loading = True
        try:
            self._current_id = None
            self._dirty = False
            self.title.clear()
            self.tags.clear()
            self.pin.setChecked(False)
            self.body.clear()
            self.preview.clear()
            self.attachments.set_item(None)
        finally:
            self._loading = False
        self._update_state()
        self.editor_stack.setCurrentWidget(self.empty)

    def _edited(self) -> None:
        if not self._loading and self._current_id is not None:
            self._dirty = True
            self._preview_stale = True
            self._update_state()

    def _body_changed(self) -> None:
        if not self._loading:
            self._follow_content_direction()
        self._edited()

    def _pin_toggled(self, _checked: bool) -> None:
        self._update_pin_text()
        if not self._loading and self._current_id is not None:
            self._dirty = True
            self.save()  # pinning is a choice about the list: it shows at once

    def _follow_content_direction(self) -> None:
        """Align the editor by the note's first strongly directional character (title as fallback).

        QPlainTextEdit gives every paragraph its own bidi direction but one
        alignment for all, so the note's own language decides it.
        """
        direction = None
        block = self.body.document().firstBlock()
        for _ in range(DIRECTION_SCAN_BLOCKS):
            if not block.isValid():
                break
            if any(c.isalpha() for c in block.text()):
                direction = text_direction(block.text())
                break
            block = block.next()
        if direction is None and any(c.isalpha() for c in self.title.text()):
            direction = text_direction(self.title.text())
        right = direction == "rtl" if direction is not None else self.isRightToLeft()
        option = self.body.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setAlignment((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                            | Qt.AlignmentFlag.AlignAbsolute)
        if option.alignment() != self.body.document().defaultTextOption().alignment():
            self.body.document().setDefaultTextOption(option)

    def _tab_changed(self, index: int) -> None:
        if index == PREVIEW_TAB:
            self._render_preview()

    def _render_preview(self) -> None:
        if self._preview_stale:
            self.preview.show_markdown(self.body.toPlainText())
            self._preview_stale = False

    def toggle_preview(self) -> None:
        """Ctrl+Shift+P: between writing and the rendered preview."""
        if self._current_id is None:
            return
        if self.tabs.currentIndex() == PREVIEW_TAB:
            self.tabs.setCurrentIndex(WRITE_TAB)
            self.body.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.tabs.setCurrentIndex(PREVIEW_TAB)
            self.preview.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- saving -----------------------------------------------------------

    def save(self, announce_now: bool = True, *, ask: bool = True) -> bool:
        """Ctrl+S: store the editor's note if it changed; False (after telling the user) if it cannot be.

        With `ask=False` a failure is shown beside the Save button instead of
        in a dialog: a lock must never wait for someone to click OK.
        """
        if self._current_id is None or not self._dirty:
            return True
        try:
            stored = self.context.items.get(self._current_id, KIND_NOTE)
            assert isinstance(stored, Note)
            changed = replace(stored, title=self.title.text(), body=self.body.toPlainText(),
                              tags=parse_tags(self.tags.text()), pinned=self.pin.isChecked())
            self.context.items.save(changed)
        except AmanatError as error:
            if ask:
                self.context.show_error(self, error)
            self.state.setText(self.tr("Not saved: {0}").format(describe_error(error)))
            return False
        self._dirty = False
        self._update_state()
        if announce_now:
            self._announce()
        else:
            self._announce_timer.start()
        return True

    def _announce(self) -> None:
        self._announce_timer.stop()
        self.context.items_changed.emit(KIND_NOTE)

    def hideEvent(self, event: QHideEvent) -> None:
        # Another section, the window minimised, or the window locking: keep what was typed.
        if not self._closed:
            self.save(ask=False)
        super().hideEvent(event)

    # -- Section ----------------------------------------------------------

    def new_item(self) -> None:
        """Ctrl+N: a new note titled 'Untitled note', selected, with its title ready to type over."""
        if not self.save():
            return
        try:
            note = self.context.items.add_note(self.tr("Untitled note"))
        except AmanatError as error:
            self.context.show_error(self, error)
            return
        self._show_note(note)
        self.filter.clear()
        self._announce()  # the workspace reloads the list, which selects the new note
        self.tabs.setCurrentIndex(WRITE_TAB)
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title.selectAll()

    def open_item(self, item_id: str) -> None:
        """Show one note (a search result was opened)."""
        if item_id != self._current_id:
            if not self.save():
                return
            if not self._open(item_id):
                return
        if self.model.row_of(item_id) is None and self.filter.text():
            self.filter.clear()
        with self._moving_selection():
            self._select_in_list(item_id)
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def item_to_share(self) -> str | None:
        return self._current_id if self._current_id is not None and self.save() else None

    def current_note_id(self) -> str | None:
        """The id of the note in the editor."""
        return self._current_id

    def is_dirty(self) -> bool:
        """True when the editor holds changes not yet saved."""
        return self._dirty

    # -- trash and history ------------------------------------------------

    def delete_current(self) -> None:
        """Delete: move the note to the trash (recoverable, so no question asked)."""
        item_id = self._current_id
        if item_id is None or not self.save():
            return
        row = self.list_view.currentIndex().row()
        title = self.title.text() or self.tr("(untitled)")
        try:
            self.context.items.delete(item_id)
        except AmanatError as error:
            self.context.show_error(self, error)
            return
        self._show_nothing()
        self._announce()  # the workspace reloads this list and the trash
        self._show_hint(item_id, title)
        if self.model.rowCount():
            self.list_view.setCurrentIndex(self.model.index(min(max(row, 0), self.model.rowCount() - 1), 0))

    def _show_hint(self, item_id: str, title: str) -> None:
        self._last_trashed = item_id
        self.hint_text.setText(self.tr("“{0}” is in the trash.").format(isolate(title)))
        self.hint.show()
        self._hint_timer.start()

    def _hide_hint(self) -> None:
        self._last_trashed = None
        self.hint_text.clear()
        self.hint.hide()

    def undo_delete(self) -> None:
        """Undo: bring the note just moved to the trash back, and show it."""
        item_id = self._last_trashed
        self._hide_hint()
        if item_id is None:
            return
        try:
            self.context.items.restore(item_id)
        except AmanatError as error:
            self.context.show_error(self, error)
            return
        self._announce()
        self.open_item(item_id)

    def open_history(self) -> HistoryDialog | None:
        """Ctrl+Shift+H: earlier versions of the note, and restoring one."""
        if self._current_id is None or not self.save():
            return None
        dialog = HistoryDialog(self.context, self._current_id, self)
        dialog.restored.connect(self._revision_restored)
        dialog.open()
        return dialog

    def _revision_restored(self, item_id: str) -> None:
        # The dialog has announced the change, so the list is fresh; the editor is ours to refresh.
        if item_id == self._current_id:
            self._dirty = False
            self._open(item_id)

    # -- lifetime ---------------------------------------------------------

    def forget(self) -> None:
        """Locking, before the vault closes: save what was typed, then keep nothing."""
        if not self._closed:
            self.save(ask=False)
            self._forget_everything()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DeferredDelete and not self._closed:
            self._forget_everything()
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._follow_content_direction()
        elif event.type() == QEvent.Type.LanguageChange and not self._closed:
            self.reload()  # dates and digits follow the language

    def _forget_everything(self) -> None:
        """On lock (the section is being deleted): no text, no rows, no worker left behind."""
        self._closed = True
        self._announce_timer.stop()
        self._hint_timer.stop()
        self.attachments.shutdown()
        self._hide_hint()
        self._show_nothing()
        self.filter.clear()
        self.model.clear()
        self.tabs.setTabText(ATTACHMENTS_TAB, self.tr("Attachments"))
