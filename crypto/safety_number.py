"""Safety numbers: 60 digits two people read to each other to check they hold each other's real keys.

Signal's numeric fingerprint (libsignal's NumericFingerprintGenerator), computed per side as
``h = b"\\x00\\x00" + key + stable_id``, then 5200 times ``h = SHA-512(h + key)``; the first
30 bytes of ``h`` are six 5-byte big-endian numbers, each taken modulo 100000 and written as five
digits. Here ``key`` is the signing key followed by the age key and ``stable_id`` the identity's
fingerprint. The two 30-digit halves are sorted and joined, so both people see the same number.
"""

from __future__ import annotations

import functools
import hashlib
import hmac

from amanat.crypto.identity import PublicIdentity

ITERATIONS = 5200
DIGITS = 60
GROUP_DIGITS = 5
_VERSION = b"\x00\x00"
_MAX_TYPED_CHARS = 1000
_SEPARATORS = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_TO_ASCII = str.maketrans(
    {
        **{chr(0x06F0 + digit): str(digit) for digit in range(10)},  # Persian
        **{chr(0x0660 + digit): str(digit) for digit in range(10)},  # Arabic-Indic
        **dict.fromkeys(_SEPARATORS, None),
    }
)
_ASCII_DIGITS = frozenset("0123456789")


def _half(identity: PublicIdentity, version: bytes = _VERSION) -> str:
    return _half_of_keys(identity.signing_key, identity.age_key, identity.fingerprint, version)


@functools.lru_cache(maxsize=1024)
def _half_of_keys(signing_key: bytes, age_key: bytes, fingerprint: bytes, version: bytes) -> str:
    """One identity's 30 digits: 5,200 rounds of SHA-512 of public keys only, so remembered (every list of
    peers and every verification shows them again)."""
    key = signing_key + age_key
    digest = version + key + fingerprint  # not hashed first: as libsignal does
    for _ in range(ITERATIONS):
        digest = hashlib.sha512(digest + key).digest()
    chunks = (int.from_bytes(digest[offset : offset + 5], "big") % 100000 for offset in range(0, 30, 5))
    return "".join(f"{chunk:05d}" for chunk in chunks)


class SafetyNumber:
    """The 60-digit safety number of two identities; the same whichever side computes it."""

    __slots__ = ("_digits",)

    def __init__(self, digits: str) -> None:
        if len(digits) != DIGITS or not set(digits) <= _ASCII_DIGITS:
            raise ValueError("a safety number has 60 ASCII digits")
        self._digits = digits

    @property
    def digits(self) -> str:
        """The 60 digits, without spaces."""
        return self._digits

    def groups(self) -> list[str]:
        """Twelve groups of five digits, in reading order."""
        return [self._digits[index : index + GROUP_DIGITS] for index in range(0, DIGITS, GROUP_DIGITS)]

    def matches(self, typed: str) -> bool:
        """Whether `typed` is this number, ignoring whitespace and hyphens; Persian and Arabic-Indic digits count."""
        if not isinstance(typed, str) or len(typed) > _MAX_TYPED_CHARS:
            return False
        cleaned = "".join(char for char in typed.translate(_TO_ASCII) if not char.isspace())
        if len(cleaned) != DIGITS or not set(cleaned) <= _ASCII_DIGITS:
            return False
        return hmac.compare_digest(cleaned.encode("ascii"), self._digits.encode("ascii"))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SafetyNumber):
            return NotImplemented
        return self._digits == other._digits

    def __hash__(self) -> int:
        return hash(self._digits)

    def __str__(self) -> str:
        return " ".join(self.groups())

    def __repr__(self) -> str:
        return f"SafetyNumber({self})"


def safety_number(a: PublicIdentity, b: PublicIdentity) -> SafetyNumber:
    """The safety number two identities share; `safety_number(a, b) == safety_number(b, a)`."""
    first, second = sorted((_half(a), _half(b)))
    return SafetyNumber(first + second)


def recovery_number(one_time: PublicIdentity) -> SafetyNumber:
    """The 60 digits of a one-time recovery identity alone, for a holder to compare with the owner.

    The owner recovering a vault cannot know the holders' keys (they are inside the locked vault),
    so both sides compute the number from the recovery card alone: its identity's half as above,
    then a second half under another version prefix (``00 01``). Someone who slipped in their own
    card would show other digits than the owner reads aloud.
    """
    return SafetyNumber(_half(one_time) + _half(one_time, b"\x00\x01"))
