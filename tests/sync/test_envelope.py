"""The signed bundle envelope: round trip, layout, and refusal of every damaged or forged input."""

from __future__ import annotations

import hashlib
import json
import struct
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amanat.crypto.encoding import canonical_json
from amanat.crypto.errors import DamagedInput, UnsupportedVersion
from amanat.crypto.identity import Identity
from amanat.sync.envelope import MAGIC, MAX_HEADER_BYTES, SIGNATURE_CONTEXT, open_envelope, seal_envelope
from amanat.sync.errors import BundleTooLarge, DamagedBundle, ForgedBundle, NotABundle
from amanat.sync.padding import padme_length

SENDER = Identity.from_secrets(bytes(range(32)), bytes(range(32, 64)))
MALLORY = Identity.from_secrets(bytes(range(1, 33)), bytes(range(33, 65)))
RECIPIENTS = [hashlib.sha256(bytes([n])).digest() for n in range(3)]
GROUP_ID = bytes(range(16))
BASE_STATE = hashlib.sha256(b"state").digest()
PAYLOAD = "یادداشت‌ها / notes".encode() * 20
MAX = 10 * 1024 * 1024


def _seal(payload: bytes = PAYLOAD, signer: Identity = SENDER, **overrides: Any) -> bytes:
    arguments: dict[str, Any] = {
        "group_id": GROUP_ID,
        "recipients": RECIPIENTS,
        "seq": 7,
        "created": 1_700_000_000,
        "base_state": BASE_STATE,
        "payload": payload,
    }
    arguments.update(overrides)
    return seal_envelope(signer, **arguments)


SEALED = _seal()


def _split(sealed: bytes) -> tuple[bytes, bytes, bytes]:
    (length,) = struct.unpack(">I", sealed[16:20])
    header = sealed[20 : 20 + length]
    return header, sealed[20 + length : 20 + length + 64], sealed[20 + length + 64 :]


def _rebuild(
    header: dict[str, Any], payload: bytes = PAYLOAD, signer: Identity = SENDER, raw: bytes | None = None
) -> bytes:
    """An envelope with an altered header, properly signed, so the test reaches the check it aims at."""
    header_bytes = raw if raw is not None else canonical_json(header)
    signature = signer.sign(SIGNATURE_CONTEXT + header_bytes)
    return MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes + signature + payload + bytes(100)


def _header() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(_split(SEALED)[0])
    return loaded


def test_round_trip() -> None:
    header, payload = open_envelope(SEALED, max_payload=MAX)
    assert payload == PAYLOAD
    assert header.sender == SENDER.public
    assert header.group_id == GROUP_ID
    assert header.recipients == tuple(sorted(RECIPIENTS))
    assert header.seq == 7 and header.created == 1_700_000_000
    assert header.base_state == BASE_STATE
    assert header.payload_sha256 == hashlib.sha256(PAYLOAD).digest()
    assert header.payload_length == len(PAYLOAD)
    assert len(header.bundle_id) == 16
    assert open_envelope(_seal(b""), max_payload=0)[1] == b""


def test_layout() -> None:
    assert MAGIC == b"AMANAT-BUNDLE\x00v1" and len(MAGIC) == 16
    assert SEALED.startswith(MAGIC)
    header_bytes, signature, rest = _split(SEALED)
    fields = json.loads(header_bytes)
    assert canonical_json(fields) == header_bytes
    assert set(fields) == {
        "v", "bundle_id", "sender_signing_key", "sender_age_key", "group_id", "recipients",
        "seq", "created", "base_state", "payload_sha256", "payload_length",
    }  # fmt: skip
    assert fields["v"] == 1
    assert fields["recipients"] == sorted(r.hex() for r in RECIPIENTS)
    SENDER.public.verify(b"amanat bundle envelope v1\x00" + header_bytes, signature)
    assert rest[: len(PAYLOAD)] == PAYLOAD and not any(rest[len(PAYLOAD) :])
    assert len(SEALED) == padme_length(20 + len(header_bytes) + 64 + len(PAYLOAD))
    assert len(_seal(b"x")) == 1024


def test_recipients_are_sorted_and_deduplicated_and_ids_random() -> None:
    sealed = _seal(recipients=[RECIPIENTS[2], RECIPIENTS[0], RECIPIENTS[2]])
    header, _ = open_envelope(sealed, max_payload=MAX)
    assert header.recipients == tuple(sorted([RECIPIENTS[0], RECIPIENTS[2]]))
    assert open_envelope(_seal(), max_payload=MAX)[0].bundle_id != open_envelope(SEALED, max_payload=MAX)[0].bundle_id


def test_large_payload_is_padme_padded() -> None:
    payload = bytes(range(256)) * 400
    sealed = _seal(payload)
    assert open_envelope(sealed, max_payload=MAX)[1] == payload
    assert len(sealed) <= (len(payload) + 1024) * 1.12


def test_seal_refuses_bad_arguments() -> None:
    for overrides in (
        {"group_id": bytes(15)},
        {"base_state": bytes(31)},
        {"recipients": []},
        {"recipients": [bytes(31)]},
        {"seq": 0},
        {"created": -1},
        {"bundle_id": bytes(3)},
    ):
        with pytest.raises(ValueError):
            _seal(**overrides)


def test_not_a_bundle() -> None:
    for data in (b"", b"AMANAT", b"age-encryption.org/v1\n", b"\x00" * 2000, b"AMANAT-BUNDLE\x01v1" + SEALED[16:]):
        with pytest.raises(NotABundle):
            open_envelope(data, max_payload=MAX)


def test_newer_version() -> None:
    with pytest.raises(UnsupportedVersion):
        open_envelope(b"AMANAT-BUNDLE\x00v2" + SEALED[16:], max_payload=MAX)
    with pytest.raises(UnsupportedVersion):
        open_envelope(_rebuild({**_header(), "v": 2}), max_payload=MAX)


def test_sizes_are_checked_before_slicing() -> None:
    with pytest.raises(BundleTooLarge):
        open_envelope(MAGIC + struct.pack(">I", MAX_HEADER_BYTES + 1), max_payload=MAX)
    with pytest.raises(BundleTooLarge):
        open_envelope(MAGIC + b"\xff\xff\xff\xff" + bytes(100), max_payload=MAX)
    with pytest.raises(DamagedBundle):
        open_envelope(MAGIC + b"\x00\x00", max_payload=MAX)
    header_bytes, _, _ = _split(SEALED)
    with pytest.raises(DamagedBundle):
        open_envelope(SEALED[: 20 + len(header_bytes) + 63], max_payload=MAX)
    with pytest.raises(DamagedBundle):
        open_envelope(SEALED[: 20 + len(header_bytes) + 64 + len(PAYLOAD) - 1], max_payload=MAX)
    with pytest.raises(BundleTooLarge):
        open_envelope(SEALED, max_payload=len(PAYLOAD) - 1)
    assert open_envelope(SEALED, max_payload=len(PAYLOAD))[1] == PAYLOAD
    # A signed header that claims a huge payload is refused by the limit, not by reading past the end.
    with pytest.raises(BundleTooLarge):
        open_envelope(_rebuild({**_header(), "payload_length": 2**62}), max_payload=MAX)


def test_signature_by_someone_else_is_forged() -> None:
    header_bytes, _, rest = _split(SEALED)
    forged = (
        MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes + MALLORY.sign(SIGNATURE_CONTEXT + header_bytes)
    )
    with pytest.raises(ForgedBundle):
        open_envelope(forged + rest, max_payload=MAX)


def test_replaced_payload_is_damaged() -> None:
    other = bytes(len(PAYLOAD))
    with pytest.raises(DamagedBundle):
        open_envelope(_rebuild(_header(), payload=other), max_payload=MAX)


def test_non_zero_padding_is_damaged() -> None:
    sealed = bytearray(SEALED)
    sealed[-1] = 1
    with pytest.raises(DamagedBundle):
        open_envelope(bytes(sealed), max_payload=MAX)


@pytest.mark.parametrize(
    "change",
    [
        {"extra": 1},
        {"seq": 0},
        {"seq": True},
        {"seq": 1.0},
        {"seq": "7"},
        {"created": -1},
        {"created": 2**63},
        {"payload_length": -1},
        {"bundle_id": "00" * 15},
        {"bundle_id": "AB" * 16},
        {"group_id": "zz" * 16},
        {"base_state": "00" * 33},
        {"payload_sha256": None},
        {"recipients": []},
        {"recipients": "00" * 32},
        {"recipients": ["11" * 32, "00" * 32]},
        {"recipients": ["00" * 32, "00" * 32]},
        {"recipients": ["00" * 31]},
        {"recipients": ["00" * 32] * 0 + [f"{n:064x}" for n in range(257)]},
        {"sender_age_key": "AAAA"},
        {"sender_age_key": "A" * 43 + "="},
        {"sender_signing_key": "AQ" + "A" * 41 + "="},
        {"v": "1"},
    ],
)
def test_malformed_headers_are_damaged(change: dict[str, Any]) -> None:
    with pytest.raises(DamagedBundle):
        open_envelope(_rebuild({**_header(), **change}), max_payload=MAX)


def test_missing_key_is_damaged() -> None:
    header = _header()
    del header["created"]
    with pytest.raises(DamagedBundle):
        open_envelope(_rebuild(header), max_payload=MAX)


def test_non_canonical_header_is_damaged() -> None:
    header_bytes, _, _ = _split(SEALED)
    fields = json.loads(header_bytes)
    for raw in (
        json.dumps(fields, sort_keys=True).encode(),  # spaces
        json.dumps({"v": 1, **fields}, separators=(",", ":"), ensure_ascii=False).encode(),  # unsorted
        header_bytes[:-1] + b',"seq":7}',  # a duplicate key
        header_bytes.replace(b'"seq":7', b'"seq":7.0'),
        header_bytes.replace(b'"v":1', b'"v":1,"v":1'),
        b"[]",
        b"\xff" + header_bytes,
        "\ufeff".encode() + header_bytes,
        header_bytes.decode().encode("utf-16"),
        b"[" * 5000 + b"]" * 5000,
    ):
        with pytest.raises(DamagedBundle):
            open_envelope(_rebuild({}, raw=raw), max_payload=MAX)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_flipped_byte_is_refused(data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(SEALED) - 1))
    flip = data.draw(st.integers(1, 255))
    damaged = bytearray(SEALED)
    damaged[index] ^= flip
    with pytest.raises(DamagedInput):
        open_envelope(bytes(damaged), max_payload=MAX)


def test_every_byte_flipped_in_turn_is_refused() -> None:
    for index in range(len(SEALED)):
        damaged = bytearray(SEALED)
        damaged[index] ^= 0x80
        with pytest.raises(DamagedInput):
            open_envelope(bytes(damaged), max_payload=MAX)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_garbage_after_the_magic_raises_only_damaged_input(tail: bytes) -> None:
    try:
        open_envelope(MAGIC + tail, max_payload=MAX)
    except DamagedInput:
        pass
