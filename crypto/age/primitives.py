"""The few cryptographic building blocks age combines: HKDF-SHA-256 and ChaCha20-Poly1305."""

from __future__ import annotations

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FILE_KEY_SIZE = 16
# A wrapped file key: 16 bytes of key and a 16-byte Poly1305 tag.
WRAPPED_KEY_SIZE = FILE_KEY_SIZE + 16
_ZERO_NONCE = bytes(12)


def hkdf_sha256(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    """Derive a 32-byte key with HKDF-SHA-256, as every age key derivation does."""
    return HKDF(algorithm=SHA256(), length=32, salt=salt, info=info).derive(ikm)


def wrap_file_key(wrap_key: bytes, file_key: bytes) -> bytes:
    """Encrypt a file key under a one-time wrap key (the nonce is fixed at zero by the spec)."""
    return ChaCha20Poly1305(wrap_key).encrypt(_ZERO_NONCE, file_key, None)


def unwrap_file_key(wrap_key: bytes, body: bytes) -> bytes | None:
    """Decrypt a wrapped file key; None when the tag is wrong (the stanza is not ours)."""
    try:
        return ChaCha20Poly1305(wrap_key).decrypt(_ZERO_NONCE, body, None)
    except InvalidTag:
        return None
