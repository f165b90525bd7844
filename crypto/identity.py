"""A vault's identity: an Ed25519 signing key and an X25519 key (its age recipient).

The public half (`PublicIdentity`) is what contact cards, bundle envelopes and
group logs carry. Its fingerprint binds both keys together, so nobody can pair
someone's signing key with their own age key without changing the fingerprint
people compare.

Ed25519 is done by libsodium (through PyNaCl), whose verification is strict:
non-canonical signatures and small-order keys are refused.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from nacl.bindings import crypto_core_ed25519_is_valid_point, crypto_scalarmult, crypto_scalarmult_base
from nacl.exceptions import BadSignatureError, CryptoError
from nacl.signing import SigningKey, VerifyKey

from amanat.crypto.errors import DamagedInput
from amanat.crypto.secret_bytes import SecretBytes

KEY_BYTES = 32
SIGNATURE_BYTES = 64
FINGERPRINT_CONTEXT = b"amanat-identity-v1\x00"
# Any fixed scalar will do: X25519 with a low-order point gives all zeros whatever the scalar.
_PROBE_SCALAR = hashlib.sha256(b"amanat low-order probe").digest()


class DamagedKey(DamagedInput):
    """A public or secret key has the wrong length or is not a usable point."""


class ForgedSignature(DamagedInput):
    """A signature does not match the message and the key that supposedly made it."""


def _check_signing_key(key: bytes) -> None:
    if len(key) != KEY_BYTES:
        raise DamagedKey("A signing key has the wrong length.")
    # Also refuses small-order points, for which signatures prove nothing.
    if not crypto_core_ed25519_is_valid_point(key):
        raise DamagedKey("A signing key is not a valid Ed25519 key.")


def _check_age_key(key: bytes) -> None:
    if len(key) != KEY_BYTES:
        raise DamagedKey("An encryption key has the wrong length.")
    try:
        crypto_scalarmult(_PROBE_SCALAR, key)
    except CryptoError:
        # libsodium refuses a result of all zeros: the key is a low-order point, and
        # anything "encrypted" to it could be read by everyone.
        raise DamagedKey("An encryption key is not a usable X25519 key.") from None


@dataclass(frozen=True)
class PublicIdentity:
    """The public keys of a vault: Ed25519 for signing, X25519 for receiving age files."""

    signing_key: bytes
    age_key: bytes

    def __post_init__(self) -> None:
        if not isinstance(self.signing_key, bytes) or not isinstance(self.age_key, bytes):
            raise DamagedKey("Keys must be bytes.")
        _check_signing_key(self.signing_key)
        _check_age_key(self.age_key)

    @property
    def fingerprint(self) -> bytes:
        """SHA-256 over a context string and both keys: 32 bytes naming this identity."""
        return hashlib.sha256(FINGERPRINT_CONTEXT + self.signing_key + self.age_key).digest()

    @property
    def peer_id(self) -> str:
        """A short, lower-case hexadecimal name (16 digits) for logs and file names; not for verifying."""
        return self.fingerprint.hex()[:16]

    def fingerprint_text(self) -> str:
        """The 64 hexadecimal digits of the fingerprint, in groups of four separated by spaces."""
        digits = self.fingerprint.hex()
        return " ".join(digits[index : index + 4] for index in range(0, len(digits), 4))

    def verify(self, message: bytes, signature: bytes) -> None:
        """Check an Ed25519 signature by this identity; raise `ForgedSignature` if it does not match."""
        if len(signature) != SIGNATURE_BYTES:
            raise ForgedSignature("The signature has the wrong length.")
        try:
            VerifyKey(self.signing_key).verify(message, signature)
        except (BadSignatureError, CryptoError):
            raise ForgedSignature("The signature does not match: the data was changed or forged.") from None


class Identity:
    """A vault's secret keys. Neither repr nor str shows them; pickling is refused."""

    __slots__ = ("_age_secret", "_public", "_signing_key", "_signing_seed")

    def __init__(self, signing_seed: SecretBytes, age_secret: SecretBytes) -> None:
        if len(signing_seed) != KEY_BYTES or len(age_secret) != KEY_BYTES:
            raise DamagedKey("A secret key has the wrong length.")
        self._signing_seed = signing_seed
        self._age_secret = age_secret
        self._signing_key = SigningKey(signing_seed.reveal())
        age_key = crypto_scalarmult_base(age_secret.reveal())
        self._public = PublicIdentity(bytes(self._signing_key.verify_key), age_key)

    @classmethod
    def generate(cls) -> Identity:
        """Make a new identity from fresh random keys."""
        return cls(SecretBytes(secrets.token_bytes(KEY_BYTES)), SecretBytes(secrets.token_bytes(KEY_BYTES)))

    @classmethod
    def from_secrets(cls, signing_seed: bytes | SecretBytes, age_secret: bytes | SecretBytes) -> Identity:
        """Rebuild an identity from its 32-byte Ed25519 seed and 32-byte X25519 secret."""
        seed = signing_seed if isinstance(signing_seed, SecretBytes) else SecretBytes(signing_seed)
        age = age_secret if isinstance(age_secret, SecretBytes) else SecretBytes(age_secret)
        # Copies, so wiping the caller's buffers does not break this identity and vice versa.
        return cls(SecretBytes(seed.reveal()), SecretBytes(age.reveal()))

    def signing_seed(self) -> SecretBytes:
        """A copy of the Ed25519 seed, for storing in the key file."""
        return SecretBytes(self._signing_seed.reveal())

    def age_secret(self) -> SecretBytes:
        """A copy of the X25519 secret, for decrypting age files."""
        return SecretBytes(self._age_secret.reveal())

    @property
    def public(self) -> PublicIdentity:
        """The public half, safe to share."""
        return self._public

    def sign(self, message: bytes) -> bytes:
        """A 64-byte Ed25519 signature over `message`."""
        return bytes(self._signing_key.sign(message).signature)

    def __repr__(self) -> str:
        return f"Identity(peer_id={self._public.peer_id}, <secrets hidden>)"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("identities cannot be pickled")
