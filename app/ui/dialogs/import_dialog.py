"""Vault → Import contacts… / a folder of notes… / a Word document…: read first, show what would come in, then store.

Reading (parsing the file or folder, finding duplicates) and storing both run in a worker on the
worker's own connection, with progress and Cancel. Nothing is stored before the user presses
Import, and then everything is stored in one transaction, or nothing (app/transfer).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import AmanatError
from amanat.app.transfer.contact_import import IncomingContact, apply_contact_import, plan_contact_import
from amanat.app.transfer.document_words import ENGLISH, DocumentWords
from amanat.app.transfer.docx_import import DOCX_SUFFIXES, IncomingDocument, store_docx_import
from amanat.app.transfer.docx_reading import DocContent, read_docx
from amanat.app.transfer.docx_safety import MAX_DOCX_BYTES
from amanat.app.transfer.markdown_folder import FolderImport, read_markdown_folder, store_folder_import
from amanat.app.transfer.vcard import MAX_VCARD_FILE_BYTES, ParsedCards, parse_vcards
from amanat.app.ui.dialogs.document_import import DocumentChoice, described, shaped
from amanat.app.ui.widgets.contact_labels import channel_labels
from amanat.app.ui.widgets.context import WINDOW_TITLE, UiContext
from amanat.app.ui.widgets.list_text import join_list
from amanat.app.ui.widgets.text_direction import isolate
from amanat.app.ui.widgets.workers import Cancelled, ProgressCallback, Task, run_task


def field_labels() -> dict[str, str]:
    """The contact fields a card can complete, in the user's language (as the contact form names them)."""
    return {"alias": QCoreApplication.translate("ContactsSection", "Alias"),
            "organisation": QCoreApplication.translate("ContactsSection", "Organisation"),
            "role": QCoreApplication.translate("ContactsSection", "Role"),
            "country": QCoreApplication.translate("ContactsSection", "Country"),
            "city": QCoreApplication.translate("ContactsSection", "City"),
            "notes": QCoreApplication.translate("ContactsSection", "Notes")}


def _read_limited(path: Path, limit: int) -> bytes:
    with path.open("rb") as source:
        return source.read(limit + 1)  # parse_vcards refuses more than the limit


class ImportDialog(QDialog):
    """What a .vcf file or a folder of notes holds, and the button that brings it in."""

    def __init__(self, context: UiContext, path: Path, parent: QWidget | None = None, *,
                 words: DocumentWords = ENGLISH, template_names: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(WINDOW_TITLE)
        self.context = context
        self.path = path
        self.document = not path.is_dir() and path.suffix.lower() in DOCX_SUFFIXES
        self.contacts = not path.is_dir() and not self.document
        self.words = words  # a draft's headings are found in English and in these (the user's language)
        self.plan: list[IncomingContact] | FolderImport | IncomingDocument | None = None
        self.content: DocContent | None = None
        self.task: Task | None = None
        self.summary = QLabel(self.tr("Reading {0}…").format(isolate(path.name)))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.entries = QListWidget()
        self.entries.setObjectName("importEntries")
        self.entries.setAccessibleName(self.tr("What would come in"))
        self.entries.setWordWrap(True)  # long Dari and Pashto rows wrap instead of scrolling sideways
        self.merge = QCheckBox(self.tr("Complete the people already here from their cards"))
        self.merge.setObjectName("importMergeDuplicates")
        self.merge.setVisible(False)
        self.choice = DocumentChoice(template_names)
        self.choice.setVisible(False)
        self.choice.changed.connect(self._show_document)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.store)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.choice, self.entries, self.merge, self.progress, self.buttons):
            layout.addWidget(widget)
        self.resize(560, 460)
        self.read()

    # -- reading ----------------------------------------------------------

    def read(self) -> None:
        vault, path, contacts = self.context.vault, self.path, self.contacts

        document = self.document

        def work(progress: ProgressCallback) -> tuple[list[IncomingContact], ParsedCards] | FolderImport | DocContent:
            if document:  # from memory: no temporary copy of the document anywhere
                return read_docx(_read_limited(path, MAX_DOCX_BYTES), progress)
            if not contacts:
                with vault.thread_services() as (_items, attachments):
                    limit = attachments.size_limit()
                return read_markdown_folder(path, progress, attachment_limit=limit)
            parsed = parse_vcards(_read_limited(path, MAX_VCARD_FILE_BYTES))
            with vault.thread_services() as (items, _attachments):
                return plan_contact_import(items, parsed), parsed

        self.task = run_task(work, self._read_done, self._failed, self, self._progressed)

    def _read_done(self, plan: object) -> None:
        self.task = None
        self.progress.setVisible(False)  # shown again while storing
        if isinstance(plan, FolderImport):
            self._show_notes(plan)
            self.plan = plan
        elif isinstance(plan, DocContent):
            self.content = plan
            self.choice.setVisible(True)
            self._show_document()
            return
        else:
            assert isinstance(plan, tuple)
            self.plan = plan[0]
            self._show_contacts(plan[0], plan[1])
        self.import_button.setEnabled(self.entries.count() > 0 and self._count() > 0)

    def _count(self) -> int:
        if isinstance(self.plan, FolderImport):
            return len(self.plan.notes)
        if isinstance(self.plan, IncomingDocument):
            return 1
        return len(self.plan or [])

    def _show_contacts(self, plan: list[IncomingContact], parsed: ParsedCards) -> None:
        duplicates = [entry for entry in plan if entry.duplicate_of is not None]
        for entry in plan:
            name = isolate(entry.contact.display_name)
            if entry.duplicate_of is None:
                self.entries.addItem(self.tr("{0}: new").format(name))
            elif entry.adds:
                labels = {**channel_labels(), **field_labels()}
                self.entries.addItem(self.tr("{0}: already here as {1}; completing adds {2}").format(
                    name, isolate(entry.duplicate_name), join_list(labels.get(a, a) for a in entry.adds)))
            else:
                self.entries.addItem(self.tr("{0}: already here as {1}").format(name, isolate(entry.duplicate_name)))
        for problem in parsed.problems:
            self.entries.addItem(self.tr("Card {0} left out: {1}").format(
                self.context.localise_digits(str(problem.number)), problem.reason))
        digits = self.context.localise_digits
        self.summary.setText(self.tr("{0} people in {1}: {2} new, {3} already in this vault. People already here "
                                     "are only completed if you tick the box (nothing of theirs is replaced).").format(
            digits(str(len(plan))), isolate(self.path.name), digits(str(len(plan) - len(duplicates))),
            digits(str(len(duplicates)))))
        self.merge.setVisible(bool(duplicates))

    def _show_notes(self, folder: FolderImport) -> None:
        for incoming in folder.notes:
            count = len(incoming.attachments)
            self.entries.addItem(isolate(incoming.note.title) if not count else self.tr(
                "{0} (with {1} attached files)").format(isolate(incoming.note.title),
                                                        self.context.localise_digits(str(count))))
        for name, reason in folder.problems:
            self.entries.addItem(self.tr("{0} left out: {1}").format(isolate(name), reason))
        self.summary.setText(self.tr("{0} notes in {1}. Their attached files are stored encrypted; "
                                     "the folder itself is not changed.").format(
            self.context.localise_digits(str(len(folder.notes))), isolate(self.path.name)))

    def _show_document(self) -> None:
        """What the document makes as the user's choice stands (a note, or a draft of the template chosen)."""
        if self.content is None:
            return
        self.entries.clear()
        template = self.choice.chosen_template()
        try:
            self.plan = shaped(self.content, self.path.name, template, (ENGLISH, self.words))
        except AmanatError as error:
            self.plan = None
            self.summary.setText(self.tr("{0} cannot come in like this: {1}").format(isolate(self.path.name),
                                                                                    str(error)))
            self.import_button.setEnabled(False)
            return
        for row in described(self.plan, self.words.section_titles, self.context.localise_digits):
            self.entries.addItem(row)
        self.summary.setText(self.tr("{0} becomes one note. Its images are stored encrypted; the file itself is "
                                     "not changed.").format(isolate(self.path.name)) if template is None else
                             self.tr("{0} becomes one draft: its headings that name a section of the template start "
                                     "that section, the rest stays as text. Its images are stored encrypted; the file "
                                     "itself is not changed.").format(isolate(self.path.name)))
        self.import_button.setEnabled(True)

    # -- storing ----------------------------------------------------------

    def store(self) -> None:
        plan, vault, merge = self.plan, self.context.vault, self.merge.isChecked()
        if plan is None:
            return
        self.import_button.setEnabled(False)
        self.choice.setEnabled(False)
        self.progress.setVisible(True)
        self.summary.setText(self.tr("Importing…"))

        def work(progress: ProgressCallback) -> int:
            with vault.thread_services() as (items, attachments):
                if isinstance(plan, IncomingDocument):
                    store_docx_import(items, attachments, plan, progress)
                    return 1
                if isinstance(plan, FolderImport):
                    return store_folder_import(items, attachments, plan, progress)
                result = apply_contact_import(items, plan, merge_duplicates=merge)
                return result.added + result.merged

        self.task = run_task(work, self._stored, self._failed, self, self._progressed)

    def _stored(self, count: object) -> None:
        self.task = None
        self.context.items_changed.emit("")
        self.result_text = self.tr("Imported: {0}.").format(self.context.localise_digits(str(count)))
        self.accept()

    # -- both -------------------------------------------------------------

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        if isinstance(error, Cancelled):
            self.reject()
            return
        self.summary.setText(self.tr("Nothing was imported."))
        self.context.show_error(self, error)

    def cancel(self) -> None:
        """Cancel: stop the work at its next progress report (nothing is stored), or close."""
        if self.task is not None:
            self.task.cancel()
            return
        self.reject()

    def done(self, result: int) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task.wait()
        super().done(result)
