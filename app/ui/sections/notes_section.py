"""Notes: a filterable list beside a Markdown editor with preview, history and attachments.

The list, saving (Ctrl+S, switching notes or sections, locking), the trash
with Undo, history and sharing are `ItemEditorSection`'s; this module adds
what only notes have: the pin, the Markdown preview, attachments, and an
editor that aligns by the note's own language.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import AmanatError
from amanat.app.models import KIND_NOTE, MAX_TITLE_CHARS, Item, Note
from amanat.app.ui.sections.attachment_views import AttachmentPanel
from amanat.app.ui.sections.comments_panel import CommentsPanel
from amanat.app.ui.sections.item_editor_section import ItemEditorSection
from amanat.app.ui.sections.note_export import export_note
from amanat.app.ui.sections.redacted_export import export_redacted
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.icons import icon
from amanat.app.ui.widgets.list_text import join_list
from amanat.app.ui.widgets.tags import parse_tags
from amanat.app.ui.widgets.text_direction import text_direction
from amanat.app.ui.widgets.theme import set_type

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


class NotesSection(ItemEditorSection):
    """The list of notes and the editor of the note chosen in it."""

    kind = KIND_NOTE

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("notesSection")
        self._preview_stale = True
        self._build_editor()
        self.split(self.editor)
        self.preview_action = self.add_command("previewAction", self.toggle_preview)
        self.comment_action = self.add_command("commentAction", self.comments.begin_new)
        self.retranslate()
        self._show(None)

    def _build_editor(self) -> None:
        self.title = QLineEdit()
        self.title.setObjectName("noteTitle")
        self.title.setMaxLength(MAX_TITLE_CHARS)
        set_type(self.title, "heading")
        self.title.textEdited.connect(self.mark_dirty)
        self.pin = QToolButton()
        self.pin.setObjectName("notePin")
        self.pin.setIcon(icon("pin"))
        self.pin.setCheckable(True)
        self.pin.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.pin.toggled.connect(self._pin_toggled)

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
        self.comments = CommentsPanel(self.context, lambda: {"body": self.body} if self.loaded else {},
                                      lambda: self.save(), lambda _name: self.tabs.setCurrentIndex(WRITE_TAB))

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.pin)
        top.addWidget(self.history_button)
        top.addWidget(self.share_button)
        top.addWidget(self.delete_button)
        tags_row = QHBoxLayout()
        tags_row.addWidget(self.tags_label)
        tags_row.addWidget(self.tags, 1)
        self.export_button = QPushButton()
        self.export_button.setObjectName("noteExportButton")
        self.export_button.clicked.connect(self.export_current)
        self.add_command("exportAction", self.export_current)
        self.redacted_button = QPushButton()
        self.redacted_button.setObjectName("noteExportRedactedButton")
        self.redacted_button.clicked.connect(self.export_redacted)
        bottom = QHBoxLayout()
        bottom.addWidget(self.comments.toggle_button)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.redacted_button)
        bottom.addWidget(self.save_button)
        self.editor = QWidget()
        self.editor.setObjectName("noteEditor")
        column = QVBoxLayout(self.editor)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addLayout(tags_row)
        middle = QHBoxLayout()
        middle.addWidget(self.tabs, 1)
        middle.addWidget(self.comments)
        column.addLayout(middle, 1)
        column.addLayout(bottom)

    # -- language ---------------------------------------------------------

    def retranslate(self) -> None:
        self.retranslate_common()
        self.filter_field.setPlaceholderText(self.tr("Filter notes (Ctrl+F)"))
        self.filter_field.setAccessibleName(self.tr("Filter notes"))
        self.list_view.setAccessibleName(self.tr("Notes"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export"))
        self.export_button.setToolTip(
            self.tr("Save the note as PDF, Word, OpenDocument, Markdown or HTML (Ctrl+Shift+E)"))
        self.redacted_button.setText(self.tr("Export redacted…"))
        self.redacted_button.setAccessibleName(self.tr("Export redacted"))
        self.redacted_button.setToolTip(self.tr(
            "Replace names and places by pseudonyms (Person A, Province 1) for a UN mandate, a donor or the press; "
            "you check every replacement first"))
        self.new_button.setText(self.tr("New note"))
        self.new_button.setAccessibleName(self.tr("New note"))
        self.new_button.setToolTip(self.tr("New note (Ctrl+N)"))
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setAccessibleName(self.tr("Title"))
        self.pin.setAccessibleName(self.tr("Pin to the top of the list"))
        self.pin.setToolTip(self.tr("Pinned notes stay at the top of the list."))
        self.body.setPlaceholderText(self.tr("Write here. Markdown works: # heading, *italic*, **bold**, - list."))
        self.body.setAccessibleName(self.tr("Text of the note, in Markdown"))
        self.preview.setAccessibleName(self.tr("Preview of the note"))
        self.tabs.setAccessibleName(self.tr("Note views"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S). Notes are also saved when you switch away."))
        self.preview_action.setText(self.tr("Switch between writing and preview"))
        self.comment_action.setText(self.tr("Comment on the selected passage"))
        self._update_pin_text()
        self._retitle_tabs()

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

    # -- the form ---------------------------------------------------------

    def show_item(self, item: Item | None) -> None:
        note = item if isinstance(item, Note) else None
        self.title.setText(note.title if note else "")
        self.title.setCursorPosition(0)
        self.tags.setText(join_list(note.tags) if note else "")
        self.tags.setCursorPosition(0)
        self.pin.setChecked(note.pinned if note else False)
        self.body.setPlainText(note.body if note else "")
        self._follow_content_direction()
        self._preview_stale = True
        if note is None:
            self.preview.clear()
        elif self.tabs.currentIndex() == PREVIEW_TAB:
            self._render_preview()
        self.attachments.set_item(note.id if note else None)
        self.comments.set_item(note.id if note else None)
        self._update_pin_text()

    def empty_state_texts(self) -> tuple[str, str, str]:
        if self.list_is_empty():
            return (self.tr("No notes yet"),
                    self.tr("Write down what matters: notes are encrypted in this vault, and Markdown works."),
                    self.tr("New note"))
        return (self.tr("No note is open"),
                self.tr("Choose one from the list, or press Ctrl+N to write a new one."), self.tr("New note"))

    def export_current(self) -> None:
        """Ctrl+Shift+E: the note as shown, warned, asked where and as what, then written there (note_export)."""
        if self.loaded is None:
            return
        self._export_task = export_note(self, self.context, self.item_from_form(), self.status_label.setText)

    def export_redacted(self) -> None:
        """Review every replacement, then export the redacted copy of the note as shown (redacted_export)."""
        if self.loaded is None:
            return
        self._export_task = export_redacted(self, self.context, self.item_from_form(), self.status_label.setText)

    def item_from_form(self) -> Note:
        assert isinstance(self.loaded, Note)
        return replace(self.loaded, title=self.title.text(), body=self.body.toPlainText(),
                       tags=parse_tags(self.tags.text()), pinned=self.pin.isChecked())

    def form_is_blank(self) -> bool:
        return self.loaded is None  # notes are stored when created: only "no note" is blank

    def focus_form(self) -> None:
        self.tabs.setCurrentIndex(WRITE_TAB)
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title.selectAll()

    def forget_form(self) -> None:
        self.attachments.shutdown()

    def mark_dirty(self) -> None:
        if self.loaded is not None:
            self._preview_stale = True
            super().mark_dirty()

    def _body_changed(self) -> None:
        if not self.filling:
            self._follow_content_direction()
        self.mark_dirty()

    def _pin_toggled(self, _checked: bool) -> None:
        self._update_pin_text()
        if not self.filling and self.loaded is not None:
            self.mark_dirty()
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
        if self.current_id is None:
            return
        if self.tabs.currentIndex() == PREVIEW_TAB:
            self.tabs.setCurrentIndex(WRITE_TAB)
            self.body.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.tabs.setCurrentIndex(PREVIEW_TAB)
            self.preview.setFocus(Qt.FocusReason.ShortcutFocusReason)

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
        self._show(note)
        self._announce()  # the workspace reloads the list, which selects the new note
        self.pane.reveal(note.id)
        self.focus_form()

    def open_item(self, item_id: str) -> None:
        """Show one note (a search result was opened, or Undo), with the cursor in its text."""
        super().open_item(item_id)
        if self.current_id == item_id:
            self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        super().reload()
        self.comments.refresh_if_shown_as_saved(self.loaded, self.dirty)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._follow_content_direction()
