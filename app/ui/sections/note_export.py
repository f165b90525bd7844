"""Export… of a note: the note as shown (saved or not), as PDF, Word, OpenDocument, Markdown or HTML.

The same flow as a draft's export (export_flow): the plaintext warning with its sealed alternative,
the file dialog starting in the home folder with a name made from the title, the exposed-folder
check; then the file is made in memory by the usual writers and written there and nowhere else.
Comment threads stay out of the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from amanat.app.errors import AmanatError
from amanat.app.models import Note
from amanat.app.ui.sections.draft_export import EXPORT_FORMATS, SUFFIXES, format_filters, format_for_path, write_export
from amanat.app.ui.sections.new_draft_dialog import suggested_file_name
from amanat.app.ui.sections.redacted_export import item_file_bytes
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.export_flow import plan_export, write_sealed
from amanat.app.ui.widgets.workers import Task

Report = Callable[[str], None]


def export_note(parent: QWidget, context: UiContext, note: Note, report: Report) -> Task | None:
    """Warned, asked where and as what, then written (a sealing task when the user chose to seal)."""
    filters = format_filters()
    plan = plan_export(parent, context, QCoreApplication.translate("Export", "Export note"),
                       suggested_file_name(note.title.strip(), SUFFIXES["pdf"]),
                       ";;".join(filters[f] for f in EXPORT_FORMATS), filters["pdf"])
    if plan is None:
        return None
    target = plan.path
    export_format = format_for_path(target)
    if export_format is None:
        export_format = next((f for f in EXPORT_FORMATS if filters[f] == plan.chosen_filter), "pdf")
        target = target.with_name(target.name + SUFFIXES[export_format])
    try:
        data = item_file_bytes(context, note, export_format)
        if plan.sealed:
            return write_sealed(parent, context, data, replace(plan, path=target), report)
        write_export(target, data)
    except AmanatError as error:
        context.show_error(parent, error)
        return None
    report(QCoreApplication.translate("Export", "Exported to {0} (not encrypted).").format(target.name))
    return None
