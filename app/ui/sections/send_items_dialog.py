"""Sending a meeting's action items into an action plan: which plan (or a new one), which items, who will see them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from amanat.app.meetings import MeetingActions, meeting_link
from amanat.app.models import Draft
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.list_text import join_list
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.text_direction import isolate
from amanat.app.ui.widgets.theme import set_state

NEW_PLAN = ""


class SendItemsDialog(QDialog):
    """Asks where the meeting's action items go; the strategy section sends them when accepted."""

    def __init__(self, context: UiContext, actions: MeetingActions, meeting: Draft, selected: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendItemsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.meetings = actions
        self.meeting = meeting
        self.plans = {plan.id: plan for plan in self.meetings.action_plans()}
        self.plan = QComboBox()
        self.plan.setObjectName("sendPlan")
        self.plan.addItem("", NEW_PLAN)
        for plan in self.plans.values():
            self.plan.addItem(plan.title, plan.id)
        self.plan_label = QLabel()
        self.plan_label.setBuddy(self.plan)
        self.new_title = QLineEdit()
        self.new_title.setObjectName("sendNewPlanTitle")
        self.new_title_label = QLabel()
        self.new_title_label.setBuddy(self.new_title)
        self.items = QListWidget()
        self.items.setObjectName("sendItemsList")
        chosen = set(selected) if len(selected) > 1 else None  # one cell selected is no choice
        for index, row in enumerate(meeting.rows):
            if not row.action.strip():
                continue
            entry = QListWidgetItem(row.action)
            entry.setData(Qt.ItemDataRole.UserRole, index)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if chosen is None or index in chosen
                                else Qt.CheckState.Unchecked)
            self.items.addItem(entry)
        self.items_label = QLabel()
        self.items_label.setBuddy(self.items)
        self.warning = LiveLabel()
        self.warning.setObjectName("sendWarning")
        self.warning.setWordWrap(True)
        set_state(self.warning, "warning")  # it only ever says who else will see the items
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("sendButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.plan_label, self.plan)
        form.addRow(self.new_title_label, self.new_title)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.items_label)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.resize(560, 420)
        last = next((row.link[len("plan:"):] for row in meeting.rows if row.link.startswith("plan:")
                     and row.link[len("plan:"):] in self.plans), NEW_PLAN)
        self.plan.setCurrentIndex(max(self.plan.findData(last), 0))
        self.plan.currentIndexChanged.connect(self._update)
        self.new_title.textChanged.connect(self._update)
        self.items.itemChanged.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        """Every visible text."""
        self.setWindowTitle(self.tr("Send action items to an action plan"))
        self.plan.setItemText(0, self.tr("A new action plan"))
        self.plan_label.setText(self.tr("&Action plan"))
        self.plan.setAccessibleName(self.tr("Action plan"))
        self.new_title_label.setText(self.tr("&Title of the new plan"))
        self.new_title.setAccessibleName(self.tr("Title of the new plan"))
        if not self.new_title.text():
            self.new_title.setText(self.tr("Actions from {0}").format(self.meeting.title))
        self.items_label.setText(self.tr("&Items to send (each keeps a link to this meeting)"))
        self.items.setAccessibleName(self.tr("Items to send"))
        send = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        send.setText(self.tr("Send"))
        send.setAccessibleName(self.tr("Send the items"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen_plan(self) -> str:
        """The chosen plan's id, or '' for a new plan."""
        return str(self.plan.currentData() or NEW_PLAN)

    def chosen_indexes(self) -> list[int]:
        """The meeting rows ticked to be sent."""
        return [int(self.items.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.items.count())
                if self.items.item(i).checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        plan_id = self.chosen_plan()
        self.new_title.setEnabled(not plan_id)
        self.new_title_label.setEnabled(not plan_id)
        plan = self.plans.get(plan_id)
        in_plan = {row.link for row in plan.rows} if plan is not None else set()
        for position in range(self.items.count()):
            entry = self.items.item(position)
            row = self.meeting.rows[int(entry.data(Qt.ItemDataRole.UserRole))]
            there = bool(row.id) and meeting_link(self.meeting.id, row.id) in in_plan
            self.items.blockSignals(True)
            entry.setText(self.tr("{0} (already in this plan: brought up to date)").format(row.action) if there
                          else row.action)
            self.items.blockSignals(False)
        groups = self.meetings.newly_visible_to(self.meeting.id, plan_id)
        if groups:
            names = join_list(isolate(g.name) for g in groups)
            self.warning.setText(self.tr("This plan is shared with {0}: every member will see the items sent, "
                                         "though the meeting itself stays unshared.").format(names))
        else:
            self.warning.clear()
        ready = bool(self.chosen_indexes()) and (bool(plan_id) or bool(self.new_title.text().strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
