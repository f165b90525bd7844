"""The draft editors of titled sections and the SWOT grid (the action plan's table: action_plan_editor.py).

Each editor shows a draft's sections (and rows) and gives them back; the
strategy section owns the title, status, tags, saving and the list. Labels
for templates, section keys and draft statuses are translated in
draft_labels.py, in one place, and nowhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QLabel, QScrollArea, QTextEdit, QVBoxLayout, QWidget

from amanat.app.models import TEMPLATE_SECTIONS, ActionRow, Draft
from amanat.app.ui.sections.draft_labels import section_hints, section_titles
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.multilingual_edit import multilingual_text_edit
from amanat.app.ui.widgets.theme import set_state, set_type


def section_edit(key: str) -> QTextEdit:
    """The text field of one section, found by tests as section_<key>."""
    return multilingual_text_edit(f"section_{key}")


class DraftEditor(QWidget):
    """Shows the sections of one template; emits `changed` on every edit by the user."""

    changed = Signal()

    def __init__(self, context: UiContext, template: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.template = template
        self.keys = TEMPLATE_SECTIONS[template]
        self.edits: dict[str, QTextEdit] = {key: section_edit(key) for key in self.keys}
        self.stale: dict[str, str] = {}  # out-of-date section keys: the languages whose versions changed them
        self._loading = False
        for edit in self.edits.values():
            edit.textChanged.connect(self._edited)

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def load(self, draft: Draft) -> None:
        """Show `draft`'s sections (and rows)."""
        self._loading = True
        try:
            for key, edit in self.edits.items():
                edit.setPlainText(draft.section(key))
            self._load_rows(draft.rows)
        finally:
            self._loading = False

    def _load_rows(self, rows: tuple[ActionRow, ...]) -> None:
        """Templates with rows show them."""

    def sections(self) -> tuple[tuple[str, str], ...]:
        """(key, text) of every section, in template order."""
        return tuple((key, self.edits[key].toPlainText()) for key in self.keys)

    def rows(self) -> tuple[ActionRow, ...]:
        """The action plan's rows as shown (other templates have none)."""
        return ()

    def fields(self) -> tuple[tuple[str, str], ...]:
        """The template's single-value fields as shown (a meeting's date, place, online; others have none)."""
        return ()

    def select_row(self, row_id: str) -> bool:
        """Choose the row with this id, following a link (templates with rows); False when there is none."""
        return False

    def first_field(self) -> QWidget:
        """Where the cursor goes when the draft opens."""
        return self.edits[self.keys[0]]

    def show_out_of_date(self, stale: dict[str, str]) -> None:
        """Mark the sections out of date against the other language versions (key: the languages that changed)."""
        self.stale = dict(stale)
        self.retranslate()

    def heading_text(self, key: str) -> str:
        """A section's heading, with "out of date" after it when it is."""
        title = section_titles()[key]
        if key not in self.stale:
            return title
        return QCoreApplication.translate("DraftEditor", "{0} — out of date").format(title)

    def retranslate(self) -> None:
        """Headings and hints in the current language."""
        hints = section_hints()
        titles = section_titles()
        for key, edit in self.edits.items():
            edit.setPlaceholderText(hints.get(key, ""))
            edit.setAccessibleName(titles[key])
            edit.setAccessibleDescription(QCoreApplication.translate(
                "DraftEditor", "Out of date: the {0} version changed this section since it was last marked updated"
            ).format(self.stale[key]) if key in self.stale else "")
            set_state(edit, "warning" if key in self.stale else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SectionColumnEditor(DraftEditor):
    """Blank drafts, concept notes and UN communications: a scrollable column of titled sections."""

    def __init__(self, context: UiContext, template: str, parent: QWidget | None = None) -> None:
        super().__init__(context, template, parent)
        self.setObjectName("sectionColumnEditor")
        self.headings: dict[str, QLabel] = {}
        column = QWidget()
        column.setObjectName("sectionColumn")
        inner = QVBoxLayout(column)
        inner.setSpacing(6)
        single = len(self.keys) == 1
        for key in self.keys:
            heading = QLabel()
            heading.setObjectName(f"heading_{key}")
            set_type(heading, "subheading")
            heading.setBuddy(self.edits[key])
            self.headings[key] = heading
            inner.addWidget(heading)
            self.edits[key].setMinimumHeight(360 if single else 130)
            inner.addWidget(self.edits[key], 1)
            inner.addSpacing(8)
        scroll = QScrollArea()
        scroll.setObjectName("sectionScroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty tab stop: its fields take the focus
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        for key, heading in self.headings.items():
            heading.setText(self.heading_text(key))
            set_state(heading, "warning" if key in self.stale else "")


class SwotEditor(DraftEditor):
    """Four titled quadrants: strengths and weaknesses above, opportunities and threats below.

    A QGridLayout mirrors itself right to left, so Strengths stay at the
    reading start (top right) in Dari and Pashto.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "swot", parent)
        self.setObjectName("swotEditor")
        self.boxes: dict[str, QGroupBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        for position, key in enumerate(self.keys):
            box = QGroupBox()
            box.setObjectName(f"quadrant_{key}")
            inside = QVBoxLayout(box)
            inside.addWidget(self.edits[key])
            self.boxes[key] = box
            grid.addWidget(box, position // 2, position % 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        for key, box in self.boxes.items():
            box.setTitle(self.heading_text(key))
            set_state(box, "warning" if key in self.stale else "")
