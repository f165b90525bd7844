"""An item's saved versions: what changed since each one, and restoring an old one as a new revision."""

from __future__ import annotations

import difflib
import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import AmanatError
from amanat.app.models import Contact, Draft, Item, Note, Revision
from amanat.app.ui.models.action_plan_model import row_status_labels
from amanat.app.ui.sections.draft_labels import draft_status_labels, section_titles, template_names
from amanat.app.ui.widgets.contact_labels import channel_labels, risk_level_labels
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.list_text import join_list
from amanat.app.ui.widgets.shortcut_table import keys_of
from amanat.app.ui.widgets.text_direction import isolate, text_direction
from amanat.app.ui.widgets.theme import current_scheme

CONTEXT_LINES = 3
REMOVED_STYLE = "background-color:#ffe1e1; color:#5c0011;"
ADDED_STYLE = "background-color:#dcf5dc; color:#003a12;"


def item_text(item: Item) -> str:
    """A plain-text rendering of a note, contact or draft: what a reader (or a diff) needs to see.

    Stored keys (risk levels, channels, templates, statuses) are shown by their labels in the user's
    language, never as the internal values ("high", "whatsapp", "un-communication", "review").
    """
    channels, risks = channel_labels(), risk_level_labels()
    templates, statuses, row_statuses = template_names(), draft_status_labels(), row_status_labels()
    lines = [item.title]
    if item.tags:
        lines.append(QCoreApplication.translate("ItemText", "Tags: {0}").format(join_list(item.tags)))
    if item.pinned:
        lines.append(QCoreApplication.translate("ItemText", "Pinned"))
    if isinstance(item, Note):
        lines += ["", item.body]
    elif isinstance(item, Contact):
        fields = [
            (QCoreApplication.translate("ItemText", "Alias"), item.alias),
            (QCoreApplication.translate("ItemText", "Organisation"), item.organisation),
            (QCoreApplication.translate("ItemText", "Role"), item.role),
            (QCoreApplication.translate("ItemText", "Country"), item.country),
            (QCoreApplication.translate("ItemText", "City"), item.city),
            *(
                (QCoreApplication.translate("ItemText", "Channel {0}").format(channels.get(channel, channel)), address)
                for channel, address in item.channels
            ),
            (QCoreApplication.translate("ItemText", "Preferred channel"),
             channels.get(item.preferred_channel, item.preferred_channel)),
            (QCoreApplication.translate("ItemText", "Never contact via"),
             QCoreApplication.translate("ItemText", ", ").join(channels.get(c, c) for c in item.never_contact_via)),
            (
                QCoreApplication.translate("ItemText", "Risk level"),
                "" if item.risk_level == "unknown" else risks.get(item.risk_level, item.risk_level),
            ),
        ]
        lines += [
            QCoreApplication.translate("ItemText", "{0}: {1}").format(label, value) for label, value in fields if value
        ]
        if item.notes:
            lines += ["", item.notes]
    elif isinstance(item, Draft):
        lines.append(QCoreApplication.translate("ItemText", "Template: {0}").format(
            templates.get(item.template, item.template)))
        lines.append(QCoreApplication.translate("ItemText", "Status: {0}").format(
            statuses.get(item.status, item.status)))
        for key, text in item.sections:
            lines += ["", section_titles().get(key, key.replace("_", " ")), text]
        if item.rows:
            lines += ["", QCoreApplication.translate("ItemText", "Actions")]
            lines += [" | ".join((row.action, row.owner, row.due, row_statuses.get(row.status, row.status),
                                  *([row.note] if row.note else [])))
                      for row in item.rows]
    return "\n".join(lines)


def _line_html(marker: str, line: str, style: str, direction: str) -> str:
    align = "right" if direction == "rtl" else "left"
    text = html.escape(line) or "&nbsp;"
    mark = f"<b>{marker}</b>&nbsp;" if marker else ""
    return f'<p dir="{direction}" align="{align}" style="margin:0; white-space:pre-wrap; {style}">{mark}{text}</p>'


def diff_html(old: str, new: str) -> str:
    """Lines only in `old` (−, red) and only in `new` (+, green), with a little context, as escaped HTML.

    Every line carries its marker as text as well as colour, and its own
    direction, so a Dari line reads right to left inside an English window.
    Returns '' when the texts are the same.
    """
    old_lines, new_lines = old.splitlines(), new.splitlines()
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    parts: list[str] = []
    direction = "ltr"
    same_style = f"color:{current_scheme().muted};"  # unchanged lines dimmed, still AA in light and dark

    def line(marker: str, text: str, style: str) -> None:
        nonlocal direction
        direction = text_direction(text, direction)  # an empty line follows the line before it
        parts.append(_line_html(marker, text, style, direction))

    for number, group in enumerate(matcher.get_grouped_opcodes(CONTEXT_LINES)):
        if number:
            parts.append(f'<p style="margin:4px 0; {same_style}">⋯</p>')
        for tag, a_start, a_end, b_start, b_end in group:
            if tag == "equal":
                for text in old_lines[a_start:a_end]:
                    line("\u2002", text, same_style)
                continue
            for text in old_lines[a_start:a_end]:
                line("\u2212", text, REMOVED_STYLE)
            for text in new_lines[b_start:b_end]:
                line("+", text, ADDED_STYLE)
    return "".join(parts)


def plain_html(text: str) -> str:
    """`text` as escaped HTML paragraphs, each in its own direction."""
    parts: list[str] = []
    direction = "ltr"
    for text_line in text.splitlines():
        direction = text_direction(text_line, direction)
        parts.append(_line_html("", text_line, "", direction))
    return "".join(parts)


class HistoryDialog(QDialog):
    """The saved versions of one item, newest first, each compared with the current version.

    Restoring saves the old version as a new revision (nothing is lost),
    announces the change through `context.items_changed`, emits
    `restored(item_id)` so the opener can show the item afresh, and closes.
    """

    restored = Signal(str)

    def __init__(self, context: UiContext, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.context = context
        self.item_id = item_id
        self.revisions = QTreeWidget()
        self.revisions.setObjectName("revisionList")
        self.revisions.setColumnCount(4)
        self.revisions.setRootIsDecorated(False)
        self.revisions.setUniformRowHeights(True)
        self.revisions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.revisions.setAllColumnsShowFocus(True)
        header = self.revisions.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.heading = QLabel()
        self.heading.setObjectName("historyHeading")
        self.heading.setWordWrap(True)
        self.diff = QTextBrowser()
        self.diff.setObjectName("historyDiff")
        self.diff.setOpenLinks(False)
        self.legend = QLabel()
        self.legend.setObjectName("historyLegend")
        self.legend.setWordWrap(True)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreRevisionButton")
        self.restore_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("historyButtons")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.diff, 1)
        right_layout.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("historySplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.revisions)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([360, 540])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        # Enter in the list does not restore, on purpose: restoring is a deliberate act (button or Ctrl+R).
        self.restore_action = QAction(self)
        self.restore_action.setObjectName("restoreRevisionAction")
        self.restore_action.setShortcuts(keys_of("restoreRevisionAction"))
        self.restore_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.restore_action.triggered.connect(self.restore_selected)
        self.addAction(self.restore_action)
        self.revisions.addAction(self.restore_action)
        self.revisions.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self._history: list[Revision] = []
        self._rows: list[QTreeWidgetItem] = []
        self._current: Item | None = None
        self.revisions.currentItemChanged.connect(lambda *_: self._show_selected())
        self.resize(900, 560)
        self.load()
        self.retranslate()

    # -- content ----------------------------------------------------------

    def load(self) -> None:
        """Read the item's history and fill the list, newest first."""
        try:
            self._current = self.context.items.get(self.item_id)
            self._history = self.context.items.history(self.item_id)
        except AmanatError as error:
            self.context.show_error(self, error)
            self._history = []
            self._current = None
        self.revisions.clear()
        self._rows = []
        for revision in reversed(self._history):
            row = QTreeWidgetItem()
            row.setData(0, Qt.ItemDataRole.UserRole, revision.number)
            self._rows.append(row)
        self.revisions.addTopLevelItems(self._rows)
        self._fill_rows()
        if self._rows:
            self.revisions.setCurrentItem(self._rows[0])

    def _fill_rows(self) -> None:
        for row, revision in zip(self._rows, reversed(self._history), strict=True):
            row.setText(0, self.context.localise_digits(str(revision.number)))
            row.setText(1, self.context.format_time(revision.saved_at))
            row.setText(2, revision.item.title or self.tr("(untitled)"))
            # Whose edit this was: a group member's bundle, or this vault's own user.
            row.setText(3, isolate(revision.source.split(" · ")[0]) if revision.source else self.tr("you"))
            row.setToolTip(3, revision.source)

    def selected_number(self) -> int | None:
        """The revision number selected in the list."""
        row = self.revisions.currentItem()
        return None if row is None else int(row.data(0, Qt.ItemDataRole.UserRole))

    def select_revision(self, number: int) -> None:
        """Select one revision in the list (keyboard users and tests)."""
        for row in self._rows:
            if int(row.data(0, Qt.ItemDataRole.UserRole)) == number:
                self.revisions.setCurrentItem(row)
                return

    def _show_selected(self) -> None:
        number = self.selected_number()
        revision = next((r for r in self._history if r.number == number), None)
        current = self._current
        if revision is None or current is None:
            self.heading.clear()
            self.diff.clear()
            self.restore_button.setEnabled(False)
            return
        is_current = revision.number == current.revision
        self.restore_button.setEnabled(not is_current)
        digits = self.context.localise_digits
        if is_current:
            self.heading.setText(self.tr("Revision {0} is the current version.").format(digits(str(revision.number))))
            self.diff.setHtml(plain_html(item_text(current)))
            return
        self.heading.setText(
            self.tr("Changes from revision {0} to the current version (revision {1})").format(
                digits(str(revision.number)), digits(str(current.revision))
            )
        )
        changes = diff_html(item_text(revision.item), item_text(current))
        if changes:
            self.diff.setHtml(changes)
        else:
            same = self.tr("No differences: this revision reads the same as the current version.")
            self.diff.setHtml(f"<p>{html.escape(same)}</p>")

    def restore_selected(self) -> None:
        """Make the selected revision current again (as a new revision) and close."""
        number = self.selected_number()
        if number is None or not self.restore_button.isEnabled():
            return
        try:
            item = self.context.items.restore_revision(self.item_id, number)
        except AmanatError as error:
            self.context.show_error(self, error)
            return
        self.context.items_changed.emit(item.kind)
        self.restored.emit(item.id)
        self.accept()

    def diff_text(self) -> str:
        """The comparison as plain text (for tests and screen readers' sake)."""
        return self.diff.toPlainText()

    # -- language and lifetime --------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("History"))
        self.revisions.setHeaderLabels([
            self.tr("Revision"),
            #: Column heading: when this version was saved (a time), not a command
            self.tr("Saved"),
            self.tr("Title"),
            self.tr("From"),
        ])
        self.revisions.setAccessibleName(self.tr("Saved versions"))
        self.diff.setAccessibleName(self.tr("Changes"))
        self.legend.setText(
            self.tr(
                "Lines marked − (red) are only in the selected revision; lines marked + (green) are only in "
                "the current version. Restoring saves the old version as a new revision, so nothing is lost."
            )
        )
        self.restore_button.setText(self.tr("Restore this version"))
        self.restore_button.setAccessibleName(self.tr("Restore this version"))
        self.restore_button.setToolTip(self.tr("Restore this version (Ctrl+R)"))
        self.restore_action.setText(self.tr("Restore this version"))
        self._fill_rows()
        self._show_selected()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._forget()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._forget()
        super().done(result)

    def _forget(self) -> None:
        """Drop every copy of the item's text (the dialog is deleted on close, too)."""
        self._history = []
        self._rows = []
        self._current = None
        self.revisions.clear()
        self.diff.clear()
        self.heading.clear()
