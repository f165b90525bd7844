"""Passphrase normalisation.

A Dari speaker may type the same passphrase on a Persian keyboard layout one
day and an Arabic one the next: the letters look identical but differ in
Unicode (Arabic kaf and yeh against Persian keheh and yeh), and so do the
digits. We fold those keyboard variants and apply NFC, so the same visible
passphrase always derives the same key. The fold costs a negligible amount of
entropy.
"""

from __future__ import annotations

import itertools
import math
import unicodedata

# Characters that different keyboard layouts produce for the same visible letter.
KEYBOARD_VARIANTS: dict[str, str] = {
    "\u0643": "\u06a9",  # Arabic kaf -> Persian keheh
    "\u064a": "\u06cc",  # Arabic yeh -> Persian yeh
    "\u0649": "\u06cc",  # alef maksura -> Persian yeh
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
}
_TABLE = str.maketrans(KEYBOARD_VARIANTS)

MAX_PASSPHRASE_CHARS = 1024


def normalise_passphrase(passphrase: str) -> bytes:
    """Return the UTF-8 bytes fed to the KDF: NFC, keyboard variants folded.

    Leading and trailing whitespace is kept: it may be part of the secret.
    """
    if not passphrase:
        raise ValueError("the passphrase is empty")
    if len(passphrase) > MAX_PASSPHRASE_CHARS:
        raise ValueError(f"the passphrase is longer than {MAX_PASSPHRASE_CHARS} characters")
    return unicodedata.normalize("NFC", passphrase).translate(_TABLE).encode("utf-8")


COMMON_PASSWORDS = frozenset(
    "password passw0rd 123456 12345678 123456789 1234567890 qwerty qwertyuiop abc123 111111 letmein "
    "iloveyou admin welcome monkey dragon football afghanistan kabul amanat freedom".split()
)


def estimate_strength(passphrase: str) -> tuple[int, float]:
    """A rough strength score from 0 (very weak) to 4 (strong), and estimated bits.

    Counts the alphabet the characters come from and the length, discounting
    repeats and runs; a known common password scores 0. Enough to warn people
    away from weak choices, not a guarantee.
    """
    if not passphrase:
        return 0, 0.0
    if passphrase.casefold() in COMMON_PASSWORDS:
        return 0, 0.0
    pool = 0
    if any(c.islower() and c.isascii() for c in passphrase):
        pool += 26
    if any(c.isupper() and c.isascii() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isascii() and c.isalpha() for c in passphrase):
        pool += 36  # Arabic-script and other letters
    if any(not c.isalnum() for c in passphrase):
        pool += 20
    distinct_steps = 1 + sum(
        1 for a, b in itertools.pairwise(passphrase) if a != b and abs(ord(a) - ord(b)) != 1
    )
    bits = distinct_steps * math.log2(max(pool, 2))
    score = 0 if bits < 28 else 1 if bits < 45 else 2 if bits < 60 else 3 if bits < 80 else 4
    return score, bits
