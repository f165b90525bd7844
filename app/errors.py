"""Errors of the application core, on top of amanat.crypto.errors' hierarchy."""

from __future__ import annotations

from amanat.crypto.errors import (
    AmanatError,
    DamagedInput,
    DeviceSecretMissing,
    MistypedRecoveryKey,
    UnsupportedVersion,
    WrongPassphrase,
    WrongRecoveryKey,
)

__all__ = [
    "AmanatError",
    "Cancelled",
    "DamagedInput",
    "DestinationExists",
    "DeviceSecretMissing",
    "InvalidValue",
    "KeychainUnavailable",
    "MistypedRecoveryKey",
    "NotFound",
    "TooLargeForQuarantine",
    "UnsupportedVersion",
    "VaultBusy",
    "VaultCheckpointFailed",
    "VaultExists",
    "VaultLocked",
    "VaultMissing",
    "WrongPassphrase",
    "WrongRecoveryKey",
]


class NotFound(AmanatError):
    """No item, revision or attachment matches what was asked for."""

    exit_code = 5


class InvalidValue(AmanatError):
    """A value given by the user is not acceptable (unknown field, bad date, too long)."""

    exit_code = 2


class VaultMissing(AmanatError):
    """There is no vault in the folder."""

    exit_code = 5


class VaultExists(AmanatError):
    """A vault already exists where a new one would be made."""


class DestinationExists(AmanatError):
    """A file is already where a new one would be written, and replacing it was not asked for."""


class VaultBusy(AmanatError):
    """Another Amanat process has the vault open."""


class VaultLocked(AmanatError):
    """The vault was locked (closed) while something still tried to use it."""


class VaultCheckpointFailed(AmanatError):
    """Closing the vault could not fold its write-ahead log into the database file (it is closed anyway)."""


class KeychainUnavailable(AmanatError):
    """No safe OS keychain is available (none, or one that stores plain text)."""


class RejectedBundle(DamagedInput):
    """A bundle that decrypted and verified, but that Amanat will not apply; the reason says why."""


class TooLargeForQuarantine(DamagedInput):
    """A bundle from someone not yet verified is larger than the quarantine keeps for one sender."""


class Cancelled(AmanatError):
    """The user stopped the work before it finished; what it does all at once was not done."""
