"""Vault → Import contacts…, a folder of notes…, a Word document…: choose what, then the import dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from amanat.app.ui.widgets import file_dialogs
from amanat.app.ui.widgets.context import UiContext

if TYPE_CHECKING:  # Word documents' reader and the import dialog load when an import begins
    from amanat.app.ui.dialogs.import_dialog import ImportDialog


class ImportEntry(QObject):
    """The menu actions; each asks for a file or folder, then shows what would come in."""

    def __init__(self, window: QWidget, current_context: Callable[[], UiContext | None]) -> None:
        super().__init__(window)
        self.window = window
        self._current_context = current_context
        self.contacts_action = QAction(window)
        self.contacts_action.setObjectName("importContactsAction")
        self.contacts_action.triggered.connect(lambda _checked=False: self.choose_contacts())
        self.notes_action = QAction(window)
        self.notes_action.setObjectName("importNotesAction")
        self.notes_action.triggered.connect(lambda _checked=False: self.choose_notes_folder())
        self.document_action = QAction(window)
        self.document_action.setObjectName("importDocumentAction")
        self.document_action.triggered.connect(lambda _checked=False: self.choose_document())
        self.dialog: ImportDialog | None = None

    @property
    def actions(self) -> tuple[QAction, QAction, QAction]:
        return self.contacts_action, self.notes_action, self.document_action

    def retranslate(self) -> None:
        self.contacts_action.setText(self.tr("Import &contacts (.vcf)…"))
        self.notes_action.setText(self.tr("Import a &folder of notes…"))
        self.document_action.setText(self.tr("Import a &Word document (.docx)…"))

    def choose_contacts(self) -> ImportDialog | None:
        path = file_dialogs.open_file(self.window, self.tr("Import contacts"), self.tr("Contact files (*.vcf *.vcard)"))
        return None if path is None else self.open(path)

    def choose_notes_folder(self) -> ImportDialog | None:
        path = file_dialogs.existing_folder(self.window, self.tr("Import a folder of Markdown or text notes"))
        return None if path is None else self.open(path)

    def choose_document(self) -> ImportDialog | None:
        path = file_dialogs.open_file(self.window, self.tr("Import a Word document"),
                                      self.tr("Word documents (*.docx)"))
        return None if path is None else self.open(path)

    def open(self, path: Path) -> ImportDialog | None:
        """The import dialog for a .vcf file, a .docx file or a folder (only while unlocked)."""
        context = self._current_context()
        if context is None:
            return None
        from amanat.app.ui.dialogs.import_dialog import ImportDialog
        from amanat.app.ui.sections.draft_export import document_words
        from amanat.app.ui.sections.draft_labels import template_names

        self.dialog = ImportDialog(context, path, self.window, words=document_words(),
                                   template_names=template_names())
        self.dialog.open()
        return self.dialog
