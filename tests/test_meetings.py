"""Meeting notes on a real vault: the template's fields, validation, and action items sent into a plan."""

from __future__ import annotations

from dataclasses import replace

import pytest

from amanat.app.errors import InvalidValue
from amanat.app.meetings import MeetingActions, parse_meeting_link, plan_of_link
from amanat.app.models import ActionRow, Draft
from amanat.app.vault import Vault


def make_meeting(vault: Vault, title: str = "جلسهٔ هماهنگی ژنو") -> Draft:
    meeting = vault.items.new_draft("meeting", title)
    meeting = vault.items.save(replace(
        meeting,
        fields=(("date", "2026-12-03"), ("place", "Geneva, Palais Wilson"), ("online", "")),
        sections=(("participants", "Mariam\nFarid\nیک مهمان"), ("agenda", "گزارش سفر"),
                  ("discussion", "بحث درباره گزارشگر ویژه"), ("decisions", "نامه بنویسیم")),
        rows=(ActionRow("نامه به گزارشگر ویژه", "Mariam", "2026-12-20"),
              ActionRow("Translate the summary", "Farid", ""),
              ActionRow("", "nobody", ""))))
    assert isinstance(meeting, Draft)
    return meeting


def test_a_meeting_keeps_its_fields_sections_and_rows(vault: Vault) -> None:
    meeting = make_meeting(vault)
    again = vault.items.get(meeting.id)
    assert isinstance(again, Draft)
    assert again.field("date") == "2026-12-03" and again.field("place") == "Geneva, Palais Wilson"
    assert again.section("participants").splitlines() == ["Mariam", "Farid", "یک مهمان"]
    assert [r.action for r in again.rows] == ["نامه به گزارشگر ویژه", "Translate the summary", ""]
    # The place is found by search, as the sections are.
    assert [hit.id for hit in vault.items.search("Wilson")] == [meeting.id]


def test_a_new_meeting_has_every_field_empty_and_other_drafts_none(vault: Vault) -> None:
    meeting = vault.items.new_draft("meeting", "Weekly call")
    assert meeting.fields == (("date", ""), ("place", ""), ("online", ""))
    assert [key for key, _ in meeting.sections] == ["participants", "agenda", "discussion", "decisions"]
    assert vault.items.new_draft("swot", "SWOT").fields == ()


@pytest.mark.parametrize(("fields", "message"), [
    ((("date", "2026-13-01"),), "not a date"),
    ((("date", "tomorrow"),), "not a date"),
    ((("online", "maybe"),), "online"),
    ((("colour", "red"),), "no field"),
    ((("place", "Geneva\x1b[31m"),), "control character"),
    ((("place", "x" * 1001),), "longer than"),
])
def test_bad_meeting_fields_are_refused_and_nothing_changes(vault: Vault, fields: tuple[tuple[str, str], ...],
                                                            message: str) -> None:
    meeting = make_meeting(vault)
    with pytest.raises(InvalidValue, match=message):
        vault.items.save(replace(meeting, fields=fields))
    assert vault.items.get(meeting.id) == meeting


def test_only_plans_and_meetings_have_rows_and_fields_belong_to_meetings(vault: Vault) -> None:
    swot = vault.items.new_draft("swot", "SWOT")
    with pytest.raises(InvalidValue, match="only action plans and meetings"):
        vault.items.save(replace(swot, rows=(ActionRow("x"),)))
    with pytest.raises(InvalidValue, match="no field"):
        vault.items.save(replace(swot, fields=(("date", "2026-12-03"),)))
    plan = vault.items.new_draft("action-plan", "Plan")
    for link in ("meeting:\u202eabc:1", "meeting:abc", "elsewhere:abc", "plan:a b"):
        with pytest.raises(InvalidValue, match="not well formed"):
            vault.items.save(replace(plan, rows=(ActionRow("x", link=link),)))


def test_sending_adds_one_plan_row_per_action_item_each_linked_both_ways(vault: Vault) -> None:
    meeting = make_meeting(vault)
    plan = vault.items.new_draft("action-plan", "Advocacy plan 2027")
    vault.items.save(replace(plan, rows=(ActionRow("Existing work", "Zahra"),)))
    actions = MeetingActions(vault.items)
    outcome = actions.send(meeting.id, plan_id=plan.id)
    assert (outcome.added, outcome.updated, outcome.unchanged) == (2, 0, 0)  # the empty item is not sent
    stored_plan = vault.items.get(plan.id)
    stored_meeting = vault.items.get(meeting.id)
    assert isinstance(stored_plan, Draft) and isinstance(stored_meeting, Draft)
    assert [r.action for r in stored_plan.rows] == ["Existing work", "نامه به گزارشگر ویژه", "Translate the summary"]
    assert stored_plan.rows[1].owner == "Mariam" and stored_plan.rows[1].due == "2026-12-20"
    # Plan row → meeting.
    origin = actions.origin(stored_plan.rows[1])
    assert origin is not None and origin.meeting is not None
    assert origin.meeting.id == meeting.id and origin.row_index == 0
    assert actions.origin(stored_plan.rows[0]) is None
    # Meeting → plan row.
    assert all(row.id for row in stored_meeting.rows)
    assert plan_of_link(stored_meeting.rows[0].link) == plan.id and stored_meeting.rows[2].link == ""
    sent = actions.destinations(stored_meeting)
    assert set(sent) == {stored_meeting.rows[0].id, stored_meeting.rows[1].id}
    [where] = sent[stored_meeting.rows[1].id]
    assert where.plan_id == plan.id and where.row_index == 2
    assert parse_meeting_link(stored_plan.rows[2].link) == (meeting.id, stored_meeting.rows[1].id)


def test_sending_again_updates_instead_of_duplicating_and_keeps_the_plans_status(vault: Vault) -> None:
    meeting = make_meeting(vault)
    plan = vault.items.new_draft("action-plan", "Plan")
    actions = MeetingActions(vault.items)
    actions.send(meeting.id, plan_id=plan.id)
    plan_now = vault.items.get(plan.id)
    assert isinstance(plan_now, Draft)
    vault.items.save(replace(plan_now, rows=(replace(plan_now.rows[0], status="in-progress"), plan_now.rows[1])))
    again = actions.send(meeting.id, plan_id=plan.id)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    meeting_now = vault.items.get(meeting.id)
    assert isinstance(meeting_now, Draft)
    edited = (replace(meeting_now.rows[0], due="2026-12-24"), *meeting_now.rows[1:], ActionRow("New item", "Zahra"))
    vault.items.save(replace(meeting_now, rows=edited))
    third = actions.send(meeting.id, plan_id=plan.id)
    assert (third.added, third.updated, third.unchanged) == (1, 1, 1)
    rows = third.plan.rows
    assert [r.action for r in rows] == ["نامه به گزارشگر ویژه", "Translate the summary", "New item"]
    assert rows[0].due == "2026-12-24" and rows[0].status == "in-progress"
    assert len({r.id for r in rows}) == 3


def test_an_owner_chosen_from_the_group_stays_that_member_in_the_plan(vault: Vault) -> None:
    meeting = make_meeting(vault)
    member = "ab" * 32
    vault.items.save(replace(meeting, rows=(replace(meeting.rows[0], owner="Farid", owner_id=member),)))
    plan = MeetingActions(vault.items).send(meeting.id, new_plan_title="Plan").plan
    assert (plan.rows[0].owner, plan.rows[0].owner_id) == ("Farid", member)


def test_sending_into_a_new_plan_and_only_chosen_items(vault: Vault) -> None:
    meeting = make_meeting(vault)
    outcome = MeetingActions(vault.items).send(meeting.id, new_plan_title="از جلسهٔ ژنو", indexes=[1])
    assert outcome.plan_is_new and outcome.plan.title == "از جلسهٔ ژنو" and outcome.plan.template == "action-plan"
    assert [r.action for r in outcome.plan.rows] == ["Translate the summary"]
    assert outcome.meeting.rows[0].link == ""


def test_sending_refuses_what_cannot_be_sent_and_leaves_everything_as_it_was(vault: Vault) -> None:
    meeting = make_meeting(vault)
    plan = vault.items.new_draft("action-plan", "Plan")
    note_like = vault.items.new_draft("swot", "SWOT")
    actions = MeetingActions(vault.items)
    before = (vault.items.get(meeting.id), vault.items.get(plan.id), vault.items.count())
    with pytest.raises(InvalidValue, match="not an action plan"):
        actions.send(meeting.id, plan_id=note_like.id)
    with pytest.raises(InvalidValue, match="not a meeting"):
        actions.send(plan.id, plan_id=plan.id)
    with pytest.raises(InvalidValue, match="choose one"):
        actions.send(meeting.id)
    with pytest.raises(InvalidValue, match="choose one"):
        actions.send(meeting.id, plan_id=plan.id, new_plan_title="both")
    with pytest.raises(InvalidValue, match="no item 9"):
        actions.send(meeting.id, plan_id=plan.id, indexes=[8])
    with pytest.raises(InvalidValue, match="no action item"):
        actions.send(meeting.id, new_plan_title="New", indexes=[2])  # the empty one
    vault.items.delete(plan.id)
    with pytest.raises(InvalidValue, match="trash"):
        actions.send(meeting.id, plan_id=plan.id)
    vault.items.restore(plan.id)
    after = (vault.items.get(meeting.id), vault.items.get(plan.id), vault.items.count())
    assert [a.rows if isinstance(a, Draft) else a for a in after] == \
        [b.rows if isinstance(b, Draft) else b for b in before]  # no new plan either


def test_a_removed_plan_row_comes_back_once_when_sent_again(vault: Vault) -> None:
    meeting = make_meeting(vault)
    plan = vault.items.new_draft("action-plan", "Plan")
    actions = MeetingActions(vault.items)
    sent = actions.send(meeting.id, plan_id=plan.id)
    vault.items.save(replace(sent.plan, rows=sent.plan.rows[1:]))
    assert actions.send(meeting.id, plan_id=plan.id).added == 1
    assert actions.send(meeting.id, plan_id=plan.id).added == 0
