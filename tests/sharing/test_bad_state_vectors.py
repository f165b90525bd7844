"""Review finding 7: one malformed state vector from a verified member must not break sync.

A state vector arrives signed by a real, verified member; before the fix it was stored, every
later export of the group failed, and the window's outgoing exchange stopped for every group.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace

import pytest

from amanat.app.sharing.transfer import Transfers
from amanat.app.store.sync_repository import SyncRepository
from amanat.sync.bundle import seal_bundle
from amanat.sync.bundle_payload import BundlePayload, encode_payload
from amanat.sync.errors import DamagedBundle
from tests.sharing.conftest import Member, Workshop, vault_fingerprint

# Each is refused by amanat.sync.state_vector: cut short, a count larger than the data, a writer twice,
# an overlong number, trailing bytes.
MALFORMED_VECTORS = [b"\x05\x01", b"\x01", b"\x02\x07\x01\x07\x02", b"\x01\x80\x00\x01", b"\x01\x07\x01\xff"]


def _shared_note(workshop: Workshop) -> str:
    """Mariam shares a note; Farid and Zahra import it, so the item is shared on all three laptops."""
    mariam, farid, zahra = workshop.members
    note = mariam.vault.items.add_note("Shelter addresses", "سه خانه امن در هرات")
    mariam.sync.groups.share(workshop.group_id, note.id)
    bundle = mariam.export(workshop.group_id)
    farid.receive(bundle)
    zahra.receive(bundle)
    return note.id


def _signed_bundle_with_states(sender: Member, workshop: Workshop, states: dict[str, bytes]) -> bytes:
    """A bundle signed and sealed with the sender's real keys, carrying `states` exactly as given."""
    log = sender.sync.groups.log(workshop.group_id)
    payload = BundlePayload(group_ops=log.ops, documents={}, states=states, since=dict.fromkeys(states, 1), full=False)
    recipients = [m.sync.identities.public() for m in workshop.members]
    return seal_bundle(sender.sync.identities.identity(), recipients, group_id=bytes.fromhex(workshop.group_id),
                       seq=10**6, created=int(time.time()), base_state=bytes(32), payload=encode_payload(payload))


@pytest.mark.parametrize("vector", MALFORMED_VECTORS)
def test_a_signed_bundle_with_a_malformed_state_vector_is_refused_and_changes_nothing(
        workshop: Workshop, vector: bytes) -> None:
    mariam, farid, _zahra = workshop.members
    note_id = _shared_note(workshop)
    crafted = _signed_bundle_with_states(farid, workshop, {note_id: vector})
    before = vault_fingerprint(mariam.vault)

    with pytest.raises(DamagedBundle, match="malformed state vector") as refused:
        mariam.receive(crafted)

    assert "Traceback" not in str(refused.value)
    assert vault_fingerprint(mariam.vault) == before
    knowledge = SyncRepository(mariam.vault._conn).knowledge
    assert knowledge.member_vector(workshop.group_id, farid.fingerprint, note_id) is None
    with pytest.raises(DamagedBundle):
        mariam.sync.exchange.preview(crafted)  # the review refuses it too, before anyone applies it
    mariam.export(workshop.group_id)  # and Mariam's sync goes on


def test_a_bad_vector_already_stored_counts_as_empty_with_a_warning(
        workshop: Workshop, caplog: pytest.LogCaptureFixture) -> None:
    mariam, farid, _zahra = workshop.members
    note_id = _shared_note(workshop)
    bad = b"\x05\x01\x02"
    # As a vault written before the fix may hold it: stored by an earlier import.
    SyncRepository(mariam.vault._conn).knowledge.set_member_vectors(workshop.group_id, farid.fingerprint,
                                                                    [(note_id, bad, 1)])
    mariam.vault.items.save(replace(mariam.vault.items.get(note_id), body="چهار خانه امن"))

    with caplog.at_level(logging.WARNING):
        exported = mariam.sync.exchange.export(workshop.group_id)

    assert exported.items == 1
    assert any("state vector is damaged" in r.getMessage() for r in caplog.records)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert note_id not in logged and farid.fingerprint not in logged and bad.hex() not in logged
    report = farid.receive(exported.data)
    assert report.outcomes == {note_id: "changed"}
    assert farid.vault.items.get(note_id).body == "چهار خانه امن"


def test_one_broken_group_does_not_stop_the_others_bundles(workshop: Workshop) -> None:
    mariam, farid, _zahra = workshop.members
    _shared_note(workshop)
    second = mariam.sync.groups.create("Kabul lawyers")
    mariam.sync.groups.add_member(second.group_id, farid.fingerprint)
    other = mariam.vault.items.add_note("Court dates", "سه‌شنبه")
    mariam.sync.groups.share(second.group_id, other.id)
    # The first group's document of its note is damaged on disk (any one group's export failing).
    repository = SyncRepository(mariam.vault._conn)
    [broken] = repository.shared_items(workshop.group_id)
    repository.save_document(broken, b"\x00not a document", "2026-01-01T00:00:00Z", (0, False), b"")

    outgoing = Transfers(mariam.sync).outgoing()

    assert [b.group_id for b in outgoing.bundles] == [second.group_id]
    [failure] = outgoing.failed
    assert failure.group_id == workshop.group_id and failure.group_name == "Geneva advocacy"
    assert failure.reason and "Traceback" not in failure.reason
    assert farid.receive(outgoing.bundles[0].data).outcomes == {other.id: "added"}
