"""The age API's promises: strict keys, hidden secrets, limits before allocation, streaming order."""

from __future__ import annotations

import io
import time

import pytest

from amanat.crypto.age import (
    AgeArmorError,
    AgeError,
    AgeHeaderError,
    AgeHmacError,
    AgeKeyError,
    AgeNoMatch,
    AgePayloadError,
    AgeTooLarge,
    AgeUnsupportedVersion,
    ScryptIdentity,
    ScryptRecipient,
    Stanza,
    X25519Identity,
    X25519Recipient,
    armor,
    dearmor,
    decrypt,
    decrypt_stream,
    encrypt,
    encrypt_stream,
    is_armored,
)
from amanat.crypto.age.header import MAX_HEADER_SIZE, MAX_STANZAS, parse_header, serialise_header
from amanat.crypto.age.source_reader import SourceReader
from amanat.crypto.age.stream import ENCRYPTED_CHUNK_SIZE
from amanat.crypto.errors import DamagedInput, UnsupportedVersion
from amanat.crypto.secret_bytes import SecretBytes

# The example keys of the age specification.
SPEC_IDENTITY = "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"
SPEC_RECIPIENT = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"
LIMIT = 1024 * 1024


class RecordingSource(io.BytesIO):
    """A source that remembers the largest single read asked of it."""

    largest_read = 0

    def read(self, size: int | None = -1) -> bytes:
        self.largest_read = max(self.largest_read, size if size is not None and size >= 0 else 1 << 62)
        return super().read(size)


# --- keys ------------------------------------------------------------------------------------------


def test_spec_example_keys() -> None:
    identity = X25519Identity.from_bech32(SPEC_IDENTITY)
    assert identity.recipient.to_bech32() == SPEC_RECIPIENT
    assert identity.to_bech32() == SPEC_IDENTITY
    assert X25519Identity.from_bech32(SPEC_IDENTITY.lower()).to_bech32() == SPEC_IDENTITY
    assert X25519Recipient.from_bech32(SPEC_RECIPIENT).to_bech32() == SPEC_RECIPIENT
    assert X25519Recipient.from_bech32(SPEC_RECIPIENT.upper()) == identity.recipient


@pytest.mark.parametrize(
    "text",
    [
        SPEC_IDENTITY[:20] + SPEC_IDENTITY[20:].lower(),  # mixed case
        SPEC_IDENTITY[:-1] + ("Y" if SPEC_IDENTITY[-1] != "Y" else "Z"),  # checksum
        SPEC_RECIPIENT,  # a public key where a secret key belongs
        "AGE-SECRET-KEY-PQ-1HZLGZUPT4ETPKDEV8HSGFDCYZ4E522W0A7PU2LHT8EH9W6YLNC3SW78XKG",
        "",
        "AGE-SECRET-KEY-1",
        "AGE-SECRET-KEY-1" + "Q" * 5000,
        "AGE-SECRET-KEY-1ÉTÉ",
    ],
)
def test_bad_identity_text_is_refused(text: str) -> None:
    with pytest.raises(AgeKeyError):
        X25519Identity.from_bech32(text)


def test_recipient_text_must_be_a_recipient_of_32_bytes() -> None:
    with pytest.raises(AgeKeyError):
        X25519Recipient.from_bech32(SPEC_IDENTITY)
    with pytest.raises(AgeKeyError):
        X25519Recipient(b"\x01" * 31)
    with pytest.raises(AgeKeyError):
        X25519Recipient.from_bech32(SPEC_RECIPIENT[:-7] + "qqqqqq")


def test_secrets_stay_out_of_repr_str_and_errors() -> None:
    identity = X25519Identity.from_bech32(SPEC_IDENTITY)
    secret_hex = identity.secret_bytes().reveal().hex()
    for text in (repr(identity), str(identity), repr(identity.secret_bytes())):
        assert SPEC_IDENTITY not in text.upper()
        assert secret_hex not in text
    for obj in (ScryptRecipient("swordfish", work_factor=2), ScryptIdentity("swordfish")):
        assert "swordfish" not in repr(obj)
        assert "swordfish" not in str(obj)
    with pytest.raises(AgeKeyError) as caught:
        X25519Identity.from_bech32(SPEC_IDENTITY[:-1] + "Y")
    assert SPEC_IDENTITY[16:40] not in str(caught.value).upper()


def test_identity_from_secret_bytes_round_trips() -> None:
    identity = X25519Identity.generate()
    again = X25519Identity.from_secret_bytes(identity.secret_bytes())
    assert again.recipient == identity.recipient
    assert X25519Identity.from_secret_bytes(identity.secret_bytes().reveal()).to_bech32() == identity.to_bech32()
    assert isinstance(identity.secret_bytes(), SecretBytes)


# --- errors --------------------------------------------------------------------------------------


def test_error_hierarchy() -> None:
    for error in (AgeHeaderError, AgeNoMatch, AgeHmacError, AgePayloadError, AgeArmorError, AgeTooLarge, AgeKeyError):
        assert issubclass(error, AgeError)
    assert issubclass(AgeError, DamagedInput)
    assert issubclass(AgeUnsupportedVersion, AgeHeaderError)
    assert issubclass(AgeUnsupportedVersion, UnsupportedVersion)
    assert AgeError("x").exit_code == 4


def test_newer_version_is_unsupported_not_garbage() -> None:
    with pytest.raises(AgeUnsupportedVersion):
        decrypt(b"age-encryption.org/v2\n-> X 1\n\n--- x\n", [X25519Identity.generate()], max_plaintext=LIMIT)
    with pytest.raises(AgeHeaderError) as caught:
        decrypt(b"PK\x03\x04 a zip file", [X25519Identity.generate()], max_plaintext=LIMIT)
    assert not isinstance(caught.value, AgeUnsupportedVersion)


def test_wrong_key_is_no_match() -> None:
    data = encrypt(b"secret", [X25519Identity.generate().recipient])
    with pytest.raises(AgeNoMatch, match="not addressed to you"):
        decrypt(data, [X25519Identity.generate(), ScryptIdentity("guess")], max_plaintext=LIMIT)


# --- encrypting ----------------------------------------------------------------------------------


def test_round_trip_several_recipients_and_scrypt() -> None:
    identities = [X25519Identity.generate() for _ in range(3)]
    data = encrypt(b"hello", [identity.recipient for identity in identities])
    assert all(decrypt(data, [identity], max_plaintext=LIMIT) == b"hello" for identity in identities)
    data = encrypt(b"hello", [ScryptRecipient("pass", work_factor=2)])
    assert decrypt(data, [ScryptIdentity("pass")], max_plaintext=LIMIT) == b"hello"


def test_misuse_when_encrypting_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="recipient"):
        encrypt(b"x", [])
    with pytest.raises(ValueError, match="passphrase"):
        encrypt(b"x", [ScryptRecipient("a", work_factor=2), X25519Identity.generate().recipient])
    with pytest.raises(ValueError):
        ScryptRecipient("a", work_factor=0)


def test_each_file_is_fresh() -> None:
    recipient = X25519Identity.generate().recipient
    assert encrypt(b"same", [recipient]) != encrypt(b"same", [recipient])


def test_encrypt_stream_matches_chunking() -> None:
    identity = X25519Identity.generate()
    for size in (0, 65536, 65537, 131072):
        sink = io.BytesIO()
        encrypt_stream(io.BytesIO(b"a" * size), sink, [identity.recipient])
        header_size = sink.getvalue().index(b"\n---") + 49  # the LF, "--- ", 43 base64 characters, LF
        payload_size = len(sink.getvalue()) - header_size - 16  # less the payload nonce
        assert payload_size == max(1, -(-size // 65536)) * 16 + size
        assert decrypt(sink.getvalue(), [identity], max_plaintext=LIMIT) == b"a" * size


# --- limits ----------------------------------------------------------------------------------------


def test_max_plaintext_is_enforced_while_streaming() -> None:
    identity = X25519Identity.generate()
    data = encrypt(b"z" * 200_000, [identity.recipient])
    assert decrypt(data, [identity], max_plaintext=200_000) == b"z" * 200_000
    sink = io.BytesIO()
    with pytest.raises(AgeTooLarge):
        decrypt_stream(io.BytesIO(data), sink, [identity], max_plaintext=199_999)
    assert len(sink.getvalue()) == 3 * 65536  # three whole chunks fit, the short fourth would not


def test_decrypt_reads_the_source_in_bounded_pieces() -> None:
    identity = X25519Identity.generate()
    source = RecordingSource(encrypt(b"q" * 1_000_000, [identity.recipient]))
    decrypt_stream(source, io.BytesIO(), [identity], max_plaintext=LIMIT)
    assert 0 < source.largest_read <= ENCRYPTED_CHUNK_SIZE


def test_overlong_header_is_refused_without_reading_it_all() -> None:
    source = RecordingSource(b"age-encryption.org/v1\n-> " + b"A" * (50 * 1024 * 1024))
    with pytest.raises(AgeHeaderError):
        decrypt_stream(source, io.BytesIO(), [X25519Identity.generate()], max_plaintext=LIMIT)
    assert source.tell() < 2 * MAX_HEADER_SIZE


def test_too_many_stanzas_are_refused() -> None:
    header = b"age-encryption.org/v1\n" + b"-> a\n\n" * (MAX_STANZAS + 1) + b"--- " + b"A" * 43 + b"\n"
    with pytest.raises(AgeHeaderError, match="too many"):
        parse_header(SourceReader(io.BytesIO(header)))


def test_scrypt_work_factor_is_refused_before_deriving() -> None:
    data = encrypt(b"x", [ScryptRecipient("pass", work_factor=2)]).replace(b" 2\n", b" 30\n", 1)
    started = time.monotonic()
    with pytest.raises(AgeHeaderError, match="too long"):
        decrypt(data, [ScryptIdentity("pass", max_work_factor=22)], max_plaintext=LIMIT)
    assert time.monotonic() - started < 1


def test_scrypt_stanza_must_be_alone_even_for_other_identities() -> None:
    identity = X25519Identity.generate()
    stanzas = [*ScryptRecipient("p", work_factor=2).wrap(bytes(16)), *identity.recipient.wrap(bytes(16))]
    data = serialise_header(stanzas, bytes(16)) + bytes(32)
    with pytest.raises(AgeHeaderError, match="only recipient"):
        decrypt(data, [identity], max_plaintext=LIMIT)


# --- header and payload ----------------------------------------------------------------------------


@pytest.mark.parametrize("body_size", [0, 1, 47, 48, 49, 96])
def test_stanza_bodies_round_trip_at_column_edges(body_size: int) -> None:
    stanza = Stanza(("example.org/test", "arg"), bytes(range(body_size)))
    header = parse_header(SourceReader(io.BytesIO(serialise_header([stanza], bytes(16)))))
    assert header.stanzas == (stanza,)


def test_changed_header_fails_the_mac() -> None:
    identity = X25519Identity.generate()
    data = encrypt(b"x", [identity.recipient])
    extra = Stanza(("example.org/extra",), b"")
    position = data.index(b"---")
    forged = data[:position] + extra.to_bytes() + data[position:]
    with pytest.raises(AgeHmacError):
        decrypt(forged, [identity], max_plaintext=LIMIT)


def test_stream_releases_only_verified_chunks() -> None:
    identity = X25519Identity.generate()
    plaintext = bytes(range(256)) * 800  # 204,800 bytes: four chunks
    data = bytearray(encrypt(plaintext, [identity.recipient]))
    header_size = data.index(b"\n---") + 49
    data[header_size + 16 + ENCRYPTED_CHUNK_SIZE + 100] ^= 1  # inside the second chunk
    sink = io.BytesIO()
    with pytest.raises(AgePayloadError):
        decrypt_stream(io.BytesIO(bytes(data)), sink, [identity], max_plaintext=LIMIT)
    assert sink.getvalue() == plaintext[:65536]


def test_chunks_cannot_be_dropped_from_the_end() -> None:
    identity = X25519Identity.generate()
    data = encrypt(b"m" * 200_000, [identity.recipient])
    with pytest.raises(AgePayloadError):
        decrypt(data[: len(data) - (200_000 - 131072) - 16], [identity], max_plaintext=LIMIT)


# --- armor -----------------------------------------------------------------------------------------


def test_armor_round_trip_and_sniff() -> None:
    identity = X25519Identity.generate()
    data = encrypt("سلام".encode(), [identity.recipient])
    text = armor(data)
    assert all(len(line) <= 64 for line in text.splitlines())
    assert text.endswith("-----END AGE ENCRYPTED FILE-----\n")
    assert is_armored(text.encode()) and is_armored(b"\n  " + text.encode())
    assert not is_armored(data)
    assert dearmor(text, max_size=LIMIT) == data
    assert dearmor(text.replace("\n", "\r\n").encode(), max_size=LIMIT) == data
    assert decrypt(dearmor(text, max_size=LIMIT), [identity], max_plaintext=LIMIT) == "سلام".encode()


def test_armor_limits_and_bad_text() -> None:
    text = armor(bytes(10_000))
    with pytest.raises(AgeTooLarge):
        dearmor(text, max_size=9_999)
    with pytest.raises(AgeTooLarge):
        dearmor(text * 5, max_size=10_000)  # refused on length before decoding
    with pytest.raises(AgeArmorError):
        dearmor(text.replace("AAAA", "AAAÄ", 1), max_size=LIMIT)
    with pytest.raises(AgeArmorError):
        dearmor(b"", max_size=LIMIT)
