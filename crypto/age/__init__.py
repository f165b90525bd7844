"""age v1 (https://age-encryption.org/v1): the file format of Amanat's sync bundles.

A pure-Python implementation on `cryptography`: X25519 and scrypt recipients,
the STREAM payload, and strict ASCII armor. Post-quantum hybrid recipients
(mlkem768x25519) are not supported yet: such stanzas are skipped like any
unknown stanza type, so a file only for them gives `AgeNoMatch`.
"""

from __future__ import annotations

from amanat.crypto.age.ascii_armor import armor, dearmor, is_armored
from amanat.crypto.age.encryption import decrypt, decrypt_stream, encrypt, encrypt_stream
from amanat.crypto.age.errors import (
    AgeArmorError,
    AgeError,
    AgeHeaderError,
    AgeHmacError,
    AgeKeyError,
    AgeNoMatch,
    AgePayloadError,
    AgeTooLarge,
    AgeUnsupportedVersion,
)
from amanat.crypto.age.header import Stanza
from amanat.crypto.age.recipient import Identity, Recipient
from amanat.crypto.age.scrypt import ScryptIdentity, ScryptRecipient
from amanat.crypto.age.x25519 import X25519Identity, X25519Recipient

__all__ = [
    "AgeArmorError",
    "AgeError",
    "AgeHeaderError",
    "AgeHmacError",
    "AgeKeyError",
    "AgeNoMatch",
    "AgePayloadError",
    "AgeTooLarge",
    "AgeUnsupportedVersion",
    "Identity",
    "Recipient",
    "ScryptIdentity",
    "ScryptRecipient",
    "Stanza",
    "X25519Identity",
    "X25519Recipient",
    "armor",
    "dearmor",
    "decrypt",
    "decrypt_stream",
    "encrypt",
    "encrypt_stream",
    "is_armored",
]
