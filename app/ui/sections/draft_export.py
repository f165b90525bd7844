"""Exporting a draft with Qt's own writers: PDF, OpenDocument text, Markdown and HTML.

The draft becomes a QTextDocument (title, status, each section under its
translated heading, action-plan rows as a table). Every paragraph gets the
direction of its first strong character, so Dari and Pashto paragraphs are
right to left even in an English document, and the other way round.

Qt's HTML writer marks right-to-left paragraphs (dir='rtl') but not tables,
and its OpenDocument writer marks neither, so both are completed here from
the same rule; Markdown has no way to say direction.

No metadata leaves with the file (app/transfer/document_metadata.py): no title, producer, dates
or ids in the PDF, fixed ZIP times in the ODT, no tool name in the HTML.

The whole file is made in memory and written once, atomically, where the
user chose: no temporary file with the draft's text appears anywhere else.
Text documents belong to the GUI thread, so this runs there (it is fast).
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentWriter,
    QTextFrameFormat,
    QTextLength,
    QTextTableFormat,
)

from amanat.app.errors import AmanatError
from amanat.app.models import Draft
from amanat.app.sharing.comment_threads import CommentThread
from amanat.app.transfer.document_metadata import scrub_html, scrub_pdf, zip_with_fixed_times
from amanat.app.transfer.document_words import DocumentWords, iso_date
from amanat.app.transfer.docx_export import docx_bytes
from amanat.app.ui.models.action_plan_model import column_titles, row_status_labels
from amanat.app.ui.sections.comment_texts import author_text
from amanat.app.ui.sections.draft_labels import (
    Translate,
    draft_status_labels,
    in_english,
    section_titles,
    template_names,
)
from amanat.app.ui.widgets.text_direction import layout_direction
from amanat.crypto.atomic_write import write_file_atomically

DateText = Callable[[str], str]

EXPORT_FORMATS = ("pdf", "docx", "odt", "md", "html")
SUFFIXES = {"pdf": ".pdf", "docx": ".docx", "odt": ".odt", "md": ".md", "html": ".html"}
SUFFIX_FORMATS = {".pdf": "pdf", ".docx": "docx", ".odt": "odt", ".md": "md", ".markdown": "md", ".html": "html",
                  ".htm": "html"}
BODY_POINT_SIZE = 11.0
HEADING_SCALE = {1: 1.6, 2: 1.25}
PDF_MARGIN_MM = 18

ODF_NAMESPACES = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
}


class ExportFailed(AmanatError):
    """The file could not be made or written; the message says why, for the user."""


def format_filters() -> dict[str, str]:
    """Each export format's file-dialog filter, in the user's language."""
    return {
        "pdf": QCoreApplication.translate("Export", "PDF document (*.pdf)"),
        "docx": QCoreApplication.translate("Export", "Word document (*.docx)"),
        "odt": QCoreApplication.translate("Export", "OpenDocument text (*.odt)"),
        "md": QCoreApplication.translate("Export", "Markdown (*.md)"),
        "html": QCoreApplication.translate("Export", "Web page (*.html)"),
    }


def format_for_path(path: Path) -> str | None:
    """The export format a file name asks for, by its suffix."""
    return SUFFIX_FORMATS.get(path.suffix.lower())


class _DocumentBuilder:
    """Appends blocks to a QTextDocument, each with its own direction."""

    def __init__(self, document: QTextDocument, default: Qt.LayoutDirection) -> None:
        self.document = document
        self.default = default
        self.cursor = QTextCursor(document)
        self.first = True

    def paragraph(self, text: str, *, heading: int = 0, top_margin: float = 0.0) -> None:
        block = QTextBlockFormat()
        block.setLayoutDirection(layout_direction(text, self.default))
        block.setTopMargin(top_margin)
        block.setBottomMargin(4)
        characters = QTextCharFormat()
        if heading:
            block.setHeadingLevel(heading)
            characters.setFontWeight(QFont.Weight.Bold)
            characters.setFontPointSize(BODY_POINT_SIZE * HEADING_SCALE.get(heading, 1.1))
        if self.first:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(characters)
            self.first = False
        else:
            self.cursor.insertBlock(block, characters)
        self.cursor.insertText(text, characters)

    def text(self, text: str) -> None:
        """Plain text, one block per line (each line finds its own direction)."""
        for line in text.split("\n"):
            self.paragraph(line)

    def table(self, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
        table_format = QTextTableFormat()
        table_format.setHeaderRowCount(1)
        table_format.setCellPadding(4)
        table_format.setCellSpacing(0)
        table_format.setBorder(1)
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBorderBrush(QColor("#808080"))
        table_format.setBorderCollapse(True)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setLayoutDirection(self.default)
        table = self.cursor.insertTable(len(rows) + 1, len(header), table_format)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for row_number, cells in enumerate([header, *rows]):
            for column, value in enumerate(cells):
                cell_cursor = table.cellAt(row_number, column).firstCursorPosition()
                block = QTextBlockFormat()
                block.setLayoutDirection(layout_direction(value, self.default))
                cell_cursor.setBlockFormat(block)
                cell_cursor.insertText(value, bold if row_number == 0 else QTextCharFormat())
        self.cursor.movePosition(QTextCursor.MoveOperation.End)


def comment_lines(threads: Sequence[CommentThread], translate: Translate, titles: Mapping[str, str],
                  time_text: DateText) -> list[str]:
    """The threads as paragraphs: each passage quoted with its section and state, then its comments."""
    lines: list[str] = []
    for thread in threads:
        state = translate("Export", "resolved") if thread.resolved else translate("Export", "open")
        where = titles.get(thread.section, thread.section)
        lines.append(translate("Export", "«{0}» ({1}, {2})").format(thread.quote, where, state))
        for comment in thread.comments:
            lines += [f"{author_text(comment)} · {time_text(comment.written_at.isoformat())}", comment.body]
    return lines


def draft_document(draft: Draft, *, right_to_left: bool, date_text: DateText | None = None,
                   english_headings: bool = False, comments: Sequence[CommentThread] = (),
                   time_text: DateText | None = None) -> QTextDocument:
    """The draft as a rich-text document, headings in the user's language (or in English, for the UN).

    Comment threads are left out unless given in `comments`."""
    translate = in_english if english_headings else QCoreApplication.translate
    default = Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(BODY_POINT_SIZE)
    document.setDefaultFont(font)
    option = document.defaultTextOption()
    option.setTextDirection(default)
    document.setDefaultTextOption(option)
    builder = _DocumentBuilder(document, default)
    builder.paragraph(draft.title or template_names(translate).get(draft.template, draft.template), heading=1)
    status = draft_status_labels(translate).get(draft.status, draft.status)
    template = template_names(translate).get(draft.template, draft.template)
    builder.paragraph(f"{template} · {status}")
    shown = date_text or (lambda iso: iso)
    if draft.template == "meeting":
        _meeting_fields(builder, draft, translate, shown)
    titles = section_titles(translate)
    for key, text in draft.sections:
        builder.paragraph(titles.get(key, key), heading=2, top_margin=10)
        builder.text(text)
    if draft.template in ("action-plan", "meeting"):
        builder.paragraph(translate("Export", "Actions") if draft.template == "action-plan"
                          else translate("Export", "Action items"), heading=2, top_margin=10)
        statuses = row_status_labels(translate)
        builder.table(column_titles(translate), [
            (row.action, row.owner, shown(row.due), statuses.get(row.status, row.status)) for row in draft.rows
        ])
    if comments:
        builder.paragraph(translate("Export", "Comments"), heading=2, top_margin=10)
        for line in comment_lines(comments, translate, titles, time_text or (lambda iso: iso[:16])):
            builder.text(line)
    return document


def _meeting_fields(builder: _DocumentBuilder, draft: Draft, translate: Callable[[str, str], str],
                    shown: DateText) -> None:
    """A meeting's date and place, each on its own line under the title (the core's words, translated)."""
    for line in document_words(translate, shown).meeting_lines(draft):
        builder.paragraph(line)


def _html(document: QTextDocument, right_to_left: bool) -> bytes:
    html = document.toHtml()
    if right_to_left:
        # User text is escaped ("<" is "&lt;"), so only Qt's own table tags match.
        html = html.replace("<table ", "<table dir='rtl' ")
    return html.encode("utf-8")


def _odf_name(prefix: str, local: str) -> str:
    return f"{{{ODF_NAMESPACES[prefix]}}}{local}"


def _odt_with_directions(data: bytes, right_to_left: bool) -> bytes:
    """Qt's ODT with each right-to-left paragraph marked so, and full-width tables.

    Qt's ODF writer drops paragraph direction and writes a 100% table width
    as "100pt"; word processors would show Dari left to right in a narrow table.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    for prefix, uri in ODF_NAMESPACES.items():
        ElementTree.register_namespace(prefix, uri)
    content_index = next(i for i, (info, _) in enumerate(entries) if info.filename == "content.xml")
    root = ElementTree.fromstring(entries[content_index][1])  # noqa: S314 - Qt's output, made in memory
    styles = root.find(_odf_name("office", "automatic-styles"))
    if styles is None:
        styles = ElementTree.SubElement(root, _odf_name("office", "automatic-styles"))
    by_name = {element.get(_odf_name("style", "name")): element for element in styles}
    style_name = _odf_name("text", "style-name")
    made: dict[str | None, str] = {}
    for kind in ("p", "h"):
        for paragraph in root.iter(_odf_name("text", kind)):
            if layout_direction("".join(paragraph.itertext()), Qt.LayoutDirection.LeftToRight) \
                    != Qt.LayoutDirection.RightToLeft:
                continue
            original = paragraph.get(style_name)
            if original not in made:
                base = by_name.get(original)
                style = copy.deepcopy(base) if base is not None else ElementTree.Element(
                    _odf_name("style", "style"), {_odf_name("style", "family"): "paragraph"})
                made[original] = f"{original or 'p'}-rtl"
                style.set(_odf_name("style", "name"), made[original])
                properties = style.find(_odf_name("style", "paragraph-properties"))
                if properties is None:
                    properties = ElementTree.SubElement(style, _odf_name("style", "paragraph-properties"))
                properties.set(_odf_name("style", "writing-mode"), "rl-tb")
                properties.set(_odf_name("fo", "text-align"), "start")
                styles.append(style)
            paragraph.set(style_name, made[original])
    for style in styles:
        properties = style.find(_odf_name("style", "table-properties"))
        if properties is not None:
            properties.attrib.pop(_odf_name("style", "width"), None)
            properties.set(_odf_name("table", "align"), "margins")
            if right_to_left:
                properties.set(_odf_name("style", "writing-mode"), "rl-tb")
    info = entries[content_index][0]
    entries[content_index] = (info, ElementTree.tostring(root, encoding="utf-8", xml_declaration=True))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as target:
        for info, payload in entries:  # "mimetype" stays first and stored, as ODF requires
            target.writestr(info, payload)
    return output.getvalue()


def document_bytes(document: QTextDocument, export_format: str, title: str = "", *,
                   right_to_left: bool = False) -> bytes:
    """The document as a file of `export_format`, made in memory."""
    if export_format == "md":
        return document.toMarkdown().encode("utf-8")
    if export_format == "html":
        return scrub_html(_html(document, right_to_left))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if export_format == "odt":
        writer = QTextDocumentWriter(buffer, QByteArray(b"odf"))
        if not writer.write(document):
            raise ExportFailed(QCoreApplication.translate("Export", "Qt could not write the OpenDocument file."))
        buffer.close()
        return zip_with_fixed_times(_odt_with_directions(bytes(buffer.data().data()), right_to_left))
    if export_format == "pdf":
        pdf = QPdfWriter(buffer)
        pdf.setTitle("")  # no metadata: the title is the first heading, and scrub_pdf blanks the rest
        pdf.setCreator("")
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM),
                                      QPageLayout.Unit.Millimeter))
        document.print_(pdf)  # ends the painter, so the whole PDF is in the buffer
        buffer.close()
        return scrub_pdf(bytes(buffer.data().data()))
    raise ExportFailed(QCoreApplication.translate("Export", "Unknown export format {0}.").format(export_format))


def document_words(translate: Translate = QCoreApplication.translate,
                   date_text: DateText | None = None) -> DocumentWords:
    """The headings and labels of a draft's document in the user's language (or in English, for the UN)."""
    return DocumentWords(template_names=template_names(translate), draft_statuses=draft_status_labels(translate),
                         section_titles=section_titles(translate), row_statuses=row_status_labels(translate),
                         column_titles=column_titles(translate), actions_heading=translate("Export", "Actions"),
                         action_items_heading=translate("Export", "Action items"),
                         date_line=translate("Export", "Date: {0}"), place_line=translate("Export", "Place: {0}"),
                         online=translate("Export", "Online"), online_place=translate("Export", "Online: {0}"),
                         date_text=date_text or iso_date)


def draft_bytes(draft: Draft, export_format: str, *, right_to_left: bool, date_text: DateText | None = None,
                english_headings: bool = False, comments: Sequence[CommentThread] = (),
                time_text: DateText | None = None) -> bytes:
    """`draft` as a file of `export_format`, made in memory (headings in English if asked; comments if given)."""
    if export_format == "docx":  # python-docx, in the core: the same writer as `amanat export --format docx`
        translate = in_english if english_headings else QCoreApplication.translate
        words = document_words(translate, date_text)
        lines = comment_lines(comments, translate, words.section_titles, time_text or (lambda iso: iso[:16]))
        return docx_bytes(draft, words=words, right_to_left=right_to_left,
                          comments=(translate("Export", "Comments"), lines) if lines else None)
    document = draft_document(draft, right_to_left=right_to_left, date_text=date_text,
                              english_headings=english_headings, comments=comments, time_text=time_text)
    return document_bytes(document, export_format, draft.title, right_to_left=right_to_left)


def write_export(path: Path, data: bytes) -> None:
    """Write an export atomically where the user chose; ExportFailed with the reason if it cannot."""
    try:
        write_file_atomically(path, data)
    except OSError as error:
        raise ExportFailed(QCoreApplication.translate("Export", "Could not write {0}: {1}").format(
            path.name, error.strerror or type(error).__name__)) from None
