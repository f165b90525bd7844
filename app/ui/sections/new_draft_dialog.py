"""The dialog that starts a new draft: which template, and its title."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from amanat.app.models import TEMPLATES
from amanat.app.ui.sections.draft_labels import template_descriptions, template_names


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
