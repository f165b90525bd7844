"""Review finding 12 through the exchange: a real member's signed bundle with a crafted update is refused, vault
unchanged; a received update is built once, and one already held is not applied again."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from pycrdt import Doc

from amanat.sync.bundle import open_bundle, seal_bundle
from amanat.sync.bundle_payload import BundlePayload, decode_payload, encode_payload
from amanat.sync.hybrid_clock import HybridClock
from amanat.sync.item_document import MAX_CHANGES
from amanat.sync.update_budget import UpdateTooLarge
from tests.sharing.conftest import Member, Workshop, vault_fingerprint
from tests.sync.test_update_budget import crafted_update


def test_a_real_members_bundle_with_a_crafted_update_is_refused_and_changes_nothing(workshop: Workshop) -> None:
    mariam, farid, _zahra = workshop.members
    note = mariam.vault.items.add_note("Shelter addresses", "سه خانه امن")
    mariam.sync.groups.share(workshop.group_id, note.id)
    farid.receive(mariam.export(workshop.group_id))
    log = farid.sync.groups.log(workshop.group_id)
    payload = BundlePayload(group_ops=log.ops, documents={note.id: crafted_update(MAX_CHANGES + 1)})
    crafted = seal_bundle(farid.sync.identities.identity(), [m.sync.identities.public() for m in workshop.members],
                          group_id=bytes.fromhex(workshop.group_id), seq=10**6, created=int(time.time()),
                          base_state=bytes(32), payload=encode_payload(payload))
    before = vault_fingerprint(mariam.vault)

    with pytest.raises(UpdateTooLarge) as refused:
        mariam.receive(crafted)

    assert refused.value.exit_code == 4 and "Traceback" not in str(refused.value)
    assert vault_fingerprint(mariam.vault) == before


def _update_in(bundle: bytes, member: Member, item_id: str) -> bytes:
    opened = open_bundle(bundle, member.sync.identities.identity())
    return decode_payload(opened.payload).documents[item_id]


def test_an_update_is_applied_once(workshop: Workshop, monkeypatch: pytest.MonkeyPatch) -> None:
    mariam, farid, _zahra = workshop.members
    note = mariam.vault.items.add_note("Shelter addresses", "سه خانه امن")
    mariam.sync.groups.share(workshop.group_id, note.id)
    first = mariam.export(workshop.group_id)
    applied: list[bytes] = []
    original = Doc.apply_update

    def counting(doc: Doc, update: bytes) -> None:  # type: ignore[type-arg]
        applied.append(update)
        original(doc, update)

    monkeypatch.setattr(Doc, "apply_update", counting)
    farid.receive(first)  # a new item
    assert applied.count(_update_in(first, farid, note.id)) == 1

    mariam.vault.items.save(replace(mariam.vault.items.get(note.id), body="چهار خانه امن"))
    second = mariam.export(workshop.group_id)
    applied.clear()
    farid.receive(second)
    assert farid.vault.items.get(note.id).body == "چهار خانه امن"
    assert applied.count(_update_in(second, farid, note.id)) == 1

    document = farid.sync.documents.stored(note.id)
    assert document is not None
    applied.clear()
    assert document.apply_update(document.encode(), HybridClock("farid")) is False  # already held: not applied
    assert applied == []
