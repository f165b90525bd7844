"""Core errors in the user's language. The core's own English text is the fallback for details."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from amanat.app.errors import (
    AmanatError,
    DamagedInput,
    DeviceSecretMissing,
    InvalidValue,
    KeychainUnavailable,
    MistypedRecoveryKey,
    NotFound,
    RejectedBundle,
    UnsupportedVersion,
    VaultBusy,
    VaultExists,
    WrongPassphrase,
    WrongRecoveryKey,
)
from amanat.app.ui.widgets.digits import localise_numbers
from amanat.sync.errors import BundleTooLarge, ForgedBundle, ForwardedBundle, NotAddressedToMe


def describe_error(error: BaseException) -> str:
    """A sentence for the user in the user's digits; never a traceback, never a secret."""
    return localise_numbers(_describe(error))


def _describe(error: BaseException) -> str:
    if isinstance(error, WrongPassphrase):
        return QCoreApplication.translate(
            "ErrorText", "Wrong passphrase. Check the keyboard language and Caps Lock, and try again."
        )
    if isinstance(error, MistypedRecoveryKey):
        if error.groups:
            return QCoreApplication.translate(
                "ErrorText", "Group {0} of the recovery key has a typing mistake. Check it against your paper."
            ).format(QLocale().createSeparatedList([str(n) for n in error.groups]))
        return QCoreApplication.translate("ErrorText", "A recovery key has eight groups of five letters and digits.")
    if isinstance(error, WrongRecoveryKey):
        return QCoreApplication.translate("ErrorText", "This recovery key does not open this vault.")
    if isinstance(error, UnsupportedVersion):
        return QCoreApplication.translate(
            "ErrorText", "This was made by a newer version of Amanat. Update Amanat to open it."
        )
    sync_text = _sync_error_text(error)
    if sync_text:
        return sync_text
    if isinstance(error, DamagedInput):
        return QCoreApplication.translate(
            "ErrorText", "This file is damaged or has been changed, so Amanat will not use it. Nothing was changed."
        )
    if isinstance(error, VaultBusy):
        return QCoreApplication.translate(
            "ErrorText", "The vault is open in another Amanat window. Close it there first."
        )
    if isinstance(error, VaultExists):
        return QCoreApplication.translate("ErrorText", "There is already a vault there. Nothing was changed.")
    if isinstance(error, DeviceSecretMissing):
        return QCoreApplication.translate(
            "ErrorText", "Your passphrase works only together with the keystore of the computer it is bound to, and "
            "Amanat cannot get its secret here (another computer or account, a reset or locked keystore, or an old "
            "copy of the vault). If the system keystore is locked, unlock it and try again; otherwise open the vault "
            "with your recovery key and set your passphrase again.")
    if isinstance(error, KeychainUnavailable):
        return QCoreApplication.translate(
            "ErrorText", "This computer has no safe keychain, so Amanat will not remember the vault here."
        )
    if isinstance(error, NotFound):
        return QCoreApplication.translate("ErrorText", "That item no longer exists.")
    if isinstance(error, InvalidValue):
        return QCoreApplication.translate("ErrorText", "This cannot be saved: {0}").format(str(error))
    if isinstance(error, AmanatError):
        return str(error)
    return QCoreApplication.translate(
        "ErrorText", "Something went wrong ({0}). Nothing secret was written anywhere."
    ).format(type(error).__name__)


def _sync_error_text(error: BaseException) -> str:
    """Bundles and drives: what happened and what the user can do."""
    # (The transports package loads every transport: not before the window first shows.)
    from amanat.sync.transports.errors import DriveFull, DriveMissing, DriveReadOnly

    if isinstance(error, NotAddressedToMe):
        return QCoreApplication.translate("ErrorText", "This bundle is not addressed to you. Nothing was changed.")
    if isinstance(error, ForwardedBundle):
        return QCoreApplication.translate(
            "ErrorText", "This bundle was passed on to you by someone its sender did not send it to. "
            "It was refused; nothing was changed.")
    if isinstance(error, ForgedBundle):
        return QCoreApplication.translate(
            "ErrorText", "This bundle's signature does not match its sender: it was changed or forged. "
            "It was refused; nothing was changed.")
    if isinstance(error, BundleTooLarge):
        return QCoreApplication.translate(
            "ErrorText", "This bundle is larger than Amanat accepts. Nothing was changed.")
    if isinstance(error, RejectedBundle):
        return QCoreApplication.translate("ErrorText", "This bundle was refused: {0}. Nothing was changed.").format(
            str(error))
    if isinstance(error, DriveFull):
        return QCoreApplication.translate(
            "ErrorText", "The drive is full. Free some space or use another drive; nothing was written.")
    if isinstance(error, DriveReadOnly):
        return QCoreApplication.translate(
            "ErrorText", "The drive is read-only (check its lock switch) or you may not write to it.")
    if isinstance(error, DriveMissing):
        return QCoreApplication.translate("ErrorText", "The drive or folder is not there any more.")
    return ""
