"""Canonical JSON and strict base64: the one spelling of each that Amanat writes, signs, hashes and reads.

Everything that is signed, hashed or compared byte for byte (key files, contact cards, sync
envelopes, group logs, bundle payloads, shared item registers) is written as canonical JSON:
keys sorted, no spaces, no NaN or Infinity, UTF-8. Binary fields inside them are standard
base64; where a field is signed, only its one canonical spelling is accepted, so the same
bytes cannot be dressed up in a second, different-looking text.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any

from amanat.crypto.errors import DamagedInput

__all__ = [
    "InvalidBase64",
    "NonCanonicalBase64",
    "canonical_json",
    "canonical_json_text",
    "decode_base64",
    "encode_base64",
    "load_json_object",
]

_UNPADDED_ALPHABET = re.compile(rb"[A-Za-z0-9+/]*")


class InvalidBase64(ValueError):
    """Not base64: a character outside the alphabet, or padding in the wrong place or amount."""


class NonCanonicalBase64(InvalidBase64):
    """Valid base64, but not the one spelling of its bytes (unused low bits that are not zero)."""


def canonical_json_text(value: Any, *, ascii_only: bool = False) -> str:
    """The canonical JSON text of `value`: keys sorted, no spaces, NaN and Infinity refused (ValueError).

    `ascii_only` escapes every non-ASCII character as `\\uXXXX` (the key file's form); otherwise
    characters are written as themselves.
    """
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=ascii_only, allow_nan=False)


def canonical_json(value: Any, *, ascii_only: bool = False) -> bytes:
    """`canonical_json_text(value)` encoded as UTF-8: the bytes that are signed, hashed or written."""
    return canonical_json_text(value, ascii_only=ascii_only).encode("utf-8")


def load_json_object(data: bytes, error: type[DamagedInput], what: str, *, canonical: bool = True) -> dict[str, Any]:
    """Parse a JSON object from outside; anything else raises `error` with a message naming `what`.

    Duplicate keys, NaN and Infinity, invalid UTF-8, nesting too deep to parse and anything but
    an object are refused. With `canonical` (the default), so is every spelling but the one
    `canonical_json` writes, so a signed encoding has only one reading.
    """

    def reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise error(f"The {what} repeats a field.")
            result[key] = value
        return result

    def reject_constant(_name: str) -> Any:
        raise error(f"The {what} contains a number JSON does not allow.")

    try:
        document = json.loads(data.decode("utf-8"), object_pairs_hook=reject_duplicates, parse_constant=reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise error(f"The {what} is not readable.") from None
    if not isinstance(document, dict):
        raise error(f"The {what} is not readable.")
    if canonical:
        try:
            again = canonical_json(document)
        except (ValueError, UnicodeEncodeError):
            raise error(f"The {what} is not readable.") from None
        if again != data:
            raise error(f"The {what} is not in canonical form.")
    return document


def encode_base64(data: bytes, *, padded: bool = True) -> str:
    """Standard base64 (RFC 4648, `+` and `/`) as text; with `padded=False`, without the trailing `=`."""
    encoded = base64.b64encode(data)
    return (encoded if padded else encoded.rstrip(b"=")).decode("ascii")


def decode_base64(text: str | bytes, *, padded: bool = True, canonical: bool = True) -> bytes:
    """Decode standard base64 strictly: no character outside the alphabet, no whitespace.

    `padded` (the default) requires the `=` padding; `padded=False` requires its absence (age).
    With `canonical` (the default) the unused low bits must be zero, so the text is the one
    spelling of its bytes; `NonCanonicalBase64` otherwise. Any other fault raises `InvalidBase64`.
    """
    if isinstance(text, str):
        try:
            raw = text.encode("ascii")
        except UnicodeEncodeError:
            raise InvalidBase64("not base64: a character outside the alphabet") from None
    elif isinstance(text, bytes | bytearray):
        raw = bytes(text)
    else:  # hostile JSON can hold a number or a list where text belongs (bytes(5) would be 5 zero bytes)
        raise InvalidBase64("not base64: not text")
    if not padded:
        if not _UNPADDED_ALPHABET.fullmatch(raw) or len(raw) % 4 == 1:
            raise InvalidBase64("not unpadded base64")
        raw_padded = raw + b"=" * (-len(raw) % 4)
    else:
        raw_padded = raw
    try:
        data = base64.b64decode(raw_padded, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidBase64("not base64") from None
    if canonical and base64.b64encode(data) != raw_padded:
        raise NonCanonicalBase64("base64 that is not the canonical spelling of its bytes")
    return data
