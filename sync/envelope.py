"""The signed envelope inside a bundle's age encryption.

age alone does not say who wrote a file: any recipient of a multi-recipient file can replace its
payload and re-encrypt it. So the plaintext inside age is signed by its sender:

======================  =====================================================================
magic                   ``b"AMANAT-BUNDLE\\x00v1"``, 16 bytes. (The brief's ``...\\x00v1\\n`` is 17
                        bytes; the newline was dropped to keep 16.) A 16-byte prefix that starts
                        ``AMANAT-BUNDLE\\x00v`` but names another version is `UnsupportedVersion`.
header length H         unsigned 32-bit big-endian, at most 1 MiB
header                  H bytes of canonical JSON (UTF-8, keys sorted, separators ``,`` ``:``,
                        no ASCII escaping) with exactly the keys ``v`` (1), ``bundle_id`` (hex of
                        16 bytes), ``sender_signing_key`` and ``sender_age_key`` (standard base64
                        of 32 bytes), ``group_id`` (hex of 16 bytes), ``recipients`` (the recipients'
                        32-byte fingerprints in lower-case hex, sorted, unique, 1 to 256 of them),
                        ``seq`` (>= 1), ``created`` (Unix seconds), ``base_state`` (hex of 32 bytes),
                        ``payload_sha256`` (hex of 32 bytes), ``payload_length``
signature               64 bytes: Ed25519 by the sender over ``b"amanat bundle envelope v1\\x00"``
                        followed by the header bytes
payload                 ``payload_length`` bytes
padding                 zero bytes to the Padmé length (at least 1 KiB in all)
======================  =====================================================================

Hex is lower case and base64 canonical; the header must be byte for byte the canonical encoding of
what it says, so every header has exactly one accepted form. Opening checks sizes before slicing,
then the structure, then the signature, then the payload hash and the padding. It does not decide
whether the sender may write to the group: the caller checks the sender against the group log.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import secrets
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from amanat.crypto.encoding import InvalidBase64, canonical_json, decode_base64, encode_base64, load_json_object
from amanat.crypto.errors import DamagedInput, UnsupportedVersion
from amanat.crypto.identity import DamagedKey, ForgedSignature, Identity, PublicIdentity
from amanat.sync.errors import BundleTooLarge, DamagedBundle, ForgedBundle, NotABundle
from amanat.sync.padding import DEFAULT_MINIMUM, check_zero_padding, padme_length

MAGIC = b"AMANAT-BUNDLE\x00v1"
_MAGIC_FAMILY = b"AMANAT-BUNDLE\x00v"
ENVELOPE_VERSION = 1
SIGNATURE_CONTEXT = b"amanat bundle envelope v1\x00"
MAX_HEADER_BYTES = 1024 * 1024
MAX_RECIPIENTS = 256
MAX_INT = 2**63 - 1
SIGNATURE_BYTES = 64
_LENGTH = struct.Struct(">I")
_HEADER_KEYS = frozenset(
    {
        "v",
        "bundle_id",
        "sender_signing_key",
        "sender_age_key",
        "group_id",
        "recipients",
        "seq",
        "created",
        "base_state",
        "payload_sha256",
        "payload_length",
    }
)
_LOWER_HEX = re.compile(r"[0-9a-f]*")

assert len(MAGIC) == 16


# Canonical JSON and base64 (crypto/encoding.py), shared with the group log and the bundle payload.


def field_hex(document: dict[str, Any], key: str, length: int, error: type[DamagedInput], what: str) -> bytes:
    """The bytes of a lower-case hex field of exactly `length` bytes, or `error`."""
    value = document[key]
    if not isinstance(value, str) or len(value) != 2 * length or not _LOWER_HEX.fullmatch(value):
        raise error(f"The {what} has a damaged field ({key}).")
    return bytes.fromhex(value)


def field_key(document: dict[str, Any], key: str, error: type[DamagedInput], what: str) -> bytes:
    """The bytes of a canonical base64 field holding a 32-byte key, or `error`."""
    value = document[key]
    if not isinstance(value, str) or len(value) != 44:
        raise error(f"The {what} has a damaged field ({key}).")
    try:
        return decode_base64(value)
    except InvalidBase64:
        raise error(f"The {what} has a damaged field ({key}).") from None


def field_int(document: dict[str, Any], key: str, minimum: int, error: type[DamagedInput], what: str) -> int:
    """An integer field (not a bool, not a float) between `minimum` and 2**63 - 1, or `error`."""
    value = document[key]
    if type(value) is not int or not minimum <= value <= MAX_INT:
        raise error(f"The {what} has a damaged field ({key}).")
    return value


# The envelope.


@dataclass(frozen=True)
class EnvelopeHeader:
    """What a bundle's signed header says; byte fields are raw bytes, not hex or base64."""

    bundle_id: bytes
    sender_signing_key: bytes
    sender_age_key: bytes
    group_id: bytes
    recipients: tuple[bytes, ...]
    seq: int
    created: int
    base_state: bytes
    payload_sha256: bytes
    payload_length: int

    @property
    def sender(self) -> PublicIdentity:
        """The identity that signed the envelope."""
        return PublicIdentity(self.sender_signing_key, self.sender_age_key)

    def to_json(self) -> bytes:
        """The canonical header bytes that the signature covers (without the context string)."""
        return canonical_json(
            {
                "v": ENVELOPE_VERSION,
                "bundle_id": self.bundle_id.hex(),
                "sender_signing_key": encode_base64(self.sender_signing_key),
                "sender_age_key": encode_base64(self.sender_age_key),
                "group_id": self.group_id.hex(),
                "recipients": [fingerprint.hex() for fingerprint in self.recipients],
                "seq": self.seq,
                "created": self.created,
                "base_state": self.base_state.hex(),
                "payload_sha256": self.payload_sha256.hex(),
                "payload_length": self.payload_length,
            }
        )


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)


@dataclass(frozen=True)
class EnvelopeParts:
    """A sealed envelope as pieces: signed prefix (magic, length, header, signature), payload, zero padding."""

    prefix: bytes
    payload: bytes | memoryview
    zeros: int

    def joined(self) -> bytes:
        return self.prefix + bytes(self.payload) + bytes(self.zeros)


def seal_envelope(signer: Identity, **fields: Any) -> bytes:
    """Build, sign and pad the plaintext that goes inside age (see `envelope_parts`)."""
    return envelope_parts(signer, **fields).joined()


def envelope_parts(
    signer: Identity,
    *,
    group_id: bytes,
    recipients: Iterable[bytes],
    seq: int,
    created: int,
    base_state: bytes,
    payload: bytes | memoryview,
    bundle_id: bytes | None = None,
    minimum_length: int = DEFAULT_MINIMUM,
) -> EnvelopeParts:
    """Build and sign the envelope, without joining it to the payload (no copy of a large payload).

    `recipients` are fingerprints (32 bytes each), sorted and deduplicated here; `bundle_id` is
    random unless given. Raises `ValueError` for arguments the envelope cannot carry.
    """
    recipient_list = tuple(sorted(set(recipients)))
    if bundle_id is None:
        bundle_id = secrets.token_bytes(16)
    _require(len(bundle_id) == 16, "bundle_id has 16 bytes")
    _require(len(group_id) == 16, "group_id has 16 bytes")
    _require(len(base_state) == 32, "base_state has 32 bytes")
    _require(1 <= len(recipient_list) <= MAX_RECIPIENTS, "a bundle has 1 to 256 recipients")
    _require(all(len(fingerprint) == 32 for fingerprint in recipient_list), "a fingerprint has 32 bytes")
    _require(type(seq) is int and 1 <= seq <= MAX_INT, "seq is an integer >= 1")
    _require(type(created) is int and 0 <= created <= MAX_INT, "created is an integer >= 0")
    public = signer.public
    header = EnvelopeHeader(
        bundle_id=bytes(bundle_id),
        sender_signing_key=public.signing_key,
        sender_age_key=public.age_key,
        group_id=bytes(group_id),
        recipients=recipient_list,
        seq=seq,
        created=created,
        base_state=bytes(base_state),
        payload_sha256=hashlib.sha256(payload).digest(),
        payload_length=len(payload),
    )
    header_bytes = header.to_json()
    _require(len(header_bytes) <= MAX_HEADER_BYTES, "the header fits in 1 MiB")
    signature = signer.sign(SIGNATURE_CONTEXT + header_bytes)
    prefix = MAGIC + _LENGTH.pack(len(header_bytes)) + header_bytes + signature
    unpadded = len(prefix) + len(payload)
    return EnvelopeParts(prefix, payload, max(minimum_length, padme_length(unpadded)) - unpadded)


def _parse_header(header_bytes: bytes) -> EnvelopeHeader:
    what = "bundle header"
    document = load_json_object(header_bytes, DamagedBundle, what)
    version = document.get("v")
    if type(version) is not int:
        raise DamagedBundle("The bundle header has no version.")
    if version != ENVELOPE_VERSION:
        raise UnsupportedVersion("This bundle was made by a newer version of Amanat.")
    if set(document) != _HEADER_KEYS:
        raise DamagedBundle("The bundle header has missing or unknown fields.")
    recipients_field = document["recipients"]
    if not isinstance(recipients_field, list) or not 1 <= len(recipients_field) <= MAX_RECIPIENTS:
        raise DamagedBundle("The bundle's recipient list is damaged.")
    recipients = tuple(
        field_hex({"recipient": item}, "recipient", 32, DamagedBundle, what) for item in recipients_field
    )
    # Strictly increasing means sorted and unique: one list, one encoding.
    if any(earlier >= later for earlier, later in itertools.pairwise(recipients)):
        raise DamagedBundle("The bundle's recipient list is not sorted or repeats someone.")
    return EnvelopeHeader(
        bundle_id=field_hex(document, "bundle_id", 16, DamagedBundle, what),
        sender_signing_key=field_key(document, "sender_signing_key", DamagedBundle, what),
        sender_age_key=field_key(document, "sender_age_key", DamagedBundle, what),
        group_id=field_hex(document, "group_id", 16, DamagedBundle, what),
        recipients=recipients,
        seq=field_int(document, "seq", 1, DamagedBundle, what),
        created=field_int(document, "created", 0, DamagedBundle, what),
        base_state=field_hex(document, "base_state", 32, DamagedBundle, what),
        payload_sha256=field_hex(document, "payload_sha256", 32, DamagedBundle, what),
        payload_length=field_int(document, "payload_length", 0, DamagedBundle, what),
    )


def open_envelope(plaintext: bytes, *, max_payload: int) -> tuple[EnvelopeHeader, bytes]:
    """Check a decrypted bundle and return its header and payload.

    Raises `NotABundle`, `UnsupportedVersion`, `BundleTooLarge` (header over 1 MiB or payload over
    `max_payload`), `DamagedBundle` (malformed, wrong payload hash, non-zero padding) or
    `ForgedBundle` (the signature does not match the sender named in the header).
    """
    data = memoryview(plaintext)
    prefix = bytes(data[: len(MAGIC)])
    if prefix != MAGIC:
        if len(prefix) == len(MAGIC) and prefix.startswith(_MAGIC_FAMILY):
            raise UnsupportedVersion("This bundle was made by a newer version of Amanat.")
        raise NotABundle("This is not an Amanat bundle.")
    offset = len(MAGIC)
    if len(data) < offset + _LENGTH.size:
        raise DamagedBundle("The bundle is cut short.")
    (header_length,) = _LENGTH.unpack_from(data, offset)
    offset += _LENGTH.size
    if header_length > MAX_HEADER_BYTES:
        raise BundleTooLarge("The bundle's header is larger than Amanat accepts.")
    if len(data) < offset + header_length + SIGNATURE_BYTES:
        raise DamagedBundle("The bundle is cut short.")
    header_bytes = bytes(data[offset : offset + header_length])
    offset += header_length
    signature = bytes(data[offset : offset + SIGNATURE_BYTES])
    offset += SIGNATURE_BYTES
    header = _parse_header(header_bytes)
    try:
        sender = header.sender
    except DamagedKey:
        raise DamagedBundle("The bundle's sender keys are not valid.") from None
    try:
        sender.verify(SIGNATURE_CONTEXT + header_bytes, signature)
    except ForgedSignature:
        raise ForgedBundle("The bundle's signature does not match its sender: it was changed or forged.") from None
    if header.payload_length > max_payload:
        raise BundleTooLarge("The bundle's content is larger than Amanat accepts.")
    if len(data) - offset < header.payload_length:
        raise DamagedBundle("The bundle is cut short.")
    payload = bytes(data[offset : offset + header.payload_length])
    if hashlib.sha256(payload).digest() != header.payload_sha256:
        raise DamagedBundle("The bundle's content does not match its signed hash.")
    check_zero_padding(bytes(data[offset + header.payload_length :]))
    return header, payload
