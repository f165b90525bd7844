"""Comment threads beside a note's text or a draft's sections: read, add, reply, resolve, go to the passage.

The panel is given the text fields of the form it sits beside (text name → field: "body", or
"section:<key>") and a way to save the form: a comment is written on the text as saved, so the
form is saved first. Passages are marked in the fields with extra selections; their cursors are
made once the threads are read and Qt moves them with every edit typed since, so the marks stay on
their passage until the next save reads them again from the vault.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import AmanatError
from amanat.app.models import Item
from amanat.app.sharing.comment_threads import CommentThread
from amanat.app.ui.sections.comment_texts import (
    author_text,
    code_point_index,
    conversation_html,
    passage_cursors,
    shortened,
)
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.shortcut_table import shortcut
from amanat.app.ui.widgets.text_direction import isolate
from amanat.app.ui.widgets.theme import set_type

TextField = QPlainTextEdit | QTextEdit
MARK = QColor(255, 200, 60, 90)
MARK_CHOSEN = QColor(255, 170, 0, 170)


class CommentsPanel(QWidget):
    """The threads of the item open beside it, and what can be done with them."""

    def __init__(self, context: UiContext, fields: Callable[[], dict[str, TextField]], save: Callable[[], bool],
                 reveal: Callable[[str], None], parent: QWidget | None = None, *, exports: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("commentsPanel")
        self.context = context
        self._fields = fields
        self._save = save
        self._reveal = reveal
        self.item_id: str | None = None
        self.threads: list[CommentThread] = []
        self._cursors: dict[str, tuple[str, QTextCursor]] = {}
        self._pending: tuple[str, QTextCursor] | None = None
        self.toggle_button = QToolButton()
        self.toggle_button.setObjectName("commentsToggle")
        self.toggle_button.setCheckable(True)
        self.toggle_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toggle_button.toggled.connect(self.setVisible)
        self.heading = QLabel()
        set_type(self.heading, "subheading")
        self.show_resolved = QCheckBox()
        self.show_resolved.setObjectName("commentsShowResolved")
        self.show_resolved.toggled.connect(lambda _on: self._fill_list())
        self.thread_list = QListWidget()
        self.thread_list.setObjectName("commentThreads")
        self.thread_list.setWordWrap(True)
        self.thread_list.currentItemChanged.connect(lambda *_: self._thread_chosen())
        self.thread_list.itemActivated.connect(lambda _item: self.jump())
        self.conversation = QTextBrowser()
        self.conversation.setObjectName("commentConversation")
        self.conversation.setOpenLinks(False)
        self.reply_field = QPlainTextEdit()
        self.reply_field.setObjectName("commentReply")
        self.reply_field.setTabChangesFocus(True)
        self.reply_field.setMaximumHeight(54)
        self.reply_button = QPushButton()
        self.reply_button.setObjectName("commentReplyButton")
        self.reply_button.clicked.connect(self.reply)
        self.resolve_button = QPushButton()
        self.resolve_button.setObjectName("commentResolveButton")
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.jump_button = QPushButton()
        self.jump_button.setObjectName("commentJumpButton")
        self.jump_button.clicked.connect(self.jump)
        self.new_quote = QLabel()
        self.new_quote.setObjectName("newCommentQuote")
        self.new_quote.setWordWrap(True)
        self.new_field = QPlainTextEdit()
        self.new_field.setObjectName("newComment")
        self.new_field.setTabChangesFocus(True)
        self.new_field.setMaximumHeight(64)
        self.add_button = QPushButton()
        self.add_button.setObjectName("commentAddButton")
        self.add_button.clicked.connect(self.add)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("commentCancelButton")
        self.cancel_button.clicked.connect(self.cancel_new)
        self.include_in_export = QCheckBox()  # for a section that exports its items (Strategy)
        self.include_in_export.setObjectName("exportWithComments")
        self.include_in_export.setVisible(False)
        self._exports = exports
        self.status = LiveLabel()
        self.status.setObjectName("commentsStatus")
        self.status.setWordWrap(True)
        self._build_layout()
        self.retranslate()
        self.setVisible(False)
        self._show_detail()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_resolved)
        self.new_box = QWidget()
        self.new_box.setObjectName("newCommentBox")
        new_layout = QVBoxLayout(self.new_box)
        new_layout.setContentsMargins(0, 0, 0, 0)
        new_layout.addWidget(self.new_quote)
        new_layout.addWidget(self.new_field)
        new_buttons = QHBoxLayout()
        new_buttons.addStretch(1)
        new_buttons.addWidget(self.cancel_button)
        new_buttons.addWidget(self.add_button)
        new_layout.addLayout(new_buttons)
        actions = QHBoxLayout()
        actions.addWidget(self.jump_button)
        actions.addWidget(self.resolve_button)
        actions.addStretch(1)
        actions.addWidget(self.reply_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.include_in_export)
        column.addWidget(self.new_box)
        column.addWidget(self.thread_list, 2)
        column.addWidget(self.conversation, 4)
        column.addWidget(self.reply_field)
        column.addLayout(actions)
        column.addWidget(self.status)
        self.setMinimumWidth(250)
        self.setMaximumWidth(380)

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.heading.setText(self.tr("Comments"))
        self.show_resolved.setText(self.tr("Show resolved"))
        self.show_resolved.setToolTip(self.tr("Also list the threads someone marked as resolved"))
        self.thread_list.setAccessibleName(self.tr("Comment threads"))
        self.conversation.setAccessibleName(self.tr("Comments of the chosen thread"))
        self.reply_field.setPlaceholderText(self.tr("Reply…"))
        self.reply_field.setAccessibleName(self.tr("Reply"))
        self.reply_button.setText(self.tr("Reply"))
        self.jump_button.setText(self.tr("Go to passage"))
        self.jump_button.setToolTip(self.tr("Select the passage this thread is about"))
        self.new_field.setPlaceholderText(self.tr("Your comment on the selected passage…"))
        self.new_field.setAccessibleName(self.tr("New comment"))
        self.add_button.setText(self.tr("Comment"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.include_in_export.setText(self.tr("Include them when exporting"))
        self.include_in_export.setToolTip(self.tr("Exports leave comments out unless this is ticked"))
        self._update_toggle()
        self._show_detail()
        self._fill_list()

    def _update_toggle(self) -> None:
        open_count = sum(1 for thread in self.threads if not thread.resolved)
        text = self.tr("Comments")
        if open_count:
            text = self.tr("Comments ({0})").format(self.context.localise_digits(str(open_count)))
        self.toggle_button.setText(text)
        self.toggle_button.setAccessibleName(text)
        self.toggle_button.setToolTip(self.tr("Show or hide the comments beside the text"))

    def set_item(self, item_id: str | None) -> None:
        """Show the threads of `item_id` (None: nothing open)."""
        self.item_id = item_id
        self.include_in_export.setChecked(False)  # asked again for every item: exports leave comments out
        self.cancel_new()
        self.reload()
        if self.threads and not self.toggle_button.isChecked():
            self.toggle_button.setChecked(True)

    def reload(self, keep: str | None = None) -> None:
        """Read the threads again (the form was saved, or a bundle arrived); keep `keep` chosen."""
        chosen = keep or self._chosen_id()
        self.threads = []
        self.status.setText("")
        if self.item_id is not None:
            try:
                self.threads = self.context.vault.sync.comments.threads(self.item_id)
            except AmanatError as error:
                self.status.setText(str(error))
        self._cursors = passage_cursors(self.threads, self._fields())
        self._fill_list(chosen)
        self._update_toggle()
        self.mark_passages()
        self.include_in_export.setVisible(self._exports and bool(self.threads))
        if not self.threads and self.item_id is not None and not self.status.text():
            self.status.setText(self.tr("No comments yet: select a passage, then press {0}.").format(
                shortcut("commentAction").native_text()))

    def refresh_if_shown_as_saved(self, loaded: Item | None, dirty: bool) -> None:
        """Read the threads again (a bundle may have brought some) while the form shows the item as saved."""
        if loaded is None or dirty or loaded.id != self.item_id:
            return
        try:
            current = self.context.items.get(loaded.id).revision == loaded.revision
        except AmanatError:
            current = False
        if current:
            self.reload()

    def exported(self) -> list[CommentThread]:
        """The threads an export includes: none unless the user ticked Export with comments."""
        return list(self.threads) if self.include_in_export.isChecked() else []

    def _visible_threads(self) -> list[CommentThread]:
        return [t for t in self.threads if self.show_resolved.isChecked() or not t.resolved]

    def _fill_list(self, chosen: str | None = None) -> None:
        chosen = chosen or self._chosen_id()
        self.thread_list.blockSignals(True)
        self.thread_list.clear()
        for thread in self._visible_threads():
            first = thread.comments[0] if thread.comments else None
            lines = [f"«{isolate(shortened(thread.quote, 50))}»"]
            if first is not None:
                lines.append(f"{author_text(first)}: {isolate(shortened(first.body))}")
            replies = len(thread.comments) - 1
            if replies:
                lines.append(self.context.counted(replies, self.tr("{0} reply"), self.tr("{0} replies")))
            if thread.resolved:
                lines.append(self.tr("Resolved"))
            if thread.passage is None:
                lines.append(self.tr("The passage was deleted"))
            entry = QListWidgetItem("\n".join(lines))
            entry.setData(Qt.ItemDataRole.UserRole, thread.id)
            self.thread_list.addItem(entry)
            if thread.id == chosen:
                self.thread_list.setCurrentItem(entry)
        self.thread_list.blockSignals(False)
        if self.thread_list.currentItem() is None and self.thread_list.count():
            self.thread_list.setCurrentRow(0)
        self._show_detail()

    def _chosen_id(self) -> str | None:
        entry = self.thread_list.currentItem()
        return None if entry is None else str(entry.data(Qt.ItemDataRole.UserRole))

    def chosen(self) -> CommentThread | None:
        """The thread chosen in the list."""
        chosen = self._chosen_id()
        return next((thread for thread in self.threads if thread.id == chosen), None)

    def _thread_chosen(self) -> None:
        self._show_detail()
        self.mark_passages()

    def _show_detail(self) -> None:
        thread = self.chosen()
        for widget in (self.reply_field, self.reply_button, self.resolve_button, self.jump_button):
            widget.setEnabled(thread is not None)
        self.jump_button.setEnabled(thread is not None and thread.id in self._cursors)
        self.resolve_button.setText(self.tr("Reopen") if thread and thread.resolved else self.tr("Resolve"))
        self.conversation.setHtml("" if thread is None else conversation_html(self, self.context, thread))

    def mark_passages(self) -> None:
        """Mark every listed thread's passage in its field; the chosen one more strongly."""
        chosen = self._chosen_id()
        shown = {thread.id for thread in self._visible_threads()}
        marks: dict[str, list[QTextEdit.ExtraSelection]] = {}
        for thread_id, (name, cursor) in self._cursors.items():
            if thread_id not in shown:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            text_format = QTextCharFormat()
            text_format.setBackground(MARK_CHOSEN if thread_id == chosen else MARK)
            selection.format = text_format
            marks.setdefault(name, []).append(selection)
        for name, field in self._fields().items():
            field.setExtraSelections(marks.get(name, []))

    def jump(self) -> None:
        """Select the chosen thread's passage in its field and put the cursor there."""
        thread = self.chosen()
        if thread is None or thread.id not in self._cursors:
            return
        name, cursor = self._cursors[thread.id]
        field = self._fields().get(name)
        if field is None:
            return
        self._reveal(name)
        field.setTextCursor(QTextCursor(cursor))
        field.ensureCursorVisible()
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def begin_new(self) -> None:
        """Comment on the passage selected in the field that has (or last had) the cursor."""
        if self.item_id is None:
            return
        found = next(((name, field) for name, field in self._fields().items()
                      if field.hasFocus() and field.textCursor().hasSelection()), None)
        if found is None:
            found = next(((name, field) for name, field in self._fields().items()
                          if field.textCursor().hasSelection()), None)
        self.toggle_button.setChecked(True)
        if found is None:
            self.status.setText(self.tr("Select the passage you want to comment on, then choose Comment."))
            return
        name, field = found
        self._pending = (name, QTextCursor(field.textCursor()))
        self.new_quote.setText(self.tr("On «{0}»").format(isolate(shortened(field.textCursor().selectedText()))))
        self.new_box.setVisible(True)
        self.status.setText("")
        self.new_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_new(self) -> None:
        """Close the new comment box without writing anything."""
        self._pending = None
        self.new_field.clear()
        self.new_box.setVisible(False)

    def add(self) -> None:
        """Save the form, then write the new comment on the pending passage."""
        if self._pending is None or self.item_id is None:
            return
        name, cursor = self._pending
        if not cursor.hasSelection():
            self.status.setText(self.tr("The selected passage was deleted meanwhile: select it again."))
            return
        if not self._save():
            return
        field = self._fields().get(name)
        if field is None:
            return
        text = field.toPlainText()
        start, end = code_point_index(text, cursor.selectionStart()), code_point_index(text, cursor.selectionEnd())
        try:
            thread = self.context.vault.sync.comments.start(self.item_id, name, start, end,
                                                            self.new_field.toPlainText())
        except AmanatError as error:
            self.status.setText(str(error))
            return
        self.cancel_new()
        self.reload(keep=thread.id)
        self.status.setText(self.tr("Comment added."))

    def reply(self) -> None:
        """Answer the chosen thread."""
        thread = self.chosen()
        if thread is None or self.item_id is None:
            return
        try:
            self.context.vault.sync.comments.reply(self.item_id, thread.id, self.reply_field.toPlainText())
        except AmanatError as error:
            self.status.setText(str(error))
            return
        self.reply_field.clear()
        self.reload(keep=thread.id)
        self.status.setText(self.tr("Reply added."))

    def toggle_resolved(self) -> None:
        """Resolve the chosen thread, or reopen it."""
        thread = self.chosen()
        if thread is None or self.item_id is None:
            return
        try:
            self.context.vault.sync.comments.set_resolved(self.item_id, thread.id, not thread.resolved)
        except AmanatError as error:
            self.status.setText(str(error))
            return
        if not thread.resolved and not self.show_resolved.isChecked():
            self.status.setText(self.tr("Resolved: the thread is hidden until you choose Show resolved."))
        else:
            self.status.setText(self.tr("Reopened.") if thread.resolved else self.tr("Resolved."))
        self.reload(keep=thread.id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
