"""Bech32 (BIP 173) as age uses it: no length limit, one case throughout.

age keys are Bech32, not Bech32m, and may be longer than BIP 173's 90
characters. The checksum is always computed over the lower-case form.
"""

from __future__ import annotations

from amanat.crypto.age.errors import AgeKeyError

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHARSET_INDEX = {char: index for index, char in enumerate(_CHARSET)}
_GENERATORS = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
# Far above any age key (a post-quantum recipient is about 1,950 characters); only here
# so a pasted novel is refused before any work.
MAX_LENGTH = 4096


def _polymod(values: list[int]) -> int:
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for bit, generator in enumerate(_GENERATORS):
            if (top >> bit) & 1:
                checksum ^= generator
    return checksum


def _expand_hrp(hrp: str) -> list[int]:
    return [ord(char) >> 5 for char in hrp] + [0] + [ord(char) & 31 for char in hrp]


def _convert_bits(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int] | None:
    accumulator = 0
    bits = 0
    result: list[int] = []
    max_value = (1 << to_bits) - 1
    for value in data:
        accumulator = (accumulator << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            result.append((accumulator >> bits) & max_value)
    if pad:
        if bits:
            result.append((accumulator << (to_bits - bits)) & max_value)
    elif bits >= from_bits or (accumulator << (to_bits - bits)) & max_value:
        # Leftover bits must be fewer than one input group and all zero, or the
        # same bytes would have several encodings.
        return None
    return result


def encode(hrp: str, data: bytes) -> str:
    """Encode `data` under the human-readable part `hrp`, in lower case."""
    hrp = hrp.lower()
    words = _convert_bits(data, 8, 5, pad=True)
    assert words is not None  # padding mode never fails
    checksum = _polymod([*_expand_hrp(hrp), *words, 0, 0, 0, 0, 0, 0]) ^ 1
    words += [(checksum >> 5 * (5 - index)) & 31 for index in range(6)]
    return hrp + "1" + "".join(_CHARSET[word] for word in words)


def decode(text: str) -> tuple[str, bytes]:
    """Decode Bech32 text into its lower-case human-readable part and data bytes.

    Raises `AgeKeyError` for mixed case, bad characters, a bad checksum or bad padding.
    """
    if len(text) > MAX_LENGTH:
        raise AgeKeyError("This key is far too long to be an age key.")
    if not text.isascii() or any(ord(char) < 33 or ord(char) > 126 for char in text):
        raise AgeKeyError("This key contains characters that cannot appear in an age key.")
    if text.lower() != text and text.upper() != text:
        raise AgeKeyError("This key mixes upper and lower case, which age keys never do.")
    text = text.lower()
    separator = text.rfind("1")
    if separator < 1 or separator + 7 > len(text):
        raise AgeKeyError("This text is not an age key.")
    hrp = text[:separator]
    try:
        words = [_CHARSET_INDEX[char] for char in text[separator + 1 :]]
    except KeyError:
        raise AgeKeyError("This key contains characters that cannot appear in an age key.") from None
    if _polymod(_expand_hrp(hrp) + words) != 1:
        raise AgeKeyError("This key has a typing mistake: its checksum does not match.")
    data = _convert_bits(words[:-6], 5, 8, pad=False)
    if data is None:
        raise AgeKeyError("This key is not a valid age key encoding.")
    return hrp, bytes(data)
