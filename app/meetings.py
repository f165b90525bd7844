"""Meeting notes' action items sent into an action plan, each keeping a link back to the meeting.

A meeting is a draft of the "meeting" template: its action items are rows like an action
plan's. Sending them gives every meeting row a stable id, then adds (or updates) one plan row
per item whose link names the meeting and that row (`MEETING_LINK`), and marks the meeting row
with the plan it went to (`PLAN_LINK`). Sending again finds the plan's rows by their links: it
updates what changed in the meeting (action, owner, due date) and never adds a second row; a
plan row's status, and a row the plan's people removed, are theirs (a removed row comes back
only when sent again). Both drafts are saved in one transaction through `ItemService`.

The links are ids, so they survive bundles: a member who holds both items sees both directions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from amanat.app.action_rows import new_row_id
from amanat.app.errors import InvalidValue, NotFound
from amanat.app.items import ItemService
from amanat.app.models import KIND_DRAFT, MEETING_LINK, PLAN_LINK, ActionRow, Draft
from amanat.app.sharing.groups import GroupInfo, GroupService

MEETING_TEMPLATE = "meeting"
PLAN_TEMPLATE = "action-plan"


def meeting_link(meeting_id: str, row_id: str) -> str:
    """What a plan row's link says when it came from a meeting's action item."""
    return f"{MEETING_LINK}{meeting_id}:{row_id}"


def parse_meeting_link(link: str) -> tuple[str, str] | None:
    """(meeting id, row id) from a plan row's link, or None when it came from no meeting."""
    if not link.startswith(MEETING_LINK):
        return None
    meeting_id, _, row_id = link[len(MEETING_LINK):].partition(":")
    return (meeting_id, row_id) if meeting_id and row_id else None


def plan_of_link(link: str) -> str | None:
    """The plan id a meeting row's link names, or None."""
    return link[len(PLAN_LINK):] or None if link.startswith(PLAN_LINK) else None


@dataclass(frozen=True)
class SendOutcome:
    """What one send did: both drafts as saved, and how many rows were added, updated or left as they were."""

    meeting: Draft
    plan: Draft
    added: int
    updated: int
    unchanged: int
    plan_is_new: bool = False


@dataclass(frozen=True)
class Origin:
    """Where a plan row came from: the meeting (None when this vault does not hold it) and the row's index in it."""

    meeting_id: str
    row_id: str
    meeting: Draft | None
    row_index: int  # -1 when the meeting (here) no longer has that item


@dataclass(frozen=True)
class Destination:
    """Where a meeting's action item went: a plan (None when not here) and the row's index there (-1: removed)."""

    plan_id: str
    plan: Draft | None
    row_index: int


class MeetingActions:
    """Send a meeting's action items into an action plan, and follow the links both ways."""

    def __init__(self, items: ItemService, groups: GroupService | None = None) -> None:
        """`groups` (the same connection's) tells which groups see a plan; without it no warning is given."""
        self._items = items
        self._groups = groups

    # -- reading ----------------------------------------------------------

    def _draft(self, item_id: str, template: str) -> Draft:
        item = self._items.get(item_id, KIND_DRAFT)
        if not isinstance(item, Draft) or item.template != template:
            raise InvalidValue("that draft is not a meeting" if template == MEETING_TEMPLATE
                               else "that draft is not an action plan")
        if self._items.is_in_trash(item_id):
            raise InvalidValue("that draft is in the trash; restore it first")
        return item

    def meeting(self, meeting_id: str) -> Draft:
        """A live meeting draft, or InvalidValue/NotFound."""
        return self._draft(meeting_id, MEETING_TEMPLATE)

    def action_plans(self) -> list[Draft]:
        """Every live action plan, most recently changed first."""
        plans = [self._items.get(header.id) for header in self._items.list(KIND_DRAFT)]
        return [plan for plan in plans if isinstance(plan, Draft) and plan.template == PLAN_TEMPLATE]

    def newly_visible_to(self, meeting_id: str, plan_id: str) -> list[GroupInfo]:
        """Groups that share the plan but not the meeting: their members would see the items sent."""
        if self._groups is None or not plan_id:
            return []
        of_meeting = {group.group_id for group in self._groups.groups_sharing(meeting_id)}
        return [group for group in self._groups.groups_sharing(plan_id) if group.group_id not in of_meeting]

    def origin(self, row: ActionRow) -> Origin | None:
        """The meeting a plan row came from, or None when it came from none."""
        parsed = parse_meeting_link(row.link)
        if parsed is None:
            return None
        meeting_id, row_id = parsed
        try:
            meeting = self.meeting(meeting_id)
        except (NotFound, InvalidValue):
            return Origin(meeting_id, row_id, None, -1)
        index = next((i for i, r in enumerate(meeting.rows) if r.id == row_id), -1)
        return Origin(meeting_id, row_id, meeting, index)

    def destinations(self, meeting: Draft, plans: Iterable[Draft] | None = None) -> dict[str, list[Destination]]:
        """For each of the meeting's sent items (by row id): the plans holding a row from it.

        A plan named by the item's own link but not here (not shared with this vault, or deleted)
        is listed with `plan=None`, so the meeting still tells that the item was sent.
        """
        found: dict[str, list[Destination]] = {}
        for plan in self.action_plans() if plans is None else plans:
            for index, row in enumerate(plan.rows):
                parsed = parse_meeting_link(row.link)
                if parsed is not None and parsed[0] == meeting.id:
                    found.setdefault(parsed[1], []).append(Destination(plan.id, plan, index))
        for row in meeting.rows:
            plan_id = plan_of_link(row.link)
            if row.id and plan_id and not any(d.plan_id == plan_id for d in found.get(row.id, [])):
                found.setdefault(row.id, []).append(Destination(plan_id, None, -1))
        return found

    # -- sending ----------------------------------------------------------

    def send(self, meeting_id: str, *, plan_id: str = "", new_plan_title: str = "",
             indexes: Iterable[int] | None = None) -> SendOutcome:
        """Send the meeting's action items (all with an action, or those at `indexes`) into a plan.

        The plan is `plan_id`, or a new action plan titled `new_plan_title`. Raises InvalidValue
        (nothing saved) when there is nothing to send or a draft is not what it should be.
        """
        meeting = self.meeting(meeting_id)
        if bool(plan_id) == bool(new_plan_title.strip()):
            raise InvalidValue("choose one action plan, or give the title of a new one")
        rows = tuple(row if row.id else replace(row, id=new_row_id()) for row in meeting.rows)
        wanted = None if indexes is None else set(indexes)
        missing = sorted((wanted or set()) - set(range(len(rows))))
        if missing:
            raise InvalidValue(f"this meeting has {len(rows)} action items; there is no item {missing[0] + 1}")
        chosen = [i for i, row in enumerate(rows) if row.action.strip() and (wanted is None or i in wanted)]
        if not chosen:
            raise InvalidValue("this meeting has no action item to send (write the action first)")
        with self._items.atomic():
            plan_is_new = not plan_id
            plan = (self._items.new_draft(PLAN_TEMPLATE, new_plan_title.strip()) if plan_is_new
                    else self._draft(plan_id, PLAN_TEMPLATE))
            plan_rows, counts = _merged_rows(plan.rows, rows, chosen, meeting.id)
            marked = list(rows)
            for index in chosen:
                marked[index] = replace(rows[index], link=PLAN_LINK + plan.id)
            saved_plan = self._items.save(replace(plan, rows=plan_rows))
            saved_meeting = self._items.save(replace(meeting, rows=tuple(marked)))
        assert isinstance(saved_plan, Draft) and isinstance(saved_meeting, Draft)
        return SendOutcome(saved_meeting, saved_plan, *counts, plan_is_new=plan_is_new)


def _merged_rows(plan_rows: tuple[ActionRow, ...], meeting_rows: tuple[ActionRow, ...], chosen: list[int],
                 meeting_id: str) -> tuple[tuple[ActionRow, ...], tuple[int, int, int]]:
    """The plan's rows with the chosen items added or brought up to date; (added, updated, unchanged)."""
    result = list(plan_rows)
    where = {row.link: index for index, row in enumerate(result) if row.link.startswith(MEETING_LINK)}
    added = updated = unchanged = 0
    for index in chosen:
        item = meeting_rows[index]
        link = meeting_link(meeting_id, item.id)
        if link in where:
            current = result[where[link]]
            fresh = replace(current, action=item.action, owner=item.owner, owner_id=item.owner_id, due=item.due)
            if fresh == current:
                unchanged += 1
            else:
                result[where[link]] = fresh
                updated += 1
            continue
        result.append(ActionRow(action=item.action, owner=item.owner, owner_id=item.owner_id, due=item.due,
                                status=item.status, id=new_row_id(), link=link))
        where[link] = len(result) - 1
        added += 1
    return tuple(result), (added, updated, unchanged)
