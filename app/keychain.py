"""'Remember on this device': a keychain slot whose secret lives in the OS keychain.

Off unless the user asks. The keychain holds a random 256-bit secret, never
the passphrase or the vault key; removing the entry (or the slot) revokes it.
Only the operating systems' own keychains are used (an allow-list): macOS
Keychain, Windows Credential Locker, and the Secret Service / KWallet on Linux.
Anything else is refused, whatever `keyring` picked or was told to pick
(`keyrings.alt`, once installed, silently becomes the default and writes
secrets in clear text; PYTHON_KEYRING_BACKEND can name any class). The test
suite's in-memory keychain is trusted only because the tests hand that very
object to `trust_backend`.
"""

from __future__ import annotations

import secrets

import keyring
import keyring.backend
import keyring.errors

from amanat.app.errors import KeychainUnavailable
from amanat.app.platform.keystore import ENTRY_SERVICE, LEGACY_ENTRY_SERVICES, keep_on_this_computer
from amanat.crypto.encoding import InvalidBase64, decode_base64, encode_base64
from amanat.crypto.keyfile import KIND_KEYCHAIN
from amanat.crypto.secret_bytes import SecretBytes

SERVICE_NAME = ENTRY_SERVICE  # neutral: app/platform/keystore.py
ALLOWED_BACKENDS = frozenset({
    ("keyring.backends.macOS", "Keyring"),
    ("keyring.backends.Windows", "WinVaultKeyring"),
    ("keyring.backends.SecretService", "Keyring"),
    ("keyring.backends.libsecret", "Keyring"),
    ("keyring.backends.kwallet", "DBusKeyring"),
    ("keyring.backends.kwallet", "DBusKeyringKWallet4"),
})
_trusted: list[keyring.backend.KeyringBackend] = []  # objects handed over in-process (the test suite's)


def trust_backend(backend: keyring.backend.KeyringBackend) -> None:
    """Trust this very backend object (the test suite's in-memory keychain); nothing from outside can."""
    _trusted.append(backend)


def distrust_backend(backend: keyring.backend.KeyringBackend) -> None:
    """Undo `trust_backend`."""
    _trusted[:] = [b for b in _trusted if b is not backend]


def _allowed(backend: keyring.backend.KeyringBackend) -> bool:
    if any(backend is trusted for trusted in _trusted):
        return True
    kind = type(backend)
    return (kind.__module__, kind.__qualname__) in ALLOWED_BACKENDS


def _effective_backend(backend: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
    """The backend that would actually store a new secret (a chainer writes to its first)."""
    backends: list[keyring.backend.KeyringBackend] = list(getattr(backend, "backends", None) or [])
    if backends:
        return sorted(backends, key=lambda b: float(b.priority), reverse=True)[0]
    return backend


def safe_backend() -> keyring.backend.KeyringBackend:
    """The current keyring backend, or KeychainUnavailable when it is missing or unsafe."""
    backend = _effective_backend(keyring.get_keyring())
    if not _allowed(backend):
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
    keep_on_this_computer(backend)  # Windows: local persistence, never roaming
    try:
        backend.set_password(SERVICE_NAME, vault_id, encode_base64(secret.reveal()))
    except keyring.errors.KeyringError:
        secret.wipe()
        raise KeychainUnavailable("the system keychain refused to store the secret") from None
    return secret


def load_secret(vault_id: str) -> SecretBytes | None:
    """The secret for this vault from the OS keychain, or None if there is none."""
    try:
        backend = safe_backend()
        value = next(filter(None, (backend.get_password(service, vault_id)
                                   for service in (SERVICE_NAME, *LEGACY_ENTRY_SERVICES))), None)
    except (keyring.errors.KeyringError, KeychainUnavailable):
        return None
    if not value:
        return None
    try:
        raw = decode_base64(value, canonical=False)
    except InvalidBase64:
        return None
    return SecretBytes(raw) if len(raw) == 32 else None


def forget_secret(vault_id: str) -> None:
    """Delete this vault's entry from the OS keychain, if the keychain can be reached."""
    try:
        backend = safe_backend()
    except KeychainUnavailable:
        return
    for service in (SERVICE_NAME, *LEGACY_ENTRY_SERVICES):
        try:
            backend.delete_password(service, vault_id)
        except keyring.errors.KeyringError:
            pass  # none under this name (PasswordDeleteError), or the keychain refused


__all__ = ["KIND_KEYCHAIN", "forget_secret", "load_secret", "safe_backend", "store_secret"]
