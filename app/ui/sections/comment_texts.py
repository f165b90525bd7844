"""Small helpers of the comments panel: Qt positions, short previews, and one paragraph of a conversation."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from amanat.app.sharing.comment_threads import Comment, CommentThread
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.text_direction import isolate, text_direction

PREVIEW_CHARS = 80


def utf16_position(text: str, index: int) -> int:
    """Qt's position (UTF-16 code units) of code point `index` of `text`."""
    return len(text[:index].encode("utf-16-le")) // 2


def code_point_index(text: str, position: int) -> int:
    """The code point index of Qt's position `position` in `text`."""
    return len(text.encode("utf-16-le")[:position * 2].decode("utf-16-le", "ignore"))


def shortened(text: str, limit: int = PREVIEW_CHARS) -> str:
    """`text` on one line, cut to `limit` characters."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1] + "…"


def paragraph_html(widget: QWidget, text: str, *, muted: bool = False) -> str:
    """One paragraph of a conversation, escaped, in its own direction (a Dari comment in an English window)."""
    direction = text_direction(text, "rtl" if widget.isRightToLeft() else "ltr")
    align = "right" if direction == "rtl" else "left"
    style = "color:gray;font-size:small;" if muted else ""
    body = html.escape(text).replace("\n", "<br>")
    return f'<p dir="{direction}" align="{align}" style="{style}margin:2px 0 6px 0">{body}</p>'


def author_text(comment: Comment) -> str:
    """Who wrote a comment, as this vault knows them (never a name the comment claims)."""
    if comment.mine:
        return QCoreApplication.translate("CommentsPanel", "You")
    if comment.author_name:
        return isolate(comment.author_name)
    digits = comment.author[:8]
    return QCoreApplication.translate("CommentsPanel", "Someone not among your contacts ({0})").format(
        isolate(f"{digits[:4]} {digits[4:]}"))


def conversation_html(widget: QWidget, context: UiContext, thread: CommentThread) -> str:
    """A thread as paragraphs: the passage it is on, each comment with its author and time, who resolved it."""
    on = QCoreApplication.translate("CommentsPanel", "On «{0}»")
    parts = [paragraph_html(widget, on.format(thread.quote), muted=True)]
    for comment in thread.comments:
        when = context.format_time(comment.written_at.isoformat())
        parts.append(paragraph_html(widget, f"{author_text(comment)} · {when}", muted=True))
        parts.append(paragraph_html(widget, comment.body))
    if thread.state_by is not None:
        text = (QCoreApplication.translate("CommentsPanel", "Resolved by {0}") if thread.resolved
                else QCoreApplication.translate("CommentsPanel", "Reopened by {0}"))
        parts.append(paragraph_html(widget, text.format(author_text(thread.state_by)), muted=True))
    return "".join(parts)


def passage_cursors(threads: Sequence[CommentThread],
                    fields: dict[str, QPlainTextEdit | QTextEdit]) -> dict[str, tuple[str, QTextCursor]]:
    """A cursor selecting each thread's passage in its field (Qt moves it as the text is edited)."""
    cursors: dict[str, tuple[str, QTextCursor]] = {}
    for thread in threads:
        field = fields.get(thread.text)
        if field is None or thread.passage is None:
            continue
        text = field.toPlainText()
        start, end = thread.passage
        if end > len(text):
            continue
        cursor = QTextCursor(field.document())
        cursor.setPosition(utf16_position(text, start))
        cursor.setPosition(utf16_position(text, end), QTextCursor.MoveMode.KeepAnchor)
        cursors[thread.id] = (thread.text, cursor)
    return cursors
