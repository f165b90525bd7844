"""Yjs state vectors: strict decoding, agreement with pycrdt, common state and coverage."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pycrdt import Doc, Text

from amanat.sync.state_vector import (
    MAX_ENTRIES,
    DamagedStateVector,
    common_state,
    covers,
    decode_state_vector,
    encode_state_vector,
)

clients = st.integers(min_value=0, max_value=2**53 - 1)
clocks = st.integers(min_value=1, max_value=2**53 - 1)


def _doc_with(client_id: int, text: str) -> Doc:  # type: ignore[type-arg]
    doc: Doc = Doc(client_id=client_id)  # type: ignore[type-arg]
    doc.get("t", type=Text).insert(0, text)
    return doc


def test_decodes_what_pycrdt_writes() -> None:
    a = _doc_with(7, "hello")
    b = Doc(client_id=300_000)
    b.apply_update(a.get_update())
    b.get("t", type=Text).insert(0, "سلام")
    # Clocks count characters (not the UTF-8 bytes that edit positions use).
    assert decode_state_vector(b.get_state()) == {7: 5, 300_000: 4}
    assert decode_state_vector(encode_state_vector({7: 5, 300_000: 4})) == {7: 5, 300_000: 4}
    assert decode_state_vector(Doc().get_state()) == {}


@given(st.dictionaries(clients, clocks, max_size=50))
def test_round_trip(mapping: dict[int, int]) -> None:
    assert decode_state_vector(encode_state_vector(mapping)) == mapping


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"", "empty"),
        (b"\x01\x05", "truncated pair"),
        (b"\x01\x05\x06\x00", "trailing byte"),
        (b"\x02\x05\x06\x05\x07", "duplicate client"),
        (b"\x01" + b"\xff" * 7 + b"\x7f" + b"\x01", "more than 53 bits"),
        (b"\x01" + b"\x80" * 20, "endless varint"),
        (b"\x01\x85\x00\x01", "overlong varint"),
        (b"\xff\xff\x03" + b"\x01\x01" * 3, "count larger than the data"),
    ],
)
def test_refuses_malformed(data: bytes, why: str) -> None:
    with pytest.raises(DamagedStateVector):
        decode_state_vector(data)


def test_refuses_too_many_entries_before_reading_them() -> None:
    entries = {client: 1 for client in range(MAX_ENTRIES + 1)}
    out = bytearray()
    count = len(entries)
    while count > 0x7F:
        out.append(0x80 | (count & 0x7F))
        count >>= 7
    out.append(count)
    out += b"".join(bytes([c & 0x7F | 0x80, c >> 7, 1]) for c in entries)
    with pytest.raises(DamagedStateVector):
        decode_state_vector(bytes(out))
    assert len(decode_state_vector(encode_state_vector(dict(list(entries.items())[:MAX_ENTRIES])))) == MAX_ENTRIES


@given(st.binary(max_size=64))
def test_random_bytes_raise_only_damaged_state_vector(data: bytes) -> None:
    try:
        decoded = decode_state_vector(data)
    except DamagedStateVector:
        return
    assert all(0 <= c < 2**53 and 0 <= n < 2**53 for c, n in decoded.items())


def test_common_state_is_the_per_client_minimum() -> None:
    a = encode_state_vector({1: 10, 2: 5, 3: 7})
    b = encode_state_vector({1: 4, 2: 9})
    c = encode_state_vector({1: 6, 2: 9, 4: 1})
    assert decode_state_vector(common_state([a, b, c])) == {1: 4, 2: 5}
    assert decode_state_vector(common_state([a])) == {1: 10, 2: 5, 3: 7}
    assert common_state([]) == encode_state_vector({})


def test_update_from_common_state_serves_every_recipient() -> None:
    origin = _doc_with(1, "base")
    behind = Doc(client_id=2)
    behind.apply_update(origin.get_update())
    origin.get("t", type=Text).insert(4, " more")
    ahead = Doc(client_id=3)
    ahead.apply_update(origin.get_update())
    origin.get("t", type=Text).insert(0, "new ")
    update = origin.get_update(common_state([behind.get_state(), ahead.get_state()]))
    for recipient in (behind, ahead):
        recipient.apply_update(update)
        assert str(recipient.get("t", type=Text)) == "new base more"


def test_covers() -> None:
    big = encode_state_vector({1: 10, 2: 5})
    small = encode_state_vector({1: 3})
    assert covers(big, small)
    assert not covers(small, big)
    assert covers(big, big)
    assert covers(small, encode_state_vector({}))
    assert not covers(big, encode_state_vector({3: 1}))


@given(st.dictionaries(clients, clocks, max_size=8), st.dictionaries(clients, clocks, max_size=8))
def test_common_state_is_covered_by_each(a: dict[int, int], b: dict[int, int]) -> None:
    ea, eb = encode_state_vector(a), encode_state_vector(b)
    common = common_state([ea, eb])
    assert covers(ea, common) and covers(eb, common)
    assert covers(ea, eb) == all(a.get(c, 0) >= n for c, n in b.items())
