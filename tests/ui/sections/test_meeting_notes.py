"""Meeting notes in the real window: fields in the user's calendar, participants from a group, items sent to a plan."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QStyleOptionViewItem, QWidget

from amanat.app.meetings import MeetingActions
from amanat.app.models import ActionRow, Draft
from amanat.app.ui.models.meeting_items_model import COLUMN_SENT
from amanat.app.ui.sections.action_plan_editor import ActionPlanEditor
from amanat.app.ui.sections.meeting_editor import MeetingEditor
from amanat.app.ui.sections.send_items_dialog import SendItemsDialog
from amanat.app.ui.sections.strategy_section import StrategySection
from amanat.app.ui.shell.main_window import MainWindow
from tests.ui.sections.test_strategy import ctrl_s, open_new_draft, strategy

SHOTS = os.environ.get("AMANAT_MEETING_SHOTS", "")  # a folder: the test also saves its screens there


def _shot(window: QWidget, name: str) -> None:
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _meeting(window: MainWindow, title: str = "Geneva follow-up") -> tuple[StrategySection, MeetingEditor]:
    section = open_new_draft(window, "meeting", title)
    assert isinstance(section.editor, MeetingEditor)
    return section, section.editor


def _fill(qtbot, section: StrategySection, editor: MeetingEditor) -> Draft:  # type: ignore[no-untyped-def]
    editor.dated.setChecked(True)
    editor.date.setDate(QDate(2026, 12, 3))
    qtbot.keyClicks(editor.place, "Geneva, Palais Wilson")
    editor.edits["participants"].setPlainText("Mariam\nFarid")
    editor.edits["agenda"].setPlainText("1. Report from the session\n2. Letter to the Special Rapporteur")
    editor.edits["discussion"].setPlainText("The Special Rapporteur's office asked for cases by January.")
    editor.edits["decisions"].setPlainText("گزارش تا آخر ماه نوشته شود.")
    for action, owner in (("نامه به گزارشگر ویژه", "Mariam"), ("Book the room", "Farid")):
        editor.add_item()
        row = editor.model.rowCount() - 1
        editor.model.setData(editor.model.index(row, 0), action)
        editor.model.setData(editor.model.index(row, 1), owner)
    editor.model.setData(editor.model.index(0, 2), QDate(2026, 12, 20))
    ctrl_s(qtbot, editor.place)
    assert not section.dirty
    stored = section.context.items.get(section.current_id or "")
    assert isinstance(stored, Draft)
    return stored


def test_a_meeting_is_written_and_saved_with_every_field(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section, editor = _meeting(unlocked)
    stored = _fill(qtbot, section, editor)
    assert stored.fields == (("date", "2026-12-03"), ("place", "Geneva, Palais Wilson"), ("online", ""))
    assert stored.section("participants") == "Mariam\nFarid"
    assert [(r.action, r.owner, r.due) for r in stored.rows] == [
        ("نامه به گزارشگر ویژه", "Mariam", "2026-12-20"), ("Book the room", "Farid", "")]
    editor.dated.setChecked(False)
    editor.online.setChecked(True)
    assert section.dirty
    assert section.save()
    again = section.context.items.get(stored.id)
    assert isinstance(again, Draft) and again.field("date") == "" and again.field("online") == "yes"


def test_participants_come_from_a_groups_members_without_doubles(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    sync = unlocked.vault.sync
    sync.identities.set_display_name("Mariam")
    sync.groups.create("Geneva advocacy")
    _section, editor = _meeting(unlocked)
    editor.edits["participants"].setPlainText("Mariam")
    editor.people_menu.aboutToShow.emit()
    texts = [action.text() for action in editor.people_menu.actions()]
    assert "Everyone in Geneva advocacy" in texts and "Mariam" in texts
    everyone = next(a for a in editor.people_menu.actions() if a.text() == "Everyone in Geneva advocacy")
    everyone.trigger()
    editor.add_participants(["Guest from OHCHR"])
    assert editor.participants() == ["Mariam", "Guest from OHCHR"]


def _send_through_dialog(qtbot, section: StrategySection, plan_title: str = "") -> SendItemsDialog:  # type: ignore[no-untyped-def]
    dialog = section.meeting_flow.ask_and_send()
    assert isinstance(dialog, SendItemsDialog) and dialog.isVisible()
    if plan_title:
        dialog.plan.setCurrentIndex(dialog.plan.findText(plan_title))
    return dialog


def test_sending_items_links_plan_and_meeting_both_ways_in_the_window(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    plan = unlocked.vault.items.new_draft("action-plan", "Advocacy plan 2027")
    section, editor = _meeting(unlocked)
    meeting = _fill(qtbot, section, editor)
    dialog = _send_through_dialog(qtbot, section, "Advocacy plan 2027")
    assert dialog.chosen_indexes() == [0, 1] and dialog.warning.text() == ""
    _shot(dialog, "send-dialog")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    stored_plan = unlocked.vault.items.get(plan.id)
    assert isinstance(stored_plan, Draft) and [r.action for r in stored_plan.rows] == [
        "نامه به گزارشگر ویژه", "Book the room"]
    assert "Added 2 items to Advocacy plan 2027." in section.status_label.text()
    assert isinstance(section.editor, MeetingEditor) and section.current_id == meeting.id
    assert section.editor.model.sent_text(0) == "Advocacy plan 2027"
    assert section.editor.model.headerData(COLUMN_SENT, Qt.Orientation.Horizontal) == "Sent to"
    _shot(unlocked, "meeting")

    # Meeting → plan row.
    section.editor.table.setCurrentIndex(section.editor.model.index(1, 0))
    assert section.editor.open_button.isEnabled()
    qtbot.mouseClick(section.editor.open_button, Qt.MouseButton.LeftButton)
    assert section.current_id == plan.id and isinstance(section.editor, ActionPlanEditor)
    plan_editor = section.editor
    assert plan_editor.proxy.mapToSource(plan_editor.table.currentIndex()).row() == 1
    assert plan_editor.origin_bar.isVisible()
    assert plan_editor.origin_bar.label.text().startswith("From the meeting: ")
    assert "Geneva follow-up" in plan_editor.origin_bar.label.text()
    assert "2026-12-03" in plan_editor.origin_bar.label.text()
    _shot(unlocked, "plan-origin")

    # Plan row → meeting item.
    qtbot.mouseClick(plan_editor.origin_bar.open_button, Qt.MouseButton.LeftButton)
    assert section.current_id == meeting.id and isinstance(section.editor, MeetingEditor)
    assert section.editor.table.currentIndex().row() == 1

    # Sending again adds nothing.
    dialog = _send_through_dialog(qtbot, section)
    assert dialog.chosen_plan() == plan.id  # the plan sent to last
    assert "already in this plan" in dialog.items.item(0).text()
    dialog.accept()
    stored_plan = unlocked.vault.items.get(plan.id)
    assert isinstance(stored_plan, Draft) and len(stored_plan.rows) == 2
    assert "2 were there already." in section.status_label.text()


def test_a_plan_shared_with_a_group_warns_and_a_new_plan_needs_a_title(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    sync = unlocked.vault.sync
    sync.identities.set_display_name("Mariam")
    group = sync.groups.create("Herat network")
    plan = unlocked.vault.items.new_draft("action-plan", "Shared plan")
    sync.groups.share(group.group_id, plan.id)
    section, editor = _meeting(unlocked)
    _fill(qtbot, section, editor)
    dialog = _send_through_dialog(qtbot, section, "Shared plan")
    assert "Herat network" in dialog.warning.text() and "every member will see" in dialog.warning.text()
    dialog.plan.setCurrentIndex(0)
    assert dialog.warning.text() == "" and dialog.new_title.isEnabled()
    assert dialog.new_title.text() == "Actions from Geneva follow-up"
    dialog.new_title.clear()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.new_title.setText("New plan")
    dialog.items.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    plans = [p for p in MeetingActions(unlocked.vault.items).action_plans() if p.title == "New plan"]
    assert len(plans) == 1 and [r.action for r in plans[0].rows] == ["نامه به گزارشگر ویژه"]


def test_a_meeting_with_nothing_to_send_says_so_and_saves_nothing(qtbot, unlocked: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    section, _editor = _meeting(unlocked)
    monkeypatch.setattr(section.context, "show_error", lambda _parent, error: shown.append(str(error)))
    before = unlocked.vault.items.count()
    assert section.meeting_flow.send(section.current_id or "", "", "Plan", []) is None
    assert shown and "no action item" in shown[0] and unlocked.vault.items.count() == before


def test_the_meeting_in_dari_reads_right_to_left_with_solar_hijri_dates(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    context = strategy(unlocked).context
    context.update_settings(replace(context.settings, calendar="jalali"))
    plan = unlocked.vault.items.new_draft("action-plan", "پلان دادخواهی")
    meeting = unlocked.vault.items.new_draft("meeting", "جلسهٔ پیگیری ژنو")
    unlocked.vault.items.save(replace(
        meeting, fields=(("date", "2026-12-03"), ("place", "ژنو"), ("online", "")),
        sections=(("participants", "مریم\nفرید\nزهرا"), ("agenda", "۱. گزارش نشست\n۲. نامه به گزارشگر ویژه"),
                  ("discussion", "دربارهٔ وضعیت مدافعان در هرات صحبت شد."), ("decisions", "گزارش تا آخر ماه.")),
        rows=(ActionRow("نامه به گزارشگر ویژه", "مریم", "2026-12-20"), ActionRow("رزرو اتاق", "فرید"))))
    MeetingActions(unlocked.vault.items).send(meeting.id, plan_id=plan.id, indexes=[0])
    unlocked.switch_language("fa")
    section = strategy(unlocked)
    section.reload()
    section.open_item(meeting.id)
    editor = section.editor
    assert isinstance(editor, MeetingEditor)
    assert editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert editor.date.text() == "۱۴۰۵-۰۹-۱۲"  # 3 December 2026 is 12 Qaws 1405
    assert editor.model.sent_text(0) == "پلان دادخواهی"
    assert editor.items_heading.text() != "Action items"
    _shot(unlocked, "meeting-fa")
    unlocked.switch_language("en")


def test_an_items_owner_can_be_chosen_among_the_meetings_group(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    sync = unlocked.vault.sync
    sync.identities.set_display_name("Mariam")
    _section, editor = _meeting(unlocked)
    editor.add_item()
    index = editor.model.index(0, 1)
    combo = editor.owner_delegate.createEditor(editor.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(combo, QComboBox) and combo.itemText(0) == "Mariam (me)"
    combo.deleteLater()
