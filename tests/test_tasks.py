"""The Tasks list in the core: every row of every action plan, its filters, "mine", marking done."""

from __future__ import annotations

import datetime
from dataclasses import replace

import pytest

from amanat.app.errors import InvalidValue, NotFound
from amanat.app.models import ActionRow, Draft
from amanat.app.tasks import TaskFilter, is_due_this_week, is_overdue
from amanat.app.vault import Vault

TODAY = datetime.date(2026, 12, 4)


def _plan(vault: Vault, title: str, *rows: ActionRow) -> Draft:
    plan = vault.items.new_draft("action-plan", title)
    saved = vault.items.save(replace(plan, rows=rows))
    assert isinstance(saved, Draft)
    return saved


def _actions(vault: Vault, wanted: TaskFilter = TaskFilter(), sort: str = "due") -> list[str]:  # noqa: B008
    return [task.row.action for task in vault.tasks.select(wanted, today=TODAY, sort=sort)]


@pytest.fixture
def plans(vault: Vault) -> tuple[Draft, Draft]:
    vault.sync.identities.set_display_name("Mariam")
    me = vault.sync.identities.public().fingerprint.hex()
    first = _plan(vault, "UPR plan",
                  ActionRow("late, mine by identity", "M.", "2026-12-01", "in-progress", owner_id=me),
                  ActionRow("late but done", "Mariam", "2026-11-01", "done"),
                  ActionRow("this week, mine by name", " mariam ", "2026-12-10", "todo"),
                  ActionRow("next week, someone else", "Farid", "2026-12-11", "blocked"),
                  ActionRow("undated", "", "", "todo"))
    second = _plan(vault, "برنامهٔ گزارش", ActionRow("today", "Zahra", "2026-12-04", "todo"))
    vault.items.new_draft("swot", "no rows here")
    empty = vault.items.new_draft("action-plan", "no rows")
    assert isinstance(empty, Draft)
    return first, second


def test_every_row_of_every_live_plan_is_listed_soonest_first(vault: Vault, plans: tuple[Draft, Draft]) -> None:
    assert _actions(vault) == ["late but done", "late, mine by identity", "today", "this week, mine by name",
                               "next week, someone else", "undated"]
    first, second = plans
    vault.items.delete(second.id)
    assert "today" not in _actions(vault)
    assert [t.position for t in vault.tasks.tasks(first.id)] == [0, 1, 2, 3, 4]


def test_the_filters(vault: Vault, plans: tuple[Draft, Draft]) -> None:
    _first, second = plans
    assert _actions(vault, TaskFilter(mine=True)) == ["late but done", "late, mine by identity",
                                                      "this week, mine by name"]
    assert _actions(vault, TaskFilter(overdue=True)) == ["late, mine by identity"]
    assert _actions(vault, TaskFilter(this_week=True)) == ["today", "this week, mine by name"]
    assert _actions(vault, TaskFilter(plan=second.id)) == ["today"]
    assert _actions(vault, TaskFilter(mine=True, hide_done=True, this_week=True)) == ["this week, mine by name"]
    assert vault.tasks.counts_of_mine(TODAY) == (1, 1)
    assert _actions(vault, sort="owner")[:2] == ["next week, someone else", "late, mine by identity"]
    with pytest.raises(InvalidValue, match="unknown sort"):
        vault.tasks.select(sort="colour")


def test_overdue_and_this_week_at_their_edges() -> None:
    row = ActionRow("a", due="2026-12-03")
    assert is_overdue(row, TODAY) and not is_due_this_week(row, TODAY)
    assert is_due_this_week(replace(row, due="2026-12-10"), TODAY)
    assert not is_due_this_week(replace(row, due="2026-12-11"), TODAY)
    assert not is_overdue(replace(row, due="2026-12-04"), TODAY)


def test_the_filter_by_group_follows_sharing(vault: Vault, plans: tuple[Draft, Draft]) -> None:
    first, _second = plans
    group = vault.sync.groups.create("Geneva")
    assert _actions(vault, TaskFilter(group=group.group_id)) == []
    vault.sync.groups.share(group.group_id, first.id)
    assert len(_actions(vault, TaskFilter(group=group.group_id))) == 5


def test_nothing_is_mine_without_an_identity_and_none_is_made(vault: Vault) -> None:
    _plan(vault, "P", ActionRow("a", "Mariam", "2026-12-01"))
    assert vault.tasks.counts_of_mine(TODAY) == (0, 0) and _actions(vault, TaskFilter(mine=True)) == []
    assert vault.sync.identities.existing() is None


def test_done_by_id_prefix_keeps_every_other_row_and_the_plans_history(
        vault: Vault, plans: tuple[Draft, Draft]) -> None:
    first, _second = plans
    target = first.rows[3]
    task = vault.tasks.set_status(vault.tasks.resolve(target.id[:6]), "done")
    assert task.row == replace(target, status="done")
    stored = vault.items.get(first.id)
    assert isinstance(stored, Draft)
    assert stored.rows == tuple(replace(r, status="done") if r.id == target.id else r for r in first.rows)
    assert len(vault.items.history(first.id)) == 3
    with pytest.raises(NotFound):
        vault.tasks.resolve("ffffffff" if not target.id.startswith("ffff") else "0000000")
    with pytest.raises(InvalidValue):
        vault.tasks.set_status(task, "finished")


def test_a_task_whose_row_was_removed_meanwhile_is_not_found(vault: Vault, plans: tuple[Draft, Draft]) -> None:
    first, _second = plans
    task = vault.tasks.resolve(first.rows[0].id)
    vault.items.save(replace(first, rows=first.rows[1:]))
    with pytest.raises(NotFound, match="no longer in its plan"):
        vault.tasks.set_status(task, "done")
    vault.items.delete(first.id)
    with pytest.raises(NotFound):
        vault.tasks.set_status(task, "done")
