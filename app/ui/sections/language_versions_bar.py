"""The language-versions bar of a draft: its Dari, Pashto and English versions, and what is out of date.

A row of buttons, one per version (the open one pressed), "Make a version…", and, when sections of
the open version are out of date, a line naming them in the warning colour (read out by screen
readers when it changes) with "Show changes…" beside it. The strategy section does the work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from amanat.app.models import Draft
from amanat.app.ui.sections.draft_labels import section_titles
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.theme import set_state
from amanat.app.version_links import SectionState


def language_names() -> dict[str, str]:
    """VERSION_LANGUAGES in the user's language."""
    return {
        "fa": QCoreApplication.translate("LanguageVersionsBar", "Dari"),
        "ps": QCoreApplication.translate("LanguageVersionsBar", "Pashto"),
        "en": QCoreApplication.translate("LanguageVersionsBar", "English"),
    }


class LanguageVersionsBar(QWidget):
    """Switch between a draft's language versions, make one, and see which sections are out of date."""

    open_version = Signal(str)  # the id of the version to open
    make_version = Signal()
    show_changes = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageVersionsBar")
        self.draft: Draft | None = None
        self.versions: list[Draft] = []
        self.states: dict[str, SectionState] = {}
        self.others_out_of_date: dict[str, int] = {}
        self.localise: Callable[[str], str] = str  # numbers in the user's digits (UiContext.localise_digits)
        self.label = QLabel()
        self.label.setObjectName("languageVersionsLabel")
        self.buttons: list[QPushButton] = []
        self.button_row = QHBoxLayout()
        self.button_row.setSpacing(4)
        self.make_button = QPushButton()
        self.make_button.setObjectName("makeVersionButton")
        self.make_button.clicked.connect(self.make_version)
        self.out_of_date_line = LiveLabel()
        self.out_of_date_line.setObjectName("outOfDateLine")
        self.out_of_date_line.setWordWrap(True)
        set_state(self.out_of_date_line, "warning")
        self.changes_button = QPushButton()
        self.changes_button.setObjectName("showChangesButton")
        self.changes_button.clicked.connect(self.show_changes)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.label)
        top.addLayout(self.button_row)
        top.addWidget(self.make_button)
        top.addStretch(1)
        warning = QHBoxLayout()
        warning.setContentsMargins(0, 0, 0, 0)
        warning.addWidget(self.out_of_date_line, 1)
        warning.addWidget(self.changes_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(warning)
        self.retranslate()
        self.show_draft(None, [], {}, {})

    def show_draft(self, draft: Draft | None, versions: list[Draft], states: dict[str, SectionState],
                   others_out_of_date: dict[str, int]) -> None:
        """Show `draft`'s versions (itself among them), its sections' `states`, and how many sections of each
        other version are out of date (by id)."""
        linked = draft is not None and draft.link is not None
        self.draft, self.versions, self.states = draft, versions if linked else [], states
        self.others_out_of_date = others_out_of_date
        for button in self.buttons:
            self.button_row.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self.buttons = []
        if draft is not None and linked:
            for version in self.versions:
                button = QPushButton()
                button.setObjectName(f"version_{version.link.language if version.link else ''}")
                button.setCheckable(True)
                button.setChecked(version.id == draft.id)
                button.clicked.connect(lambda _checked=False, v=version.id: self._chosen(v))
                self.button_row.addWidget(button)
                button.show()  # now, not on the next pass of the event loop: it takes the focus at once
                self.buttons.append(button)
        self.make_button.setEnabled(draft is not None)
        self.retranslate()

    def _chosen(self, version_id: str) -> None:
        for button, version in zip(self.buttons, self.versions, strict=True):
            button.setChecked(version.id == (self.draft.id if self.draft else ""))
        if self.draft is None or version_id != self.draft.id:
            self.open_version.emit(version_id)

    def out_of_date_sections(self) -> list[str]:
        """The open version's out-of-date section keys, in template order."""
        return [key for key, state in self.states.items() if state.out_of_date]

    def retranslate(self) -> None:
        """Every visible text."""
        names = language_names()
        linked = self.draft is not None and self.draft.link is not None
        self.label.setText(self.tr("Language versions:") if linked else self.tr("No other language versions"))
        self.make_button.setText(self.tr("Make a version…"))
        self.make_button.setAccessibleName(self.tr("Make a version in another language"))
        self.make_button.setToolTip(self.tr("Make a linked Dari, Pashto or English version of this draft"))
        languages = [v.link.language if v.link else "" for v in self.versions]
        for position, (button, version) in enumerate(zip(self.buttons, self.versions, strict=True)):
            language = languages[position]
            name = names.get(language, "?")
            if languages.count(language) > 1:  # two members each made a Dari version at once: "Dari 1", "Dari 2"
                name = f"{name} {self.localise(str(languages[:position + 1].count(language)))}"
            stale = self.states_count(version)
            button.setText(name if not stale else self.tr("{0} ({1} out of date)").format(
                name, self.localise(str(stale))))
            shown = self.tr("{0} version, open").format(name) if version.id == (self.draft.id if self.draft else "") \
                else self.tr("{0} version").format(name)
            button.setAccessibleName(shown)
            button.setToolTip(version.title)
        self._retranslate_warning()

    def states_count(self, version: Draft) -> int:
        """How many sections of `version` are out of date."""
        if self.draft is not None and version.id == self.draft.id:
            return len(self.out_of_date_sections())
        return self.others_out_of_date.get(version.id, 0)

    def _retranslate_warning(self) -> None:
        stale = self.out_of_date_sections()
        titles, names = section_titles(), language_names()
        if not stale:
            self.out_of_date_line.setText("")
        else:
            sources = sorted({names.get(s.language, "?") for key in stale for s in self.states[key].sources})
            self.out_of_date_line.setText(self.tr("Out of date: {0} — changed in the {1} version since this one "
                                                  "was last marked updated.").format(
                self.tr(", ").join(titles.get(key, key) for key in stale), self.tr(", ").join(sources)))
        self.out_of_date_line.setVisible(bool(stale))
        self.changes_button.setVisible(bool(stale))
        self.changes_button.setText(self.tr("Show changes…"))
        self.changes_button.setAccessibleName(self.tr("Show what changed in the other versions"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
