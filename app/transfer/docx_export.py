"""Notes and drafts as Word documents (.docx), made in memory with python-docx, without Qt.

Every paragraph, list item and table cell takes the direction of its first strong character: a
Dari or Pashto paragraph is marked right to left (`w:bidi` on the paragraph, `w:rtl` on its runs,
an Arabic-script font named for complex scripts, the language Dari or Pashto), so it reads right
in Word and LibreOffice inside an English document, and the other way round. A table whose text
starts right to left is mirrored (`w:bidiVisual`: its first column on the right). A right-to-left
document (the user's language) also has its page set right to left.

A note's Markdown becomes headings, paragraphs, lists and tables (app/transfer/markdown_blocks.py);
a draft becomes its title, template and status, each section under its heading, and an action
plan's rows as a table. The file carries no metadata (app/transfer/docx_package.py). The command
line (`amanat export`) and the window both call `docx_bytes`; nothing is written to disk here.
"""

from __future__ import annotations

import unicodedata

import docx
from docx.document import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from amanat.app.errors import InvalidValue
from amanat.app.models import TEMPLATES_WITH_ROWS, Draft, Item, Note
from amanat.app.transfer.document_words import ENGLISH, DocumentWords
from amanat.app.transfer.docx_package import saved, strip_template
from amanat.app.transfer.markdown_blocks import Block, markdown_blocks, plain_blocks, spans

ARABIC_SCRIPT_FONT = "Noto Naskh Arabic"  # shipped with Amanat (resources/fonts), free to install anywhere
BODY_POINT_SIZE = 11
ARABIC_SCRIPT_HALF_POINTS = 26  # 13 pt
PAGE_MARGIN_MM = 18
DARI, PASHTO = "fa-AF", "ps-AF"
# Letters Pashto writes and Dari does not: a paragraph with one of them is marked as Pashto.
PASHTO_LETTERS = frozenset("ټډړښږځڅڼۍېګ")
MAX_LIST_LEVEL = 3  # the template's list styles go three deep ("List Bullet", "List Bullet 2", "List Bullet 3")


def direction(text: str, default: str = "ltr") -> str:
    """'rtl' or 'ltr' by the first strongly directional character (RLM counts); `default` if none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return default


def _language(text: str) -> str:
    return PASHTO if any(char in PASHTO_LETTERS for char in text) else DARI


def _mark_paragraph_rtl(paragraph: Paragraph) -> None:
    properties = paragraph._p.get_or_add_pPr()
    bidi = OxmlElement("w:bidi")
    # w:bidi comes before w:spacing, w:ind, w:jc… in the schema; python-docx's pPr puts known children in order.
    properties.insert_element_before(bidi, "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                                     "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                                     "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                                     "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def _add_runs(paragraph: Paragraph, text: str, *, rtl: bool, bold: bool = False, markdown: bool = False) -> None:
    """`text` as runs (emphasis from Markdown if asked), its line breaks kept, each run marked for its script."""
    language = _language(text) if rtl else ""
    for number, line in enumerate(text.split("\n")):
        if number:
            paragraph.add_run().add_break(WD_BREAK.LINE)
        for span in spans(line) if markdown else [None]:
            piece = span.text if span is not None else line
            if not piece:
                continue
            run = paragraph.add_run(piece)
            if bold or (span is not None and span.bold):
                run.bold = True
            if span is not None and span.italic:
                run.italic = True
            if rtl:
                _mark_run_rtl(run, language)


def _mark_run_rtl(run: object, language: str) -> None:
    properties = run._r.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = properties.get_or_add_rFonts()
    fonts.set(qn("w:cs"), ARABIC_SCRIPT_FONT)
    if properties.b is not None:
        properties._add_bCs()
    if properties.i is not None:
        properties._add_iCs()
    properties._add_rtl()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:bidi"), language)
    properties.append(lang)  # w:lang is the last child python-docx's runs can hold here


def _paragraph(document: Document, text: str, *, style: str | None = None, default: str = "ltr",
               bold: bool = False, markdown: bool = False) -> Paragraph:
    paragraph = document.add_paragraph(style=style)
    rtl = direction(text, default) == "rtl"
    if rtl:
        _mark_paragraph_rtl(paragraph)
    _add_runs(paragraph, text, rtl=rtl, bold=bold, markdown=markdown)
    return paragraph


def _table(document: Document, rows: tuple[tuple[str, ...], ...], default: str, *, header: bool = True) -> None:
    width = max((len(row) for row in rows), default=1)
    table = document.add_table(rows=len(rows), cols=width)
    table.style = document.styles["Table Grid"]
    if direction(" ".join(" ".join(row) for row in rows), default) == "rtl":
        properties = table._tbl.tblPr
        properties.insert_element_before(OxmlElement("w:bidiVisual"), "w:tblStyleColBandSize", "w:tblW", "w:jc",
                                         "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout",
                                         "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
    for row_number, cells in enumerate(rows):
        for column, value in enumerate(cells):
            cell = table.cell(row_number, column)
            paragraph = cell.paragraphs[0]
            rtl = direction(value, default) == "rtl"
            if rtl:
                _mark_paragraph_rtl(paragraph)
            _add_runs(paragraph, value, rtl=rtl, bold=header and row_number == 0)


def _blocks(document: Document, blocks: list[Block], default: str, *, markdown: bool) -> None:
    for block in blocks:
        if block.kind == "heading":
            _paragraph(document, block.text, style=f"Heading {block.level}", default=default)
        elif block.kind in ("bullet", "number"):
            style = "List Bullet" if block.kind == "bullet" else "List Number"
            level = min(block.level + 1, MAX_LIST_LEVEL)
            _paragraph(document, block.text, style=style if level == 1 else f"{style} {level}", default=default,
                       markdown=markdown)
        elif block.kind == "table":
            _table(document, block.rows, default)
        else:
            _paragraph(document, block.text, default=default, markdown=markdown)


def _new_document(right_to_left: bool) -> Document:
    document = docx.Document()
    strip_template(document)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)  # A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(PAGE_MARGIN_MM))
    if right_to_left:
        section._sectPr.insert_element_before(OxmlElement("w:bidi"), "w:rtlGutter", "w:docGrid",
                                              "w:printerSettings", "w:sectPrChange")
    normal = document.styles["Normal"]
    normal.font.size = Pt(BODY_POINT_SIZE)
    properties = normal.element.get_or_add_rPr()
    properties.get_or_add_rFonts().set(qn("w:cs"), ARABIC_SCRIPT_FONT)
    # Naskh letters are small for their point size: Arabic-script text is set a little larger than Latin.
    size = OxmlElement("w:szCs")
    size.set(qn("w:val"), str(ARABIC_SCRIPT_HALF_POINTS))
    properties.sz.addnext(size)
    return document


def _note(document: Document, note: Note, default: str) -> None:
    _paragraph(document, note.title, style="Title", default=default)
    _blocks(document, markdown_blocks(note.body), default, markdown=True)


def _draft(document: Document, draft: Draft, words: DocumentWords, default: str) -> None:
    template = words.template_names.get(draft.template, draft.template)
    _paragraph(document, draft.title or template, style="Title", default=default)
    status = words.draft_statuses.get(draft.status, draft.status)
    _paragraph(document, f"{template} · {status}", style="Subtitle", default=default)
    if draft.template == "meeting":
        for line in words.meeting_lines(draft):
            _paragraph(document, line, default=default)
    for key, text in draft.sections:
        _paragraph(document, words.section_titles.get(key, key), style="Heading 1", default=default)
        _blocks(document, plain_blocks(text), default, markdown=False)
    if draft.template in TEMPLATES_WITH_ROWS:
        _paragraph(document, words.rows_heading(draft.template), style="Heading 1", default=default)
        rows = [words.row_cells({name: str(getattr(row, name, "")) for name in ("action", "owner", "due", "status")})
                for row in draft.rows]
        _table(document, (tuple(words.column_titles), *rows), default)


def docx_bytes(item: Item, *, words: DocumentWords = ENGLISH, right_to_left: bool = False,
               comments: tuple[str, list[str]] | None = None) -> bytes:
    """`item` (a note or a draft) as a Word document, made in memory, with no metadata.

    `words` gives the headings and labels (English by default; the window passes the user's language),
    `right_to_left` the direction of the page and of paragraphs without a strong character; `comments`,
    when the user asked for them, a heading and the paragraphs of the item's comment threads.
    """
    default = "rtl" if right_to_left else "ltr"
    document = _new_document(right_to_left)
    if isinstance(item, Note):
        _note(document, item, default)
    elif isinstance(item, Draft):
        _draft(document, item, words, default)
    else:
        raise InvalidValue("only notes and drafts can be written as Word documents")
    if comments is not None:
        _paragraph(document, comments[0], style="Heading 1", default=default)
        _blocks(document, plain_blocks("\n\n".join(comments[1])), default, markdown=False)
    return saved(document)
