"""A compromised member announces a state vector its bundle does not carry (docs/bundle-format.md, step 36).

Zahra's Amanat is compromised. Mariam edits a note; Farid lost that bundle. Zahra announces Mariam's
newest vector of the note without carrying the edit. Before step 36, Farid applied and acknowledged
Zahra's bundle, and Mariam, reasoning "Farid applied Zahra's bundle, so he holds what she announced"
(source 3 of the summary of what each member has), left the edit out of her bundles to Farid for
good: Farid never got it, and nobody was told. Now Farid refuses Zahra's bundle whole, and gets the
edit from Mariam's next bundle.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from amanat.app.errors import RejectedBundle
from amanat.app.models import Note
from amanat.sync.bundle import open_bundle, seal_bundle
from amanat.sync.bundle_payload import decode_payload, encode_payload
from tests.sharing.conftest import Member, Workshop, newcomer, vault_content, vault_fingerprint

EDIT = " نشانی خانه امن سوم عوض شد."


def _everyone_has_the_note(workshop: Workshop) -> str:
    mariam, farid, zahra = workshop.members
    note = mariam.vault.items.add_note("Shelter addresses", "سه خانه امن در هرات")
    mariam.sync.groups.share(workshop.group_id, note.id)
    first = mariam.export(workshop.group_id)
    for member in (farid, zahra):
        assert member.receive(first).status == "applied"
        assert mariam.receive(member.export(workshop.group_id)).status == "applied"
    for member in (farid, zahra):  # everyone has told everyone what they applied
        member.receive(mariam.export(workshop.group_id))
    return note.id


def _mariam_edits(workshop: Workshop, note_id: str) -> bytes:
    """Mariam edits the note; returns her vector of it as announced in the bundle Zahra got (Farid lost it)."""
    mariam, _farid, zahra = workshop.members
    note = mariam.vault.items.get(note_id)
    assert isinstance(note, Note)
    mariam.vault.items.save(replace(note, body=note.body + EDIT))
    lost_for_farid = mariam.export(workshop.group_id)
    assert zahra.receive(lost_for_farid).status == "applied"
    return decode_payload(open_bundle(lost_for_farid, zahra.sync.identities.identity()).payload).states[note_id]


def lying_bundle(liar: Member, workshop: Workshop, claims: dict[str, bytes], *, trusting: tuple[str, ...] = (),
                 full: bool = False, members: tuple[Member, ...] = ()) -> bytes:
    """The liar's next real bundle (its seq, acknowledgements and log), re-made to announce `claims` and carry
    no document: signed and sealed with the liar's own keys, as a compromised Amanat can."""
    identity = liar.sync.identities.identity()
    opened = open_bundle(liar.export(workshop.group_id), identity)
    payload = decode_payload(opened.payload)
    seq = opened.header.seq
    lie = replace(payload, documents={}, states=claims, since=dict.fromkeys(claims, seq), trusting=trusting, full=full)
    recipients = [m.sync.identities.public() for m in workshop.members + members]
    return seal_bundle(identity, recipients, group_id=bytes.fromhex(workshop.group_id), seq=seq,
                       created=int(time.time()), base_state=bytes(32), payload=encode_payload(lie))


def _refused(member: Member, bundle: bytes, sender: Member) -> None:
    before = vault_fingerprint(member.vault)
    with pytest.raises(RejectedBundle) as refused:
        member.receive(bundle)
    message = str(refused.value)
    assert sender.name in message and "does not bring you" in message and "Traceback" not in message
    assert refused.value.exit_code == 4
    assert vault_fingerprint(member.vault) == before  # nothing kept, so nothing acknowledged either
    with pytest.raises(RejectedBundle):
        member.sync.exchange.preview(bundle)  # the review says so too, before anyone applies it


def test_a_bundle_announcing_an_edit_it_does_not_carry_is_refused_and_the_edit_still_arrives(
        workshop: Workshop) -> None:
    mariam, farid, zahra = workshop.members
    note_id = _everyone_has_the_note(workshop)
    mariams_vector = _mariam_edits(workshop, note_id)
    lie = lying_bundle(zahra, workshop, {note_id: mariams_vector})
    assert mariam.receive(lie).status == "applied"  # Mariam holds what it announces: nothing to refuse there

    _refused(farid, lie, zahra)

    mariam.receive(farid.export(workshop.group_id))  # whatever Farid says now, he has not applied the lie
    assert farid.receive(mariam.export(workshop.group_id)).status == "applied"
    assert farid.vault.items.get(note_id).body.endswith(EDIT)
    assert vault_content(farid.vault) == vault_content(mariam.vault) == vault_content(zahra.vault)


def test_a_lying_bundle_that_names_the_receiver_in_trusting_changes_nothing_of_what_others_send_him(
        workshop: Workshop) -> None:
    # A bundle that trusts Farid is not checked by him (an honest one may announce what it left out for him on
    # trust) and not acknowledged; his acknowledgement of Zahra's next bundle still vouches for nothing she said.
    mariam, farid, zahra = workshop.members
    note_id = _everyone_has_the_note(workshop)
    lie = lying_bundle(zahra, workshop, {note_id: _mariam_edits(workshop, note_id)}, trusting=(farid.fingerprint,))
    assert farid.receive(lie).status == "applied"
    assert not farid.vault.items.get(note_id).body.endswith(EDIT)

    assert farid.receive(lying_bundle(zahra, workshop, {})).status == "applied"  # claims nothing, carries nothing
    mariam.receive(lie)
    mariam.receive(farid.export(workshop.group_id))  # Farid acknowledges Zahra's newer bundle
    assert farid.receive(mariam.export(workshop.group_id)).status == "applied"
    assert farid.vault.items.get(note_id).body.endswith(EDIT)


def test_a_lie_delivered_to_one_member_only_does_not_stop_the_edit_reaching_another(workshop: Workshop) -> None:
    # Zahra hands her lying bundle to Mariam alone, and Farid her next, honest-looking one. Farid cannot check
    # what he never saw, and his acknowledgement of the newer bundle covers the older one: Mariam must not take
    # what Zahra announced as what Farid holds (the receiver's check alone does not close this).
    mariam, farid, zahra = workshop.members
    note_id = _everyone_has_the_note(workshop)
    lie = lying_bundle(zahra, workshop, {note_id: _mariam_edits(workshop, note_id)})
    assert mariam.receive(lie).status == "applied"

    assert farid.receive(lying_bundle(zahra, workshop, {})).status == "applied"  # claims nothing, carries nothing
    assert mariam.receive(farid.export(workshop.group_id)).status == "applied"

    assert farid.receive(mariam.export(workshop.group_id)).status == "applied"
    assert farid.vault.items.get(note_id).body.endswith(EDIT)
    assert vault_content(farid.vault) == vault_content(mariam.vault)


def test_a_lying_full_bundle_to_a_newcomer_delays_nothing_past_their_first_answer(
        workshop: Workshop, tmp_path: Path) -> None:
    # The first-answer exception: Mariam takes Omid, never heard from, to hold what Zahra's "full" bundle
    # announced to him. Omid refuses that bundle; once Omid answers, Mariam sends him the note.
    mariam, farid, zahra = workshop.members
    note_id = _everyone_has_the_note(workshop)
    with newcomer(workshop, tmp_path) as omid:
        lie = lying_bundle(zahra, workshop, {note_id: _mariam_edits(workshop, note_id)}, full=True,
                           members=(omid,))
        assert mariam.receive(lie).status == "applied"

        _refused(omid, lie, zahra)

        assert omid.receive(mariam.export(workshop.group_id)).status == "applied"
        assert mariam.receive(omid.export(workshop.group_id)).status == "applied"
        assert omid.receive(mariam.export(workshop.group_id)).status == "applied"
        assert omid.vault.items.get(note_id).body.endswith(EDIT)
        assert farid.receive(mariam.export(workshop.group_id)).status == "applied"
        assert vault_content(omid.vault) == vault_content(mariam.vault) == vault_content(farid.vault)


def test_an_announced_item_the_receiver_does_not_hold_at_all_is_refused(workshop: Workshop) -> None:
    # The others would take Farid to hold the item from then on, and never send it to him.
    mariam, farid, zahra = workshop.members
    _everyone_has_the_note(workshop)
    hidden = mariam.vault.items.add_note("Court dates", "سه‌شنبه")
    mariam.sync.groups.share(workshop.group_id, hidden.id)
    bundle = mariam.export(workshop.group_id)
    assert zahra.receive(bundle).status == "applied"
    vector = decode_payload(open_bundle(bundle, zahra.sync.identities.identity()).payload).states[hidden.id]

    _refused(farid, lying_bundle(zahra, workshop, {hidden.id: vector}), zahra)

    assert farid.receive(mariam.export(workshop.group_id)).outcomes == {hidden.id: "added"}
