"""What every member is known to hold does not fall back to nothing when a bundle is lost.

An item that everyone acknowledged, then edited, then the bundle with the edit lost for one
member: the next bundle carries only the edit for that member, not the whole item again (the
workshop scenario's bundles grew with such resends). A member added later is not taken to hold
what the others held: they get the item whole; nor is anyone, once the vault was told to forget
what members hold (someone restored an old backup).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from amanat.app.models import Note
from amanat.sync.bundle import open_bundle
from amanat.sync.bundle_payload import decode_payload
from tests.sharing.conftest import Member, Workshop, newcomer, vault_content

LONG_BODY = "گزارش جلسه ژنو: ما درباره وضعیت مدافعان حقوق بشر در افغانستان صحبت کردیم. " * 300  # about 40 KB in UTF-8


def _carried(member: Member, data: bytes) -> dict[str, bytes]:
    """The document updates a bundle carries, as `member` opens it."""
    return dict(decode_payload(open_bundle(data, member.sync.identities.identity()).payload).documents)


def _everyone_has_the_note(workshop: Workshop) -> str:
    mariam, farid, zahra = workshop.members
    note = mariam.vault.items.add_note("Geneva notes", LONG_BODY)
    mariam.sync.groups.share(workshop.group_id, note.id)
    first = mariam.export(workshop.group_id)
    for member in (farid, zahra):
        assert member.receive(first).status == "applied"
        assert mariam.receive(member.export(workshop.group_id)).status == "applied"
    assert mariam.sync.exchange.export(workshop.group_id).items == 0  # everyone acknowledged it
    return note.id


def _edit(member: Member, note_id: str, words: str) -> None:
    note = member.vault.items.get(note_id)
    assert isinstance(note, Note)
    member.vault.items.save(replace(note, body=note.body + words))


def test_after_a_lost_bundle_the_next_carries_the_edit_not_the_whole_item(workshop: Workshop) -> None:
    mariam, farid, zahra = workshop.members
    note_id = _everyone_has_the_note(workshop)
    _edit(mariam, note_id, " پایان.")
    lost_for_zahra = mariam.export(workshop.group_id)
    assert farid.receive(lost_for_zahra).status == "applied"
    again = mariam.export(workshop.group_id)  # Zahra has not answered: the edit goes out again
    update = _carried(zahra, again)[note_id]
    assert len(update) < 1_000 < len(LONG_BODY.encode()) // 10, len(update)  # the edit, not 40 KB again
    assert zahra.receive(again).status == "applied"
    assert vault_content(zahra.vault) == vault_content(mariam.vault) == vault_content(farid.vault)


def test_a_member_added_later_gets_the_item_whole(workshop: Workshop, tmp_path: Path) -> None:
    mariam, farid, zahra = workshop.members
    note_id = _everyone_has_the_note(workshop)
    _edit(mariam, note_id, " پایان.")
    assert farid.receive(mariam.export(workshop.group_id)).status == "applied"
    with newcomer(workshop, tmp_path) as omid:
        bundle = mariam.export(workshop.group_id)
        assert len(_carried(omid, bundle)[note_id]) > len(LONG_BODY.encode()) // 2  # whole: Omid had nothing
        for member in (omid, zahra):
            assert member.receive(bundle).status == "applied"
        assert vault_content(omid.vault) == vault_content(mariam.vault) == vault_content(zahra.vault)


def test_forgetting_what_members_hold_forgets_the_floors_too(workshop: Workshop) -> None:
    mariam, farid, _zahra = workshop.members
    note_id = _everyone_has_the_note(workshop)  # the floor of the note is Mariam's whole vector now
    mariam.sync.exchange.forget_member_states()  # say, Farid restored an old backup
    again = mariam.export(workshop.group_id)
    assert len(_carried(farid, again)[note_id]) > len(LONG_BODY.encode()) // 2  # whole again


def _short_notes_shared(workshop: Workshop, count: int = 12) -> list[Note]:
    """`count` short notes of Mariam's, shared with the group (not sent yet)."""
    mariam = workshop.admin
    notes = [mariam.vault.items.add_note(f"Note {n}", "متن کوتاه") for n in range(count)]
    for note in notes:
        mariam.sync.groups.share(workshop.group_id, note.id)
    return notes


def _announced(member: Member, data: bytes) -> set[str]:
    """The items whose vector a bundle announces, as `member` opens it."""
    return set(decode_payload(open_bundle(data, member.sync.identities.identity()).payload).states)


def test_a_member_announces_a_vector_until_everyone_acknowledged_a_bundle_with_it(workshop: Workshop) -> None:
    # Each member announces its own vectors (a third member's are never taken as another's). An answer made
    # on trust keeps its vectors recorded with seq 0, out of reach of acknowledgements, so they are announced
    # again (a lost announcement would otherwise leave the others sending what the member holds); once
    # everyone acknowledged a bundle that recorded them, only what changed is announced.
    mariam, farid, zahra = workshop.members
    notes = _short_notes_shared(workshop)
    full = mariam.export(workshop.group_id)
    for member in (farid, zahra):
        assert member.receive(full).status == "applied"
    on_trust = farid.export(workshop.group_id)  # Zahra was never heard from: trusted to hold the full bundle
    assert len(_announced(zahra, on_trust)) == len(notes)
    for member in (mariam, zahra):
        assert member.receive(on_trust).status == "applied"
    answer = zahra.export(workshop.group_id)
    assert len(_announced(farid, answer)) == len(notes)
    for member in (mariam, farid):
        assert member.receive(answer).status == "applied"
    _edit(mariam, notes[0].id, " پایان.")
    edit = mariam.export(workshop.group_id)
    for member in (farid, zahra):
        assert member.receive(edit).status == "applied"

    again = farid.export(workshop.group_id)  # recorded for everyone now; nobody acknowledged it yet
    assert len(_announced(zahra, again)) == len(notes)
    for member in (mariam, zahra):
        assert member.receive(again).status == "applied"
        assert farid.receive(member.export(workshop.group_id)).status == "applied"  # both acknowledge it
    _edit(mariam, notes[1].id, " پایان.")
    farid.receive(mariam.export(workshop.group_id))
    after = farid.export(workshop.group_id)

    assert _announced(zahra, after) == {notes[1].id}
    assert zahra.receive(after).status == "applied"
    assert vault_content(zahra.vault) == vault_content(farid.vault) == vault_content(mariam.vault)


def test_an_announcement_lost_for_one_member_reaches_it_in_the_next_bundle(workshop: Workshop) -> None:
    # Farid's first answer after Mariam's full bundle, announcing what he holds, is lost for Zahra. His next
    # bundle announces it again, so Zahra does not send him every note whole (before, he announced a vector
    # only when it changed: left out on trust, his vectors were recorded out of reach of acknowledgements,
    # and Zahra knew nothing of what he held: in the twelve-member workshop such bundles were 4.7 MB).
    mariam, farid, zahra = workshop.members
    notes = [mariam.vault.items.add_note(f"Note {n}", LONG_BODY[: 2_000 + n]) for n in range(12)]
    for note in notes:
        mariam.sync.groups.share(workshop.group_id, note.id)
    full = mariam.export(workshop.group_id)
    for member in (farid, zahra):
        assert member.receive(full).status == "applied"
    lost_for_zahra = farid.export(workshop.group_id)
    assert mariam.receive(lost_for_zahra).status == "applied"
    first_from_zahra = zahra.export(workshop.group_id)  # Farid never heard from: trusted to hold the full bundle
    for member in (mariam, farid):
        assert member.receive(first_from_zahra).status == "applied"
    assert zahra.receive(farid.export(workshop.group_id)).status == "applied"

    from_zahra = zahra.export(workshop.group_id)

    assert _carried(farid, from_zahra) == {}  # she knows he holds every note, as Mariam does
    assert farid.receive(from_zahra).status == "applied"
    assert vault_content(zahra.vault) == vault_content(farid.vault) == vault_content(mariam.vault)


def test_a_full_bundle_does_not_make_every_vector_announced_again(workshop: Workshop) -> None:
    # A full bundle carries every item whole, but a vector that did not change keeps the bundle it was
    # recorded at: the bundles after it do not announce every item again until everyone acknowledged it.
    mariam, farid, zahra = workshop.members
    notes = _short_notes_shared(workshop)
    first = mariam.export(workshop.group_id)
    for member in (farid, zahra):
        assert member.receive(first).status == "applied"
        assert mariam.receive(member.export(workshop.group_id)).status == "applied"
    resync = mariam.export(workshop.group_id, full=True)
    assert farid.receive(resync).status == "applied"
    _edit(mariam, notes[0].id, " پایان.")

    after = mariam.export(workshop.group_id)

    assert _announced(farid, after) == {notes[0].id}
    for member in (farid, zahra):
        assert member.receive(after).status == "applied"
    assert vault_content(zahra.vault) == vault_content(farid.vault) == vault_content(mariam.vault)
