"""Write the bundle test vectors in tests/sharing/bundle_vectors (see the README there).

Run from the project root: ``.venv/bin/python -m tests.sharing.make_bundle_vectors [--force]`` (it runs
itself again with ``PYTHONHASHSEED=0`` if that is not set, see `main`).

Everything that goes into a bundle is fixed here: the identities come from fixed seeds, and group
ops, item documents (fixed Yjs client ids, a fixed clock), bundle ids, sequence numbers and times
are fixed too, so the payload of every vector, and its `payload:` hash, comes out the same on every
run. The age layer cannot be fixed (a random file key, ephemeral keys and a payload nonce by
design), so a new run writes different files that are just as valid. The vectors are written
once and committed; existing files are kept unless `--force` is given, because the files in
that folder are also the frozen bundles of earlier format versions, which must never be rewritten.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import struct
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from unittest import mock

from pycrdt import Doc

from amanat.crypto.age import X25519Recipient, encrypt
from amanat.crypto.encoding import canonical_json
from amanat.crypto.encoding import encode_base64 as b64
from amanat.crypto.identity import Identity, PublicIdentity
from amanat.sync import item_document
from amanat.sync.bundle import seal_bundle
from amanat.sync.bundle_payload import BundlePayload, base_state_digest, encode_payload
from amanat.sync.comments import sign_record
from amanat.sync.envelope import MAGIC, SIGNATURE_CONTEXT, seal_envelope
from amanat.sync.group_log import SIGNATURE_CONTEXT as OP_CONTEXT
from amanat.sync.group_log import GroupLog
from amanat.sync.hybrid_clock import HybridClock
from amanat.sync.item_document import ItemDocument, ItemState
from amanat.sync.padding import pad
from amanat.sync.state_vector import encode_state_vector

# The vectors of format 1 are frozen: they are made with payload version 1, as they were.
PayloadV1 = functools.partial(BundlePayload, version=1)
PayloadV4 = functools.partial(BundlePayload, version=4)
VECTORS = Path(__file__).resolve().parent / "bundle_vectors"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
NOTHING = encode_state_vector({})
CREATED = 1_750_000_000  # 2025-06-15, the time every op and bundle claims
MIB = 2**20


# -- fixed inputs ----------------------------------------------------------------


@dataclass(frozen=True)
class VectorPerson:
    """A fixed test identity: its secrets are derived from its name and are public by design."""

    name: str
    signing_seed: bytes
    age_secret: bytes

    @property
    def identity(self) -> Identity:
        return Identity.from_secrets(self.signing_seed, self.age_secret)

    @property
    def public(self) -> PublicIdentity:
        return self.identity.public

    @property
    def hex(self) -> str:
        return self.signing_seed.hex() + self.age_secret.hex()


def vector_person(name: str) -> VectorPerson:
    label = f"amanat bundle test vector identity {name}".encode()
    return VectorPerson(name, hashlib.sha256(label + b" signing").digest(), hashlib.sha256(label + b" age").digest())


MARIAM = vector_person("Mariam")  # the group's admin
FARID = vector_person("Farid")  # a member
ZAHRA = vector_person("Zahra")  # a member
OMID = vector_person("Omid")  # not in the group
MEMBERS = (MARIAM, FARID, ZAHRA)


def bundle_id(name: str) -> bytes:
    return hashlib.sha256(f"amanat bundle test vector id {name}".encode()).digest()[:16]


def signed_op(signer: VectorPerson, body: dict[str, Any]) -> bytes:
    encoded = canonical_json(body)
    return signer.identity.sign(OP_CONTEXT + encoded) + encoded


def create_op(signer: VectorPerson = MARIAM) -> bytes:
    """The group's create op, naming Mariam as admin; a fixed nonce, so the group id is fixed too."""
    return signed_op(signer, {
        "v": 1, "op": "create", "group_name": "Geneva advocacy",
        "admin_signing_key": b64(MARIAM.public.signing_key), "admin_age_key": b64(MARIAM.public.age_key),
        "admin_name": "مریم", "nonce": hashlib.sha256(b"amanat test group nonce").digest()[:16].hex(),
        "created": CREATED,
    })


def next_op(ops: Sequence[bytes], signer: VectorPerson, kind: str, **fields: Any) -> bytes:
    group_id = hashlib.sha256(ops[0]).digest()[:16]
    return signed_op(signer, {
        "v": 1, "op": kind, "group_id": group_id.hex(), "seq": len(ops),
        "prev": hashlib.sha256(ops[-1]).hexdigest(), "at": CREATED + 60 * len(ops), **fields,
    })


def add_op(ops: Sequence[bytes], member: VectorPerson, signer: VectorPerson = MARIAM) -> bytes:
    return next_op(ops, signer, "add", member_signing_key=b64(member.public.signing_key),
                   member_age_key=b64(member.public.age_key), member_name=member.name)


def group_ops() -> tuple[bytes, ...]:
    """create, add Farid, add Zahra: checked by GroupLog.from_ops before use."""
    ops = [create_op()]
    ops.append(add_op(ops, FARID))
    ops.append(add_op(ops, ZAHRA))
    return tuple(GroupLog.from_ops(ops).ops)


GROUP_OPS = group_ops()
GROUP_ID = GroupLog.from_ops(GROUP_OPS).group_id


@contextmanager
def fixed_client_id(client_id: int) -> Iterator[None]:
    """Yjs client ids are random on purpose; the vectors fix them so that payloads are reproducible."""
    with mock.patch.object(item_document, "_new_doc", lambda: Doc(client_id=client_id)):
        yield


def clock(person: VectorPerson, at_ms: int) -> HybridClock:
    return HybridClock(person.public.peer_id, wall=lambda: at_ms)


NOTE_ID = hashlib.sha256(b"amanat test note").hexdigest()[:32]
CONTACT_ID = hashlib.sha256(b"amanat test contact").hexdigest()[:32]


def first_items() -> dict[str, ItemDocument]:
    mariam_clock = clock(MARIAM, CREATED * 1000)
    with fixed_client_id(1001):
        note = ItemDocument.create(ItemState(
            "note", {"tags": ["geneva"], "pinned": False},
            {"title": "گزارش جلسه", "body": "Session notes: UPR pre-session, Geneva.\nگزارش کوتاه از جلسه."},
        ), mariam_clock)
    with fixed_client_id(1002):
        contact = ItemDocument.create(ItemState(
            "contact", {"tags": [], "pinned": True, "alias": "Lawyer A", "organisation": "", "role": "counsel",
                        "channels": [["signal", "+41 00 000 00 00"]], "never_contact_via": ["sms"]}, {},
        ), mariam_clock)
    return {NOTE_ID: note, CONTACT_ID: contact}


def full_payload() -> BundlePayload:
    items = first_items()
    return PayloadV1(
        group_ops=GROUP_OPS,
        documents={item: document.update_since(NOTHING) for item, document in items.items()},
        states={item: document.state_vector() for item, document in items.items()},
        full=True,
    )


def incremental_payload() -> tuple[BundlePayload, bytes]:
    """Farid edits the note after receiving the full bundle, and sends only what is new; and its base state."""
    items = first_items()
    note = items[NOTE_ID]
    received = note.state_vector()
    with fixed_client_id(2001):
        farid_note = ItemDocument.from_update(note.encode())
    state = farid_note.read()
    edited = ItemState(state.kind, state.registers, {**state.texts, "body": state.texts["body"] + "\nFarid: done."},
                       state.rows, state.deleted)
    farid_note.record_local(edited, clock(FARID, CREATED * 1000 + 3_600_000))
    payload = PayloadV1(
        group_ops=GROUP_OPS,
        documents={NOTE_ID: farid_note.update_since(received)},
        states={NOTE_ID: farid_note.state_vector(), CONTACT_ID: items[CONTACT_ID].state_vector()},
    )
    return payload, base_state_digest({NOTE_ID: received, CONTACT_ID: items[CONTACT_ID].state_vector()})


def membership_payload() -> BundlePayload:
    """Every kind of group op: create, add, add, remove Zahra, rename; no documents."""
    ops = list(GROUP_OPS)
    ops.append(next_op(ops, MARIAM, "remove", member=ZAHRA.public.fingerprint.hex()))
    ops.append(next_op(ops, MARIAM, "rename", group_name="Geneva advocacy ‏(2025)"))
    return PayloadV1(group_ops=tuple(GroupLog.from_ops(ops).ops))


# -- building bundles by hand ------------------------------------------------------


def header_fields(sender: VectorPerson, name: str, payload: bytes, recipients: Sequence[VectorPerson] = MEMBERS,
                  **overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "v": 1,
        "bundle_id": bundle_id(name).hex(),
        "sender_signing_key": b64(sender.public.signing_key),
        "sender_age_key": b64(sender.public.age_key),
        "group_id": GROUP_ID.hex(),
        "recipients": sorted(person.public.fingerprint.hex() for person in recipients),
        "seq": 1,
        "created": CREATED,
        "base_state": base_state_digest({}).hex(),
        "payload_sha256": hashlib.sha256(payload).hexdigest(),
        "payload_length": len(payload),
    }
    fields.update(overrides)
    return fields


def envelope(header: bytes, signer: VectorPerson, payload: bytes, signature: bytes | None = None) -> bytes:
    """An envelope from raw header bytes, signed by `signer` (or with the signature given)."""
    if signature is None:
        signature = signer.identity.sign(SIGNATURE_CONTEXT + header)
    return pad(MAGIC + struct.pack(">I", len(header)) + header + signature + payload)


def honest_envelope(sender: VectorPerson, name: str, payload: bytes, recipients: Sequence[VectorPerson] = MEMBERS,
                    *, seq: int = 1) -> bytes:
    return seal_envelope(
        sender.identity, group_id=GROUP_ID, recipients=[p.public.fingerprint for p in recipients], seq=seq,
        created=CREATED, base_state=base_state_digest({}), payload=payload, bundle_id=bundle_id(name),
    )


def age_to(plaintext: bytes, recipients: Sequence[VectorPerson]) -> bytes:
    """The age layer as seal_bundle makes it: one X25519 stanza per recipient, in the order given."""
    return encrypt(plaintext, [X25519Recipient(person.public.age_key) for person in recipients])


def sealed(sender: VectorPerson, name: str, payload: BundlePayload, *, armored: bool = False, seq: int = 1,
           base_state: bytes | None = None) -> bytes:
    return seal_bundle(
        sender.identity, [p.public for p in MEMBERS], group_id=GROUP_ID, seq=seq, created=CREATED,
        base_state=base_state if base_state is not None else base_state_digest(
            dict.fromkeys(payload.documents, NOTHING)),
        payload=encode_payload(payload), armored=armored, bundle_id=bundle_id(name),
    )


def age_header_lines(data: bytes) -> tuple[list[bytes], bytes]:
    """The header lines of a binary age file (each with its LF, the MAC line last) and the rest."""
    end = data.index(b"\n--- ") + 1
    end = data.index(b"\n", end) + 1
    return data[:end].splitlines(keepends=True), data[end:]


# -- the vectors -----------------------------------------------------------------


@dataclass(frozen=True)
class Vector:
    name: str
    expect: str
    opener: VectorPerson
    comment: str
    data: bytes
    payload: bytes | None = None  # what open_bundle releases, when it succeeds

    def file_bytes(self) -> bytes:
        lines = [f"expect: {self.expect}", f"identity: {self.opener.hex}"]
        if self.payload is not None:
            lines.append(f"payload: {hashlib.sha256(self.payload).hexdigest()}")
        lines.append(f"comment: {self.comment}")
        return "\n".join(lines).encode("utf-8") + b"\n\n" + self.data


def success_vectors() -> Iterator[Vector]:
    full = encode_payload(full_payload())
    data = sealed(MARIAM, "success_full", full_payload())
    yield Vector("success_full", "success", FARID,
                 "the admin's first, full bundle to the group (3 ops, 2 items), opened by a member", data, full)
    yield Vector("success_full_opened_by_sender", "success", MARIAM,
                 "the same bundle opened by its sender, who is always among the recipients", data, full)
    yield Vector("success_armored", "success", ZAHRA, "an ASCII-armored bundle, as pasted into an e-mail body",
                 sealed(MARIAM, "success_armored", full_payload(), armored=True), full)
    incremental, base = incremental_payload()
    yield Vector("success_incremental", "success", MARIAM,
                 "a member's incremental bundle (one edited note, diffed from a base state) to the admin",
                 sealed(FARID, "success_incremental", incremental, seq=1, base_state=base), encode_payload(incremental))
    membership = membership_payload()
    yield Vector("success_membership", "success", FARID,
                 "every kind of group op (create, add, add, remove, rename) and no documents; Zahra was removed, "
                 "so the bundle goes to Mariam and Farid only",
                 seal_bundle(MARIAM.identity, [FARID.public], group_id=GROUP_ID, seq=2, created=CREATED,
                             base_state=base_state_digest({}), payload=encode_payload(membership),
                             bundle_id=bundle_id("success_membership")),
                 encode_payload(membership))


def age_vectors() -> Iterator[Vector]:
    payload = encode_payload(full_payload())
    plaintext = honest_envelope(MARIAM, "age_hmac", payload)
    yield Vector("not_addressed_to_me", "not-addressed-to-me", OMID,
                 "a valid bundle for the group, opened by someone outside it",
                 sealed(MARIAM, "not_addressed_to_me", full_payload()))
    yield Vector("not_addressed_to_me_armored", "not-addressed-to-me", OMID,
                 "the same, armored", sealed(MARIAM, "not_addressed_to_me_armored", full_payload(), armored=True))

    lines, rest = age_header_lines(age_to(plaintext, MEMBERS))
    mac_line = lines[-1]
    # The first base64 digit of the MAC: changing it keeps the base64 canonical, so only the MAC check fails.
    flipped = mac_line[:4] + (b"B" if mac_line[4:5] != b"B" else b"C") + mac_line[5:]
    yield Vector("age_hmac_changed", "age-hmac", FARID, "one digit of the age header MAC changed",
                 b"".join(lines[:-1]) + flipped + rest)
    # lines: version, then two lines per X25519 stanza (Mariam, Farid, Zahra), then the MAC line.
    without_zahra = lines[:5] + lines[7:]
    yield Vector("age_hmac_stanza_removed", "age-hmac", FARID,
                 "a relay removed Zahra's stanza from the age header without knowing the file key to redo the MAC",
                 b"".join(without_zahra) + rest)


def envelope_vectors() -> Iterator[Vector]:
    payload = encode_payload(full_payload())

    plaintext = honest_envelope(MARIAM, "forwarded", payload)
    yield Vector("forwarded", "forwarded", OMID,
                 "Farid decrypted the admin's bundle and re-encrypted the same plaintext to Omid, who is not among "
                 "the signed recipients", age_to(plaintext, [FARID, OMID]))

    header = canonical_json(header_fields(MARIAM, "forged_signature_bit", payload))
    good = MARIAM.identity.sign(SIGNATURE_CONTEXT + header)
    bad = bytes([good[0] ^ 0x01]) + good[1:]
    yield Vector("forged_signature_bit", "forged-signature", FARID, "one bit of the envelope signature flipped",
                 age_to(envelope(header, MARIAM, payload, bad), MEMBERS))

    replaced = encode_payload(PayloadV1(group_ops=GROUP_OPS))
    header = canonical_json(header_fields(MARIAM, "forged_signature_by_member", replaced))
    yield Vector("forged_signature_by_member", "forged-signature", ZAHRA,
                 "Farid, a recipient, replaced the payload and signed the header naming the admin with his own key",
                 age_to(envelope(header, FARID, replaced), MEMBERS))

    tampered = bytearray(honest_envelope(MARIAM, "tampered_payload", payload))
    (header_length,) = struct.unpack(">I", tampered[16:20])
    tampered[20 + header_length + 64 + 10] ^= 0x20  # the 11th payload byte
    yield Vector("tampered_payload", "tampered-payload", FARID,
                 "one payload byte changed after signing: the signed payload_sha256 no longer matches",
                 age_to(bytes(tampered), MEMBERS))

    yield Vector("not_a_bundle_text", "not-a-bundle", FARID, "an age file for Farid whose plaintext is plain text",
                 age_to(b"Meeting moved to Thursday, 10:00.\n", [FARID]))
    yield Vector("not_a_bundle_empty", "not-a-bundle", FARID, "an age file for Farid with an empty plaintext",
                 age_to(b"", [FARID]))

    honest = honest_envelope(MARIAM, "unsupported_magic", payload)
    yield Vector("unsupported_magic_v2", "unsupported-version", FARID,
                 "the envelope magic names version 2 (AMANAT-BUNDLE\\x00v2)",
                 age_to(MAGIC[:-1] + b"2" + honest[16:], MEMBERS))
    header = canonical_json(header_fields(MARIAM, "unsupported_header_v2", payload, v=2))
    yield Vector("unsupported_header_v2", "unsupported-version", FARID, "a signed envelope header with \"v\":2",
                 age_to(envelope(header, MARIAM, payload), MEMBERS))
    newer = canonical_json({"v": 2, "group_ops": [op.hex() for op in GROUP_OPS], "documents": [], "states": [],
                            "full": False, "future": "field"})
    yield Vector("unsupported_payload_v2", "unsupported-version", FARID,
                 "a valid envelope whose payload has \"v\":2 (open_bundle succeeds, decode_payload refuses)",
                 age_to(honest_envelope(MARIAM, "unsupported_payload_v2", newer), MEMBERS), newer)

    padded = bytearray(honest_envelope(MARIAM, "damaged_padding", payload))
    padded[-1] = 0x01
    yield Vector("damaged_padding", "damaged-padding", FARID, "the last padding byte is 0x01 instead of 0x00",
                 age_to(bytes(padded), MEMBERS))

    huge = pad(MAGIC + struct.pack(">I", 2 * MIB) + b"{")
    yield Vector("too_large_header", "too-large", FARID,
                 "the header length field announces 2 MiB (over the 1 MiB limit), refused before any slicing",
                 age_to(huge, MEMBERS))
    header = canonical_json(header_fields(MARIAM, "too_large_payload", payload, payload_length=48 * MIB + 1))
    yield Vector("too_large_payload", "too-large", FARID,
                 "a signed header announcing a payload of 48 MiB + 1 byte, one over the limit",
                 age_to(envelope(header, MARIAM, payload), MEMBERS))

    fields = header_fields(MARIAM, "damaged_header_spaces", payload)
    header = json.dumps(fields, sort_keys=True, ensure_ascii=False).encode("utf-8")
    yield Vector("damaged_header_spaces", "damaged-header", FARID,
                 "a signed header in JSON with spaces after separators: valid JSON, not canonical",
                 age_to(envelope(header, MARIAM, payload), MEMBERS))
    fields = header_fields(MARIAM, "damaged_header_unsorted", payload)
    fields["recipients"] = sorted(fields["recipients"], reverse=True)
    yield Vector("damaged_header_unsorted", "damaged-header", FARID,
                 "a signed canonical header whose recipient list is not sorted",
                 age_to(envelope(canonical_json(fields), MARIAM, payload), MEMBERS))
    header = canonical_json(header_fields(MARIAM, "damaged_header_truncated", payload))[:-1]
    yield Vector("damaged_header_truncated", "damaged-header", FARID,
                 "a signed header missing its closing brace: not JSON",
                 age_to(envelope(header, MARIAM, payload), MEMBERS))


def payload_vectors() -> Iterator[Vector]:
    ops = list(GROUP_OPS[:2])
    ops.append(add_op(ops, OMID, signer=FARID))
    forged = encode_payload(PayloadV1(group_ops=tuple(ops)))
    yield Vector("forged_group_op_by_member", "forged-group-op", ZAHRA,
                 "Farid sent a bundle whose group log adds Omid in an op Farid signed himself, not the admin",
                 age_to(honest_envelope(FARID, "forged_group_op_by_member", forged), MEMBERS), forged)
    create = create_op(signer=FARID)
    forged = encode_payload(PayloadV1(group_ops=(create,)))
    yield Vector("forged_group_op_create", "forged-group-op", MARIAM,
                 "a create op naming Mariam as the admin but signed by Farid",
                 age_to(honest_envelope(FARID, "forged_group_op_create", forged, [MARIAM, FARID]), [MARIAM, FARID]),
                 forged)

    document = json.loads(encode_payload(full_payload()))
    spaced = json.dumps(document, sort_keys=True, ensure_ascii=False).encode("utf-8")
    yield Vector("damaged_payload_spaces", "damaged-payload", FARID,
                 "a signed payload in JSON with spaces after separators: valid JSON, not canonical",
                 age_to(honest_envelope(MARIAM, "damaged_payload_spaces", spaced), MEMBERS), spaced)
    document["group_ops"] = [op.upper() for op in document["group_ops"]]
    upper = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    yield Vector("damaged_payload_upper_hex", "damaged-payload", FARID,
                 "a signed payload whose group ops are upper-case hex: one byte string, two spellings",
                 age_to(honest_envelope(MARIAM, "damaged_payload_upper_hex", upper), MEMBERS), upper)


def version_3_vectors() -> Iterator[Vector]:
    """Payload version 3 (format 3): only what changed, state vectors where needed, acknowledgements."""
    first = full_payload()
    full = replace(first, version=3, since=dict.fromkeys(first.states, 1))
    encoded = encode_payload(full)
    yield Vector("success_v3_full", "success", FARID, "payload version 3: Mariam's first, full bundle",
                 sealed(MARIAM, "success_v3_full", full), encoded)
    incremental, base = incremental_payload()
    answer = replace(incremental, version=3, ops_from=len(GROUP_OPS), group_ops=(),
                     states={NOTE_ID: incremental.states[NOTE_ID]}, since={NOTE_ID: 1},
                     acks={MARIAM.public.fingerprint.hex(): 1})
    yield Vector("success_v3_incremental", "success", MARIAM,
                 "payload version 3: Farid's answer, one edited note; it carries no group op (ops_from 3: the "
                 "opener holds the first 3 ops of success_full's log), only the note's state vector, and "
                 "acknowledges Mariam's bundle 1",
                 sealed(FARID, "success_v3_incremental", answer, seq=1, base_state=base), encode_payload(answer))
    document = json.loads(encode_payload(answer))
    acks = [{"member": person.public.fingerprint.hex(), "seq": 1} for person in (MARIAM, ZAHRA)]
    document["acks"] = sorted(acks, key=lambda ack: str(ack["member"]), reverse=True)
    unsorted = canonical_json(document)
    yield Vector("damaged_payload_v3_unsorted_acks", "damaged-payload", MARIAM,
                 "payload version 3 whose acknowledgements are not in ascending member order",
                 age_to(honest_envelope(FARID, "damaged_payload_v3_unsorted_acks", unsorted, MEMBERS), MEMBERS),
                 unsorted)
    document = json.loads(encode_payload(answer))
    document["messages"] = [{"kind": "entrust"}]
    unknown = canonical_json(document)
    yield Vector("unsupported_payload_v3_message", "unsupported-version", MARIAM,
                 "payload version 3 carrying a message of a kind this version does not know",
                 age_to(honest_envelope(FARID, "unsupported_payload_v3_message", unknown, MEMBERS), MEMBERS),
                 unknown)


THREAD_ID = hashlib.sha256(b"amanat test comment thread").hexdigest()[:32]
REPLY_ID = hashlib.sha256(b"amanat test comment reply").hexdigest()[:32]
RESOLVE_ID = hashlib.sha256(b"amanat test comment resolve").hexdigest()[:32]
COMMENTED_PASSAGE = "گزارش کوتاه"


def commented_items() -> dict[str, ItemDocument]:
    """The items of `first_items`, and Mariam's comment thread on a Dari passage of the note (layout 2)."""
    items = first_items()
    note = items[NOTE_ID]
    body = note.read().texts["body"]
    start = body.index(COMMENTED_PASSAGE)
    record = sign_record(MARIAM.identity, record_id=THREAD_ID, item=NOTE_ID, kind="thread", thread=THREAD_ID,
                         body="این بخش را با فرید بررسی کنیم؟", at=clock(MARIAM, CREATED * 1000 + 60_000).now(),
                         text="body", quote=COMMENTED_PASSAGE)
    note.add_comment(record, ("body", start, start + len(COMMENTED_PASSAGE)))
    return items


ENGLISH_ID = hashlib.sha256(b"amanat test english concept note").hexdigest()[:32]
DARI_ID = hashlib.sha256(b"amanat test dari concept note").hexdigest()[:32]
LINK_GROUP = hashlib.sha256(b"amanat test link group").hexdigest()[:32]
ENGLISH_BEFORE = "Detentions in Herat rose in 2026."
ENGLISH_NOW = "Detentions in Herat and Kabul rose in 2026."
DARI_TEXT = "بازداشت‌ها در هرات در سال ۱۴۰۵ بیشتر شد."


def _fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def linked_items() -> dict[str, ItemDocument]:
    """An English concept note and its Dari version (layout 2 registers of docs/bundle-format.md): the Dari was
    marked updated against the English, which has changed since while in line (a news token)."""
    mariam_clock = clock(MARIAM, CREATED * 1000 + 120_000)
    common = {"tags": [], "pinned": False, "template": "concept-note", "status": "draft", "link_group": LINK_GROUP}
    with fixed_client_id(1003):
        english = ItemDocument.create(ItemState("draft", {
            **common, "language": "en",
            "mark:background": [[ENGLISH_ID, _fingerprint(ENGLISH_BEFORE), "", ENGLISH_BEFORE],
                                [DARI_ID, _fingerprint(""), "", ""]],
            "news:background": "0123456789abcdef",
        }, {"title": "Concept note", "section:background": ENGLISH_NOW}), mariam_clock)
    with fixed_client_id(1004):
        dari = ItemDocument.create(ItemState("draft", {
            **common, "language": "fa",
            "mark:background": [[DARI_ID, _fingerprint(DARI_TEXT), "", DARI_TEXT],
                                [ENGLISH_ID, _fingerprint(ENGLISH_BEFORE), "", ENGLISH_BEFORE]],
        }, {"title": "یادداشت مفهومی", "section:background": DARI_TEXT}), mariam_clock)
    return {ENGLISH_ID: english, DARI_ID: dari}


def version_4_vectors() -> Iterator[Vector]:
    """Payload version 4 (format 4): documents of layout 2, here with a comment thread."""
    items = commented_items()
    full = PayloadV4(group_ops=GROUP_OPS, full=True, since=dict.fromkeys(items, 1),
                         documents={item: document.update_since(NOTHING) for item, document in items.items()},
                         states={item: document.state_vector() for item, document in items.items()})
    yield Vector("success_v4_full", "success", FARID,
                 "payload version 4: Mariam's first, full bundle; the note carries her comment thread on a Dari "
                 "passage (a signed record in the root map 'comments', the passage marked 'comment:<thread>')",
                 sealed(MARIAM, "success_v4_full", full), encode_payload(full))
    note = items[NOTE_ID]
    received = note.state_vector()
    with fixed_client_id(2002):
        farid_note = ItemDocument.from_update(note.encode())
    state = farid_note.read()
    farid_clock = clock(FARID, CREATED * 1000 + 3_600_000)
    edited = ItemState(state.kind, state.registers, {**state.texts, "body": "پیش از جلسه: " + state.texts["body"]},
                       state.rows, state.deleted)
    farid_note.record_local(edited, farid_clock)
    for record_id, kind, body in ((REPLY_ID, "reply", "بله، فردا."), (RESOLVE_ID, "resolve", "")):
        farid_note.add_comment(sign_record(FARID.identity, record_id=record_id, item=NOTE_ID, kind=kind,
                                           thread=THREAD_ID, body=body, at=farid_clock.now()))
    answer = PayloadV4(group_ops=(), ops_from=len(GROUP_OPS),
                           documents={NOTE_ID: farid_note.update_since(received)},
                           states={NOTE_ID: farid_note.state_vector()}, since={NOTE_ID: 1},
                           acks={MARIAM.public.fingerprint.hex(): 1})
    yield Vector("success_v4_incremental", "success", MARIAM,
                 "payload version 4: Farid's answer: he wrote before the commented passage, replied to Mariam's "
                 "thread and resolved it (two records signed by him); ops_from 3, acknowledges Mariam's bundle 1",
                 sealed(FARID, "success_v4_incremental", answer, seq=1,
                        base_state=base_state_digest({NOTE_ID: received})), encode_payload(answer))
    linked = linked_items()
    versions = PayloadV4(group_ops=GROUP_OPS, full=True, since=dict.fromkeys(linked, 1),
                             documents={item: d.update_since(NOTHING) for item, d in linked.items()},
                             states={item: d.state_vector() for item, d in linked.items()})
    yield Vector("success_v4_linked_versions", "success", FARID,
                 "payload version 4: an English concept note and its Dari version, linked (registers link_group, "
                 "language, mark:background, news:background); the English changed since the Dari was marked updated",
                 sealed(MARIAM, "success_v4_linked_versions", versions), encode_payload(versions))
    document = json.loads(encode_payload(answer))
    document["v"] = 5
    newer = canonical_json(document)
    yield Vector("unsupported_payload_v5", "unsupported-version", MARIAM,
                 "payload version 5: made by a newer Amanat; refused, never read with parts left out",
                 age_to(honest_envelope(FARID, "unsupported_payload_v5", newer, MEMBERS), MEMBERS), newer)


def version_6_vectors() -> Iterator[Vector]:
    """Payload version 6 (format 6): `holds`, a member saying it holds what another announced in a bundle."""
    linked = linked_items()
    full = PayloadV4(group_ops=GROUP_OPS, full=True, since=dict.fromkeys(linked, 1),
                     documents={item: d.update_since(NOTHING) for item, d in linked.items()},
                     states={item: d.state_vector() for item, d in linked.items()})
    named = (MARIAM.public.fingerprint.hex(), 1, hashlib.sha256(encode_payload(full)).hexdigest())
    answer = BundlePayload(group_ops=(), ops_from=len(GROUP_OPS), acks={MARIAM.public.fingerprint.hex(): 1},
                           holds=(named,))
    yield Vector("success_v6_holds", "success", MARIAM,
                 "payload version 6: Farid's first answer to success_v4_linked_versions (Mariam's bundle 1): no "
                 "state vector, but 'holds' names that bundle by its payload's SHA-256; acknowledges it",
                 sealed(FARID, "success_v6_holds", answer, seq=1), encode_payload(answer))
    document = json.loads(encode_payload(answer))
    other = (MARIAM.public.fingerprint.hex(), 2, "0" * 64)
    document["holds"] = [{"member": m, "payload": p, "seq": n} for m, n, p in (other, named)]
    unsorted = canonical_json(document)
    yield Vector("damaged_payload_v6_unsorted_holds", "damaged-payload", MARIAM,
                 "payload version 6 whose held bundles are not in ascending (member, seq) order",
                 age_to(honest_envelope(FARID, "damaged_payload_v6_unsorted_holds", unsorted, MEMBERS), MEMBERS),
                 unsorted)
    document = json.loads(encode_payload(answer))
    document["v"] = 7
    newer = canonical_json(document)
    yield Vector("unsupported_payload_v7", "unsupported-version", MARIAM,
                 "payload version 7: made by a newer Amanat; refused, never read with parts left out",
                 age_to(honest_envelope(FARID, "unsupported_payload_v7", newer, MEMBERS), MEMBERS), newer)


def all_vectors() -> list[Vector]:
    return [*success_vectors(), *age_vectors(), *envelope_vectors(), *payload_vectors(), *version_3_vectors(),
            *version_4_vectors(), *version_6_vectors()]


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if os.environ.get("PYTHONHASHSEED") != "0":
        # ItemDocument writes fields in set order, which follows the string hash seed: fix it, or the
        # Yjs updates (and the payload hashes) change from run to run.
        command = [sys.executable, "-m", "tests.sharing.make_bundle_vectors", *arguments]
        return subprocess.run(command, env={**os.environ, "PYTHONHASHSEED": "0"}, cwd=PROJECT_ROOT,
                              check=False).returncode
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--force", action="store_true", help="overwrite vector files that exist already")
    parser.add_argument("--out", type=Path, default=VECTORS, help="folder to write to")
    args = parser.parse_args(arguments)
    args.out.mkdir(parents=True, exist_ok=True)
    written = kept = 0
    for vector in all_vectors():
        path = args.out / vector.name
        if path.exists() and not args.force:
            kept += 1
            continue
        path.write_bytes(vector.file_bytes())
        written += 1
    print(f"wrote {written} vectors to {args.out}, kept {kept} that exist already")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
