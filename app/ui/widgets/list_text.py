"""Lists written out in a sentence, with the comma of the language being shown.

Dari and Pashto separate the items of a list with the Arabic comma «،», not the Latin one; a list
joined in code with ", " shows a Latin comma in the middle of a Persian sentence.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication


def list_separator() -> str:
    """The separator between the items of a list in the language being shown (", " in English)."""
    # Translators: the separator between the items of a list, a comma and a space («، » in Dari and Pashto).
    return QCoreApplication.translate("ListText", ", ")


def join_list(parts: Iterable[str]) -> str:
    """The parts as one list, separated as the language being shown separates them."""
    return list_separator().join(parts)
