"""Sealed bundles between three real vaults: what arrives, what merges, what is refused."""

from __future__ import annotations

from dataclasses import replace

import pytest

from amanat.app.models import Contact, Draft, Note
from amanat.app.sharing.exchange import RejectedBundle
from amanat.crypto.errors import DamagedInput
from amanat.sync.errors import NotAddressedToMe
from tests.sharing.conftest import Workshop, vault_content

PERSIAN_PARAGRAPH = "گزارش جلسه ژنو: ما درباره وضعیت مدافعان حقوق بشر در افغانستان صحبت کردیم."


def share_note(workshop: Workshop, title: str = "Geneva notes", body: str = PERSIAN_PARAGRAPH) -> str:
    admin = workshop.admin
    note = admin.vault.items.add_note(title, body)
    admin.sync.groups.share(workshop.group_id, note.id)
    return note.id


def everyone_receives(workshop: Workshop, sender_index: int) -> None:
    sender = workshop.members[sender_index]
    data = sender.export(workshop.group_id)
    for index, member in enumerate(workshop.members):
        if index != sender_index:
            assert member.receive(data).status in ("applied", "already-imported")


def test_a_shared_note_and_its_group_appear_on_each_members_side(workshop: Workshop) -> None:
    note_id = share_note(workshop)
    everyone_receives(workshop, 0)
    for member in workshop.members[1:]:
        note = member.vault.items.get(note_id)
        assert isinstance(note, Note) and note.body == PERSIAN_PARAGRAPH
        groups = member.sync.groups.groups()
        assert [g.name for g in groups] == ["Geneva advocacy"]
        assert groups[0].shared_items == (note_id,)
        assert not groups[0].i_am_admin


def test_two_members_editing_the_same_persian_paragraph_offline_both_keep_their_edits(workshop: Workshop) -> None:
    note_id = share_note(workshop)
    everyone_receives(workshop, 0)
    mariam, farid, zahra = workshop.members
    note_m = mariam.vault.items.get(note_id)
    note_f = farid.vault.items.get(note_id)
    assert isinstance(note_m, Note) and isinstance(note_f, Note)
    mariam.vault.items.save(replace(note_m, body=note_m.body.replace("جلسه ژنو", "جلسه مهم ژنو")))
    farid.vault.items.save(replace(note_f, body=note_f.body.replace("صحبت کردیم", "با دقت صحبت کردیم")))
    from_mariam = mariam.export(workshop.group_id)
    from_farid = farid.export(workshop.group_id)
    for member in workshop.members:
        for data in (from_farid, from_mariam):
            member.receive(data)
    expected = PERSIAN_PARAGRAPH.replace("جلسه ژنو", "جلسه مهم ژنو").replace("صحبت کردیم", "با دقت صحبت کردیم")
    for member in workshop.members:
        note = member.vault.items.get(note_id)
        assert isinstance(note, Note) and note.body == expected, member.name
    assert vault_content(mariam.vault) == vault_content(farid.vault) == vault_content(zahra.vault)


def test_contact_fields_take_the_latest_edit_and_deletion_and_restore_propagate(workshop: Workshop) -> None:
    mariam, farid, _zahra = workshop.members
    contact = mariam.vault.items.add(Contact(id="", display_name="Lawyer in Kabul", risk_level="high",
                                              never_contact_via=("email",)))
    mariam.sync.groups.share(workshop.group_id, contact.id)
    everyone_receives(workshop, 0)
    mine = farid.vault.items.get(contact.id)
    farid.vault.items.save(replace(mine, city="Herat"))
    everyone_receives(workshop, 1)
    assert mariam.vault.items.get(contact.id).city == "Herat"  # type: ignore[union-attr]
    mariam.vault.items.delete(contact.id)
    everyone_receives(workshop, 0)
    assert farid.vault.items.is_in_trash(contact.id)
    farid.vault.items.restore(contact.id)
    everyone_receives(workshop, 1)
    assert not mariam.vault.items.is_in_trash(contact.id)
    assert all(vault_content(m.vault) == vault_content(mariam.vault) for m in workshop.members)


def test_action_plan_rows_and_swot_sections_merge(workshop: Workshop) -> None:
    from amanat.app.models import ActionRow

    mariam, farid, zahra = workshop.members
    plan = mariam.vault.items.new_draft("action-plan", "Advocacy plan")
    swot = mariam.vault.items.new_draft("swot", "SWOT ۱۴۰۵")
    for draft in (plan, swot):
        mariam.sync.groups.share(workshop.group_id, draft.id)
    everyone_receives(workshop, 0)
    plan_m = mariam.vault.items.get(plan.id)
    plan_z = zahra.vault.items.get(plan.id)
    assert isinstance(plan_m, Draft) and isinstance(plan_z, Draft)
    mariam.vault.items.save(replace(plan_m, rows=(ActionRow("Brief the rapporteur", "Mariam", "2026-12-01"),)))
    zahra.vault.items.save(replace(plan_z, rows=(ActionRow("Translate the report", "Zahra", "", "in-progress"),)))
    swot_f = farid.vault.items.get(swot.id)
    assert isinstance(swot_f, Draft)
    farid.vault.items.save(replace(swot_f, sections=(("strengths", "شبکه قوی"), *swot_f.sections[1:])))
    bundles = [m.export(workshop.group_id) for m in workshop.members]
    for member in workshop.members:
        for data in bundles:
            member.receive(data)
    merged = mariam.vault.items.get(plan.id)
    assert isinstance(merged, Draft)
    assert sorted(r.action for r in merged.rows) == ["Brief the rapporteur", "Translate the report"]
    assert mariam.vault.items.get(swot.id).section("strengths") == "شبکه قوی"  # type: ignore[union-attr]
    assert vault_content(mariam.vault) == vault_content(farid.vault) == vault_content(zahra.vault)


def test_bundles_are_incremental_once_members_have_answered(workshop: Workshop) -> None:
    for index in range(20):
        share_note(workshop, f"note {index}", PERSIAN_PARAGRAPH * 5)
    first = workshop.admin.sync.exchange.export(workshop.group_id)
    assert first.items == 20
    for member in workshop.members[1:]:
        member.receive(first.data)
        workshop.admin.receive(member.export(workshop.group_id))
    again = workshop.admin.sync.exchange.export(workshop.group_id)
    assert again.items == 0 and len(again.data) < len(first.data) / 4
    full = workshop.admin.sync.exchange.export(workshop.group_id, full=True)
    assert full.items == 20


def test_a_lost_bundle_costs_nothing(workshop: Workshop) -> None:
    mariam, farid, _zahra = workshop.members
    note_id = share_note(workshop, "first", "one")
    _lost = mariam.export(workshop.group_id)
    note = mariam.vault.items.get(note_id)
    mariam.vault.items.save(replace(note, body="one two"))
    farid.receive(mariam.export(workshop.group_id))
    assert farid.vault.items.get(note_id).body == "one two"  # type: ignore[union-attr]


def test_a_replayed_bundle_changes_nothing_and_says_so(workshop: Workshop) -> None:
    share_note(workshop)
    data = workshop.admin.export(workshop.group_id)
    farid = workshop.members[1]
    assert farid.receive(data).status == "applied"
    before = vault_content(farid.vault)
    report = farid.receive(data)
    assert report.status == "already-imported"
    assert vault_content(farid.vault) == before


def test_a_removed_member_gets_nothing_new(workshop: Workshop) -> None:
    share_note(workshop)
    everyone_receives(workshop, 0)
    mariam, farid, zahra = workshop.members
    mariam.sync.groups.remove_member(workshop.group_id, zahra.fingerprint)
    mariam.vault.items.add_note("after Zahra left", "")
    data = mariam.export(workshop.group_id)
    with pytest.raises(NotAddressedToMe):
        zahra.receive(data)
    assert farid.receive(data).status == "applied"
    assert [m.name for m in farid.sync.groups.groups()[0].members] == ["Mariam", "Farid"]


def test_a_bundle_naming_one_of_my_private_items_is_refused(workshop: Workshop) -> None:
    mariam, farid, _zahra = workshop.members
    private = farid.vault.items.add_note("Farid's private diary", "secret")
    # Mariam somehow learnt the id and makes an item with it.
    mariam.vault.items.add(Note(id=private.id, title="overwrite", body="gotcha"))
    mariam.sync.groups.share(workshop.group_id, private.id)
    with pytest.raises(RejectedBundle):
        farid.receive(mariam.export(workshop.group_id))
    assert farid.vault.items.get(private.id).body == "secret"  # type: ignore[union-attr]


def test_garbage_is_refused_with_a_clear_error(workshop: Workshop) -> None:
    with pytest.raises(DamagedInput):
        workshop.admin.receive(b"not a bundle at all")


def test_a_preview_says_what_would_change_and_changes_nothing(workshop: Workshop) -> None:
    from tests.sharing.conftest import vault_fingerprint

    note_id = share_note(workshop)
    data = workshop.admin.export(workshop.group_id)
    farid = workshop.members[1]
    before = vault_fingerprint(farid.vault)
    preview = farid.sync.exchange.preview(data)
    assert preview.status == "preview" and preview.outcomes == {note_id: "added"}
    assert preview.titles == {note_id: "Geneva notes"} and preview.sender_name == "Mariam"
    assert preview.group_name == "Geneva advocacy" and preview.sender_verified
    assert vault_fingerprint(farid.vault) == before
    assert farid.receive(data).status == "applied"
    assert farid.sync.exchange.preview(data).status == "already-imported"


def test_history_says_whose_edits_arrived_when(workshop: Workshop) -> None:
    note_id = share_note(workshop)
    everyone_receives(workshop, 0)
    mariam, farid, _zahra = workshop.members
    note = farid.vault.items.get(note_id)
    farid.vault.items.save(replace(note, body=note.body + " (Farid)"))
    everyone_receives(workshop, 1)
    history = mariam.vault.items.history(note_id)
    assert [r.source for r in history] == ["", f"Farid · {farid.sync.identities.public().peer_id}"]
    assert farid.vault.items.history(note_id)[0].source.startswith("Mariam · ")
