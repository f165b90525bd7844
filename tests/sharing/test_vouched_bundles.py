"""A member says "I hold what Mariam announced in her bundle n" instead of announcing every vector (payload `holds`).

A member's first answer after a full bundle is small again (it carried a vector for every item since
the lying-member fix), and what it says cannot be bent by a third member: it names the exact bundle
(its payload's SHA-256), and a receiver reads it only from a copy it checked itself (step 36).
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from amanat.app.sharing.vouched_bundles import MIN_STATES_KEPT
from amanat.sync.bundle import open_bundle, seal_bundle
from amanat.sync.bundle_payload import BundlePayload, decode_payload, encode_payload, payload_digest
from tests.sharing.conftest import Member, Workshop, newcomer, vault_content
from tests.sharing.test_known_floors import _edit
from tests.sharing.test_lying_member import lying_bundle

NOTES = 40
assert NOTES >= MIN_STATES_KEPT


def _opened(member: Member, data: bytes) -> tuple[BundlePayload, str]:
    """The payload of a bundle as `member` opens it, and its SHA-256 (hex)."""
    opened = open_bundle(data, member.sync.identities.identity())
    return decode_payload(opened.payload), payload_digest(opened.payload)


def _share_notes(workshop: Workshop, count: int = NOTES) -> list[str]:
    mariam = workshop.admin
    notes = [mariam.vault.items.add_note(f"گزارش {n}", f"متن گزارش شماره {n} از جلسه ژنو") for n in range(count)]
    for note in notes:
        mariam.sync.groups.share(workshop.group_id, note.id)
    return [note.id for note in notes]


def _resealed(sender: Member, workshop: Workshop, data: bytes, seq: int, **changes: object) -> bytes:
    """A bundle of the sender re-made under another seq (and with `changes`), signed with the sender's keys,
    as a compromised Amanat can."""
    identity = sender.sync.identities.identity()
    payload = replace(decode_payload(open_bundle(data, identity).payload), **changes)  # type: ignore[arg-type]
    recipients = [m.sync.identities.public() for m in workshop.members]
    return seal_bundle(identity, recipients, group_id=bytes.fromhex(workshop.group_id), seq=seq,
                       created=int(time.time()), base_state=bytes(32), payload=encode_payload(payload))


def test_a_first_answer_names_the_full_bundle_instead_of_announcing_every_vector(workshop: Workshop) -> None:
    mariam, farid, zahra = workshop.members
    _share_notes(workshop)
    full = mariam.export(workshop.group_id)
    for member in (farid, zahra):
        assert member.receive(full).status == "applied"
    full_payload, full_digest = _opened(farid, full)

    answer = farid.export(workshop.group_id)

    payload, _ = _opened(zahra, answer)
    assert payload.states == {} and payload.documents == {}
    assert payload.holds == ((mariam.fingerprint, 1, full_digest),)
    one_by_one = replace(payload, holds=(), states=full_payload.states, since=dict.fromkeys(full_payload.states, 1))
    assert len(encode_payload(one_by_one)) - len(encode_payload(payload)) > NOTES * 60  # about 90 bytes a vector
    for member in (mariam, zahra):
        assert member.receive(answer).status == "applied"
    from_zahra, _ = _opened(farid, zahra.export(workshop.group_id))
    assert from_zahra.documents == {}  # she read from her copy of the full bundle that Farid holds every note
    assert vault_content(zahra.vault) == vault_content(farid.vault) == vault_content(mariam.vault)


def test_a_saying_repeated_until_acknowledged_is_read_once(workshop: Workshop) -> None:
    mariam, farid, zahra = workshop.members
    _share_notes(workshop)
    full = mariam.export(workshop.group_id)
    for member in (farid, zahra):
        member.receive(full)
    zahra.receive(farid.export(workshop.group_id))
    again = farid.export(workshop.group_id)  # nobody acknowledged a bundle of Farid's yet: said again
    assert _opened(zahra, again)[0].holds == ((mariam.fingerprint, 1, _opened(zahra, full)[1]),)
    taken = zahra.sync.exchange._repository.knowledge.taken_holds(workshop.group_id, farid.fingerprint)
    assert taken == {(mariam.fingerprint, 1)}
    assert zahra.receive(again).status == "applied"
    assert zahra.sync.exchange._repository.knowledge.taken_holds(workshop.group_id, farid.fingerprint) == taken


def test_two_bundles_under_one_seq_are_not_taken_for_each_other(workshop: Workshop) -> None:
    # Mariam's Amanat is compromised: under one seq it hands Farid the notes and Zahra the notes with an
    # edit. Farid says he holds "Mariam's bundle 2"; if Zahra read that from her own bundle 2, she would
    # take him to hold the edit and never send it. The saying names the payload's hash: she takes nothing
    # from it, and her next bundle brings Farid the edit.
    mariam, farid, zahra = workshop.members
    notes = _share_notes(workshop)
    first = mariam.export(workshop.group_id)
    for member in (farid, zahra):
        assert member.receive(first).status == "applied"
        assert mariam.receive(member.export(workshop.group_id)).status == "applied"
    for_farid = mariam.export(workshop.group_id, full=True)
    seq = open_bundle(for_farid, farid.sync.identities.identity()).header.seq
    _edit(mariam, notes[0], " خانه امن عوض شد.")
    with_edit = mariam.export(workshop.group_id, full=True)
    states = _opened(zahra, with_edit)[0].states
    for_zahra = _resealed(mariam, workshop, with_edit, seq, since=dict.fromkeys(states, seq))
    assert farid.receive(for_farid).status == "applied"
    assert zahra.receive(for_zahra).status == "applied"
    answer = farid.export(workshop.group_id)
    assert (mariam.fingerprint, seq, _opened(farid, for_farid)[1]) in _opened(zahra, answer)[0].holds
    assert zahra.receive(answer).status == "applied"

    from_zahra = zahra.export(workshop.group_id)

    assert notes[0] in _opened(farid, from_zahra)[0].documents
    assert farid.receive(from_zahra).status == "applied"
    assert vault_content(farid.vault) == vault_content(zahra.vault)


def test_a_saying_about_a_bundle_the_receiver_did_not_check_is_not_read(workshop: Workshop) -> None:
    # Zahra keeps Mariam's bundle that trusted her (she did not check it) announcing vectors she does not
    # hold. A bundle from Farid that says he holds them is not read: her copy may name what she lacks and an
    # honest sender brings no part of (its own copy left such an item out, test_holds_attack), so step 36
    # could not tell a lie from the truth there. She takes nothing from it: Farid is known to hold no more.
    mariam, farid, zahra = workshop.members
    notes = _share_notes(workshop)
    made = mariam.export(workshop.group_id)
    for member in (farid, zahra):
        assert member.receive(made).status == "applied"
    _edit(mariam, notes[0], " خانه امن عوض شد.")
    lost_for_zahra = mariam.export(workshop.group_id)
    assert farid.receive(lost_for_zahra).status == "applied"
    claims = dict(_opened(farid, made)[0].states) | dict(_opened(farid, lost_for_zahra)[0].states)
    told = lying_bundle(mariam, workshop, claims, trusting=(zahra.fingerprint,))
    assert zahra.receive(told).status == "applied"  # it trusted her: not checked
    opened = open_bundle(told, zahra.sync.identities.identity())
    holding = (mariam.fingerprint, opened.header.seq, payload_digest(opened.payload))
    real = farid.export(workshop.group_id)
    seq = open_bundle(real, zahra.sync.identities.identity()).header.seq
    saying = _resealed(farid, workshop, real, seq, documents={}, states={}, since={}, trusting=(), holds=(holding,))
    rows = zahra.sync.exchange._repository.knowledge

    assert zahra.receive(saying).status == "applied"

    assert rows.taken_holds(workshop.group_id, farid.fingerprint) == set()
    assert rows.member_vector(workshop.group_id, farid.fingerprint, notes[0]) is None


def test_a_member_names_another_members_copy_too_so_a_receiver_that_lost_one_can_read_it(
        workshop: Workshop, tmp_path: Path) -> None:
    # Zahra lost Mariam's bundle with the notes and got them from Farid's. Omid holds both copies; he names
    # both, so Zahra reads from Farid's that he holds every note (else she would go on sending him the notes
    # until an acknowledgement of his came round).
    mariam, farid, zahra = workshop.members
    with newcomer(workshop, tmp_path) as omid:
        everyone = (farid, zahra, omid)
        group = mariam.export(workshop.group_id)  # the group, nothing shared yet
        for member in everyone:
            assert member.receive(group).status == "applied"
        for member in everyone:  # everyone hears from everyone
            answer = member.export(workshop.group_id)
            for other in (mariam, *everyone):
                if other is not member:
                    assert other.receive(answer).status == "applied"
        notes = _share_notes(workshop, 20)
        lost_for_zahra = mariam.export(workshop.group_id)
        for member in (farid, omid):
            assert member.receive(lost_for_zahra).status == "applied"
        from_farid = farid.export(workshop.group_id)
        assert set(notes) <= set(_opened(zahra, from_farid)[0].documents)  # she said she held nothing
        for member in (zahra, omid):
            assert member.receive(from_farid).status == "applied"
        assert omid.receive(zahra.export(workshop.group_id)).status == "applied"

        from_omid = omid.export(workshop.group_id)

        payload = _opened(zahra, from_omid)[0]
        assert payload.documents == {}
        assert {member for member, _seq, _hash in payload.holds} >= {mariam.fingerprint, farid.fingerprint}
        assert zahra.receive(from_omid).status == "applied"
        told = zahra.sync.exchange._repository.knowledge.vectors_of(workshop.group_id, omid.fingerprint)
        assert set(notes) <= set(told)
