"""Ctrl+K: one field over notes, contacts and drafts, results as you type.

The full-text search is fast enough to run on the GUI thread; typing is
debounced so a burst of keys makes one query. Snippets come from the core with
marks around the matched words, each made when its row is first asked for (the
view lays the rows out a screenful at a time); everything else in them is the
user's text and is HTML-escaped before the marks become bold. Nothing is kept
once the dialog hides: the field and the result list are emptied.
"""

from __future__ import annotations

import html
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import AmanatError
from amanat.app.models import SearchHit
from amanat.app.search_snippet import make_snippet
from amanat.app.search_text import query_terms
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.error_text import describe_error
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.text_direction import layout_direction

DEBOUNCE_MS = 100
MAX_RESULTS = 50
MAX_TITLE_CHARS = 160
ROW_PADDING = 6
ROWS_LAID_OUT_AT_ONCE = 12  # about a screenful: the rest are laid out (and their snippets made) after

HtmlRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3
DirectionRole = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ResultRow:
    """One hit, ready to show: the snippet is already escaped HTML with bold marks."""

    id: str
    kind: str
    title: str
    snippet_html: str
    snippet_plain: str
    direction: Qt.LayoutDirection
    tags_html: str = ""  # the item's tags, escaped, those the query matched in bold
    tags_plain: str = ""


class SearchResultModel(QAbstractListModel):
    """The hits of the current query, each made a row when first asked for; emptied whenever the dialog hides."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: Sequence[SearchHit] = []
        self._rows: list[ResultRow | None] = []
        self._make_row: Callable[[SearchHit], ResultRow] | None = None

    def set_hits(self, hits: Sequence[SearchHit], make_row: Callable[[SearchHit], ResultRow]) -> None:
        """Show these hits instead of the current ones; `make_row` builds a row (its snippet) when it is shown."""
        self.beginResetModel()
        self._hits = hits
        self._rows = [None] * len(hits)
        self._make_row = make_row
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row."""
        self.beginResetModel()
        self._hits, self._rows, self._make_row = [], [], None
        self.endResetModel()

    def _row_at(self, number: int) -> ResultRow:
        row = self._rows[number]
        if row is None:
            assert self._make_row is not None  # set with the hits
            row = self._rows[number] = self._make_row(self._hits[number])
        return row

    def retranslate(self) -> None:
        """The kind names changed language: repaint every row."""
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def kind_name(self, kind: str) -> str:
        """The kind in the user's language."""
        names = {
            "note": self.tr("Note"),
            "contact": self.tr("Contact"),
            #: The kind of a search result: a strategy draft (not a draft status)
            "draft": self.tr("Draft"),
        }
        return names.get(kind, kind)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == IdRole:
            return self._hits[index.row()].id
        if role == KindRole:
            return self._hits[index.row()].kind
        row = self._row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{0}: {1}. {2}").format(self.kind_name(row.kind), row.title,
                                                   f"{row.snippet_plain} {row.tags_plain}".strip())
        if role == HtmlRole:
            return self._html(row)
        if role == DirectionRole:
            return row.direction
        return None

    def _html(self, row: ResultRow) -> str:
        direction = "rtl" if row.direction == Qt.LayoutDirection.RightToLeft else "ltr"
        return (
            f'<div dir="{direction}"><span style="font-weight:600">{html.escape(row.title)}</span>'
            f'&nbsp;&nbsp;<span class="kind">{html.escape(self.kind_name(row.kind))}'
            f'{"&nbsp;·&nbsp;" + row.tags_html if row.tags_html else ""}</span></div>'
            f'<div dir="{direction}">{row.snippet_html}</div>'
        )


class SearchResultDelegate(QStyledItemDelegate):
    """Paints a row's rich text (title, kind, snippet with bold matches) in its own direction."""

    def _document(self, option: QStyleOptionViewItem, index: Index, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(ROW_PADDING)
        document.setDefaultFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        muted = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText)
        document.setDefaultStyleSheet(f".kind {{ color: {muted.name()}; }}")
        text_option = document.defaultTextOption()
        text_option.setTextDirection(index.data(DirectionRole) or Qt.LayoutDirection.LeftToRight)
        document.setDefaultTextOption(text_option)
        document.setHtml(index.data(HtmlRole) or "")
        document.setTextWidth(max(width, 1))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        view_option.text = ""
        widget = view_option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
        rect = view_option.rect
        document = self._document(view_option, index, rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(view_option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, view_option.palette.color(role))
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        widget = view_option.widget
        width = widget.viewport().width() if isinstance(widget, QListView) else 480
        document = self._document(view_option, index, width)
        return QSize(width, int(document.size().height()))


class SearchDialog(QDialog):
    """The search field over everything; Up/Down choose, Return opens, Esc closes."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.context = context
        # Marks no note can contain: a fresh random word between private-use characters.
        # They survive HTML-escaping unchanged and only then become <b> and </b>.
        token = secrets.token_hex(8)
        self._mark_start = f"\ue000{token}\ue001"
        self._mark_end = f"\ue002{token}\ue003"
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        self.model = SearchResultModel(self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchResultDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setLayoutMode(QListView.LayoutMode.Batched)
        self.results.setBatchSize(ROWS_LAID_OUT_AT_ONCE)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # keys stay in the field
        self.status = LiveLabel(repeat=False)  # set on every search while typing: said when it changes
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(self._on_typed)
        self.field.installEventFilter(self)
        self.results.activated.connect(self.open_index)
        self._error = ""
        self.resize(640, 460)
        self.retranslate()

    # -- language -----------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search everything"))
        self.field.setPlaceholderText(self.tr("Search notes, contacts and drafts"))
        self.field.setAccessibleName(self.tr("Search"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.status.setAccessibleName(self.tr("Search status"))
        self.model.retranslate()
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing and hiding -------------------------------------------------

    def open_fresh(self) -> None:
        """Show with an empty field, ready to type."""
        self._forget()
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()

    def hideEvent(self, event: Any) -> None:
        self._forget()
        super().hideEvent(event)

    def _forget(self) -> None:
        """Drop the query and every result (on open, close and lock)."""
        self._timer.stop()
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self.model.clear()
        self._error = ""
        self._show_status()

    # -- searching ----------------------------------------------------------

    def _on_typed(self, _text: str) -> None:
        self._timer.start()

    def run_search(self) -> None:
        """Ask the index for the text in the field now (the debounce timer calls this)."""
        self._timer.stop()
        query = self.field.text()
        self._error = ""
        hits: Sequence[SearchHit] = []
        if query.strip():
            try:
                hits = self.context.items.find(query, limit=MAX_RESULTS)
            except AmanatError as error:
                self._error = describe_error(error)
        self.model.set_hits(hits, lambda hit: self._row(hit, query))
        if hits:
            self.results.setCurrentIndex(self.model.index(0))
        self._show_status()

    def _row(self, hit: SearchHit, query: str) -> ResultRow:
        # As a reader sees it: no Markdown marks, the tags apart from the text (the core's search() keeps both).
        snippet = self.context.items.readable_snippet_of(hit, query, mark_start=self._mark_start,
                                                         mark_end=self._mark_end)
        item_id, kind, title = hit.id, hit.kind, hit.title
        title = " ".join(title.split())
        if len(title) > MAX_TITLE_CHARS:
            title = title[:MAX_TITLE_CHARS] + "…"
        snippet_html = self._bold_marks(html.escape(snippet))
        plain = snippet.replace(self._mark_start, "").replace(self._mark_end, "")
        direction = layout_direction(plain + title, Qt.LayoutDirection.LeftToRight)  # the snippet's, else the title's
        terms = query_terms(query)
        tags = [make_snippet(tag, terms, mark_start=self._mark_start, mark_end=self._mark_end) for tag in hit.tags]
        tags_html = "&nbsp;".join(self._bold_marks(html.escape("#" + tag)) for tag in tags)
        tags_plain = " ".join("#" + tag.replace(self._mark_start, "").replace(self._mark_end, "") for tag in tags)
        return ResultRow(item_id, kind, title, snippet_html, plain, direction, tags_html, tags_plain)

    def _bold_marks(self, escaped: str) -> str:
        return escaped.replace(self._mark_start, "<b>").replace(self._mark_end, "</b>")

    def _show_status(self) -> None:
        has_query = bool(self.field.text().strip())
        if self._error:
            text = self._error
        elif not has_query:
            text = self.tr("Type to search every note, contact and draft. Up and Down choose, Return opens.")
        elif self.model.rowCount() == 0 and not self._timer.isActive():
            text = self.tr("No results")
        else:
            text = ""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- opening --------------------------------------------------------------

    def open_index(self, index: QModelIndex) -> None:
        """Open the item of a result row and close the dialog (not a row whose item was deleted meanwhile)."""
        if not index.isValid() or not index.data(IdRole):
            return
        kind, item_id = index.data(KindRole), index.data(IdRole)
        self.accept()
        self.context.open_item_requested.emit(kind, item_id)

    def open_current(self) -> None:
        """Return in the field: finish a pending search, then open the chosen row."""
        if self._timer.isActive():
            self.run_search()
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount() > 0:
            index = self.model.index(0)
        self.open_index(index)

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            return
        current = self.results.currentIndex()
        row = current.row() + step if current.isValid() else (0 if step > 0 else count - 1)
        self.results.setCurrentIndex(self.model.index(max(0, min(count - 1, row))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = Qt.Key(event.key())
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                page = max(1, self.results.viewport().height() // max(1, self.results.sizeHintForRow(0)))
                self._move(page if key == Qt.Key.Key_PageDown else -page)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Return in the result list (clicked into) opens; QDialog would look for a default button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return
        super().keyPressEvent(event)
