"""Strategy: the group's drafts (SWOT, concept notes, action plans, UN communications) and their export."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import AmanatError
from amanat.app.models import DRAFT_STATUSES, Draft, Item
from amanat.app.sharing.comment_threads import SECTION_PREFIX
from amanat.app.ui.models.action_plan_model import format_due
from amanat.app.ui.sections.comments_panel import CommentsPanel
from amanat.app.ui.sections.draft_editors import DraftEditor
from amanat.app.ui.sections.draft_export import (
    EXPORT_FORMATS,
    SUFFIXES,
    draft_bytes,
    format_filters,
    format_for_path,
    write_export,
)
from amanat.app.ui.sections.draft_labels import draft_status_labels, template_descriptions, template_names
from amanat.app.ui.sections.draft_versions import DraftVersions
from amanat.app.ui.sections.item_editor_section import ItemEditorSection
from amanat.app.ui.sections.meeting_flow import MeetingFlow
from amanat.app.ui.sections.new_draft_dialog import NewDraftDialog, make_editor, suggested_file_name
from amanat.app.ui.sections.redacted_export import export_redacted
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.export_flow import ExportPlan, plan_export, write_sealed
from amanat.app.ui.widgets.focus_order import set_tab_order
from amanat.app.ui.widgets.icons import icon
from amanat.app.ui.widgets.list_text import join_list
from amanat.app.ui.widgets.tags import parse_tags
from amanat.app.ui.widgets.theme import set_type


class StrategySection(ItemEditorSection):
    """The list of drafts beside the editor that fits each draft's template."""

    kind = "draft"
    empty_icon = "chess-knight"

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("strategySection")
        self.editor: DraftEditor | None = None
        self.meeting_flow = MeetingFlow(self, lambda: self.editor)
        self.new_draft_dialog: NewDraftDialog | None = None

        self.title = QLineEdit()
        self.title.setObjectName("draftTitle")
        set_type(self.title, "heading")
        self.status = QComboBox()
        self.status.setObjectName("draftStatus")
        for key in DRAFT_STATUSES:
            self.status.addItem("", key)
        self.status_label_text = QLabel()
        self.status_label_text.setBuddy(self.status)
        self.template_label = QLabel()
        self.template_label.setObjectName("draftTemplateLabel")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.setIcon(icon("file-export"))
        self.export_button.clicked.connect(self.export_current)
        self.export_action = self.add_command("exportAction", self.export_current)
        self.redacted_button = QPushButton()
        self.redacted_button.setObjectName("exportRedactedButton")
        self.redacted_button.clicked.connect(self.export_redacted)
        self.english_headings = QCheckBox()  # UN Special Procedures take English, French or Spanish
        self.english_headings.setObjectName("englishHeadings")
        self.english_headings.setChecked(True)

        self.comments = CommentsPanel(context, self._comment_fields, lambda: self.save(), self._reveal_field,
                                      exports=True)
        self.comment_action = self.add_command("commentAction", self.comments.begin_new)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.status_label_text)
        top.addWidget(self.status)
        second = QHBoxLayout()
        second.addWidget(self.template_label)
        second.addWidget(self.english_headings)  # an export setting of the template, not a command: off the buttons
        second.addSpacing(16)
        second.addWidget(self.tags_label)
        second.addWidget(self.tags, 1)
        second.addWidget(self.comments.toggle_button)
        self.header = QWidget()
        self.header.setObjectName("draftHeader")
        header_layout = QVBoxLayout(self.header)
        header_layout.setContentsMargins(0, 0, 0, 0)
        header_layout.addLayout(top)
        header_layout.addLayout(second)
        self.versions = DraftVersions(self, lambda: self.editor)  # Dari, Pashto and English versions
        header_layout.addWidget(self.versions.bar)
        self.editor_area = QVBoxLayout()
        self.editor_area.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.redacted_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.save_button)
        editor = QWidget()
        editor.setObjectName("draftEditorPane")
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.header)
        middle = QHBoxLayout()
        middle.addLayout(self.editor_area, 1)
        middle.addWidget(self.comments)
        editor_layout.addLayout(middle, 1)
        editor_layout.addLayout(buttons)
        self.split(editor)
        QWidget.setTabOrder(self.status, self.english_headings)  # made with the buttons, shown on the template line
        QWidget.setTabOrder(self.english_headings, self.tags)

        self.title.textEdited.connect(self._edited)
        self.status.currentIndexChanged.connect(self._edited)
        self.retranslate()
        self._show(None)
        self.open_first()

    # -- texts ------------------------------------------------------------

    def retranslate(self) -> None:
        self.retranslate_common()
        self.new_button.setText(self.tr("New draft…"))
        self.new_button.setAccessibleName(self.tr("New draft"))
        self.list_view.setAccessibleName(self.tr("Drafts"))
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("Title"))
        self.status_label_text.setText(self.tr("&Status"))
        self.status.setAccessibleName(self.tr("Status"))
        statuses = draft_status_labels()
        for position, key in enumerate(DRAFT_STATUSES):
            self.status.setItemText(position, statuses[key])
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Export as PDF, OpenDocument, Markdown or HTML (Ctrl+Shift+E)"))
        self.export_action.setText(self.tr("Export…"))
        self.redacted_button.setText(self.tr("Export redacted…"))
        self.redacted_button.setAccessibleName(self.tr("Export redacted"))
        self.redacted_button.setToolTip(self.tr(
            "Replace names and places by pseudonyms (Person A, Province 1) for a UN mandate, a donor or the press; "
            "you check every replacement first"))
        self.comment_action.setText(self.tr("Comment on the selected passage"))
        self.english_headings.setText(self.tr("Headings in English"))
        self.english_headings.setAccessibleName(self.tr("Headings in English"))
        self.english_headings.setToolTip(self.tr(
            "The UN Special Procedures take communications in English, French or Spanish: export this one "
            "with English headings (your text stays as you wrote it)"))
        self._update_template_label()

    def _update_template_label(self) -> None:
        if not isinstance(self.loaded, Draft):
            self.template_label.clear()
            self.template_label.setToolTip("")
            return
        self.template_label.setText(self.tr("Template: {0}").format(
            template_names().get(self.loaded.template, self.loaded.template)))
        self.template_label.setMinimumWidth(self.template_label.sizeHint().width())  # whole, beside the tags
        self.template_label.setToolTip(template_descriptions().get(self.loaded.template, ""))

    # -- the form ---------------------------------------------------------

    def show_item(self, item: Item | None) -> None:
        draft = item if isinstance(item, Draft) else None
        if draft is None:
            self._set_editor(None)
            self.title.clear()
            self.tags.clear()
            self.status.setCurrentIndex(0)
        else:
            if self.editor is None or self.editor.template != draft.template:
                self._set_editor(make_editor(self.context, draft.template))
            assert self.editor is not None
            self.editor.load(draft)
            self.title.setText(draft.title)
            self.title.setCursorPosition(0)  # a long title shows its start, not its end
            self.tags.setText(join_list(draft.tags))
            self.tags.setCursorPosition(0)
            self.status.setCurrentIndex(max(self.status.findData(draft.status), 0))
        for widget in (self.header, self.delete_button, self.history_button, self.share_button, self.export_button,
                       self.redacted_button, self.save_button):
            widget.setEnabled(draft is not None)
        self.english_headings.setVisible(draft is not None and draft.template == "un-communication")
        self._update_template_label()
        self.versions.refresh()
        self.comments.set_item(draft.id if draft else None)

    def _comment_fields(self) -> dict[str, QPlainTextEdit | QTextEdit]:
        if self.editor is None or self.loaded is None:
            return {}
        return {SECTION_PREFIX + key: edit for key, edit in self.editor.edits.items()}

    def _reveal_field(self, name: str) -> None:
        scroll = self.editor.findChild(QScrollArea) if self.editor is not None else None
        field = self._comment_fields().get(name)
        if scroll is not None and field is not None:
            scroll.ensureWidgetVisible(field)

    def _set_editor(self, editor: DraftEditor | None) -> None:
        if self.editor is not None:
            self.editor_area.removeWidget(self.editor)
            self.editor.hide()
            self.editor.deleteLater()
        self.editor = editor
        if editor is not None:
            editor.changed.connect(self._edited)
            self.meeting_flow.attach(editor)
            self.editor_area.addWidget(editor, 1)
            editor.show()  # at once, not on the next event loop pass: its shortcuts and focus work now
            # Built after the buttons, the editor would come last on Tab: its fields go before the buttons.
            set_tab_order(self.header, editor, self.delete_button, self.history_button, self.share_button,
                          self.redacted_button, self.export_button, self.save_button)

    def empty_state_texts(self) -> tuple[str, str, str]:
        if self.list_is_empty():
            return (self.tr("No drafts yet"),
                    self.tr("Start a SWOT analysis, an action plan, a concept note or a UN communication "
                            "from a template."), self.tr("New draft…"))
        return (self.tr("No draft is open"),
                self.tr("Choose one from the list, or press Ctrl+N to start a new one."), self.tr("New draft…"))

    def item_from_form(self) -> Draft:
        assert isinstance(self.loaded, Draft) and self.editor is not None
        stored = self.versions.stored()  # its language versions' marks as stored (a merge may have changed them)
        return replace(self.loaded, title=self.title.text().strip(), status=str(self.status.currentData()),
                       tags=parse_tags(self.tags.text()), sections=self.editor.sections(), rows=self.editor.rows(),
                       fields=self.editor.fields() or self.loaded.fields,
                       link=stored.link if stored is not None else self.loaded.link)

    def save(self, report: bool = True, *, announce_now: bool = True) -> bool:
        was_dirty = self.dirty
        saved = super().save(report, announce_now=announce_now)
        if saved and was_dirty and self.current_id is not None:
            self.versions.refresh()  # an edit may put the other versions out of date
        return saved

    def reload(self) -> None:
        super().reload()
        if not self.dirty:
            self.versions.refresh()  # a bundle may have changed another version
        self.comments.refresh_if_shown_as_saved(self.loaded, self.dirty)  # or brought comments

    def reload_shown(self, draft: Draft) -> None:
        """Show `draft` as stored now (after the core changed it, as a send does)."""
        self._show(draft)

    def form_is_blank(self) -> bool:
        return self.loaded is None  # drafts are stored when created: only "no draft" is blank

    def focus_form(self) -> None:
        if self.editor is not None:
            self.editor.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def _edited(self) -> None:
        if self.loaded is not None:
            self.mark_dirty()

    # -- new drafts -------------------------------------------------------

    def new_item(self) -> None:
        """Ctrl+N: ask for the template and the title."""
        if not self.save():
            return
        dialog = NewDraftDialog(self)
        dialog.accepted.connect(lambda: self.create_draft(*dialog.chosen()))
        dialog.destroyed.connect(lambda: setattr(self, "new_draft_dialog", None))
        self.new_draft_dialog = dialog
        dialog.open()

    def create_draft(self, template: str, title: str) -> Draft | None:
        """Store a new draft from `template` and open it."""
        try:
            draft = self.context.items.new_draft(template, title or template_names().get(template, template))
        except AmanatError as error:
            self.context.show_error(self, error)
            return None
        self.context.items_changed.emit(self.kind)
        self._show(draft)
        self.focus_form()
        return draft

    # -- export -----------------------------------------------------------

    def export_current(self) -> None:
        """Ctrl+Shift+E: warned, asked where and as what, then written there and nowhere else (export_flow)."""
        if self.loaded is None:
            return
        filters = format_filters()
        plan = plan_export(self, self.context, self.tr("Export draft"),
                           suggested_file_name(self.title.text().strip(), SUFFIXES["pdf"]),
                           ";;".join(filters[f] for f in EXPORT_FORMATS), filters["pdf"])
        if plan is None:
            return
        target = plan.path
        export_format = format_for_path(target)
        if export_format is None:
            export_format = next((f for f, text in filters.items() if text == plan.chosen_filter), "pdf")
            target = target.with_name(target.name + SUFFIXES[export_format])
        if plan.sealed:
            self.export_sealed(replace(plan, path=target), export_format)
        else:
            self.export_to(target, export_format)

    def export_redacted(self) -> None:
        """Review every replacement, then export the redacted copy of the draft as shown (redacted_export)."""
        if self.loaded is None:
            return
        self._export_task = export_redacted(self, self.context, self.item_from_form(), self.status_label.setText,
                                            english_headings=self._english_headings())

    def export_sealed(self, plan: ExportPlan, export_format: str) -> None:
        """Make the file in memory, then seal and write it in a worker (the status line tells when done)."""
        try:
            data = self._draft_file(export_format)
        except AmanatError as error:
            self.context.show_error(self, error)
            return
        self._export_task = write_sealed(self, self.context, data, plan, self.status_label.setText)

    def _draft_file(self, export_format: str) -> bytes:
        """The draft as shown (saved or not) as a file of `export_format`, in memory."""
        return draft_bytes(self.item_from_form(), export_format, right_to_left=self.context.languages.right_to_left,
                           date_text=lambda iso: format_due(self.context, iso),
                           english_headings=self._english_headings(), comments=self.comments.exported(),
                           time_text=self.context.format_time)

    def _english_headings(self) -> bool:
        """A UN communication is exported with English headings unless the user unticked it."""
        is_un = isinstance(self.loaded, Draft) and self.loaded.template == "un-communication"
        return is_un and self.english_headings.isChecked()

    def export_to(self, path: Path, export_format: str) -> bool:
        """Write the draft as shown (saved or not) to `path`; False after showing why it failed."""
        failure: AmanatError | None = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_export(path, self._draft_file(export_format))
        except AmanatError as error:
            failure = error
        finally:
            QGuiApplication.restoreOverrideCursor()
        if failure is not None:
            self.context.show_error(self, failure)
            return False
        self.status_label.setText(self.tr("Exported to {0} (not encrypted).").format(path.name))
        return True

