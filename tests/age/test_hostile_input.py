"""Hostile input: random and mutated files, armor and headers may only ever raise `AgeError`."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amanat.crypto.age import (
    AgeError,
    AgeHeaderError,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    armor,
    dearmor,
    decrypt,
    encrypt,
)
from amanat.crypto.age.header import parse_header
from amanat.crypto.age.source_reader import SourceReader

IDENTITY = X25519Identity.generate()
PASSPHRASE = "fuzz passphrase"
# A low ceiling keeps mutated work factors from turning a fuzz run into minutes of scrypt.
SCRYPT_IDENTITY = ScryptIdentity(PASSPHRASE, max_work_factor=8)
IDENTITIES = [X25519Identity.generate(), IDENTITY, SCRYPT_IDENTITY]
PLAINTEXT = bytes(range(256)) * 300  # two chunks, the second short
LIMIT = 1024 * 1024
X25519_FILE = encrypt(PLAINTEXT, [X25519Identity.generate().recipient, IDENTITY.recipient])
SCRYPT_FILE = encrypt(PLAINTEXT[:1000], [ScryptRecipient(PASSPHRASE, work_factor=4)])
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def decrypt_or_age_error(data: bytes) -> bytes | None:
    try:
        return decrypt(data, IDENTITIES, max_plaintext=LIMIT)
    except AgeError:
        return None


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "truncate", "delete", "insert", "replace"]))
        position = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[position] ^= 1 << draw(st.integers(0, 7))
        elif kind == "truncate":
            del data[position:]
        elif kind == "delete" and data:
            del data[position : position + draw(st.integers(1, 64))]
        elif kind == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "replace" and data:
            data[position] = draw(st.sampled_from(b"\n\r -=+/A0a\x00\xff"))
    return bytes(data)


@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes_only_raise_age_errors(data: bytes) -> None:
    assert decrypt_or_age_error(data) is None


@FUZZ
@given(st.binary(max_size=512))
def test_random_bytes_after_a_valid_version_line(data: bytes) -> None:
    assert decrypt_or_age_error(b"age-encryption.org/v1\n" + data) is None


@FUZZ
@given(mutated(X25519_FILE))
def test_mutated_x25519_file_never_yields_other_plaintext(data: bytes) -> None:
    result = decrypt_or_age_error(data)
    assert result is None or (result == PLAINTEXT and data == X25519_FILE)


@FUZZ
@given(mutated(SCRYPT_FILE))
def test_mutated_scrypt_file_never_yields_other_plaintext(data: bytes) -> None:
    result = decrypt_or_age_error(data)
    assert result is None or (result == PLAINTEXT[:1000] and data == SCRYPT_FILE)


ARMORED = armor(X25519_FILE[:3000]).encode("ascii")


@FUZZ
@given(mutated(ARMORED))
def test_mutated_armor_is_rejected_or_is_the_one_spelling_of_its_bytes(data: bytes) -> None:
    try:
        decoded = dearmor(data, max_size=LIMIT)
    except AgeError:
        return
    # Strict armor: apart from whitespace around the block and CRLF, each file has one spelling.
    assert armor(decoded).encode("ascii") == data.strip(b" \t\r\n").replace(b"\r\n", b"\n") + b"\n"


@FUZZ
@given(st.one_of(st.binary(max_size=1024), st.text(max_size=512)))
def test_random_armor_only_raises_age_errors(data: bytes | str) -> None:
    try:
        dearmor(data, max_size=LIMIT)
    except AgeError:
        pass


STANZA_LINE = st.lists(
    st.sampled_from(["-> X25519 ", "-> scrypt ", "-> ", "--- ", "AAAA", "A" * 64, "=", " ", "\r", "\n", "x", "é"]),
    max_size=30,
).map(lambda parts: "".join(parts).encode("utf-8"))


@FUZZ
@given(STANZA_LINE)
def test_header_parser_only_raises_header_errors(lines: bytes) -> None:
    try:
        parse_header(SourceReader(io.BytesIO(b"age-encryption.org/v1\n" + lines)))
    except AgeHeaderError:
        pass
