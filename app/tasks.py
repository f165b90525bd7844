"""Tasks: every row of every action plan, for the Tasks section, `amanat task` and the unlock line.

The list is read from the store without decoding whole items (`amanat.app.store.plan_rows`: only
each plan's rows leave SQLite), once per change of the vault; filtering and sorting a list already
read is plain Python, so the window filters on every keystroke without touching the vault.

**Mine.** A row is mine when its owner is this vault's identity (chosen from the group's members,
or as "me"), or when it has no member as owner and its free-text owner is the name on my card
(compared the way search compares text: case, Arabic and Persian letter forms and spacing aside),
so that rows typed by hand with my name count too. A vault without an identity (never shared
anything) has no card name either: nothing is mine there until the user sets the name on their
card, which the Tasks section says.

**Overdue** rows have a due date before today and are not done; rows **due this week** are due
today or in the six days after, and are not done (a rolling week: the same in every calendar,
whichever day the user's week starts on).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from amanat.app.errors import InvalidValue, NotFound
from amanat.app.id_prefix import resolve_id_prefix
from amanat.app.item_codec import rows_from_json
from amanat.app.items import ItemService
from amanat.app.models import ROW_STATUSES, ActionRow, Draft
from amanat.app.search_text import fold_for_search
from amanat.app.store.plan_rows import PlanRows

if TYPE_CHECKING:  # the sharing services are handed in; `amanat task`'s parser reads SORT_KEYS without them
    from amanat.app.sharing.groups import GroupService
    from amanat.app.sharing.identities import IdentityService

WEEK_DAYS = 7
SORT_KEYS = ("due", "plan", "owner", "status", "action")


@dataclass(frozen=True)
class Task:
    """One row of one action plan, with where it lives."""

    plan_id: str
    plan_title: str
    position: int  # the row's place in its plan, from 0
    row: ActionRow
    groups: tuple[str, ...] = ()  # ids of the groups the plan is shared with
    mine: bool = False

    @property
    def id(self) -> str:
        """The row's stable id."""
        return self.row.id


@dataclass(frozen=True)
class TaskFilter:
    """What the Tasks list shows; every condition set must hold."""

    mine: bool = False
    overdue: bool = False
    this_week: bool = False
    group: str | None = None  # a group id
    plan: str | None = None  # an item id
    hide_done: bool = False


@dataclass(frozen=True)
class OwnerChoice:
    """Someone a row can be given to: a verified member of a group the plan is shared with, or me."""

    fingerprint: str
    name: str
    is_me: bool = False


def is_overdue(row: ActionRow, today: datetime.date) -> bool:
    """Due before today and not done."""
    return bool(row.due) and row.status != "done" and row.due < today.isoformat()


def is_due_this_week(row: ActionRow, today: datetime.date) -> bool:
    """Due today or in the six days after, and not done."""
    last = today + datetime.timedelta(days=WEEK_DAYS - 1)
    return bool(row.due) and row.status != "done" and today.isoformat() <= row.due <= last.isoformat()


def matches(task: Task, wanted: TaskFilter, today: datetime.date) -> bool:
    """True when `task` passes every condition of `wanted`."""
    row = task.row
    return not (
        (wanted.mine and not task.mine)
        or (wanted.overdue and not is_overdue(row, today))
        or (wanted.this_week and not is_due_this_week(row, today))
        or (wanted.group is not None and wanted.group not in task.groups)
        or (wanted.plan is not None and task.plan_id != wanted.plan)
        or (wanted.hide_done and row.status == "done")
    )


def sort_key(key: str) -> Callable[[Task], tuple[object, ...]]:
    """How to order tasks by one of SORT_KEYS (undated rows after dated ones; then by plan and place)."""
    if key not in SORT_KEYS:
        raise InvalidValue(f"unknown sort {key!r}; sorts are {', '.join(SORT_KEYS)}")

    def ordered(task: Task) -> tuple[object, ...]:
        row = task.row
        first: object = {
            "due": (not row.due, row.due),
            "plan": fold_for_search(task.plan_title),
            "owner": (not row.owner.strip(), fold_for_search(" ".join(row.owner.split()))),
            "status": ROW_STATUSES.index(row.status) if row.status in ROW_STATUSES else len(ROW_STATUSES),
            "action": fold_for_search(row.action),
        }[key]
        return first, (not row.due, row.due), task.plan_title, task.plan_id, task.position

    return ordered


class TaskService:
    """Read the rows of every action plan; mark one done; say who a row can be given to."""

    def __init__(self, plan_rows: PlanRows, items: ItemService, identities: IdentityService,
                 groups: GroupService) -> None:
        self._plan_rows = plan_rows
        self._items = items
        self._identities = identities
        self._groups = groups

    def _is_mine(self) -> Callable[[ActionRow], bool]:
        me = self._identities.existing()
        if me is None:
            return lambda _row: False
        fingerprint, name = me
        folded = fold_for_search(" ".join(name.split())) if name.strip() else None
        return lambda row: row.owner_id == fingerprint or (
            not row.owner_id and folded is not None and fold_for_search(" ".join(row.owner.split())) == folded)

    def tasks(self, plan_id: str | None = None) -> list[Task]:
        """Every row of every live action plan (or of one), plans most recently changed first."""
        shared: dict[str, list[str]] = {}
        for item_id, group_id in self._plan_rows.sharing():
            shared.setdefault(item_id, []).append(group_id)
        is_mine = self._is_mine()
        found: list[Task] = []
        for plan in self._plan_rows.action_plans(plan_id):
            groups = tuple(sorted(shared.get(plan.item_id, ())))
            for position, row in enumerate(rows_from_json(plan.item_id, plan.rows_json)):
                found.append(Task(plan.item_id, plan.title, position, row, groups, is_mine(row)))
        return found

    def select(self, wanted: TaskFilter = TaskFilter(), *, today: datetime.date | None = None,
               sort: str = "due") -> list[Task]:
        """The tasks `wanted` asks for, in the order `sort` asks for."""
        today = today or datetime.date.today()
        return sorted((t for t in self.tasks(wanted.plan) if matches(t, wanted, today)), key=sort_key(sort))

    def counts_of_mine(self, today: datetime.date | None = None) -> tuple[int, int]:
        """How many of my rows are overdue, and how many due this week (for the line shown on unlock)."""
        today = today or datetime.date.today()
        mine = [t.row for t in self.tasks() if t.mine]
        return sum(is_overdue(r, today) for r in mine), sum(is_due_this_week(r, today) for r in mine)

    def resolve(self, prefix: str, tasks: Iterable[Task] | None = None) -> Task:
        """The task whose row id starts with `prefix` (four hex digits or more)."""
        every = list(self.tasks() if tasks is None else tasks)
        return resolve_id_prefix(
            prefix, "task", lambda start, limit: [t for t in every if t.id.startswith(start)][:limit],
            describe=lambda t: f"{t.id[:8]} {t.row.action[:40]!r} in {t.plan_title[:40]!r}", id_name="task id")

    def set_status(self, task: Task, status: str) -> Task:
        """Store a new status for one row (found again by its id: the plan may have changed since it was listed)."""
        if status not in ROW_STATUSES:
            raise InvalidValue(f"row status must be one of {', '.join(ROW_STATUSES)}")
        plan = self._items.get(task.plan_id)
        if not isinstance(plan, Draft) or self._items.is_in_trash(plan.id):
            raise NotFound(f"the action plan of task {task.id[:8]} is no longer there")
        rows = list(plan.rows)
        position = next((n for n, row in enumerate(rows) if row.id == task.id), None)
        if position is None:
            raise NotFound(f"task {task.id[:8]} is no longer in its plan")
        rows[position] = replace(rows[position], status=status)
        saved = self._items.save(replace(plan, rows=tuple(rows)))
        assert isinstance(saved, Draft)
        return replace(task, plan_title=saved.title, position=position, row=saved.rows[position])

    def owner_choices(self, plan_id: str | None) -> list[OwnerChoice]:
        """Me first, then every verified member of the groups `plan_id` is shared with, each once, by name."""
        me = self._identities.public().fingerprint.hex()
        choices = {me: OwnerChoice(me, self._identities.display_name() or me[:16], is_me=True)}
        others: dict[str, OwnerChoice] = {}
        for group in self._groups.groups_sharing(plan_id) if plan_id else []:
            for member in group.members:
                if member.verified and not member.is_me:
                    others.setdefault(member.fingerprint, OwnerChoice(member.fingerprint, member.name))
        return [*choices.values(), *sorted(others.values(), key=lambda c: (fold_for_search(c.name), c.fingerprint))]
