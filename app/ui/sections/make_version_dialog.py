"""Asks for a new language version of a draft: its language, its title, and whether to start from a copy."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from amanat.app.models import VERSION_LANGUAGES, Draft
from amanat.app.ui.sections.language_versions_bar import language_names
from amanat.app.ui.widgets.text_direction import text_direction


class MakeVersionDialog(QDialog):
    """The language of the new version (and of this draft, the first time), its title, empty or a copy."""

    def __init__(self, draft: Draft, taken: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("makeVersionDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.draft = draft
        self.asks_own_language = draft.link is None
        self.own_language = QComboBox()
        self.own_language.setObjectName("ownLanguage")
        self.language = QComboBox()
        self.language.setObjectName("versionLanguage")
        for key in VERSION_LANGUAGES:
            self.own_language.addItem("", key)
            if key not in taken:
                self.language.addItem("", key)
        self.own_language.currentIndexChanged.connect(self._own_language_chosen)
        self.title = QLineEdit(draft.title)
        self.title.setObjectName("versionTitle")
        self.empty = QRadioButton()
        self.empty.setObjectName("versionEmpty")
        self.empty.setChecked(True)
        self.copy = QRadioButton()
        self.copy.setObjectName("versionCopy")
        self.start = QButtonGroup(self)
        self.start.addButton(self.empty)
        self.start.addButton(self.copy)
        self.explanation = QLabel()
        self.explanation.setObjectName("makeVersionExplanation")
        self.explanation.setWordWrap(True)
        self.own_label, self.language_label, self.title_label, self.start_label = QLabel(), QLabel(), QLabel(), QLabel()
        self.own_label.setBuddy(self.own_language)
        self.language_label.setBuddy(self.language)
        self.title_label.setBuddy(self.title)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("makeVersionButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        if self.asks_own_language:
            form.addRow(self.own_label, self.own_language)
        else:
            self.own_language.hide()
        form.addRow(self.language_label, self.language)
        form.addRow(self.title_label, self.title)
        form.addRow(self.start_label, self.empty)
        form.addRow("", self.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        if self.asks_own_language:  # a guess from the text's script: Dari more often than Pashto
            written = text_direction(" ".join([draft.title, *(text for _key, text in draft.sections)]))
            self.own_language.setCurrentIndex(VERSION_LANGUAGES.index("fa" if written == "rtl" else "en"))
        self.retranslate()
        self._own_language_chosen()

    def _own_language_chosen(self) -> None:
        """The new version cannot be in the language this draft is written in."""
        own = self.chosen_own_language()
        model = self.language.model()
        for row in range(self.language.count()):
            taken = self.language.itemData(row) == own
            item = model.item(row) if hasattr(model, "item") else None
            if item is not None:
                item.setEnabled(not taken)
            if taken and self.language.currentIndex() == row:
                self.language.setCurrentIndex((row + 1) % self.language.count())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.language.count() > 0 and self.language.currentData() != own)

    def chosen_own_language(self) -> str:
        """The language this draft is written in (asked the first time only)."""
        if not self.asks_own_language:
            return self.draft.link.language if self.draft.link else ""
        return str(self.own_language.currentData())

    def chosen(self) -> tuple[str, str, str, bool]:
        """(new version's language, its title, this draft's language, start from a copy)."""
        return (str(self.language.currentData()), self.title.text().strip(), self.chosen_own_language(),
                self.copy.isChecked())

    def retranslate(self) -> None:
        """Every visible text."""
        self.setWindowTitle(self.tr("Make a language version"))
        names = language_names()
        for combo in (self.own_language, self.language):
            for row in range(combo.count()):
                combo.setItemText(row, names[str(combo.itemData(row))])
        self.explanation.setText(self.tr(
            "The new version is linked to this one: when a section of one changes, the others show it as out of "
            "date until someone marks it updated. Shared with a group, the versions travel together."))
        self.own_label.setText(self.tr("&This draft is in"))
        self.own_language.setAccessibleName(self.tr("The language this draft is written in"))
        self.language_label.setText(self.tr("&New version in"))
        self.language.setAccessibleName(self.tr("The language of the new version"))
        self.title_label.setText(self.tr("T&itle"))
        self.title.setAccessibleName(self.tr("Title of the new version"))
        self.start_label.setText(self.tr("Start with"))
        self.empty.setText(self.tr("&Empty sections"))
        self.copy.setText(self.tr("A &copy of this text, to translate over"))
        make = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        make.setText(self.tr("Make the version"))
        make.setAccessibleName(self.tr("Make the version"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
