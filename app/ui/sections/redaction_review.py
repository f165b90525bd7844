"""The review before a redacted export: every replacement in its context, each to accept or skip.

The core finds what to replace (app/redaction/plan.py): the words marked for this item before,
and the vault's contacts and the Afghan places that occur in it. Each row is one occurrence, ticked
to be replaced by the pseudonym shown; the user unticks what should stay, adds a word the list
missed (a new name, or another spelling of one already there), and chooses the language of the
pseudonyms. Nothing is written here: accepting hands the plan back to the export (redacted_export).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import AmanatError
from amanat.app.models import Item
from amanat.app.redaction.plan import Occurrence, Place, RedactionPlan, plan_redaction
from amanat.app.redaction.pseudonyms import LANGUAGES, RedactionKey
from amanat.app.redaction.suggestions import Suggestion
from amanat.app.ui.sections.draft_labels import section_titles
from amanat.app.ui.widgets.context import WINDOW_TITLE, UiContext
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.text_direction import isolate, layout_direction

COLUMNS = 4  # replace (tick), in context, replaced by, where
RICH_ROWS = 500  # rows whose words are shown in bold (a rich-text label each); the rest are plain cells
NEW_PROFILE = "\x00new"  # the key choice that asks for a new profile's name
LANGUAGE_NAMES = {"en": "English", "fa": "دری", "ps": "پښتو"}


class RedactionReviewDialog(QDialog):
    """Every replacement of a redacted export, to accept or skip; words can be added."""

    def __init__(self, context: UiContext, item: Item, saved: RedactionKey, suggestions: Iterable[Suggestion],
                 parent: QWidget | None = None, *, profiles: Iterable[str] = (),
                 load_key: Callable[[str | None], RedactionKey | None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redactionReviewDialog")
        self.setWindowTitle(WINDOW_TITLE)
        self.context = context
        self.item = item
        self.saved = saved
        self.suggestions = list(suggestions)
        self.added: list[Suggestion] = []
        self.plan = plan_redaction(item, saved, self.suggestions)
        self.load_key = load_key
        self.key_choice = QComboBox()  # the item's own key, or a profile shared by several items
        self.key_choice.setObjectName("redactionKeyChoice")
        self.key_choice.addItem("", None)
        for name in profiles:
            self.key_choice.addItem(name, name)
        self.key_choice.addItem("", NEW_PROFILE)
        self.key_choice.setEnabled(load_key is not None)
        self.chosen_key_index = 0
        self.key_choice.activated.connect(self._key_chosen)

        heading = QLabel(self.tr("Check every replacement before the file is written"))
        heading.setObjectName("redactionHeading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        explanation = QLabel(self.tr(
            "Ticked words are replaced by the pseudonym beside them, the same one wherever the name stands. "
            "Untick what may stay. The key of pseudonyms stays in this vault; it is never written into the file."))
        explanation.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("redactionTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move, Space ticks
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._tick_changed)
        self.summary = LiveLabel(repeat=False)
        self.summary.setObjectName("redactionSummary")

        self.word = QLineEdit()
        self.word.setObjectName("redactionWord")
        self.word.returnPressed.connect(self.add_word)
        self.kind = QComboBox()
        self.kind.setObjectName("redactionKind")
        self.same_as = QComboBox()
        self.same_as.setObjectName("redactionSameAs")
        self.add_button = QPushButton()
        self.add_button.setObjectName("redactionAddWord")
        self.add_button.clicked.connect(self.add_word)
        self.language = QComboBox()
        self.language.setObjectName("redactionLanguage")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(context.languages.language)))
        self.language.currentIndexChanged.connect(self._refresh_labels)
        self.problem = LiveLabel(repeat=True)
        self.problem.setObjectName("redactionProblem")

        adding = QHBoxLayout()
        self.word_label = QLabel()
        self.word_label.setBuddy(self.word)
        self.same_label = QLabel()
        self.same_label.setBuddy(self.same_as)
        for widget, stretch in ((self.word_label, 0), (self.word, 2), (self.kind, 0), (self.same_label, 0),
                                (self.same_as, 1), (self.add_button, 0)):
            adding.addWidget(widget, stretch)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.key_label = QLabel()
        self.key_label.setBuddy(self.key_choice)
        bottom = QHBoxLayout()
        bottom.addWidget(self.key_label)
        bottom.addWidget(self.key_choice)
        bottom.addWidget(self.language_label)
        bottom.addWidget(self.language)
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)
        self.retranslate()
        self._fill()
        self.resize(1100, 560)
        self.table.setFocus()

    # -- texts ------------------------------------------------------------

    def category_names(self) -> dict[str, str]:
        return {
            "person": self.tr("Person"), "organisation": self.tr("Organisation"), "province": self.tr("Province"),
            "district": self.tr("District"), "place": self.tr("Place"), "other": self.tr("Other word"),
        }

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Replace"), self.tr("Where it stands"),
                                              self.tr("Replaced by"), self.tr("Part")])
        self.table.setAccessibleName(self.tr("Replacements"))
        self.word_label.setText(self.tr("&Add a word:"))
        self.word.setPlaceholderText(self.tr("a name, place or other word the list missed"))
        self.word.setAccessibleName(self.tr("Word to add"))
        self.kind.setAccessibleName(self.tr("Kind of word"))
        self.kind.clear()
        for key, name in self.category_names().items():
            self.kind.addItem(name, key)
        self.same_label.setText(self.tr("&same as:"))
        self.same_as.setAccessibleName(self.tr("The same as a name already listed"))
        self.add_button.setText(self.tr("Add"))
        self.language_label.setText(self.tr("&Pseudonyms in:"))
        self.language.setAccessibleName(self.tr("Language of the pseudonyms"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue to export…"))
        self.key_label.setText(self.tr("&Key:"))
        self.key_choice.setAccessibleName(self.tr("Key of pseudonyms"))
        self.key_choice.setToolTip(self.tr(
            "This item's own key, or a profile shared by every document you send to one reader, so that the "
            "same person is the same pseudonym in all of them"))
        self.key_choice.setItemText(0, self.tr("This item's own"))
        self.key_choice.setItemText(self.key_choice.count() - 1, self.tr("New profile…"))

    def _where(self, place: Place) -> str:
        if place[0] == "title":
            return self.tr("Title")
        if place[0] == "body":
            return self.tr("Text")
        if place[0] == "section":
            return section_titles().get(str(place[1]), str(place[1]))
        number = int(place[1]) + 1
        if place[2] == "owner":
            return self.tr("Action plan, row {0}: owner").format(self.context.localise_digits(str(number)))
        return self.tr("Action plan, row {0}: action").format(self.context.localise_digits(str(number)))

    # -- the table --------------------------------------------------------

    def _context_label(self, occurrence: Occurrence) -> QLabel:
        before, found, after = self.plan.context(occurrence)
        label = QLabel(html.escape(before) + "<b>" + html.escape(found) + "</b>" + html.escape(after))
        label.setTextFormat(Qt.TextFormat.RichText)
        direction = layout_direction(self.plan.line_of(occurrence), self.layoutDirection())
        label.setLayoutDirection(direction)
        label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading)  # right, right to left
        label.setContentsMargins(4, 0, 4, 0)
        return label

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.plan.occurrences))
        for row, occurrence in enumerate(self.plan.occurrences):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Checked if row in self.plan.accepted else Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.AccessibleTextRole, self.plan.found(occurrence))
            self.table.setItem(row, 0, tick)
            if row < RICH_ROWS:
                self.table.setCellWidget(row, 1, self._context_label(occurrence))
            else:  # thousands of replacements: plain cells, the words between « » (a label per row is slow)
                before, found, after = self.plan.context(occurrence)
                plain = QTableWidgetItem(f"{before}«{found}»{after}")
                plain.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, 1, plain)
            for column, text in ((2, ""), (3, self._where(occurrence.place))):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)  # read, never edited
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        self._refresh_labels()

    def _refresh_labels(self) -> None:
        language = self.chosen_language()
        numbered = self.plan.numbered()
        self.table.blockSignals(True)
        for row, occurrence in enumerate(self.plan.occurrences):
            cell = self.table.item(row, 2)
            if cell is None:
                continue
            ticked = row in self.plan.accepted
            cell.setText(numbered[occurrence.entity].label(language) if ticked else self.tr("(stays)"))
        self.table.blockSignals(False)
        self.same_as.clear()
        self.same_as.addItem(self.tr("a new name"), -1)
        for index, entity in enumerate(numbered):
            self.same_as.addItem(f"{entity.label(language)} · {isolate(entity.spellings[0])}", index)
        names = len({self.plan.occurrences[i].entity for i in self.plan.accepted})
        digits = self.context.localise_digits
        self.summary.setText(self.tr("{0} of {1} replacements ticked, of {2} names and places").format(
            digits(str(len(self.plan.accepted))), digits(str(len(self.plan.occurrences))), digits(str(names))))

    def _tick_changed(self, cell: QTableWidgetItem) -> None:
        if cell.column() != 0:
            return
        if cell.checkState() == Qt.CheckState.Checked:
            self.plan.accepted.add(cell.row())
        else:
            self.plan.accepted.discard(cell.row())
        self._refresh_labels()

    # -- adding a word ----------------------------------------------------

    def add_word(self) -> None:
        """The typed word as a new name (or a spelling of the one chosen in "same as"), found everywhere."""
        word = self.word.text().strip()
        if not word:
            return
        chosen = self.same_as.currentData()
        if isinstance(chosen, int) and chosen >= 0:
            entity = self.plan.entities[chosen]
            addition: Suggestion = (entity.category, [*entity.spellings, word])
        else:
            addition = (str(self.kind.currentData()), [word])
        before = len(self.plan.occurrences)
        if not self._replan([*self.added, addition]):
            return
        self.added.append(addition)
        self.word.clear()
        found = len(self.plan.occurrences) - before
        if found > 0:
            self.problem.setText(self.tr("Found {0} more times.").format(self.context.localise_digits(str(found))))
        else:
            self.problem.setText(self.tr("Not found in this item as a whole word: check the spelling."))

    def _replan(self, added: list[Suggestion]) -> bool:
        """Find everything again (another word, another key), keeping what the user unticked; False on error."""
        skipped = {(o.place, o.start, o.end) for i, o in enumerate(self.plan.occurrences)
                   if i not in self.plan.accepted}
        try:
            plan = plan_redaction(self.item, self.saved, [*added, *self.suggestions])
        except AmanatError as error:
            self.problem.setText(str(error))
            return False
        plan.accepted = {i for i, o in enumerate(plan.occurrences) if (o.place, o.start, o.end) not in skipped}
        self.plan = plan
        self._fill()
        return True

    # -- the key: the item's own, or a profile ------------------------------

    def _key_chosen(self, index: int) -> None:
        choice = self.key_choice.itemData(index)
        if choice == NEW_PROFILE:
            name, ok = QInputDialog.getText(self, WINDOW_TITLE, self.tr(
                "Name of the new profile (the reader it is for, for example \"UN Special Rapporteur\"):"))
            name = " ".join(name.split())
            if not ok or not name:
                self.key_choice.setCurrentIndex(self.chosen_key_index)
                return
            if self.key_choice.findData(name) < 0:
                self.key_choice.insertItem(index, name, name)
            index = self.key_choice.findData(name)
            self.key_choice.setCurrentIndex(index)
            choice = name
        assert self.load_key is not None
        try:
            self.saved = self.load_key(choice if isinstance(choice, str) else None) or RedactionKey()
        except AmanatError as error:
            self.problem.setText(str(error))
            self.key_choice.setCurrentIndex(self.chosen_key_index)
            return
        self.chosen_key_index = index
        self._replan(self.added)

    def chosen_profile(self) -> str | None:
        """The profile whose key is used and kept (None: the item's own)."""
        choice = self.key_choice.itemData(self.chosen_key_index)
        return choice if isinstance(choice, str) and choice != NEW_PROFILE else None

    # -- the result -------------------------------------------------------

    def chosen_language(self) -> str:
        return str(self.language.currentData() or "en")

    def chosen_plan(self) -> RedactionPlan:
        """The plan with the user's ticks (after the dialog was accepted)."""
        return self.plan

