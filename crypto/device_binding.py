"""Binding the passphrase slot to a secret that only this device's keystore holds.

A bound passphrase slot stores its wrapped key and its second (duress) key XORed with a pad:
HKDF-SHA256(ikm = the 32-byte device secret, salt = the binding's own random salt,
info = "amanat/passphrase-slot/device/v1"), as long as the two together. Without the secret the
stored bytes are uniformly random; with it, `unbind` gives back the slot exactly as it was before
binding, which opens with the passphrase (or the duress passphrase) as always. So:

- a copy of the key file (a snapshot, a shadow copy, a disk image) and the passphrase, even a
  coerced one, open nothing without this device's keystore entry of that day;
- binding, unbinding and moving to a new secret need neither the passphrase nor a key derivation,
  and keep the duress passphrase as it was: it behaves exactly as the passphrase does (both need
  the device secret first), so the binding tells nothing about which one was typed;
- the pad needs no integrity of its own: a wrong secret or an edited binding yields a wrong pad,
  and the slot's own AEAD then refuses to open.

Every binding gets a fresh salt, so the pad is never used twice. See docs/key-file.md.
"""

from __future__ import annotations

import secrets
from dataclasses import replace

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from amanat.crypto.key_slot import DEVICE_SALT_BYTES, KIND_PASSPHRASE, DeviceBinding, KeySlot
from amanat.crypto.keyfile import KeyFile
from amanat.crypto.secret_bytes import SecretBytes

DEVICE_SECRET_BYTES = 32
_INFO = b"amanat/passphrase-slot/device/v1"


def _pad(secret: SecretBytes, salt: bytes, length: int) -> bytes:
    raw = secret.reveal()
    if len(raw) != DEVICE_SECRET_BYTES:
        raise ValueError("a device secret has 32 bytes")
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=_INFO).derive(raw)


def _xor(slot: KeySlot, secret: SecretBytes, salt: bytes) -> KeySlot:
    stored = slot.wrapped_key + slot.alt
    padded = bytes(a ^ b for a, b in zip(stored, _pad(secret, salt, len(stored)), strict=True))
    cut = len(slot.wrapped_key)
    return replace(slot, wrapped_key=padded[:cut], alt=padded[cut:])


def binding_of(key_file: KeyFile) -> DeviceBinding | None:
    """The passphrase slot's device binding, or None when it opens with the passphrase alone."""
    return next((s.device for s in key_file.slots if s.kind == KIND_PASSPHRASE), None)


def bind(key_file: KeyFile, secret: SecretBytes, generation: int) -> KeyFile:
    """A copy whose passphrase slot opens only after `unbind` with `secret` (a fresh salt every time)."""
    if binding_of(key_file) is not None:
        raise ValueError("the passphrase slot is bound already: unbind it first")
    binding = DeviceBinding(generation, secrets.token_bytes(DEVICE_SALT_BYTES))
    slots = tuple(replace(_xor(s, secret, binding.salt), device=binding) if s.kind == KIND_PASSPHRASE else s
                  for s in key_file.slots)
    if slots == key_file.slots:
        raise ValueError("this key file has no passphrase slot")
    return replace(key_file, slots=slots)


def unbind(key_file: KeyFile, secret: SecretBytes) -> KeyFile:
    """The key file with its passphrase slot as before binding (unchanged if it is not bound).

    A wrong secret is not detected here: the slot then does not open (WrongPassphrase).
    """
    return replace(key_file, slots=tuple(
        replace(_xor(s, secret, s.device.salt), device=None) if s.kind == KIND_PASSPHRASE and s.device else s
        for s in key_file.slots))


__all__ = ["DEVICE_SECRET_BYTES", "DeviceBinding", "bind", "binding_of", "unbind"]
