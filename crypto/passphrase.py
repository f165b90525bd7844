"""Passphrase normalisation.

A Dari speaker may type the same passphrase on a Persian keyboard layout one
day and an Arabic one the next: the letters look identical but differ in
Unicode (Arabic kaf and yeh against Persian keheh and yeh), and so do the
digits. We fold those keyboard variants and apply NFC, so the same visible
passphrase always derives the same key. The fold costs a negligible amount of
entropy.
"""

from __future__ import annotations

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
