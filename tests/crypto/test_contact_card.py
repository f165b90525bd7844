"""Contact cards: both forms round-trip, pasted text is forgiving, every malformation is DamagedCard."""

from __future__ import annotations

import base64
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amanat.crypto.contact_card import (
    BEGIN_MARKER,
    END_MARKER,
    MAX_INPUT_BYTES,
    ContactCard,
    DamagedCard,
    card_to_file_bytes,
    card_to_text,
    display_name,
    make_card,
    parse_card,
)
from amanat.crypto.errors import DamagedInput, UnsupportedVersion
from amanat.crypto.identity import ForgedSignature, Identity

OWNER = Identity.from_secrets(bytes(range(32)), bytes(range(32, 64)))
OTHER = Identity.from_secrets(bytes(range(1, 33)), bytes(range(33, 65)))
CARD = make_card(OWNER, "مریم Maryam", 1_700_000_000)


def _fields(card: ContactCard = CARD) -> dict[str, object]:
    loaded: dict[str, object] = json.loads(card_to_file_bytes(card))
    return loaded


def _resign(fields: dict[str, object], signer: Identity = OWNER) -> bytes:
    """Re-sign altered fields, so a test reaches the check it means to reach, not the signature check."""
    unsigned = {key: value for key, value in fields.items() if key != "signature"}
    body = json.dumps(unsigned, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    fields = {**unsigned, "signature": base64.b64encode(signer.sign(b"amanat contact card v1\x00" + body)).decode()}
    return json.dumps(fields).encode()


def test_file_form_round_trip_and_canonical_signed_bytes() -> None:
    data = card_to_file_bytes(CARD)
    assert parse_card(data) == CARD
    assert parse_card(data.decode()) == CARD
    fields = json.loads(data)
    assert sorted(fields) == ["age_key", "created", "name", "signature", "signing_key", "v"]
    assert fields["v"] == 1 and fields["created"] == 1_700_000_000
    unsigned = {key: value for key, value in fields.items() if key != "signature"}
    body = json.dumps(unsigned, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    OWNER.public.verify(b"amanat contact card v1\x00" + body, base64.b64decode(fields["signature"]))


def test_text_form_round_trip() -> None:
    text = card_to_text(CARD)
    lines = text.splitlines()
    assert lines[0] == BEGIN_MARKER and lines[-1] == END_MARKER
    assert all(len(line) <= 64 for line in lines[1:-1])
    assert all(len(line) == 64 for line in lines[1:-2])
    assert parse_card(text) == CARD
    assert parse_card(text.encode()) == CARD


def test_text_form_survives_mail() -> None:
    text = card_to_text(CARD)
    pasted = "Hi, here is my card:\r\n\r\n" + text.replace("\n", "\r\n") + "\r\nSee you -- M.\r\n"
    assert parse_card(pasted) == CARD
    quoted = "\n".join("> " + line for line in text.splitlines())
    assert parse_card("On Monday Maryam wrote:\n" + quoted) == CARD
    indented = "\n".join("    " + line + "  " for line in text.splitlines())
    assert parse_card(indented) == CARD
    assert parse_card("\ufeff" + text) == CARD


def test_text_form_cut_short_or_damaged() -> None:
    text = card_to_text(CARD)
    with pytest.raises(DamagedCard):
        parse_card(text.replace(END_MARKER, ""))
    with pytest.raises(DamagedCard):
        parse_card(BEGIN_MARKER + "\n" + END_MARKER)
    lines = text.splitlines()
    with pytest.raises(DamagedInput):
        parse_card("\n".join(lines[:2] + lines[3:]))
    with pytest.raises(DamagedCard):
        parse_card(text.replace(lines[1][:4], "!!!!", 1))


def test_names_are_normalised_and_checked() -> None:
    decomposed = "Jose\u0301"
    card = make_card(OWNER, decomposed, 0)
    assert card.name == "José"
    for bad in ("", "   ", "a" * 101, "tab\there", "nul\x00", "c1\x85", "del\x7f"):
        with pytest.raises(DamagedCard):
            make_card(OWNER, bad, 0)
    assert make_card(OWNER, "a" * 100, 0).name == "a" * 100


def test_display_name_strips_bidi_controls_but_keeps_marks() -> None:
    tricky = "\u202eevil\u202c \u2067x\u2069 \u200fم\u200e"
    card = make_card(OWNER, tricky, 0)
    assert card.name == tricky
    assert card.display_name() == "evil x \u200fم\u200e"
    assert display_name("".join(chr(code) for code in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])) == ""


def test_wrong_signature_is_forged() -> None:
    fields = _fields()
    fields["name"] = "Mallory"
    with pytest.raises(ForgedSignature):
        parse_card(json.dumps(fields).encode())
    # Signed by someone else than the keys on the card.
    with pytest.raises(ForgedSignature):
        parse_card(_resign(_fields(), signer=OTHER))
    # A card object with a signature that does not match cannot be written out.
    forged = ContactCard("Mallory", OWNER.public, 0, CARD.signature)
    with pytest.raises(ForgedSignature):
        card_to_file_bytes(forged)


def test_unknown_version() -> None:
    fields = _fields()
    fields["v"] = 2
    with pytest.raises(UnsupportedVersion):
        parse_card(_resign(fields))


@pytest.mark.parametrize(
    "change",
    [
        {"extra": 1},
        {"v": "1"},
        {"v": True},
        {"created": -1},
        {"created": 1.5},
        {"created": True},
        {"created": 2**64},
        {"name": 5},
        {"name": ""},
        {"name": "x\u0000"},
        {"name": "Jose\u0301"},
        {"signing_key": "AAAA"},
        {"signing_key": base64.b64encode(bytes(32)).decode()},
        {"age_key": base64.b64encode(bytes(32)).decode()},
        {"age_key": base64.b64encode(bytes(32)).decode().rstrip("=") + "x"},
    ],
)
def test_malformed_fields_are_damaged(change: dict[str, object]) -> None:
    fields = {**_fields(), **change}
    with pytest.raises(DamagedCard):
        parse_card(_resign(fields))


@pytest.mark.parametrize("signature", ["not base64", "", "A" * 88, base64.b64encode(bytes(63)).decode(), 5])
def test_malformed_signature_is_damaged(signature: object) -> None:
    fields = {**_fields(), "signature": signature}
    with pytest.raises(DamagedCard):
        parse_card(json.dumps(fields).encode())


def test_non_canonical_signature_base64_is_damaged() -> None:
    fields = _fields()
    text = str(fields["signature"])
    # The last character before "==" carries 4 bits; changing the unused low bits keeps the bytes.
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    last = alphabet.index(text[-3])
    fields["signature"] = text[:-3] + alphabet[last ^ 1] + "=="
    assert base64.b64decode(fields["signature"]) == base64.b64decode(text)
    with pytest.raises(DamagedCard):
        parse_card(json.dumps(fields).encode())


def test_missing_field_is_damaged() -> None:
    fields = _fields()
    del fields["created"]
    with pytest.raises(DamagedCard):
        parse_card(_resign(fields))


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"{",
        b"[]",
        b"null",
        b"\xff\xfe",
        b'{"v":1,"v":1}',
        b'{"v":NaN}',
        b"[" * 10000 + b"]" * 10000,
        b" " * (MAX_INPUT_BYTES + 1),
        "\ud800",
        "x" * (MAX_INPUT_BYTES + 1),
        "é" * (MAX_INPUT_BYTES // 2 + 1),
    ],
)
def test_garbage_is_damaged(data: bytes | str) -> None:
    with pytest.raises(DamagedCard):
        parse_card(data)


def test_duplicate_keys_are_damaged() -> None:
    data = card_to_file_bytes(CARD)
    with pytest.raises(DamagedCard):
        parse_card(data[:-1] + b',"name":"Mallory"}')


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600) | st.text(max_size=600))
def test_any_input_raises_only_damaged_input(data: bytes | str) -> None:
    try:
        parse_card(data)
    except DamagedInput:
        pass


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_flipped_byte_of_the_file_form_is_refused(data: st.DataObject) -> None:
    raw = bytearray(card_to_file_bytes(CARD))
    index = data.draw(st.integers(0, len(raw) - 1))
    raw[index] ^= data.draw(st.integers(1, 255))
    with pytest.raises(DamagedInput):
        parse_card(bytes(raw))
