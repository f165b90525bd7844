"""Every text a window shows or says, read back from its widgets, and the catalogue's texts to look for in it.

`screen_texts(root)` walks a widget and everything under it: labels, buttons, group and tab titles, combo
box entries, placeholders, tooltips, accessible names and descriptions, spin box affixes, actions and the
rows of every item view's model. `Catalogue(language)` turns one side of the translation files into
patterns (a source text's {0} stands for anything), so a test can ask which texts on screen still belong
to another language.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from amanat.app.ui.widgets.i18n import LANGUAGE_NAMES
from amanat.resources import TRANSLATIONS_DIR

PLACEHOLDER = re.compile(r"\\\{\d+\\\}|%n")
MAX_MODEL_ROWS = 200


@dataclass(frozen=True)
class ShownText:
    where: str  # "objectName (Class) what"
    text: str


def _place(widget: QWidget, what: str) -> str:
    return f"{widget.objectName() or '-'} ({type(widget).__name__}) {what}"


def _own_texts(widget: QWidget) -> list[tuple[str, str]]:
    texts = [("tooltip", widget.toolTip()), ("accessible name", widget.accessibleName()),
             ("accessible description", widget.accessibleDescription()), ("whatsThis", widget.whatsThis())]
    if widget.isWindow():
        texts.append(("window title", widget.windowTitle()))
    if isinstance(widget, QLabel):
        texts.append(("text", widget.text()))
    if isinstance(widget, QAbstractButton):
        texts.append(("text", widget.text()))
    if isinstance(widget, QGroupBox):
        texts.append(("title", widget.title()))
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        texts.append(("placeholder", widget.placeholderText()))
    if isinstance(widget, QSpinBox):
        texts += [("prefix", widget.prefix()), ("suffix", widget.suffix())]
    if isinstance(widget, QAbstractSpinBox):
        texts.append(("special value", widget.specialValueText()))
    if isinstance(widget, QComboBox):
        texts += [(f"entry {i}", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            texts += [(f"tab {i}", widget.tabText(i)), (f"tab {i} tooltip", widget.tabToolTip(i))]
    for action in widget.actions():
        texts += [(f"action {action.objectName()}", action.text()),
                  (f"action {action.objectName()} tooltip", action.toolTip())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        texts += _model_texts(widget.model())
    return texts


def _model_texts(model: QAbstractItemModel) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    # A list model's columnCount is private in Qt's bindings: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for column in range(columns):
        heading = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(heading, str):
            texts.append((f"heading {column}", heading))
    for row in range(min(model.rowCount(QModelIndex()), MAX_MODEL_ROWS)):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole):
                value = index.data(role)
                if isinstance(value, str):
                    texts.append((f"row {row} column {column}", value))
    return texts


def screen_texts(root: QWidget) -> list[ShownText]:
    """Every non-empty text of `root` and the widgets under it."""
    found: list[ShownText] = []
    for widget in [root, *root.findChildren(QWidget)]:
        for what, text in _own_texts(widget):
            if text and text.strip():
                found.append(ShownText(_place(widget, what), text))
    return found


def _pattern(text: str) -> str:
    return PLACEHOLDER.sub(".*", re.escape(text))


class Catalogue:
    """The texts of one language from Amanat's translation files: "en" is every source text, "fa" or "ps"
    that file's translations. A text the same in both languages (a name, a format) is left out, and so are
    the languages' own names, which the language picker shows in every language."""

    def __init__(self, language: str) -> None:
        pairs: list[tuple[str, str]] = []
        for other in ("fa", "ps"):
            tree = ElementTree.parse(TRANSLATIONS_DIR / f"amanat_{other}.ts")  # noqa: S314 - our own file
            for message in tree.iter("message"):
                source = message.findtext("source") or ""
                translation = message.findtext("translation") or ""
                if language in ("en", other) and source and translation and source != translation:
                    pairs.append((source, translation))
        texts = {source if language == "en" else translation for source, translation in pairs}
        # The language picker names each language in itself (LANGUAGE_NAMES) whatever the window's language:
        # a catalogue's "Dari" → «دری» is that name, not a text left behind.
        texts -= set(LANGUAGE_NAMES.values())
        self.size = len(texts)
        self._matcher = re.compile("|".join(sorted((_pattern(t) for t in texts), key=len, reverse=True)), re.S)

    def holds(self, text: str) -> bool:
        """True when `text` is one of this language's catalogue texts (any {0} filled in with anything)."""
        return self._matcher.fullmatch(text) is not None
