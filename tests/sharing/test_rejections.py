"""Every way a bundle is refused or held back, each leaving the receiving vault exactly as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from amanat.app.sharing.exchange import RejectedBundle
from amanat.crypto.age import X25519Identity, X25519Recipient, decrypt, encrypt
from amanat.crypto.age.errors import AgeError
from amanat.crypto.errors import DamagedInput
from amanat.sync.bundle import MAX_BUNDLE_BYTES
from amanat.sync.envelope import MAGIC, SIGNATURE_CONTEXT
from amanat.sync.errors import BundleTooLarge, DamagedBundle, ForgedBundle, ForwardedBundle
from tests.sharing.conftest import Member, Workshop, introduce, make_member, vault_fingerprint


def _plaintext(member: Member, data: bytes) -> bytes:
    """What a recipient sees inside a bundle (any recipient can do this)."""
    secret = member.sync.identities.identity().age_secret()
    return decrypt(data, [X25519Identity.from_secret_bytes(secret)], max_plaintext=MAX_BUNDLE_BYTES)


def _encrypt_to(plaintext: bytes, *members: Member) -> bytes:
    return encrypt(plaintext, [X25519Recipient(m.sync.identities.public().age_key) for m in members])


def _split(plaintext: bytes) -> tuple[dict[str, object], bytes, bytes]:
    offset = len(MAGIC)
    length = int.from_bytes(plaintext[offset:offset + 4], "big")
    header = plaintext[offset + 4:offset + 4 + length]
    signature = plaintext[offset + 4 + length:offset + 4 + length + 64]
    rest = plaintext[offset + 4 + length + 64:]
    return json.loads(header), signature, rest


def _join(header: dict[str, object], signature: bytes, rest: bytes) -> bytes:
    encoded = json.dumps(header, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    return MAGIC + len(encoded).to_bytes(4, "big") + encoded + signature + rest


@pytest.fixture
def bundle(workshop: Workshop) -> bytes:
    mariam = workshop.admin
    note = mariam.vault.items.add_note("Shelter addresses", "سه خانه امن در هرات")
    mariam.sync.groups.share(workshop.group_id, note.id)
    return mariam.export(workshop.group_id)


def refused(member: Member, data: bytes, error: type[Exception]) -> None:
    before = vault_fingerprint(member.vault)
    with pytest.raises(error) as raised:
        member.receive(data)
    assert str(raised.value) and "Traceback" not in str(raised.value)
    assert vault_fingerprint(member.vault) == before


@pytest.mark.parametrize("where", [0.01, 0.3, 0.5, 0.9, 0.999])
def test_a_tampered_bundle_is_refused(workshop: Workshop, bundle: bytes, where: float) -> None:
    damaged = bytearray(bundle)
    damaged[int(len(damaged) * where)] ^= 0x40
    refused(workshop.members[1], bytes(damaged), DamagedInput)


@pytest.mark.parametrize("keep", [0, 10, 200, -1])
def test_a_truncated_bundle_is_refused(workshop: Workshop, bundle: bytes, keep: int) -> None:
    refused(workshop.members[1], bundle[:keep], DamagedInput)


def test_an_oversized_file_is_refused_before_it_is_read(workshop: Workshop) -> None:
    refused(workshop.members[1], b"\0" * (MAX_BUNDLE_BYTES + 1), BundleTooLarge)


def test_a_replaced_payload_is_refused(workshop: Workshop, bundle: bytes) -> None:
    """Farid is a recipient: he can decrypt Mariam's bundle and re-encrypt another payload to Zahra."""
    _mariam, farid, zahra = workshop.members
    header, signature, rest = _split(_plaintext(farid, bundle))
    length = int(header["payload_length"])  # type: ignore[call-overload]
    payload = rest[:length].replace(b'"group_ops"', b'"group_ops"')
    # A group's first bundle is full, later ones not: claim the opposite, in the same number of bytes.
    evil = payload.replace(b"\"full\":false", b"\"full\":true ").replace(b"\"full\":true,", b"\"full\":false")
    assert evil != payload
    evil = evil[:length]
    forged = _join(header, signature, evil + rest[length:])
    refused(zahra, _encrypt_to(forged, zahra, farid), DamagedBundle)


def test_a_bundle_claiming_another_sender_is_refused(workshop: Workshop, bundle: bytes) -> None:
    """Farid signs a bundle of his own but puts Mariam's keys in the header."""
    _mariam, farid, zahra = workshop.members
    farid.receive(bundle)
    farid_bundle = farid.export(workshop.group_id)
    header, _signature, rest = _split(_plaintext(zahra, farid_bundle))
    mariam_header, _s, _r = _split(_plaintext(zahra, bundle))
    header["sender_signing_key"] = mariam_header["sender_signing_key"]
    header["sender_age_key"] = mariam_header["sender_age_key"]
    encoded = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    signature = farid.sync.identities.identity().sign(SIGNATURE_CONTEXT + encoded)
    refused(zahra, _encrypt_to(_join(header, signature, rest), zahra), ForgedBundle)


def test_a_forwarded_bundle_is_refused(workshop: Workshop, bundle: bytes, tmp_path: Path) -> None:
    """Farid re-encrypts Mariam's bundle, untouched, to Omid, whom Mariam never addressed."""
    _mariam, farid, _zahra = workshop.members
    omid = make_member(tmp_path, "Omid")
    try:
        for a, b in ((omid, workshop.admin), (workshop.admin, omid)):
            introduce(a, b)
        refused(omid, _encrypt_to(_plaintext(farid, bundle), omid), ForwardedBundle)
    finally:
        omid.vault.close()


def test_a_bundle_for_someone_else_is_refused(workshop: Workshop, bundle: bytes, tmp_path: Path) -> None:
    outsider = make_member(tmp_path, "Outsider")
    try:
        refused(outsider, bundle, DamagedInput)
    finally:
        outsider.vault.close()


def test_garbage_and_age_files_that_are_not_bundles_are_refused(workshop: Workshop) -> None:
    farid = workshop.members[1]
    refused(farid, b"hello", AgeError)
    refused(farid, _encrypt_to(b"just a text file", farid), DamagedInput)


def test_a_bundle_from_a_removed_member_is_refused(workshop: Workshop, bundle: bytes) -> None:
    mariam, _farid, zahra = workshop.members
    zahra.receive(bundle)
    mariam.sync.groups.remove_member(workshop.group_id, zahra.fingerprint)
    note = zahra.vault.items.list()[0]
    from dataclasses import replace

    zahra.vault.items.save(replace(zahra.vault.items.get(note.id), title="changed after removal"))
    refused(mariam, zahra.export(workshop.group_id), RejectedBundle)


def test_a_bundle_from_a_stranger_waits_in_quarantine_until_verified(tmp_path: Path) -> None:
    farid = make_member(tmp_path, "Farid")
    stranger = make_member(tmp_path, "Stranger")
    try:
        introduce(stranger, farid)  # the stranger knows Farid; Farid does not know the stranger
        group = stranger.sync.groups.create("Unknown group")
        stranger.sync.groups.add_member(group.group_id, farid.fingerprint)
        note = stranger.vault.items.add_note("Please read", "")
        stranger.sync.groups.share(group.group_id, note.id)
        data = stranger.export(group.group_id)

        items_before = farid.vault.items.list()
        report = farid.receive(data)
        assert report.status == "quarantined" and "stranger" in report.reason
        assert farid.vault.items.list() == items_before and farid.sync.groups.groups() == []
        [entry] = farid.sync.exchange.quarantined()
        assert entry.sender_name == "Stranger" and entry.bundle == data

        # Adding the card is not enough: still unverified, still held back.
        introduce(farid, stranger, verify=False)
        assert farid.sync.exchange.import_from_quarantine(entry.id).status == "quarantined"
        assert farid.vault.items.list() == items_before

        introduce(farid, stranger)
        peer = farid.sync.identities.peers()[0]
        farid.sync.identities.verify_peer(peer.fingerprint, peer.safety_number)
        assert farid.sync.exchange.import_from_quarantine(entry.id).status == "applied"
        assert [h.title for h in farid.vault.items.list()] == ["Please read"]
        assert farid.sync.exchange.quarantined() == []
    finally:
        farid.vault.close()
        stranger.vault.close()


def test_a_wrong_safety_number_does_not_verify(workshop: Workshop, tmp_path: Path) -> None:
    from amanat.app.errors import InvalidValue

    mariam = workshop.admin
    newcomer = make_member(tmp_path, "Newcomer")
    try:
        added = mariam.sync.identities.add_peer(newcomer.sync.identities.card_text())
        digits = added.peer.safety_number.replace(" ", "")
        wrong = digits[:-1] + str((int(digits[-1]) + 1) % 10)
        with pytest.raises(InvalidValue):
            mariam.sync.identities.verify_peer(added.peer.fingerprint, wrong)
        assert not mariam.sync.identities.peer(added.peer.fingerprint).verified
        persian = digits.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
        assert mariam.sync.identities.verify_peer(added.peer.fingerprint, persian).verified
    finally:
        newcomer.vault.close()


def test_a_member_cannot_use_up_another_members_bundle_id(workshop: Workshop, bundle: bytes) -> None:
    from amanat.sync.bundle import open_bundle, seal_bundle
    from amanat.sync.bundle_payload import BundlePayload, encode_payload

    _mariam, farid, zahra = workshop.members
    farid.receive(bundle)
    farid_identity = farid.sync.identities.identity()
    stolen_id = open_bundle(bundle, farid_identity).header.bundle_id
    log = farid.sync.groups.log(workshop.group_id)
    own = seal_bundle(farid_identity, [m.identity for m in log.members], group_id=log.group_id, seq=1, created=0,
                      base_state=bytes(32), payload=encode_payload(BundlePayload(group_ops=log.ops)),
                      bundle_id=stolen_id)
    assert zahra.receive(own).status == "applied"
    assert zahra.receive(bundle).status == "applied"  # Mariam's real bundle is not mistaken for a replay
    assert [h.title for h in zahra.vault.items.list()] == ["Shelter addresses"]
