"""The Tasks section in the real window: filters, sorting, opening a row in its plan, done, the unlock line."""

from __future__ import annotations

import datetime
import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from amanat.app.models import ActionRow, Draft
from amanat.app.ui.models.action_plan_model import COLUMN_NOTE
from amanat.app.ui.models.action_plan_model import COLUMN_OWNER as PLAN_OWNER
from amanat.app.ui.models.task_list_model import COLUMN_OWNER, TaskListModel
from amanat.app.ui.sections.action_plan_editor import ActionPlanEditor
from amanat.app.ui.sections.strategy_section import StrategySection
from amanat.app.ui.sections.tasks_section import TasksSection
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE

TODAY = datetime.date.today()
SHOTS = os.environ.get("AMANAT_TASK_SHOTS")  # a folder: the tests save what they show there, to be looked at


def _day(offset: int) -> str:
    return (TODAY + datetime.timedelta(days=offset)).isoformat()


def fill(vault: Vault) -> tuple[Draft, Draft]:
    """Two plans; Mariam (this vault) owns two open rows, one overdue and one due in three days."""
    vault.sync.identities.set_display_name("Mariam")
    me = vault.sync.identities.public().fingerprint.hex()
    plans = []
    for title, rows in (
        ("UPR follow-up", (ActionRow("Brief the Special Rapporteur", "Mariam", _day(-2), "in-progress", owner_id=me),
                           ActionRow("Collect the case summaries", "Farid", _day(10), "todo", "W-001 to W-030"),
                           ActionRow("Book the room in Geneva", "Mariam", _day(3), "todo"))),
        ("برنامهٔ گزارش سیداو", (ActionRow("ترجمهٔ بخش‌های دری", "شبنم", _day(1), "blocked"),
                                 ActionRow("فرستادن گزارش", "Mariam", _day(-30), "done"))),
    ):
        plan = vault.items.new_draft("action-plan", title)
        saved = vault.items.save(replace(plan, rows=rows))
        assert isinstance(saved, Draft)
        plans.append(saved)
    return plans[0], plans[1]


def open_with_tasks(window: MainWindow, vault_dir: Path) -> tuple[Draft, Draft]:
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE)
    plans = fill(vault)
    window.open_workspace(vault)
    reminder = window.findChild(QMessageBox, "backupReminder")  # a vault with content not backed up yet
    if reminder is not None:
        reminder.close()
    return plans


def tasks_section(qtbot, window: MainWindow) -> TasksSection:  # type: ignore[no-untyped-def]
    assert window.workspace is not None
    qtbot.keyClick(window.workspace.sidebar, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    section = window.workspace.sections["tasks"]
    assert isinstance(section, TasksSection) and section.isVisible()
    return section


def shown_actions(section: TasksSection) -> list[str]:
    return [section.proxy.index(row, 0).data() for row in range(section.proxy.rowCount())]


def grab(window: MainWindow, name: str) -> None:
    if SHOTS:
        window.resize(1264, 640)
        window.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_the_model_and_proxy_pass_the_model_tester(qtbot, qtmodeltester, window: MainWindow,  # type: ignore[no-untyped-def]
                                                     vault_dir: Path) -> None:
    open_with_tasks(window, vault_dir)
    section = tasks_section(qtbot, window)
    qtmodeltester.check(section.model)
    qtmodeltester.check(section.proxy)
    assert isinstance(section.model, TaskListModel)


def test_every_row_soonest_first_and_the_filters(qtbot, window: MainWindow, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = open_with_tasks(window, vault_dir)
    section = tasks_section(qtbot, window)
    assert shown_actions(section) == ["فرستادن گزارش", "Brief the Special Rapporteur", "ترجمهٔ بخش‌های دری",
                                      "Book the room in Geneva", "Collect the case summaries"]
    assert section.count_label.text() == "5 tasks"
    grab(window, "en-tasks")
    section.mine_box.setFocus()
    qtbot.keyClick(section.mine_box, Qt.Key.Key_Space)
    assert section.mine_box.isChecked()
    assert shown_actions(section) == ["فرستادن گزارش", "Brief the Special Rapporteur", "Book the room in Geneva"]
    section.hide_done_box.setChecked(True)
    section.overdue_box.setChecked(True)
    assert shown_actions(section) == ["Brief the Special Rapporteur"]
    assert section.count_label.text() == "1 of 5 tasks shown"
    section.overdue_box.setChecked(False)
    section.week_box.setChecked(True)
    assert shown_actions(section) == ["Book the room in Geneva"]
    for box in (section.mine_box, section.week_box, section.hide_done_box):
        box.setChecked(False)
    section.plan_box.setCurrentIndex(section.plan_box.findData(second.id))
    assert shown_actions(section) == ["فرستادن گزارش", "ترجمهٔ بخش‌های دری"]
    section.plan_box.setCurrentIndex(0)
    qtbot.keyClicks(section.filter_edit, "w-001")  # the note, folded
    assert shown_actions(section) == ["Collect the case summaries"]
    section.filter_edit.clear()
    section.table.sortByColumn(COLUMN_OWNER, Qt.SortOrder.AscendingOrder)
    assert shown_actions(section)[0] == "Collect the case summaries"  # Farid first
    group = window.context.vault.sync.groups.create("Geneva") if window.context else None
    assert group is not None
    window.context.vault.sync.groups.share(group.group_id, first.id)  # type: ignore[union-attr]
    section.reload()
    section.group_box.setCurrentIndex(section.group_box.findData(group.group_id))
    assert sorted(shown_actions(section)) == sorted(row.action for row in first.rows)


def test_enter_opens_the_row_in_its_plan_and_done_is_stored(qtbot, window: MainWindow, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    first, _second = open_with_tasks(window, vault_dir)
    section = tasks_section(qtbot, window)
    section.filter_edit.setText("room")
    section.table.setFocus()
    section.table.setCurrentIndex(section.proxy.index(0, 0))
    assert section.done_button.isEnabled()
    section.done_button.click()
    assert window.context is not None
    stored = window.context.items.get(first.id)
    assert isinstance(stored, Draft) and stored.rows[2].status == "done" and stored.rows[:2] == first.rows[:2]
    assert not section.done_button.isEnabled() and section.current_task() is not None
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    assert window.workspace is not None
    strategy = window.workspace.sections["draft"]
    assert isinstance(strategy, StrategySection) and strategy.isVisible() and strategy.current_id == first.id
    editor = strategy.editor
    assert isinstance(editor, ActionPlanEditor)
    current = editor.proxy.mapToSource(editor.table.currentIndex())
    assert editor.model.row_at(current.row()).id == first.rows[2].id
    assert editor.model.row_at(current.row()).status == "done"
    assert editor.table.hasFocus()


def test_the_unlock_line_counts_mine_quietly_and_leads_to_them(qtbot, window: MainWindow, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_with_tasks(window, vault_dir)
    assert window.workspace is not None
    line = window.workspace.task_line
    assert line.isVisible()
    assert line.text() == "1 of your tasks is overdue. 1 of your tasks is due this week."
    window.switch_language("fa")
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert line.text() == "۱ کار شما از مهلت گذشته است. مهلت ۱ کار شما همین هفته است."
    grab(window, "fa-unlock-line")
    window.switch_language("ps")
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    one, many = window.workspace._task_line_text(1, 0), window.workspace._task_line_text(3, 2)
    assert one.startswith("د ستاسو د ۱ دندې") and "دندو نېټه تېره" in many and "دندو وروستۍ نېټه" in many
    window.switch_language("fa")
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    window.workspace.task_button.click()
    section = window.workspace.sections["tasks"]
    assert isinstance(section, TasksSection) and section.isVisible()
    assert section.mine_box.isChecked() and section.hide_done_box.isChecked()
    assert shown_actions(section) == ["Brief the Special Rapporteur", "Book the room in Geneva"]
    grab(window, "fa-tasks")


def test_no_line_when_nothing_of_mine_is_due(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.workspace is not None and not unlocked.workspace.task_line.isVisible()
    section = tasks_section(qtbot, unlocked)
    assert "No tasks yet" in section.count_label.text()
    section.mine_box.setChecked(True)
    assert "set your name" in section.count_label.text()


def test_an_owner_is_chosen_from_the_plans_group_or_typed(qtbot, window: MainWindow, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    first, _second = open_with_tasks(window, vault_dir)
    assert window.workspace is not None and window.context is not None
    window.workspace.show_task(first.id, first.rows[1].id)
    strategy = window.workspace.sections["draft"]
    editor = strategy.editor  # type: ignore[attr-defined]
    assert isinstance(editor, ActionPlanEditor)
    index = editor.table.currentIndex().siblingAtColumn(PLAN_OWNER)
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    combo = editor.table.findChild(QComboBox, "rowOwnerEditor")
    assert combo is not None and combo.currentText() == "Farid"  # free text: no member chosen
    assert [combo.itemText(n) for n in range(combo.count())] == ["Mariam (me)"]  # not shared: only me
    combo.setCurrentIndex(0)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    me = window.context.vault.sync.identities.public().fingerprint.hex()
    row = editor.model.row_at(1)
    assert (row.owner, row.owner_id) == ("Mariam", me)
    assert "(id " in str(editor.proxy.index(1, PLAN_OWNER).data(Qt.ItemDataRole.ToolTipRole))
    editor.proxy.setData(editor.proxy.index(1, PLAN_OWNER), "Someone outside")
    assert (editor.model.row_at(1).owner, editor.model.row_at(1).owner_id) == ("Someone outside", "")
    editor.proxy.setData(editor.proxy.index(1, COLUMN_NOTE), "call first")
    assert editor.model.row_at(1).note == "call first"
