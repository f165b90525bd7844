"""`amanat task list` and `amanat task done`: every action-plan row, on the command line."""

from __future__ import annotations

import argparse
import datetime
import sys
from typing import Any

from amanat.app.cli.output import counted, print_json
from amanat.app.cli.vault_opening import open_vault
from amanat.app.id_prefix import MIN_ID_PREFIX
from amanat.app.models import ROW_STATUSES
from amanat.app.tasks import SORT_KEYS, Task, TaskFilter, is_due_this_week, is_overdue

_HEX = frozenset("0123456789abcdef")


def _task_id(given: str) -> str:
    typed = given.strip().lower()
    if not MIN_ID_PREFIX <= len(typed) <= 16 or not set(typed) <= _HEX:
        raise argparse.ArgumentTypeError(
            f"{given[:40]!r} is not a task id: give its first {MIN_ID_PREFIX} or more hex digits "
            "(see 'amanat task list')")
    return typed


def add_task_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """The `task` noun and its verbs."""
    noun = sub.add_parser("task", help="every row of every action plan: who does what by when", parents=[common])
    verbs = noun.add_subparsers(dest="verb", required=True, metavar="VERB")
    listing = verbs.add_parser("list", help="list tasks (undone and done), soonest due first", parents=[common])
    listing.add_argument("--mine", action="store_true",
                         help="only mine: owned by my identity, or by the name on my card")
    listing.add_argument("--overdue", action="store_true", help="only those past their due date and not done")
    listing.add_argument("--week", action="store_true", help="only those due today or in the next six days")
    listing.add_argument("--open", action="store_true", help="leave out those done")
    listing.add_argument("--group", metavar="GROUP", help="only plans shared with this group (id, prefix or name)")
    listing.add_argument("--plan", metavar="ID", help="only this action plan (id or prefix)")
    listing.add_argument("--sort", choices=SORT_KEYS, default="due")
    listing.add_argument("--json", action="store_true", help="print JSON")
    done = verbs.add_parser("done", help="mark a task done", parents=[common])
    done.add_argument("id", type=_task_id, help="the task's id (or its first four or more digits)")
    status = verbs.add_parser("status", help="set a task's status", parents=[common])
    status.add_argument("id", type=_task_id, help="the task's id (or its first four or more digits)")
    status.add_argument("status", choices=ROW_STATUSES)


def _as_json(task: Task, today: datetime.date) -> dict[str, object]:
    row = task.row
    return {"id": task.id, "plan_id": task.plan_id, "plan": task.plan_title, "position": task.position,
            "action": row.action, "owner": row.owner, "owner_id": row.owner_id, "due": row.due,
            "status": row.status, "note": row.note, "groups": list(task.groups), "mine": task.mine,
            "overdue": is_overdue(row, today), "due_this_week": is_due_this_week(row, today)}


def _print(tasks: list[Task], today: datetime.date) -> None:
    for task in tasks:
        row = task.row
        late = "!" if is_overdue(row, today) else " "
        owner = f"  @{row.owner}" if row.owner else ""
        print(f"{task.id[:8]}  {row.due or '-':<10}{late} {row.status:<11} {row.action}{owner}  ({task.plan_title})")


def cmd_task(args: argparse.Namespace) -> int:
    """`amanat task …`."""
    today = datetime.date.today()
    with open_vault(args) as vault:
        tasks = vault.tasks
        if args.verb == "list":
            group = vault.sync.groups.resolve(args.group) if args.group else None
            plan = vault.items.resolve(args.plan, "draft") if args.plan else None
            wanted = TaskFilter(mine=args.mine, overdue=args.overdue, this_week=args.week, group=group, plan=plan,
                                hide_done=args.open)
            found = tasks.select(wanted, today=today, sort=args.sort)
            if args.json:
                print_json([_as_json(task, today) for task in found])
            else:
                _print(found, today)
                print(counted(len(found), "task"), file=sys.stderr)
            if args.mine and vault.sync.identities.existing() is None:
                print("Nothing is yours yet: set the name on your card ('amanat identity set-name NAME'); rows "
                      "owned by that name or given to you by a group member are yours.", file=sys.stderr)
            return 0
        status = "done" if args.verb == "done" else args.status
        task = tasks.set_status(tasks.resolve(args.id), status)
        print(f"{task.id[:8]} is now {status}: {task.row.action} ({task.plan_title})")
    return 0
