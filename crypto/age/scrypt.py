"""The scrypt recipient type: a file encrypted to a passphrase."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from amanat.crypto.age.errors import AgeHeaderError
from amanat.crypto.age.header import Stanza, decode_base64, encode_base64
from amanat.crypto.age.primitives import FILE_KEY_SIZE, WRAPPED_KEY_SIZE, unwrap_file_key, wrap_file_key
from amanat.crypto.secret_bytes import SecretBytes

STANZA_TYPE = "scrypt"
SALT_SIZE = 16
_SALT_LABEL = b"age-encryption.org/v1/scrypt"
# Digits only, no sign, no leading zero (the spec's ^[1-9][0-9]*$), capped in length before int().
_WORK_FACTOR = re.compile(r"[1-9][0-9]{0,8}")
# 2**30 blocks of 1 KiB would be a terabyte of memory; nothing sensible goes near it.
MAX_ALLOWED_WORK_FACTOR = 30


def _passphrase_bytes(passphrase: str | bytes) -> SecretBytes:
    raw = passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)
    if not raw:
        raise ValueError("a passphrase must not be empty")
    return SecretBytes(raw)


def _wrap_key(passphrase: SecretBytes, salt: bytes, work_factor: int) -> bytes:
    kdf = Scrypt(salt=_SALT_LABEL + salt, length=32, n=1 << work_factor, r=8, p=1)
    return kdf.derive(passphrase.reveal())


class ScryptRecipient:
    """Encrypts to a passphrase; the work factor is the base-two logarithm of scrypt's N."""

    __slots__ = ("_passphrase", "work_factor")

    def __init__(self, passphrase: str | bytes, work_factor: int = 18) -> None:
        if not 1 <= work_factor <= MAX_ALLOWED_WORK_FACTOR:
            raise ValueError(f"the scrypt work factor must be between 1 and {MAX_ALLOWED_WORK_FACTOR}")
        self._passphrase = _passphrase_bytes(passphrase)
        self.work_factor = work_factor

    def wrap(self, file_key: bytes) -> list[Stanza]:
        """Wrap the file key under a key derived from the passphrase and a fresh salt."""
        salt = os.urandom(SALT_SIZE)
        wrap_key = _wrap_key(self._passphrase, salt, self.work_factor)
        args = (STANZA_TYPE, encode_base64(salt), str(self.work_factor))
        return [Stanza(args, wrap_file_key(wrap_key, file_key))]

    def __repr__(self) -> str:
        return f"ScryptRecipient(<passphrase hidden>, work_factor={self.work_factor})"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("passphrases cannot be pickled")


class ScryptIdentity:
    """Opens passphrase-encrypted files, refusing work factors above `max_work_factor` before any work."""

    __slots__ = ("_passphrase", "max_work_factor")

    def __init__(self, passphrase: str | bytes, max_work_factor: int = 22) -> None:
        if not 1 <= max_work_factor <= MAX_ALLOWED_WORK_FACTOR:
            raise ValueError(f"the maximum scrypt work factor must be between 1 and {MAX_ALLOWED_WORK_FACTOR}")
        self._passphrase = _passphrase_bytes(passphrase)
        self.max_work_factor = max_work_factor

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        """Return the file key from the scrypt stanza, or None if the passphrase does not fit."""
        for stanza in stanzas:
            if stanza.type != STANZA_TYPE:
                continue
            if len(stanzas) != 1:
                raise AgeHeaderError("The file header is invalid: a passphrase must be its only recipient.")
            if len(stanza.args) != 3:
                raise AgeHeaderError("The file header is damaged: the passphrase recipient line is malformed.")
            salt = decode_base64(stanza.args[1], "passphrase salt")
            if len(salt) != SALT_SIZE:
                raise AgeHeaderError("The file header is damaged: the passphrase salt has the wrong size.")
            if not _WORK_FACTOR.fullmatch(stanza.args[2]):
                raise AgeHeaderError("The file header is damaged: the passphrase work factor is malformed.")
            work_factor = int(stanza.args[2])
            if work_factor > self.max_work_factor:
                raise AgeHeaderError(
                    "This file's passphrase protection is set far higher than allowed and would take too long to open."
                )
            if len(stanza.body) != WRAPPED_KEY_SIZE:
                raise AgeHeaderError("The file header is damaged: a wrapped file key has the wrong size.")
            file_key = unwrap_file_key(_wrap_key(self._passphrase, salt, work_factor), stanza.body)
            if file_key is not None and len(file_key) == FILE_KEY_SIZE:
                return file_key
        return None

    def __repr__(self) -> str:
        return f"ScryptIdentity(<passphrase hidden>, max_work_factor={self.max_work_factor})"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("passphrases cannot be pickled")
