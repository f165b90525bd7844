"""The part of the import dialog for a Word document: into a note, or into a draft of a chosen template.

The document is read once (in the import dialog's worker); shaping it into a note or a draft is
quick, so it is done again whenever the choice changes, and the list shows what would come in:
the title, and for a draft each section with how much of the document it receives.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from amanat.app.models import TEMPLATES, Draft
from amanat.app.transfer.document_words import ENGLISH, ENGLISH_TEMPLATE_NAMES, DocumentWords
from amanat.app.transfer.docx_import import IncomingDocument, date_parts, docx_draft, docx_note, iso_due
from amanat.app.transfer.docx_reading import DocContent
from amanat.app.ui.widgets.text_direction import isolate

Digits = Callable[[str], str]


class DocumentChoice(QWidget):
    """"As a note" or "As a draft:" with the template; `changed` when the user picks another."""

    changed = Signal()

    def __init__(self, template_names: Mapping[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDocumentChoice")
        self.as_note = QRadioButton()
        self.as_note.setObjectName("importAsNote")
        self.as_note.setChecked(True)
        self.as_draft = QRadioButton()
        self.as_draft.setObjectName("importAsDraft")
        group = QButtonGroup(self)
        group.addButton(self.as_note)
        group.addButton(self.as_draft)
        self.template = QComboBox()
        self.template.setObjectName("importDraftTemplate")
        names = template_names or ENGLISH_TEMPLATE_NAMES
        for key in TEMPLATES:
            self.template.addItem(names.get(key, key), key)
        self.template.setEnabled(False)
        self.as_draft.toggled.connect(self.template.setEnabled)
        self.as_draft.toggled.connect(lambda _on: self.changed.emit())
        self.template.currentIndexChanged.connect(lambda _index: self.changed.emit())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.as_draft)
        row.addWidget(self.template, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.as_note)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.as_note.setText(QCoreApplication.translate("ImportDialog", "As a &note"))
        self.as_draft.setText(QCoreApplication.translate("ImportDialog", "As a &draft, its headings the sections of:"))
        self.template.setAccessibleName(QCoreApplication.translate("ImportDialog", "Template of the draft"))

    def chosen_template(self) -> str | None:
        """None for a note, else the template's key."""
        return str(self.template.currentData()) if self.as_draft.isChecked() else None


def due_from_text(text: str) -> str | None:
    """A due date as an action plan's table shows it: Gregorian, or Solar Hijri (a year before 1600), as the
    window writes it in that calendar; read with Qt's own Jalali calendar, the one that wrote it."""
    parts = date_parts(text)
    if parts is None or parts[0] >= 1600:
        return iso_due(text)
    date = QDate(*parts, QCalendar(QCalendar.System.Jalali))
    return date.toString(Qt.DateFormat.ISODate) if date.isValid() else None


def shaped(content: DocContent, file_name: str, template: str | None,
           words: Sequence[DocumentWords] = (ENGLISH,)) -> IncomingDocument:
    """The note or draft the document makes (InvalidValue if the vault would refuse it)."""
    stem = file_name.rsplit(".", 1)[0]
    if template is None:
        return docx_note(content, stem)
    return docx_draft(content, template, stem, words, due_from_text)


def described(incoming: IncomingDocument, section_titles: Mapping[str, str], digits: Digits) -> list[str]:
    """What the list shows: the title, then each section of a draft (or the note's size), then the images."""
    item = incoming.item
    translate = QCoreApplication.translate
    rows = [translate("ImportDialog", "Title: {0}").format(isolate(item.title))]
    if isinstance(item, Draft):
        for key, text in item.sections:
            name = isolate(section_titles.get(key, key))
            paragraphs = len([p for p in text.split("\n\n") if p.strip()])
            rows.append(translate("ImportDialog", "{0}: {1} paragraphs").format(name, digits(str(paragraphs)))
                        if paragraphs else translate("ImportDialog", "{0}: empty").format(name))
        if item.template == "action-plan":
            rows.append(translate("ImportDialog", "Actions: {0} rows").format(digits(str(len(item.rows)))))
    else:
        paragraphs = len([p for p in item.body.split("\n\n") if p.strip()])
        rows.append(translate("ImportDialog", "{0} paragraphs, lists and tables").format(digits(str(paragraphs))))
    if incoming.images:
        rows.append(translate("ImportDialog", "{0} images, kept as encrypted attached files").format(
            digits(str(len(incoming.images)))))
    return rows
