"""The X25519 recipient type: age1… public keys and AGE-SECRET-KEY-1… identities."""

from __future__ import annotations

import hmac
import os
from collections.abc import Sequence

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from amanat.crypto.age import bech32
from amanat.crypto.age.errors import AgeHeaderError, AgeKeyError
from amanat.crypto.age.header import Stanza, decode_base64, encode_base64
from amanat.crypto.age.primitives import FILE_KEY_SIZE, WRAPPED_KEY_SIZE, hkdf_sha256, unwrap_file_key, wrap_file_key
from amanat.crypto.secret_bytes import SecretBytes

STANZA_TYPE = "X25519"
RECIPIENT_HRP = "age"
IDENTITY_HRP = "age-secret-key-"
_INFO = b"age-encryption.org/v1/X25519"
_KEY_SIZE = 32


def _shared_secret(private: X25519PrivateKey, public_bytes: bytes) -> bytes:
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(public_bytes))
    except ValueError:
        # OpenSSL refuses low-order points itself; the spec calls this the all-zero secret.
        shared = bytes(_KEY_SIZE)
    if hmac.compare_digest(shared, bytes(_KEY_SIZE)):
        raise AgeHeaderError("The file header is damaged: a recipient key share is invalid.")
    return shared


class X25519Recipient:
    """An X25519 public key that files can be encrypted to."""

    __slots__ = ("public_bytes",)

    def __init__(self, public_bytes: bytes) -> None:
        if len(public_bytes) != _KEY_SIZE:
            raise AgeKeyError("An age public key is 32 bytes long.")
        self.public_bytes = bytes(public_bytes)

    @classmethod
    def from_bech32(cls, text: str) -> X25519Recipient:
        """Parse an "age1…" public key; raises `AgeKeyError` if it is malformed or of another kind."""
        hrp, data = bech32.decode(text.strip())
        if hrp != RECIPIENT_HRP:
            raise AgeKeyError("This is not an age X25519 public key (it should start with age1).")
        return cls(data)

    def to_bech32(self) -> str:
        """Return the public key as "age1…"."""
        return bech32.encode(RECIPIENT_HRP, self.public_bytes)

    def wrap(self, file_key: bytes) -> list[Stanza]:
        """Wrap the file key for this public key with a fresh ephemeral key."""
        ephemeral = X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes_raw()
        shared = _shared_secret(ephemeral, self.public_bytes)
        wrap_key = hkdf_sha256(shared, share + self.public_bytes, _INFO)
        return [Stanza((STANZA_TYPE, encode_base64(share)), wrap_file_key(wrap_key, file_key))]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, X25519Recipient):
            return NotImplemented
        return self.public_bytes == other.public_bytes

    def __hash__(self) -> int:
        return hash(self.public_bytes)

    def __repr__(self) -> str:
        return f"X25519Recipient({self.to_bech32()!r})"


class X25519Identity:
    """An X25519 secret key that opens files encrypted to its recipient; repr never shows it."""

    __slots__ = ("_private", "_secret")

    def __init__(self, secret: SecretBytes) -> None:
        if len(secret) != _KEY_SIZE:
            raise AgeKeyError("An age secret key is 32 bytes long.")
        self._secret = secret
        self._private = X25519PrivateKey.from_private_bytes(secret.reveal())

    @classmethod
    def generate(cls) -> X25519Identity:
        """Make a new random identity."""
        return cls(SecretBytes(os.urandom(_KEY_SIZE)))

    @classmethod
    def from_secret_bytes(cls, secret: bytes | SecretBytes) -> X25519Identity:
        """Wrap 32 secret bytes as an identity."""
        return cls(secret if isinstance(secret, SecretBytes) else SecretBytes(secret))

    @classmethod
    def from_bech32(cls, text: str) -> X25519Identity:
        """Parse "AGE-SECRET-KEY-1…" (either case, never mixed); raises `AgeKeyError` otherwise."""
        hrp, data = bech32.decode(text.strip())
        if hrp != IDENTITY_HRP:
            raise AgeKeyError("This is not an age X25519 secret key (it should start with AGE-SECRET-KEY-1).")
        return cls(SecretBytes(data))

    def to_bech32(self) -> str:
        """Return the secret key as upper-case "AGE-SECRET-KEY-1…": a secret, handle it as one."""
        return bech32.encode(IDENTITY_HRP, self._secret.reveal()).upper()

    def secret_bytes(self) -> SecretBytes:
        """Return the 32 secret bytes."""
        return SecretBytes(self._secret.reveal())

    @property
    def recipient(self) -> X25519Recipient:
        """The public key that files for this identity are encrypted to."""
        return X25519Recipient(self._private.public_key().public_bytes_raw())

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        """Find the X25519 stanza addressed to us and return the file key, or None."""
        our_public = self._private.public_key().public_bytes_raw()
        for stanza in stanzas:
            if stanza.type != STANZA_TYPE:
                continue
            if len(stanza.args) != 2:
                raise AgeHeaderError("The file header is damaged: an X25519 recipient line is malformed.")
            share = decode_base64(stanza.args[1], "X25519 key share")
            if len(share) != _KEY_SIZE:
                raise AgeHeaderError("The file header is damaged: an X25519 key share has the wrong size.")
            # Checked before decrypting, so a wrong length cannot probe which keys would fit.
            if len(stanza.body) != WRAPPED_KEY_SIZE:
                raise AgeHeaderError("The file header is damaged: a wrapped file key has the wrong size.")
            shared = _shared_secret(self._private, share)
            wrap_key = hkdf_sha256(shared, share + our_public, _INFO)
            file_key = unwrap_file_key(wrap_key, stanza.body)
            if file_key is not None and len(file_key) == FILE_KEY_SIZE:
                return file_key
        return None

    def __repr__(self) -> str:
        return f"X25519Identity(recipient={self.recipient.to_bech32()!r})"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("secret keys cannot be pickled")
