"""ASCII armor for age files: strict PEM (RFC 7468, Figure 3) with the label "AGE ENCRYPTED FILE".

Armor is malleable unless the parser is strict, so only one spelling of any
file is accepted: 64-column lines, canonical padded base64, no headers, no
blank lines. The spec allows whitespace around the block and CRLF line ends.
"""

from __future__ import annotations

import re

from amanat.crypto.age.errors import AgeArmorError, AgeTooLarge
from amanat.crypto.encoding import InvalidBase64, NonCanonicalBase64, decode_base64, encode_base64

BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
END = b"-----END AGE ENCRYPTED FILE-----"
COLUMNS = 64
_BYTES_PER_LINE = COLUMNS // 4 * 3
_OUTER_WHITESPACE = b" \t\r\n"
_LINE = re.compile(rb"[A-Za-z0-9+/]*={0,2}")
# Room for whitespace around the block; more than this is not a pasted file.
_MAX_OUTER_WHITESPACE = 4096


def armor(data: bytes) -> str:
    """Wrap a binary age file in ASCII armor, ending with a line feed."""
    encoded = encode_base64(data)
    lines = [BEGIN.decode("ascii")]
    lines += [encoded[start : start + COLUMNS] for start in range(0, len(encoded), COLUMNS)]
    lines.append(END.decode("ascii"))
    return "\n".join(lines) + "\n"


def is_armored(data: bytes) -> bool:
    """A cheap sniff: does `data` start (after whitespace) like an armored age file?"""
    return data[: _MAX_OUTER_WHITESPACE + len(BEGIN)].lstrip(_OUTER_WHITESPACE).startswith(BEGIN)


def _max_armored_size(max_size: int) -> int:
    lines = max_size // _BYTES_PER_LINE + 1
    return len(BEGIN) + len(END) + lines * (COLUMNS + 2) + 4 + 2 * _MAX_OUTER_WHITESPACE


def dearmor(text: str | bytes, *, max_size: int) -> bytes:
    """Decode an armored age file into its binary form, refusing any non-canonical armor.

    Raises `AgeTooLarge` if the decoded file would exceed `max_size` bytes (checked
    on the input length before decoding) and `AgeArmorError` for anything else.
    """
    if len(text) > _max_armored_size(max_size):
        raise AgeTooLarge("The armored file is larger than allowed here.")
    if isinstance(text, str):
        try:
            raw = text.encode("ascii")
        except UnicodeEncodeError:
            raise AgeArmorError("The armored file contains characters that do not belong in it.") from None
    else:
        raw = bytes(text)
    raw = raw.strip(_OUTER_WHITESPACE)
    lines = [line.removesuffix(b"\r") for line in raw.split(b"\n")]
    if len(lines) < 2 or lines[0] != BEGIN:
        raise AgeArmorError("This is not an armored age file: its first line is wrong.")
    if lines[-1] != END:
        raise AgeArmorError("The armored file is incomplete or has text after its end line.")
    body = lines[1:-1]
    for index, line in enumerate(body):
        last = index == len(body) - 1
        if not line or len(line) > COLUMNS or (not last and len(line) != COLUMNS):
            raise AgeArmorError("The armored file is damaged: a line has the wrong length.")
        if not _LINE.fullmatch(line) or (not last and line.endswith(b"=")):
            raise AgeArmorError("The armored file is damaged: it contains characters that do not belong in it.")
    encoded = b"".join(body)
    try:
        data = decode_base64(encoded)
    except NonCanonicalBase64:
        # Nonzero unused bits would give one file several armored spellings.
        raise AgeArmorError("The armored file is damaged: its base64 is not canonical.") from None
    except InvalidBase64:
        raise AgeArmorError("The armored file is damaged: its base64 is invalid.") from None
    if len(data) > max_size:
        raise AgeTooLarge("The armored file is larger than allowed here.")
    return data
