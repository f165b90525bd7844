"""A note or a draft as a Qt text document, for the writers Qt has (PDF, OpenDocument, HTML).

Drafts are built by draft_export.draft_document. A note is Markdown: Qt reads it (headings, lists,
emphasis, tables), then every block is given the direction of its own first strong character, as
the draft's are, so a Dari paragraph is right to left in an English note and the other way round.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor, QTextDocument

from amanat.app.models import Draft, Item, Note
from amanat.app.ui.sections.draft_export import BODY_POINT_SIZE, DateText, document_bytes, draft_document
from amanat.app.ui.widgets.text_direction import layout_direction


def note_document(note: Note, *, right_to_left: bool) -> QTextDocument:
    """The note's title as a heading and its Markdown body, each block in its own direction."""
    default = Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(BODY_POINT_SIZE)
    document.setDefaultFont(font)
    option = document.defaultTextOption()
    option.setTextDirection(default)
    document.setDefaultTextOption(option)
    title = " ".join(note.title.split()) or "—"
    document.setMarkdown(f"# {title}\n\n{note.body}", QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    block = document.begin()
    while block.isValid():
        cursor = QTextCursor(block)
        block_format = block.blockFormat()
        block_format.setLayoutDirection(layout_direction(block.text(), default))
        cursor.setBlockFormat(block_format)
        block = block.next()
    return document


def item_document(item: Item, *, right_to_left: bool, date_text: DateText | None = None,
                  english_headings: bool = False) -> QTextDocument:
    if isinstance(item, Note):
        return note_document(item, right_to_left=right_to_left)
    if isinstance(item, Draft):
        return draft_document(item, right_to_left=right_to_left, date_text=date_text,
                              english_headings=english_headings)
    raise TypeError("only notes and drafts are written as documents")


def item_bytes(item: Item, export_format: str, *, right_to_left: bool, date_text: DateText | None = None,
               english_headings: bool = False) -> bytes:
    """A note or a draft as a file of `export_format` (pdf, odt, md, html), made in memory."""
    document = item_document(item, right_to_left=right_to_left, date_text=date_text,
                             english_headings=english_headings)
    return document_bytes(document, export_format, right_to_left=right_to_left)
