"""Giving a row to a group member: who can be chosen, and the row is theirs in their own vault after a bundle."""

from __future__ import annotations

import datetime
from dataclasses import replace

from amanat.app.models import ActionRow, Draft
from amanat.app.tasks import TaskFilter
from tests.sharing.conftest import Workshop, introduce, make_member

TODAY = datetime.date.today()


def test_only_verified_members_of_the_plans_groups_can_be_chosen(workshop: Workshop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    mariam, farid, zahra = workshop.members
    plan = mariam.vault.items.new_draft("action-plan", "Geneva follow-up")
    assert [c.name for c in mariam.vault.tasks.owner_choices(plan.id)] == ["Mariam"]  # not shared: only me
    mariam.sync.groups.share(workshop.group_id, plan.id)
    choices = mariam.vault.tasks.owner_choices(plan.id)
    assert [(c.name, c.is_me) for c in choices] == [("Mariam", True), ("Farid", False), ("Zahra", False)]
    assert choices[1].fingerprint == farid.fingerprint
    omid = make_member(tmp_path, "Omid")
    introduce(mariam, omid, verify=False)
    introduce(omid, mariam)
    mariam.sync.identities.verify_peer(omid.fingerprint, omid.sync.identities.peer(mariam.fingerprint).safety_number)
    mariam.sync.groups.add_member(workshop.group_id, omid.fingerprint)
    mariam.sync.identities.unverify_peer(omid.fingerprint)  # in the group, but no longer trusted here
    assert "Omid" not in [c.name for c in mariam.vault.tasks.owner_choices(plan.id)]
    omid.vault.close()
    assert zahra.fingerprint in {c.fingerprint for c in mariam.vault.tasks.owner_choices(plan.id)}


def test_a_row_given_to_zahra_is_hers_in_her_vault_after_the_bundle(workshop: Workshop) -> None:
    mariam, _farid, zahra = workshop.members
    plan = mariam.vault.items.new_draft("action-plan", "Geneva follow-up")
    due = (TODAY + datetime.timedelta(days=2)).isoformat()
    saved = mariam.vault.items.save(replace(plan, rows=(
        ActionRow("Brief the rapporteur", "Zahra", due, owner_id=zahra.fingerprint),
        ActionRow("Book the room", "Zahra (typed by hand)", due))))
    assert isinstance(saved, Draft)
    mariam.sync.groups.share(workshop.group_id, plan.id)
    zahra.receive(mariam.export(workshop.group_id))
    mine = zahra.vault.tasks.select(TaskFilter(mine=True))
    assert [t.row.action for t in mine] == ["Brief the rapporteur"] and mine[0].id == saved.rows[0].id
    assert zahra.vault.tasks.counts_of_mine() == (0, 1)
    assert mariam.vault.tasks.counts_of_mine() == (0, 0)  # Mariam's vault: the row is Zahra's
    assert [t.groups for t in mine] == [(workshop.group_id,)]
