"""Our age implementation against the C2SP CCTV age test vectors (tests/age/testkit, see SOURCE.md)."""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from amanat.crypto.age import (
    AgeArmorError,
    AgeError,
    AgeHeaderError,
    AgeHmacError,
    AgeNoMatch,
    AgePayloadError,
    Identity,
    ScryptIdentity,
    X25519Identity,
    dearmor,
    decrypt_stream,
)

TESTKIT = Path(__file__).parent / "testkit"
KNOWN_KEYS = {"expect", "payload", "identity", "passphrase", "armored", "compressed", "file key", "comment"}
EXPECTED_ERROR: dict[str, type[AgeError]] = {
    "header failure": AgeHeaderError,
    "HMAC failure": AgeHmacError,
    "no match": AgeNoMatch,
    "payload failure": AgePayloadError,
    "armor failure": AgeArmorError,
}
PQ_IDENTITY_PREFIX = "AGE-SECRET-KEY-PQ-"
# Update these on purpose when the vectors are refreshed: they must not drift silently.
EXPECTED_VECTORS = 143
EXPECTED_POST_QUANTUM = 19
EXPECTED_UNKNOWN_KEYS = 0
MAX_PLAINTEXT = 64 * 1024 * 1024


@dataclass
class Vector:
    name: str
    fields: dict[str, list[str]] = field(default_factory=dict)
    body: bytes = b""

    def first(self, key: str) -> str | None:
        values = self.fields.get(key)
        return values[0] if values else None

    @property
    def post_quantum(self) -> bool:
        return any(value.startswith(PQ_IDENTITY_PREFIX) for value in self.fields.get("identity", [])) or (
            b"mlkem768x25519" in self.file_bytes()
        )

    @property
    def unknown_keys(self) -> bool:
        return bool(set(self.fields) - KNOWN_KEYS)

    def file_bytes(self) -> bytes:
        return zlib.decompress(self.body) if self.first("compressed") == "zlib" else self.body


def load_vector(path: Path) -> Vector:
    header, separator, body = path.read_bytes().partition(b"\n\n")
    assert separator, f"{path.name}: no blank line after the keys"
    vector = Vector(path.name, body=body)
    for line in header.decode("utf-8").splitlines():
        key, _, value = line.partition(": ")
        vector.fields.setdefault(key, []).append(value)
    return vector


VECTORS = [load_vector(path) for path in sorted(TESTKIT.iterdir()) if path.name != "SOURCE.md"]


def identities_of(vector: Vector) -> list[Identity]:
    identities: list[Identity] = [X25519Identity.from_bech32(text) for text in vector.fields.get("identity", [])]
    identities += [ScryptIdentity(passphrase) for passphrase in vector.fields.get("passphrase", [])]
    return identities


def run_vector(vector: Vector, identities: list[Identity]) -> tuple[bytes, AgeError | None]:
    """Decrypt as a streaming reader would; return what was released and the error, if any."""
    data = vector.file_bytes()
    released = io.BytesIO()
    try:
        if vector.first("armored") == "yes":
            data = dearmor(data, max_size=MAX_PLAINTEXT)
        decrypt_stream(io.BytesIO(data), released, identities, max_plaintext=MAX_PLAINTEXT)
    except AgeError as error:
        return released.getvalue(), error
    return released.getvalue(), None


def skip_reason(vector: Vector) -> str | None:
    if vector.unknown_keys:
        return "SOURCE.md: a vector with an unknown key is to be ignored"
    if vector.post_quantum:
        return "post-quantum hybrid (mlkem768x25519) recipients are out of scope for Amanat today"
    return None


@pytest.mark.parametrize("vector", VECTORS, ids=[vector.name for vector in VECTORS])
def test_vector(vector: Vector) -> None:
    reason = skip_reason(vector)
    if reason:
        pytest.skip(reason)
    released, error = run_vector(vector, identities_of(vector))
    expect = vector.first("expect")
    payload = vector.first("payload")
    if expect == "success":
        assert error is None, f"expected success, got {error!r}"
    else:
        assert expect in EXPECTED_ERROR, f"unknown expectation {expect!r}"
        assert isinstance(error, EXPECTED_ERROR[expect]), f"expected {expect}, got {error!r}"
        # The error classes must not blur into each other.
        for other_kind, other_class in EXPECTED_ERROR.items():
            if other_kind != expect and not issubclass(EXPECTED_ERROR[expect], other_class):
                assert not isinstance(error, other_class)
    if payload is not None:
        assert hashlib.sha256(released).hexdigest() == payload
    elif expect != "success":
        assert released == b"", "nothing may be released before a header, MAC or armor failure"


def test_vector_counts_cannot_drift() -> None:
    assert len(VECTORS) == EXPECTED_VECTORS
    assert sum(vector.unknown_keys for vector in VECTORS) == EXPECTED_UNKNOWN_KEYS
    assert sum(vector.post_quantum and not vector.unknown_keys for vector in VECTORS) == EXPECTED_POST_QUANTUM


def test_source_note_is_kept() -> None:
    assert "CCTV" in (TESTKIT / "SOURCE.md").read_text(encoding="utf-8")


def test_x25519_stanza_with_a_hybrid_share_is_a_header_error() -> None:
    """hybrid_x25519_arg is skipped as post-quantum, but its X25519 half is ours to judge."""
    vector = next(vector for vector in VECTORS if vector.name == "hybrid_x25519_arg")
    classic = [text for text in vector.fields["identity"] if not text.startswith(PQ_IDENTITY_PREFIX)]
    assert classic
    released, error = run_vector(vector, [X25519Identity.from_bech32(text) for text in classic])
    assert isinstance(error, AgeHeaderError)
    assert released == b""


def test_post_quantum_only_file_is_no_match_for_classic_keys() -> None:
    """A file only for a hybrid key is, to us, a file with unknown stanzas: not addressed to us."""
    vector = next(vector for vector in VECTORS if vector.name == "hybrid")
    _, error = run_vector(vector, [X25519Identity.generate()])
    assert isinstance(error, AgeNoMatch)
