"""`amanat meeting send`: a meeting's action items into an action plan, each linked back to the meeting."""

from __future__ import annotations

import argparse
from typing import Any

from amanat.app.cli.output import counted
from amanat.app.cli.values import value
from amanat.app.cli.vault_opening import open_vault
from amanat.app.control_characters import printable
from amanat.app.errors import InvalidValue


def _item_number(given: str) -> int:
    try:
        number = int(given)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{given[:20]!r} is not an item number (1, 2, …)") from None
    if number < 1:
        raise argparse.ArgumentTypeError("action items are numbered from 1")
    return number


def add_meeting_commands(sub: Any, common: argparse.ArgumentParser, id_prefix: Any) -> None:
    """The `meeting` noun and its verb."""
    noun = sub.add_parser("meeting", help="meeting notes: send their action items into an action plan",
                          parents=[common])
    verbs = noun.add_subparsers(dest="verb", required=True, metavar="VERB")
    send = verbs.add_parser("send", help="add a meeting's action items to an action plan (again: brought up to "
                                         "date, never added twice)", parents=[common])
    send.add_argument("id", type=id_prefix, help="the meeting (a draft of template 'meeting'): its id or prefix")
    where = send.add_mutually_exclusive_group(required=True)
    where.add_argument("--plan", type=id_prefix, metavar="ID", help="the action plan to add them to")
    where.add_argument("--new-plan", type=value, metavar="TITLE", help="start a new action plan with this title")
    send.add_argument("--item", type=_item_number, action="append", metavar="N",
                      help="only action item N (as 'amanat draft show' numbers them); repeat for more")
    send.add_argument("--yes", action="store_true",
                      help="send even though the plan is shared with a group the meeting is not shared with")


def cmd_meeting(args: argparse.Namespace) -> int:
    """`amanat meeting send …`."""
    with open_vault(args) as vault:
        from amanat.app.meetings import MeetingActions  # the sharing machinery: not when the parser is built

        actions = MeetingActions(vault.items, vault.sync.groups)
        meeting_id = vault.items.resolve(args.id, "draft")
        plan_id = vault.items.resolve(args.plan, "draft") if args.plan else ""
        newly = actions.newly_visible_to(meeting_id, plan_id)
        if newly and not args.yes:
            names = ", ".join(printable(group.name) for group in newly)
            raise InvalidValue(f"this plan is shared with {names}: every member would see the items sent, though "
                               "the meeting is not shared with them. Add --yes to send anyway")
        indexes = [number - 1 for number in args.item] if args.item else None
        outcome = actions.send(meeting_id, plan_id=plan_id, new_plan_title=args.new_plan or "", indexes=indexes)
    plan = printable(outcome.plan.title)
    print(f"{counted(outcome.added, 'item')} added to {plan} ({outcome.plan.id[:8]}"
          f"{', new' if outcome.plan_is_new else ''}), {outcome.updated} brought up to date, "
          f"{outcome.unchanged} already there")
    return 0
