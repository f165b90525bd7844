"""crypto/encoding.py: the one canonical JSON and the one strict base64 every format uses."""

from __future__ import annotations

import base64
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amanat.crypto.encoding import (
    InvalidBase64,
    NonCanonicalBase64,
    canonical_json,
    canonical_json_text,
    decode_base64,
    encode_base64,
    load_json_object,
)
from amanat.crypto.errors import DamagedInput


class DamagedThing(DamagedInput):
    """The caller's own error class."""


# -- canonical JSON -------------------------------------------------------


def test_canonical_json_sorts_keys_drops_spaces_and_writes_characters_as_themselves() -> None:
    value = {"b": [1, True, None], "a": "دری", "c": {"z": 1, "y": "x"}}
    assert canonical_json(value) == '{"a":"دری","b":[1,true,null],"c":{"y":"x","z":1}}'.encode()
    assert canonical_json_text(value) == canonical_json(value).decode("utf-8")


def test_the_ascii_form_escapes_everything_outside_ascii() -> None:
    assert canonical_json({"name": "پښتو"}, ascii_only=True) == b'{"name":"\\u067e\\u069a\\u062a\\u0648"}'


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_canonical_json_refuses_numbers_json_does_not_have(number: float) -> None:
    with pytest.raises(ValueError):
        canonical_json({"x": number})


def test_load_returns_a_canonical_object() -> None:
    assert load_json_object(b'{"a":1,"b":"\xd8\xaf"}', DamagedThing, "thing") == {"a": 1, "b": "د"}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"b":1,"a":2}', "The thing is not in canonical form."),
        (b'{"a": 1}', "The thing is not in canonical form."),
        (b'{"a":"\\u062f"}', "The thing is not in canonical form."),  # escaped where canonical is not
        (b'{"a":1}\n', "The thing is not in canonical form."),
        (b'{"a":1,"a":2}', "The thing repeats a field."),
        (b'{"a":NaN}', "The thing contains a number JSON does not allow."),
        (b'{"a":Infinity}', "The thing contains a number JSON does not allow."),
        (b"[1,2]", "The thing is not readable."),
        (b'{"a":"\xff"}', "The thing is not readable."),
        (b"{", "The thing is not readable."),
        (b"[" * 100_000 + b"]" * 100_000, "The thing is not readable."),
    ],
)
def test_load_refuses_everything_but_the_one_canonical_spelling(data: bytes, message: str) -> None:
    with pytest.raises(DamagedThing) as raised:
        load_json_object(data, DamagedThing, "thing")
    assert str(raised.value) == message


def test_load_without_canonical_still_refuses_duplicates_and_constants_but_not_spacing() -> None:
    assert load_json_object(b'{ "b": 1, "a": 2 }', DamagedThing, "card", canonical=False) == {"a": 2, "b": 1}
    with pytest.raises(DamagedThing, match="repeats a field"):
        load_json_object(b'{"a":1, "a":1}', DamagedThing, "card", canonical=False)
    with pytest.raises(DamagedThing, match="number JSON does not allow"):
        load_json_object(b'{"a":-Infinity}', DamagedThing, "card", canonical=False)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@given(st.dictionaries(st.text(max_size=8), json_values, max_size=6))
def test_what_canonical_json_writes_loads_back_unchanged(value: dict[str, object]) -> None:
    data = canonical_json(value)
    assert load_json_object(data, DamagedThing, "thing") == value
    assert json.loads(data) == value


# -- strict base64 ---------------------------------------------------------


@given(st.binary(max_size=64))
def test_base64_round_trips_padded_and_unpadded(data: bytes) -> None:
    assert encode_base64(data) == base64.b64encode(data).decode("ascii")
    assert decode_base64(encode_base64(data)) == data
    assert decode_base64(encode_base64(data).encode("ascii")) == data
    unpadded = encode_base64(data, padded=False)
    assert "=" not in unpadded
    assert decode_base64(unpadded, padded=False) == data


@pytest.mark.parametrize(
    "text",
    ["AAA", "AA=", "A===", "AA==AA==", "AA AA", "AA\nAA", "QUJD\n", "-_-_", "QUJD!", "بدل", "====", "A"],
)
def test_base64_outside_the_alphabet_or_badly_padded_is_refused(text: str) -> None:
    with pytest.raises(InvalidBase64) as raised:
        decode_base64(text)
    assert not isinstance(raised.value, NonCanonicalBase64)
    with pytest.raises(InvalidBase64):
        decode_base64(text, canonical=False)


@pytest.mark.parametrize("text", ["AB==", "AAB=", "QUJDRB=="])
def test_nonzero_unused_bits_are_refused_unless_the_caller_reads_loosely(text: str) -> None:
    with pytest.raises(NonCanonicalBase64):
        decode_base64(text)
    assert decode_base64(text, canonical=False) == base64.b64decode(text)


def test_unpadded_base64_refuses_padding_odd_lengths_and_loose_bits() -> None:
    assert decode_base64("AA", padded=False) == b"\x00"
    assert decode_base64("AAA", padded=False) == b"\x00\x00"
    for text in ("AA==", "A", "AAAAA", "AA=A", "AA A"):
        with pytest.raises(InvalidBase64) as raised:
            decode_base64(text, padded=False)
        assert not isinstance(raised.value, NonCanonicalBase64), text
    for text in ("AB", "AAB"):
        with pytest.raises(NonCanonicalBase64):
            decode_base64(text, padded=False)


@pytest.mark.parametrize("value", [5, 10**9, None, ["QUJD"], {"a": 1}, 1.5])
def test_anything_but_text_or_bytes_is_refused_without_allocating(value: object) -> None:
    with pytest.raises(InvalidBase64):
        decode_base64(value)  # type: ignore[arg-type]
