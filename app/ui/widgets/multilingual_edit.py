"""A plain-text field for text in several languages and directions."""

from __future__ import annotations

from PySide6.QtWidgets import QTextEdit


def multilingual_text_edit(name: str) -> QTextEdit:
    """A plain-text field where each paragraph runs in its own direction.

    QPlainTextEdit lays every paragraph out in one direction, so a Dari
    paragraph in an English window (or the reverse) would start at the
    wrong edge; QTextEdit, kept to plain text, finds each paragraph's own.
    """
    edit = QTextEdit()
    edit.setObjectName(name)
    edit.setAcceptRichText(False)
    edit.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoNone)
    edit.setTabChangesFocus(True)
    return edit
