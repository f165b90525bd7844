"""The meeting notes editor: date, place, participants, agenda, discussion, decisions and action items.

The date is kept in ISO and shown in the user's calendar (Gregorian or Solar Hijri) and digits.
Participants are one name a line (so two members adding people at once both keep theirs); the
"Add from a group" menu writes the names of a group's members. The action items are a table
like an action plan's, with a column saying which plan each item was sent to; sending and
following a link are the strategy section's (meeting_flow.py): this editor asks by signal.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from amanat.app.meetings import Destination, MeetingActions
from amanat.app.models import MAX_TITLE_CHARS, ActionRow, Draft
from amanat.app.ui.models.action_plan_model import (
    COLUMN_DUE,
    COLUMN_NOTE,
    COLUMN_OWNER,
    COLUMN_STATUS,
    format_due,
    user_calendar,
)
from amanat.app.ui.models.meeting_items_model import COLUMN_SENT, MeetingItemsModel
from amanat.app.ui.sections.action_plan_delegates import (
    ContentDirectionDelegate,
    DueDateDelegate,
    OwnerDelegate,
    RowStatusDelegate,
)
from amanat.app.ui.sections.draft_editors import DraftEditor
from amanat.app.ui.sections.draft_labels import section_titles
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.focus_order import let_ctrl_tab_leave
from amanat.app.ui.widgets.month_names import correct_calendar_month_names
from amanat.app.ui.widgets.shortcut_table import keys_of
from amanat.app.ui.widgets.theme import set_type

TEXT_HEIGHTS = {"participants": 60, "agenda": 70, "discussion": 110, "decisions": 70}  # the least; at most twice


def meeting_actions(context: UiContext) -> MeetingActions:
    """The core's meeting use case on the window's connection."""
    return MeetingActions(context.items, context.vault.sync.groups)


class MeetingEditor(DraftEditor):
    """One scrolling column: the meeting's fields, its texts, then its action items."""

    send_requested = Signal()  # "Send to an action plan…"
    open_link_requested = Signal(str, str)  # item id, row id: show that row of that draft

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "meeting", parent)
        self.setObjectName("meetingEditor")
        self.destinations: dict[str, list[Destination]] = {}
        self.headings: dict[str, QLabel] = {}
        self._build_fields()
        self._build_table()
        column = QWidget()
        column.setObjectName("meetingColumn")
        inner = QVBoxLayout(column)
        inner.setSpacing(6)
        inner.addLayout(self.field_grid)
        for key in self.keys:
            heading = QLabel()
            heading.setObjectName(f"heading_{key}")
            set_type(heading, "subheading")
            heading.setBuddy(self.edits[key])
            self.headings[key] = heading
            if key == "participants":
                row = QHBoxLayout()
                row.addWidget(heading, 1)
                row.addWidget(self.add_people_button)
                inner.addLayout(row)
            else:
                inner.addWidget(heading)
            self.edits[key].setMinimumHeight(TEXT_HEIGHTS[key])
            self.edits[key].setMaximumHeight(TEXT_HEIGHTS[key] * 2)
            inner.addWidget(self.edits[key])
        inner.addWidget(self.items_heading)
        inner.addWidget(self.table)
        inner.addLayout(self.table_buttons)
        inner.addWidget(self.keys_hint)
        self.column_scroll = scroll = QScrollArea()
        scroll.setObjectName("meetingScroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        context.settings_changed.connect(self.retranslate)  # the calendar may have changed
        self.retranslate()

    def _build_fields(self) -> None:
        self.dated = QCheckBox()
        self.dated.setObjectName("meetingDated")
        self.date = QDateEdit()
        self.date.setObjectName("meetingDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # year-month-day as every date is shown
        self.date.setDate(QDate.currentDate())
        self.date.setEnabled(False)
        self.dated.toggled.connect(self.date.setEnabled)
        self.dated.toggled.connect(self._edited)
        self.date.dateChanged.connect(self._edited)
        self.place = QLineEdit()
        self.place.setObjectName("meetingPlace")
        self.place.setMaxLength(MAX_TITLE_CHARS)
        self.place.textEdited.connect(self._edited)
        self.place_label = QLabel()
        self.place_label.setBuddy(self.place)
        self.online = QCheckBox()
        self.online.setObjectName("meetingOnline")
        self.online.toggled.connect(self._edited)
        self.field_grid = QGridLayout()
        self.field_grid.addWidget(self.dated, 0, 0)
        self.field_grid.addWidget(self.date, 0, 1)
        self.field_grid.addWidget(self.place_label, 0, 2)
        self.field_grid.addWidget(self.place, 0, 3)
        self.field_grid.addWidget(self.online, 0, 4)
        self.field_grid.setColumnStretch(3, 1)
        self.add_people_button = QToolButton()
        self.add_people_button.setObjectName("addParticipantsButton")
        self.add_people_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_people_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.people_menu = QMenu(self.add_people_button)
        self.people_menu.setObjectName("participantsMenu")
        self.people_menu.aboutToShow.connect(self._fill_people_menu)
        self.add_people_button.setMenu(self.people_menu)

    def _build_table(self) -> None:
        self.model = MeetingItemsModel(date_text=lambda iso: format_due(self.context, iso))
        self.table = QTableView()
        self.table.setObjectName("meetingItemsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        let_ctrl_tab_leave(self.table)
        self.table.setMinimumHeight(170)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        for column in (COLUMN_DUE, COLUMN_STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_SENT, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnHidden(COLUMN_NOTE, True)  # a row's note is written in the plan, where it is worked on
        header.resizeSection(1, 110)
        header.resizeSection(COLUMN_SENT, 130)
        self.due_delegate = DueDateDelegate(self.context, self.table)
        self.status_delegate = RowStatusDelegate(self.table)
        self.table.setItemDelegate(ContentDirectionDelegate(self.table))
        self.table.setItemDelegateForColumn(COLUMN_DUE, self.due_delegate)
        self.table.setItemDelegateForColumn(COLUMN_STATUS, self.status_delegate)
        self.meeting_id: str | None = None  # owners may be chosen among the members of the groups it is shared with
        self.owner_delegate = OwnerDelegate(lambda: self.context.vault.tasks.owner_choices(self.meeting_id), self.table)
        self.table.setItemDelegateForColumn(COLUMN_OWNER, self.owner_delegate)
        self.items_heading = QLabel()
        self.items_heading.setObjectName("heading_items")
        set_type(self.items_heading, "subheading")
        self.items_heading.setBuddy(self.table)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addItemButton")
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeItemButton")
        self.remove_button.clicked.connect(self.remove_selected_items)
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendItemsButton")
        self.send_button.clicked.connect(self.send_requested)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openSentRowButton")
        self.open_button.clicked.connect(self.open_current_destination)
        self.table_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            self.table_buttons.addWidget(button)
        self.table_buttons.addStretch(1)
        for button in (self.send_button, self.open_button):
            self.table_buttons.addWidget(button)
        self.keys_hint = QLabel()
        self.keys_hint.setObjectName("meetingKeysHint")
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.add_action = self._table_action("addRowAction", self.add_item)
        self.remove_action = self._table_action("removeRowAction", self.remove_selected_items)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._edited)
        self.table.selectionModel().currentChanged.connect(self._update_open_button)

    def _table_action(self, name: str, slot: object) -> QAction:
        action = QAction(self.table)
        action.setObjectName(name)
        action.setShortcuts(keys_of(name))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    # -- content ----------------------------------------------------------

    def load(self, draft: Draft) -> None:
        self.meeting_id = draft.id
        self._loading = True
        try:
            date = QDate.fromString(draft.field("date"), Qt.DateFormat.ISODate)
            self.dated.setChecked(date.isValid())
            self.date.setDate(date if date.isValid() else QDate.currentDate())
            self.place.setText(draft.field("place"))
            self.place.setCursorPosition(0)
            self.online.setChecked(draft.field("online") == "yes")
        finally:
            self._loading = False
        super().load(draft)
        self.show_destinations(meeting_actions(self.context).destinations(draft))

    def _load_rows(self, rows: tuple[ActionRow, ...]) -> None:
        self.model.set_rows(rows)
        self._update_open_button()

    def show_destinations(self, destinations: dict[str, list[Destination]]) -> None:
        """Fill the "Sent to" column: each plan's title, or a word for a plan not in this vault."""
        self.destinations = destinations
        sent = {row_id: ", ".join(d.plan.title if d.plan is not None else self.tr("a plan not here")
                                  for d in where) for row_id, where in destinations.items()}
        self.model.set_sent(sent)
        self._update_open_button()

    def rows(self) -> tuple[ActionRow, ...]:
        return self.model.rows()

    def fields(self) -> tuple[tuple[str, str], ...]:
        date = self.date.date().toString(Qt.DateFormat.ISODate) if self.dated.isChecked() else ""
        return (("date", date), ("place", self.place.text().strip()), ("online", "yes" if self.online.isChecked()
                                                                                else ""))

    def selected_indexes(self) -> list[int]:
        """The rows of the selected cells (or the current one)."""
        indexes = list(self.table.selectionModel().selectedIndexes()) or [self.table.currentIndex()]
        return sorted({i.row() for i in indexes if i.isValid()})

    def first_field(self) -> QWidget:
        return self.dated

    # -- editing ----------------------------------------------------------

    def add_item(self) -> None:
        """A new empty item at the end, its action being typed."""
        row = self.model.append_row()
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
        self.table.edit(index)

    def remove_selected_items(self) -> None:
        """Remove the items with a selected cell (rows already in a plan stay there)."""
        for row in reversed(self.selected_indexes()):
            self.model.removeRows(row, 1)

    def participants(self) -> list[str]:
        """The participants as written, one a line, blank lines left out."""
        return [line.strip() for line in self.edits["participants"].toPlainText().splitlines() if line.strip()]

    def add_participants(self, names: list[str]) -> None:
        """Add the names not listed yet, one a line."""
        present = set(self.participants())
        new = [name for name in names if name and name not in present]
        if not new:
            return
        lines = [*self.participants(), *new]
        self.edits["participants"].setPlainText("\n".join(lines))

    def _fill_people_menu(self) -> None:
        self.people_menu.clear()
        groups = self.context.vault.sync.groups.groups()
        if not groups:
            self.people_menu.addAction(self.tr("No group yet: type the names")).setEnabled(False)
        for group in groups:
            names = [member.name for member in group.members if member.verified]
            section = self.people_menu.addSection(group.name)
            section.setObjectName("participantsGroup")
            everyone = self.people_menu.addAction(self.tr("Everyone in {0}").format(group.name))
            everyone.triggered.connect(lambda _checked=False, n=names: self.add_participants(n))
            for name in names:
                action = self.people_menu.addAction(name)
                action.triggered.connect(lambda _checked=False, n=name: self.add_participants([n]))

    def _current_destination(self) -> Destination | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row_id = self.model.row_at(index.row()).id
        where = [d for d in self.destinations.get(row_id, []) if d.plan is not None] if row_id else []
        return where[0] if where else None

    def _update_open_button(self, *_args: QModelIndex) -> None:
        self.open_button.setEnabled(self._current_destination() is not None)

    def open_current_destination(self) -> None:
        """Show the plan row the current item was sent to."""
        destination = self._current_destination()
        if destination is not None and destination.plan is not None and destination.row_index >= 0:
            self.open_link_requested.emit(destination.plan_id, destination.plan.rows[destination.row_index].id)
        elif destination is not None:
            self.open_link_requested.emit(destination.plan_id, "")

    def select_row(self, row_id: str) -> bool:
        """Make the item with `row_id` current (after following a link from a plan), the table in sight."""
        for row in range(self.model.rowCount()):
            if row_id and self.model.row_at(row).id == row_id:
                self.table.setCurrentIndex(self.model.index(row, 0))
                self.table.scrollTo(self.model.index(row, 0))
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                self.show_items()
                return True
        return False

    def show_items(self) -> None:
        """Scroll the column so that the action items and their buttons are in sight."""
        self.column_scroll.ensureWidgetVisible(self.keys_hint, 0, 0)

    def retranslate(self) -> None:
        super().retranslate()
        titles = section_titles()
        for key, heading in self.headings.items():
            heading.setText(titles[key])
        self.dated.setText(self.tr("&Date"))
        self.dated.setToolTip(self.tr("Tick to give the meeting a date"))
        self.date.setAccessibleName(self.tr("Date of the meeting"))
        self.date.setCalendar(user_calendar(self.context))
        self.date.setLocale(self.context.languages.locale())  # the user's digits, as in every date shown
        self.date.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # year-month-day, in this order, in RTL too
        self.date.setDisplayFormat("yyyy-MM-dd")
        correct_calendar_month_names(self.date.calendarWidget(), self.context.languages.language)
        self.place_label.setText(self.tr("&Place"))
        self.place.setAccessibleName(self.tr("Place"))
        self.place.setPlaceholderText(self.tr("City, building or room"))
        self.online.setText(self.tr("&Online"))
        self.online.setToolTip(self.tr("The meeting was held online (the place may name the platform)"))
        self.add_people_button.setText(self.tr("Add from a group…"))
        self.add_people_button.setAccessibleName(self.tr("Add participants from a group"))
        self.items_heading.setText(self.tr("Action items"))
        self.table.setAccessibleName(self.tr("Action items"))
        self.model.sent_title = self.tr("Sent to")
        self.add_button.setText(self.tr("Add item"))
        self.remove_button.setText(self.tr("Remove item"))
        self.send_button.setText(self.tr("Send to an action plan…"))
        self.send_button.setToolTip(self.tr("Add these action items to an action plan, each linked to this meeting"))
        self.open_button.setText(self.tr("Open in the plan"))
        self.open_button.setToolTip(self.tr("Show the plan row this item was sent to"))
        self.keys_hint.setText(self.tr("Insert adds an item · Ctrl+Delete removes it"))
        self.add_action.setText(self.tr("Add item"))
        self.remove_action.setText(self.tr("Remove item"))
        self.due_delegate.editor_width = self.status_delegate.editor_width = None
        self._loading = True
        try:
            self.model.refresh_labels()
        finally:
            self._loading = False
