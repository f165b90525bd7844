"""What changed in the other language versions of a section, word by word, and "Mark as updated".

The changed words are shown in place, in the other version's own direction (a Dari or Pashto text
runs right to left), added words underlined in the "verified" colour and removed ones struck through
in the "error" colour, and below each, the same as plain words ("Added: …", "Removed: …") for a screen
reader, which says neither colour nor underline.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from amanat.app.ui.sections.draft_labels import section_titles
from amanat.app.ui.sections.language_versions_bar import language_names
from amanat.app.ui.widgets.text_direction import isolate, text_direction
from amanat.app.ui.widgets.theme import current_scheme
from amanat.app.version_links import ChangedSource, SectionState
from amanat.app.word_diff import ADDED, REMOVED, DiffPart, word_diff

MAX_LISTED_CHARS = 400  # of the plain "Added: …" line under each diff


def _direction(language: str, text: str) -> str:
    return "rtl" if language in ("fa", "ps") else text_direction(text, "ltr")


def _paragraphs(parts: list[DiffPart], direction: str) -> str:
    """The parts as HTML paragraphs in `direction`, added words underlined, removed ones struck through."""
    scheme = current_scheme()
    styles = {ADDED: f"color:{scheme.verified}; text-decoration:underline; font-weight:bold;",
              REMOVED: f"color:{scheme.error}; text-decoration:line-through;"}
    align = "right" if direction == "rtl" else "left"
    paragraphs: list[list[str]] = [[]]
    for part in parts:
        for position, line in enumerate(part.text.split("\n")):
            if position:
                paragraphs.append([])
            if line:
                text = html.escape(line)
                style = styles.get(part.change)
                paragraphs[-1].append(f'<span style="{style}">{text}</span>' if style else text)
    return "".join(f'<p dir="{direction}" align="{align}" style="margin-top:0; margin-bottom:2px;">'
                   f'{"".join(p) or "&nbsp;"}</p>' for p in paragraphs)


def _fewest_changes(diffs: list[list[DiffPart] | None]) -> list[DiffPart] | None:
    """The diff that changes the fewest characters (None when no text could be compared)."""
    shown = [d for d in diffs if d is not None]
    return min(shown, key=lambda d: sum(len(p.text) for p in d if p.change != "same"), default=None)


def _listed(parts: list[DiffPart], change: str) -> str:
    words = " … ".join(" ".join(p.text.split()) for p in parts if p.change == change and p.text.strip())
    return words if len(words) <= MAX_LISTED_CHARS else words[:MAX_LISTED_CHARS] + "…"


class VersionDiffDialog(QDialog):
    """The out-of-date sections of one version: what changed in the others, and "Mark as updated"."""

    mark_updated = Signal(str)  # the section key

    def __init__(self, states: dict[str, SectionState], section: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionDiffDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.states: dict[str, SectionState] = {}
        self.section = QComboBox()
        self.section.setObjectName("diffSection")
        self.section_label = QLabel()
        self.section_label.setBuddy(self.section)
        self.explanation = QLabel()
        self.explanation.setObjectName("diffExplanation")
        self.explanation.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setObjectName("diffView")
        self.view.setOpenLinks(False)
        self.view.setTabChangesFocus(True)
        self.mark_button = QPushButton()
        self.mark_button.setObjectName("markUpdatedButton")
        self.mark_button.clicked.connect(self._mark)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("diffButtons")
        self.buttons.addButton(self.mark_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.section_label)
        top.addWidget(self.section, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.explanation)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        self.section.currentIndexChanged.connect(self._show_section)
        self.show_states(states, section, close_when_none=False)

    def show_states(self, states: dict[str, SectionState], section: str = "", *, close_when_none: bool = True) -> None:
        """Show the out-of-date sections among `states` (starting at `section`); close when none is left."""
        self.states = {key: state for key, state in states.items() if state.out_of_date}
        if not self.states and close_when_none:
            self.accept()
            return
        self.section.blockSignals(True)
        self.section.clear()
        for key in self.states:
            self.section.addItem("", key)
        self.section.setCurrentIndex(max(self.section.findData(section), 0))
        self.section.blockSignals(False)
        self.retranslate()

    def current_section(self) -> str:
        """The key of the section shown."""
        return str(self.section.currentData() or "")

    def _mark(self) -> None:
        if self.current_section():
            self.mark_updated.emit(self.current_section())

    def _show_section(self) -> None:
        state = self.states.get(self.current_section())
        if state is None:
            self.view.clear()
            return
        self.view.setHtml("".join(self._source_html(source, state.never_in_line) for source in state.sources))
        self.view.setAccessibleDescription(self.view.toPlainText()[:2000])

    def _source_html(self, source: ChangedSource, never_in_line: bool) -> str:
        name = language_names().get(source.language, "?")
        direction = _direction(source.language, source.now)
        if never_in_line:
            heading = self.tr("This version was never marked updated; the {0} version's text:").format(name)
            return f"<h3>{html.escape(heading)}</h3>" + _paragraphs([DiffPart("same", source.now)], direction)
        parts = _fewest_changes([word_diff(before, source.now) for before in (source.before, source.own_before)
                                 if before is not None])
        if parts is None:
            heading = self.tr("The {0} version changed, but the text is too long to show the changed words; "
                              "its text now:").format(name)
            return f"<h3>{html.escape(heading)}</h3>" + _paragraphs([DiffPart("same", source.now)], direction)
        heading = self.tr("Changes in the {0} version since this one was last marked updated:").format(name)
        added, removed = _listed(parts, ADDED), _listed(parts, REMOVED)
        listed = [self.tr("Added: {0}").format(isolate(added)) if added else "",
                  self.tr("Removed: {0}").format(isolate(removed)) if removed else ""]
        # The plain lines are sentences of the window's language, the words in them isolated in their own direction.
        own = "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        align = "right" if own == "rtl" else "left"
        muted = current_scheme().muted
        plain = "".join(f'<p dir="{own}" align="{align}" style="margin-top:8px; color:{muted};">'
                        f"{html.escape(line)}</p>" for line in listed if line)
        return f"<h3>{html.escape(heading)}</h3>" + _paragraphs(parts, direction) + plain

    def retranslate(self) -> None:
        """Every visible text."""
        self.setWindowTitle(self.tr("What changed in the other versions"))
        titles = section_titles()
        for row in range(self.section.count()):
            self.section.setItemText(row, titles.get(str(self.section.itemData(row)), ""))
        self.section_label.setText(self.tr("&Section out of date"))
        self.section.setAccessibleName(self.tr("Section out of date"))
        self.explanation.setText(self.tr(
            "Added words are underlined, removed words are struck through. Bring this version's section in line "
            "(this window can stay open while you edit), then mark it updated."))
        self.view.setAccessibleName(self.tr("Changes"))
        self.mark_button.setText(self.tr("&Mark as updated"))
        self.mark_button.setAccessibleName(self.tr("Mark this section as updated"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        self._show_section()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
