"""A meeting and the action plan its items were sent into, between real vaults by sealed bundles."""

from __future__ import annotations

from dataclasses import replace

from amanat.app.meetings import MeetingActions
from amanat.app.models import ActionRow, Draft
from tests.sharing.conftest import Member, Workshop


def _draft(member: Member, item_id: str) -> Draft:
    item = member.vault.items.get(item_id)
    assert isinstance(item, Draft)
    return item


def _meeting(member: Member) -> Draft:
    meeting = member.vault.items.new_draft("meeting", "جلسهٔ ژنو با گزارشگر ویژه")
    saved = member.vault.items.save(replace(
        meeting, fields=(("date", "2026-12-03"), ("place", "ژنو"), ("online", "")),
        sections=(("participants", "Mariam\nFarid"), ("agenda", "برنامه"), ("discussion", ""), ("decisions", "")),
        rows=(ActionRow("نامه به گزارشگر ویژه", "Mariam", "2026-12-20"), ActionRow("Book the room", "Farid"))))
    assert isinstance(saved, Draft)
    return saved


def _exchange(workshop: Workshop, sender: Member, *receivers: Member) -> None:
    data = sender.export(workshop.group_id)
    for member in receivers:
        assert member.receive(data).status in ("applied", "already-imported")


def test_the_link_holds_both_ways_in_another_vault_and_resending_there_adds_nothing(workshop: Workshop) -> None:
    mariam, farid, _zahra = workshop.members
    meeting = _meeting(mariam)
    plan = mariam.vault.items.new_draft("action-plan", "Plan 2027")
    for item_id in (meeting.id, plan.id):
        mariam.sync.groups.share(workshop.group_id, item_id)
    MeetingActions(mariam.vault.items, mariam.sync.groups).send(meeting.id, plan_id=plan.id)
    _exchange(workshop, mariam, farid)

    actions = MeetingActions(farid.vault.items, farid.sync.groups)
    plan_there, meeting_there = _draft(farid, plan.id), _draft(farid, meeting.id)
    assert meeting_there.field("date") == "2026-12-03" and meeting_there.field("place") == "ژنو"
    origin = actions.origin(plan_there.rows[1])
    assert origin is not None and origin.meeting is not None and origin.meeting.title == meeting.title
    assert origin.row_index == 1
    sent = actions.destinations(meeting_there)
    assert [d.plan_id for row in meeting_there.rows for d in sent[row.id]] == [plan.id, plan.id]
    assert [d.row_index for row in meeting_there.rows for d in sent[row.id]] == [0, 1]

    # Farid changes a due date in the meeting and sends again: the row is updated, not added.
    vault_rows = (replace(meeting_there.rows[0], due="2026-12-22"), meeting_there.rows[1])
    farid.vault.items.save(replace(meeting_there, rows=vault_rows))
    outcome = actions.send(meeting.id, plan_id=plan.id)
    assert (outcome.added, outcome.updated) == (0, 1)
    _exchange(workshop, farid, mariam)
    back = _draft(mariam, plan.id)
    assert [r.due for r in back.rows] == ["2026-12-22", ""] and len(back.rows) == 2


def test_concurrent_edits_of_a_meetings_fields_and_participants_merge(workshop: Workshop) -> None:
    mariam, farid, zahra = workshop.members
    meeting = _meeting(mariam)
    mariam.sync.groups.share(workshop.group_id, meeting.id)
    _exchange(workshop, mariam, farid, zahra)
    mine, theirs = _draft(mariam, meeting.id), _draft(farid, meeting.id)
    mariam.vault.items.save(replace(mine, fields=(("date", "2026-12-04"), ("place", "ژنو"), ("online", "")),
                                    sections=(("participants", "Mariam\nFarid\nZahra"), *mine.sections[1:])))
    farid.vault.items.save(replace(theirs, fields=(("date", "2026-12-03"), ("place", ""), ("online", "yes")),
                                   sections=(("participants", "Mariam\nFarid\nیک ناظر"), *theirs.sections[1:])))
    _exchange(workshop, mariam, farid, zahra)
    _exchange(workshop, farid, mariam, zahra)
    results = [_draft(member, meeting.id) for member in workshop.members]
    assert results[0].fields == results[1].fields == results[2].fields
    assert results[0].field("date") == "2026-12-04" and results[0].field("online") == "yes"
    assert results[0].field("place") == ""  # Farid's later write of the place wins, as for any field
    names = results[0].section("participants").splitlines()
    assert {"Mariam", "Farid", "Zahra", "یک ناظر"} <= set(names)
    assert len({r.section("participants") for r in results}) == 1


def test_a_plan_shared_with_a_group_the_meeting_is_not_shared_with_is_named_before_sending(
        workshop: Workshop) -> None:
    mariam = workshop.admin
    meeting = _meeting(mariam)
    plan = mariam.vault.items.new_draft("action-plan", "Plan")
    actions = MeetingActions(mariam.vault.items, mariam.sync.groups)
    assert actions.newly_visible_to(meeting.id, plan.id) == []
    mariam.sync.groups.share(workshop.group_id, plan.id)
    assert [g.name for g in actions.newly_visible_to(meeting.id, plan.id)] == ["Geneva advocacy"]
    mariam.sync.groups.share(workshop.group_id, meeting.id)
    assert actions.newly_visible_to(meeting.id, plan.id) == []


def test_a_member_holding_only_the_plan_sees_where_a_row_came_from_without_the_meeting(workshop: Workshop) -> None:
    mariam, farid, _zahra = workshop.members
    meeting = _meeting(mariam)
    plan = mariam.vault.items.new_draft("action-plan", "Plan")
    mariam.sync.groups.share(workshop.group_id, plan.id)
    MeetingActions(mariam.vault.items).send(meeting.id, plan_id=plan.id)
    _exchange(workshop, mariam, farid)
    origin = MeetingActions(farid.vault.items).origin(_draft(farid, plan.id).rows[0])
    assert origin is not None and origin.meeting is None and origin.meeting_id == meeting.id
