"""Which way a text runs, and keeping a name from someone else from reordering the sentence around it."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt

_EMBEDDING_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def text_direction(line: str, default: str = "ltr") -> str:
    """'rtl' when the first strongly directional character is Arabic-script or Hebrew, 'ltr' when it is
    another script, `default` when the line has none (an empty line, digits, punctuation)."""
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return default


def layout_direction(text: str, default: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of `text`'s first strong character as Qt lays it out; `default` when it has none."""
    found = text_direction(text, "")
    if not found:
        return default
    return Qt.LayoutDirection.RightToLeft if found == "rtl" else Qt.LayoutDirection.LeftToRight


def isolate(text: str) -> str:
    """`text` wrapped in Unicode first-strong isolates, so a Dari name inside an English sentence
    (or the reverse) cannot reorder the sentence around it.

    Embedding, override and isolate controls inside `text` are removed first: a name or title
    that came from someone else cannot disguise itself (an override that shows "exe.jpg" as
    "gpj.exe") or break out of its isolate. Marks (LRM, RLM, ALM) and ZWNJ stay.
    """
    return f"\u2068{text.translate(_EMBEDDING_CONTROLS)}\u2069"
