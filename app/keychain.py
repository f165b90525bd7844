"""'Remember on this device': a keychain slot whose secret lives in the OS keychain.

Off unless the user asks. The keychain holds a random 256-bit secret, never
the passphrase or the vault key; removing the entry (or the slot) revokes it.
Backends that keep secrets in a plain file are refused: `keyrings.alt`, once
installed, silently becomes the default and writes secrets in clear text.
"""

from __future__ import annotations

import base64
import binascii
import secrets

import keyring
import keyring.backend
import keyring.errors

from app.errors import KeychainUnavailable
from crypto.keyfile import KIND_KEYCHAIN
from crypto.secret_bytes import SecretBytes

SERVICE_NAME = "Amanat vault"
_REFUSED_MODULE_PREFIXES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


def _effective_backend(backend: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
    """The backend that would actually store a new secret (a chainer writes to its first)."""
    backends: list[keyring.backend.KeyringBackend] = list(getattr(backend, "backends", None) or [])
    if backends:
        return sorted(backends, key=lambda b: float(b.priority), reverse=True)[0]
    return backend


def safe_backend() -> keyring.backend.KeyringBackend:
    """The current keyring backend, or KeychainUnavailable when it is missing or unsafe."""
    backend = _effective_backend(keyring.get_keyring())
    module = type(backend).__module__
    if module.startswith(_REFUSED_MODULE_PREFIXES):
        raise KeychainUnavailable(
            "this system has no secure keychain (only a plain-text or no store was found); "
            "Amanat will not remember the vault on this device"
        )
    try:
        priority = float(backend.priority)
    except Exception:  # noqa: BLE001 - some backends raise to say they are unusable
        priority = 0.0
    if priority <= 0:
        raise KeychainUnavailable("the system keychain is not usable here")
    return backend


def store_secret(vault_id: str) -> SecretBytes:
    """Make a new random secret and keep it in the OS keychain under the vault id."""
    backend = safe_backend()
    secret = SecretBytes(secrets.token_bytes(32))
    try:
        backend.set_password(SERVICE_NAME, vault_id, base64.b64encode(secret.reveal()).decode())
    except keyring.errors.KeyringError:
        secret.wipe()
        raise KeychainUnavailable("the system keychain refused to store the secret") from None
    return secret


def load_secret(vault_id: str) -> SecretBytes | None:
    """The secret for this vault from the OS keychain, or None if there is none."""
    try:
        value = safe_backend().get_password(SERVICE_NAME, vault_id)
    except (keyring.errors.KeyringError, KeychainUnavailable):
        return None
    if not value:
        return None
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return SecretBytes(raw) if len(raw) == 32 else None


def forget_secret(vault_id: str) -> None:
    """Delete this vault's entry from the OS keychain, if the keychain can be reached."""
    try:
        safe_backend().delete_password(SERVICE_NAME, vault_id)
    except (keyring.errors.KeyringError, KeychainUnavailable):
        pass


__all__ = ["KIND_KEYCHAIN", "forget_secret", "load_secret", "safe_backend", "store_secret"]
