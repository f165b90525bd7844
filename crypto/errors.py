"""The error hierarchy every Amanat layer raises and maps.

Each error carries a message fit to show a user. No message ever contains a
key, a passphrase or any other secret: callers pass only descriptions.
The command line maps each class to an exit code, the GUI to a dialog.
"""

from __future__ import annotations


class AmanatError(Exception):
    """Base of every error Amanat raises on purpose; its text is for users."""

    exit_code: int = 1


class WrongPassphrase(AmanatError):
    """The passphrase does not open any passphrase slot of the key file."""

    exit_code = 3


class WrongRecoveryKey(AmanatError):
    """The recovery key is well formed but does not open the recovery slot."""

    exit_code = 3


class MistypedRecoveryKey(AmanatError):
    """A recovery key group fails its checksum: a typing mistake, not a wrong key."""

    exit_code = 3

    def __init__(self, message: str, groups: tuple[int, ...] = ()) -> None:
        super().__init__(message)
        self.groups = groups  # 1-based numbers of the mistyped groups; empty when the length is wrong


class DamagedInput(AmanatError):
    """A file or text is damaged, tampered with, or not what it claims to be."""

    exit_code = 4


class UnsupportedVersion(DamagedInput):
    """Input written by a newer Amanat, or in a format this one does not know."""

    exit_code = 4


class DeviceSecretMissing(AmanatError):
    """The passphrase slot is bound to a device keystore secret that is not available here."""

    exit_code = 3
