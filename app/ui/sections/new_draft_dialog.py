"""Starting a draft: the dialog that asks for a template and a title, and the editor that fits a template."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from amanat.app.models import TEMPLATES
from amanat.app.platform.file_names import safe_file_name
from amanat.app.ui.sections.action_plan_editor import ActionPlanEditor
from amanat.app.ui.sections.draft_editors import DraftEditor, SectionColumnEditor, SwotEditor
from amanat.app.ui.sections.draft_labels import template_descriptions, template_names
from amanat.app.ui.sections.meeting_editor import MeetingEditor
from amanat.app.ui.widgets.context import UiContext

UNSAFE_FILE_NAME_CHARACTERS = '/\\:*?"<>|'
MAX_FILE_NAME_CHARS = 80


def suggested_file_name(title: str, suffix: str) -> str:
    """A file name made from a draft's title, safe on every system."""
    cleaned = "".join("_" if c in UNSAFE_FILE_NAME_CHARACTERS or ord(c) < 32 else c for c in title)
    cleaned = " ".join(cleaned.split()).strip(". ")[:MAX_FILE_NAME_CHARS]
    return safe_file_name((cleaned or "draft") + suffix)  # and no device name (CON.odt) either


def make_editor(context: UiContext, template: str) -> DraftEditor:
    """The editor that fits `template`."""
    if template == "swot":
        return SwotEditor(context)
    if template == "action-plan":
        return ActionPlanEditor(context)
    if template == "meeting":
        return MeetingEditor(context)
    return SectionColumnEditor(context, template)


class NewDraftDialog(QDialog):
    """Asks which template a new draft starts from, and its title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newDraftDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.template = QComboBox()
        self.template.setObjectName("newDraftTemplate")
        for key in TEMPLATES:
            self.template.addItem("", key)
        self.title = QLineEdit()
        self.title.setObjectName("newDraftTitle")
        self.template_label = QLabel()
        self.template_label.setBuddy(self.template)
        self.title_label = QLabel()
        self.title_label.setBuddy(self.title)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("newDraftButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.template_label, self.template)
        form.addRow(self.title_label, self.title)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate()

    def retranslate(self) -> None:
        """Every visible text."""
        self.setWindowTitle(self.tr("New draft"))
        names, descriptions = template_names(), template_descriptions()
        for position, key in enumerate(TEMPLATES):
            self.template.setItemText(position, names[key])
            self.template.setItemData(position, descriptions[key], Qt.ItemDataRole.ToolTipRole)
        self.template_label.setText(self.tr("&Template"))
        self.template.setAccessibleName(self.tr("Template"))
        self.title_label.setText(self.tr("T&itle"))
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("The template's name if left empty"))
        create = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        create.setText(self.tr("Create"))
        create.setAccessibleName(self.tr("Create the draft"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen(self) -> tuple[str, str]:
        """(template key, title)."""
        return str(self.template.currentData()), self.title.text().strip()
