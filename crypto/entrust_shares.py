"""Entrusting a vault to colleagues: a random secret split into n shares, any k of which rebuild it.

The splitting is SLIP-39 (Shamir's secret sharing over GF(256), with a checksum per share and a
digest share that catches a wrong combination), done by `shamir-mnemonic`, its reference
implementation; nothing here does arithmetic on shares. Each share is a mnemonic of 33 words,
which is also its paper form. The secret wraps the vault key in the key file's `entrust` slot
(crypto/keyfile.py); the slot's `EntrustTerms` say which set of shares it belongs to, how many
are needed, and the SHA-256 digest of every share, so a share that is not one of them is refused
on arrival, before anything is combined. A single share (k >= 2) is uniformly random, so its
digest tells nothing about the secret.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import shamir_mnemonic

from amanat.crypto.errors import DamagedInput
from amanat.crypto.secret_bytes import SecretBytes

ENTRUST_SECRET_BYTES = 32
MIN_THRESHOLD = 2
MAX_SHARES = 16  # SLIP-39's limit on the members of a group
MAX_SHARE_CHARS = 600  # 33 words of at most 8 letters and their spaces, with room to spare
MAX_CREATED = 2**63 - 1
_DIGEST_CONTEXT = b"amanat entrust share v1\x00"
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")


class DamagedShare(DamagedInput):
    """A share that is not a well-formed SLIP-39 share, or shares that do not combine."""


def _check_count(threshold: int, shares: int) -> None:
    for value in (threshold, shares):
        if not isinstance(value, int) or isinstance(value, bool):
            raise DamagedInput("the number of shares is malformed")
    if not MIN_THRESHOLD <= threshold <= shares <= MAX_SHARES:
        raise DamagedInput(f"a set needs {MIN_THRESHOLD} to {MAX_SHARES} holders and a threshold "
                           f"from {MIN_THRESHOLD} to the number of holders")


@dataclass(frozen=True)
class EntrustTerms:
    """What the key file says of the current set of shares (no secret in it)."""

    set_id: str  # 32 lower-case hex digits, random per set
    threshold: int
    shares: int
    created: int  # Unix seconds
    digests: tuple[str, ...]  # SHA-256 (hex) of each share, in the order they were made

    def __post_init__(self) -> None:
        if not isinstance(self.set_id, str) or not _HEX32.fullmatch(self.set_id):
            raise DamagedInput("a share set's id is malformed")
        _check_count(self.threshold, self.shares)
        if not isinstance(self.created, int) or isinstance(self.created, bool) or not 0 <= self.created <= MAX_CREATED:
            raise DamagedInput("a share set's date is malformed")
        if (not isinstance(self.digests, tuple) or len(self.digests) != self.shares
                or not all(isinstance(d, str) and _HEX64.fullmatch(d) for d in self.digests)
                or len(set(self.digests)) != len(self.digests)):
            raise DamagedInput("a share set's digests are malformed")

    def to_json(self) -> dict[str, Any]:
        """The terms as the key file stores them (inside the slot header, so the AEAD covers them)."""
        return {"set_id": self.set_id, "threshold": self.threshold, "shares": self.shares,
                "created": self.created, "share_digests": list(self.digests)}

    @classmethod
    def from_json(cls, raw: object) -> EntrustTerms:
        """Terms read from a key file; DamagedInput if anything is off."""
        if not isinstance(raw, dict) or set(raw) != {"set_id", "threshold", "shares", "created", "share_digests"}:
            raise DamagedInput("an entrust slot's terms have missing or unknown fields")
        digests = raw["share_digests"]
        if not isinstance(digests, list) or len(digests) > MAX_SHARES:
            raise DamagedInput("a share set's digests are malformed")
        return cls(raw["set_id"], raw["threshold"], raw["shares"], raw["created"], tuple(digests))

    def holds(self, share: str) -> bool:
        """Whether `share` is one of this set's shares."""
        return share_digest(self.set_id, share) in self.digests


def normalise_share(text: str) -> str:
    """The share's words, lower case, separated by single spaces; DamagedShare if it cannot be a share."""
    if not isinstance(text, str) or len(text) > MAX_SHARE_CHARS:
        raise DamagedShare("this is not a recovery share (too long)")
    words = text.lower().split()
    if not words or not all(word.isascii() and word.isalpha() for word in words):
        raise DamagedShare("this is not a recovery share (it must be words of letters)")
    return " ".join(words)


def share_digest(set_id: str, share: str) -> str:
    """SHA-256 (hex) of a share, bound to its set: the key file keeps these to recognise real shares."""
    return hashlib.sha256(_DIGEST_CONTEXT + bytes.fromhex(set_id) + normalise_share(share).encode("ascii")).hexdigest()


def split_secret(secret: SecretBytes, threshold: int, shares: int) -> list[str]:
    """`shares` SLIP-39 mnemonics of `secret`, any `threshold` of which give it back."""
    _check_count(threshold, shares)
    value = secret.reveal()
    if len(value) != ENTRUST_SECRET_BYTES:
        raise ValueError("the secret to split has the wrong length")
    # One group; no passphrase (the secret is random, so the iteration count only costs time).
    groups = shamir_mnemonic.generate_mnemonics(1, [(threshold, shares)], value, b"", True, 0)
    return [normalise_share(mnemonic) for mnemonic in groups[0]]


def combine_shares(shares: Sequence[str]) -> SecretBytes:
    """The secret from at least `threshold` shares of one set; DamagedShare if they do not combine."""
    try:
        normalised = [normalise_share(share) for share in shares]
        return SecretBytes(shamir_mnemonic.combine_mnemonics(normalised, b""))
    except shamir_mnemonic.MnemonicError:
        raise DamagedShare("these shares do not combine: one is damaged, forged or from another set") from None
    except (ValueError, KeyError, IndexError):  # a malformed word or length inside the library
        raise DamagedShare("one of these shares is damaged") from None


def check_share(share: str) -> str:
    """The normalised share, once its words and its own checksum are right; DamagedShare otherwise."""
    normalised = normalise_share(share)
    try:
        shamir_mnemonic.share.Share.from_mnemonic(normalised)
    except (shamir_mnemonic.MnemonicError, ValueError, KeyError, IndexError):
        raise DamagedShare("this recovery share is damaged (a word is wrong or missing)") from None
    return normalised
