"""Export redacted…: review every replacement, keep the key of pseudonyms in the vault, then the usual export.

1. The core plans the redaction of the item as shown (saved or not): the words marked for it
   before, and the vault's contacts and the Afghan places found in it (app/redaction/).
2. The review (redaction_review) shows every replacement in context; the user accepts, skips, adds.
3. The redacted copy is made and checked (nothing accepted may be left), and the key of pseudonyms
   is stored in the vault for the next export of this item (or in the profile chosen in the review,
   shared by every document sent to one reader). The file is not written yet.
4. The usual export flow (export_flow): the plaintext warning with its sealed alternative, the file
   dialog (suggesting "redacted", never the real title), the exposed-folder check; then the file is
   made from the redacted copy by the usual writers (PDF, Word, OpenDocument, Markdown, HTML). Comment
   threads are never part of a redacted file: they name people in their own words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from amanat.app.errors import AmanatError
from amanat.app.models import Item
from amanat.app.redaction.export import finish
from amanat.app.redaction.key_store import RedactionKeys
from amanat.app.redaction.pseudonyms import RedactionKey
from amanat.app.redaction.suggestions import vault_suggestions
from amanat.app.transfer.docx_export import docx_bytes
from amanat.app.ui.models.action_plan_model import format_due
from amanat.app.ui.sections.draft_export import SUFFIX_FORMATS, document_words, format_filters, write_export
from amanat.app.ui.sections.draft_labels import in_english
from amanat.app.ui.sections.item_documents import item_bytes
from amanat.app.ui.sections.redaction_review import RedactionReviewDialog
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.export_flow import plan_export, write_sealed
from amanat.app.ui.widgets.workers import Task

REDACTED_FORMATS = ("pdf", "docx", "odt", "md", "html")
SUFFIXES = {"pdf": ".pdf", "docx": ".docx", "odt": ".odt", "md": ".md", "html": ".html"}
Report = Callable[[str], None]


def redacted_filters() -> dict[str, str]:
    return format_filters()


def redacted_bytes(context: UiContext, item: Item, export_format: str, *, english_headings: bool = False) -> bytes:
    """The redacted copy as a file of `export_format`, made in memory by the usual writers."""
    right_to_left = context.languages.right_to_left
    if export_format == "docx":
        words = document_words(in_english if english_headings else QCoreApplication.translate,
                               lambda iso: format_due(context, iso))
        return docx_bytes(item, words=words, right_to_left=right_to_left)
    return item_bytes(item, export_format, right_to_left=right_to_left,
                      date_text=lambda iso: format_due(context, iso), english_headings=english_headings)


def review_redaction(parent: QWidget, context: UiContext, item: Item) -> RedactionReviewDialog | None:
    """The review for `item` (not shown yet); None after telling the user why it cannot be made."""
    try:
        keys = RedactionKeys(context.vault.require_repository())

        def load_key(profile: str | None) -> RedactionKey | None:
            return keys.load_profile(profile) if profile is not None else keys.load(item.id)

        return RedactionReviewDialog(context, item, keys.load(item.id) or RedactionKey(),
                                     vault_suggestions(context.items), parent, profiles=keys.profile_names(),
                                     load_key=load_key)
    except AmanatError as error:
        context.show_error(parent, error)
        return None


def redacted_copy(parent: QWidget, context: UiContext, dialog: RedactionReviewDialog) -> Item | None:
    """After the review was accepted: the checked redacted copy, its key stored in the vault."""
    try:
        redacted, key = finish(dialog.chosen_plan(), dialog.chosen_language())
        keys = RedactionKeys(context.vault.require_repository())
        profile = dialog.chosen_profile()
        if profile is not None:
            keys.save_profile(profile, key)
        else:
            keys.save(dialog.item.id, key)
    except AmanatError as error:
        context.show_error(parent, error)
        return None
    return redacted


def export_redacted(parent: QWidget, context: UiContext, item: Item, report: Report, *,
                    english_headings: bool = False) -> Task | None:
    """The whole of "Export redacted…" (see the module's steps); a sealing task if one was started."""
    dialog = review_redaction(parent, context, item)
    if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    redacted = redacted_copy(parent, context, dialog)
    if redacted is None:
        return None
    filters = redacted_filters()
    plan = plan_export(parent, context, QCoreApplication.translate("Export", "Export redacted"),
                       QCoreApplication.translate("Export", "redacted") + SUFFIXES["pdf"],
                       ";;".join(filters[f] for f in REDACTED_FORMATS), filters["pdf"])
    if plan is None:
        return None
    target = plan.path
    export_format = SUFFIX_FORMATS.get(target.suffix.lower())
    if export_format is None:
        export_format = next((f for f in REDACTED_FORMATS if filters[f] == plan.chosen_filter), "pdf")
        target = target.with_name(target.name + SUFFIXES[export_format])
    try:
        data = redacted_bytes(context, redacted, export_format, english_headings=english_headings)
        if plan.sealed:
            return write_sealed(parent, context, data, replace(plan, path=target), report)
        write_export(target, data)
    except AmanatError as error:
        context.show_error(parent, error)
        return None
    report(QCoreApplication.translate("Export", "Exported redacted to {0} (not encrypted).").format(target.name))
    return None
