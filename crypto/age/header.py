"""The textual age header: version line, recipient stanzas, and the header MAC.

Parsing follows the ABNF of the age v1 spec strictly, because a lenient parser
would let one file have several encodings (the header is authenticated
byte for byte by its MAC, so any slack is an attacker's room to play).
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Sequence
from dataclasses import dataclass
from hashlib import sha256

from amanat.crypto.age.errors import AgeHeaderError, AgeHmacError, AgeUnsupportedVersion
from amanat.crypto.age.primitives import hkdf_sha256
from amanat.crypto.age.source_reader import SourceReader
from amanat.crypto.encoding import InvalidBase64, NonCanonicalBase64
from amanat.crypto.encoding import decode_base64 as decode_base64_text
from amanat.crypto.encoding import encode_base64 as encode_base64_text

VERSION_PREFIX = b"age-encryption.org/"
VERSION_LINE = b"age-encryption.org/v1\n"
MAC_PREFIX = b"---"
STANZA_PREFIX = b"-> "
BODY_COLUMNS = 64

# Limits checked before anything is kept, so a hostile header cannot make us allocate much.
MAX_HEADER_SIZE = 1024 * 1024
MAX_LINE_SIZE = 16 * 1024
MAX_STANZAS = 4096

# VCHAR of RFC 5234: printable ASCII without space.
_ARGUMENT = re.compile(rb"[\x21-\x7e]+")


def encode_base64(data: bytes) -> str:
    """Standard base64 without padding, as used everywhere in the age header."""
    return encode_base64_text(data, padded=False)


def decode_base64(text: str | bytes, what: str) -> bytes:
    """Decode canonical unpadded base64; anything else is a header error naming `what`."""
    try:
        return decode_base64_text(text, padded=False)
    except NonCanonicalBase64:
        # Unused low bits must be zero; otherwise the same bytes have several spellings.
        raise AgeHeaderError(f"The file header is damaged: the {what} is not canonical base64.") from None
    except InvalidBase64:
        raise AgeHeaderError(f"The file header is damaged: the {what} is not valid base64.") from None


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza: its arguments (the first names its type) and its binary body."""

    args: tuple[str, ...]
    body: bytes

    @property
    def type(self) -> str:
        """The stanza type, i.e. its first argument (e.g. "X25519" or "scrypt")."""
        return self.args[0]

    def to_bytes(self) -> bytes:
        """Serialise the stanza: argument line, then the body wrapped at 64 columns."""
        if not self.args or any(not _ARGUMENT.fullmatch(arg.encode("ascii", "replace")) for arg in self.args):
            raise ValueError("stanza arguments must be non-empty printable ASCII without spaces")
        lines = [STANZA_PREFIX + " ".join(self.args).encode("ascii")]
        body = encode_base64(self.body).encode("ascii")
        for start in range(0, len(body), BODY_COLUMNS):
            lines.append(body[start : start + BODY_COLUMNS])
        if len(body) % BODY_COLUMNS == 0:
            # The body always ends with a line shorter than 64 columns, possibly empty.
            lines.append(b"")
        return b"\n".join(lines) + b"\n"


@dataclass(frozen=True)
class Header:
    """A parsed header: its stanzas, its MAC, and the exact bytes the MAC covers."""

    stanzas: tuple[Stanza, ...]
    mac: bytes
    mac_input: bytes


def header_mac(file_key: bytes, mac_input: bytes) -> bytes:
    """HMAC-SHA-256 over the header up to and including "---", keyed from the file key."""
    key = hkdf_sha256(file_key, b"", b"header")
    return hmac.new(key, mac_input, sha256).digest()


def verify_header_mac(header: Header, file_key: bytes) -> None:
    """Raise `AgeHmacError` unless the header MAC matches the file key."""
    if not hmac.compare_digest(header_mac(file_key, header.mac_input), header.mac):
        raise AgeHmacError("The file header was altered: its integrity check failed.")


def serialise_header(stanzas: Sequence[Stanza], file_key: bytes) -> bytes:
    """Build the full header, MAC line included, for the given stanzas."""
    if not stanzas:
        raise ValueError("an age header needs at least one stanza")
    mac_input = VERSION_LINE + b"".join(stanza.to_bytes() for stanza in stanzas) + MAC_PREFIX
    mac = header_mac(file_key, mac_input)
    return mac_input + b" " + encode_base64(mac).encode("ascii") + b"\n"


class _HeaderLines:
    """Reads header lines while enforcing the total header size limit."""

    def __init__(self, reader: SourceReader) -> None:
        self._reader = reader
        self.consumed = bytearray()

    def next(self) -> bytes:
        budget = MAX_HEADER_SIZE - len(self.consumed)
        if budget <= 0:
            raise AgeHeaderError("The file header is too large to be a real age header.")
        line = self._reader.read_line(min(MAX_LINE_SIZE, budget))
        if line is None:
            raise AgeHeaderError("The file header is truncated or has an overlong line.")
        self.consumed += line
        return line


def _parse_version(line: bytes) -> None:
    if line == VERSION_LINE:
        return
    if line.startswith(VERSION_PREFIX) and _ARGUMENT.fullmatch(line[len(VERSION_PREFIX) : -1]):
        raise AgeUnsupportedVersion("This file uses a newer age format version that this program cannot read.")
    raise AgeHeaderError("This is not an age encrypted file, or its header is damaged.")


def _parse_arguments(line: bytes) -> tuple[str, ...]:
    args = line[len(STANZA_PREFIX) : -1].split(b" ")
    if any(not _ARGUMENT.fullmatch(arg) for arg in args):
        raise AgeHeaderError("The file header is damaged: a recipient line is malformed.")
    return tuple(arg.decode("ascii") for arg in args)


def _parse_body(lines: _HeaderLines) -> bytes:
    encoded = bytearray()
    while True:
        line = lines.next()[:-1]
        if len(line) > BODY_COLUMNS:
            raise AgeHeaderError("The file header is damaged: a recipient body line is too long.")
        encoded += line
        if len(line) < BODY_COLUMNS:
            return decode_base64(bytes(encoded), "recipient body")


def _parse_mac(line: bytes) -> bytes:
    encoded = line[len(MAC_PREFIX) + 1 : -1]
    if line[len(MAC_PREFIX) : len(MAC_PREFIX) + 1] != b" " or len(encoded) != 43:
        raise AgeHeaderError("The file header is damaged: its integrity check line is malformed.")
    return decode_base64(encoded, "header MAC")


def parse_header(reader: SourceReader) -> Header:
    """Read and check the syntax of an age v1 header, leaving `reader` at the payload.

    Raises `AgeHeaderError` (or `AgeUnsupportedVersion`) for anything the ABNF
    does not allow. The MAC is parsed here but can only be checked once a file
    key is known (`verify_header_mac`).
    """
    lines = _HeaderLines(reader)
    _parse_version(lines.next())
    stanzas: list[Stanza] = []
    while True:
        line = lines.next()
        if line.startswith(STANZA_PREFIX):
            if len(stanzas) >= MAX_STANZAS:
                raise AgeHeaderError("The file header lists too many recipients.")
            args = _parse_arguments(line)
            stanzas.append(Stanza(args, _parse_body(lines)))
        elif line.startswith(MAC_PREFIX):
            if not stanzas:
                raise AgeHeaderError("The file header names no recipient.")
            mac = _parse_mac(line)
            mac_input = bytes(lines.consumed[: len(lines.consumed) - len(line) + len(MAC_PREFIX)])
            return Header(tuple(stanzas), mac, mac_input)
        else:
            raise AgeHeaderError("The file header is damaged: a line has an unknown start.")
