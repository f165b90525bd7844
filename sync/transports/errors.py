"""Errors of the transports: a drive that is full, read-only or gone, or data that is not a sealed bundle.

Problems with what comes *in* are never raised: a file that is not a bundle is
reported as `Skipped` with a reason. These errors are for what the user must act on.
"""

from __future__ import annotations

import errno

from amanat.crypto.errors import AmanatError


class TransportError(AmanatError):
    """A transport could not do what was asked; the message says what the user can do about it."""


class DriveFull(TransportError):
    """There is not enough free space where the bundles were to be written."""


class DriveReadOnly(TransportError):
    """The drive or folder is read-only, or this user may not write to it."""


class DriveMissing(TransportError):
    """The drive or folder is not there (any more): unplugged, renamed or never existed."""


class DestinationUnusable(TransportError):
    """The chosen place cannot hold the bundles (for example a file name where a folder is needed)."""


class NotSealed(TransportError):
    """Something that is not a sealed bundle was handed to a transport to send: it refuses to write it."""


class WriteFailed(TransportError):
    """Writing failed for another reason the operating system reported."""


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_MISSING = {errno.ENOENT, errno.ENOTDIR, errno.ENODEV, errno.ENXIO}


def write_error(error: OSError, *, outcome: str = "") -> TransportError:
    """The transport error for an `OSError` raised while writing or deleting; `outcome` ends the message."""
    tail = f" {outcome}" if outcome else ""
    if error.errno in _FULL:
        return DriveFull("There is not enough free space on the drive. Free some space or use another drive."
                         + tail)
    if error.errno in _READ_ONLY:
        return DriveReadOnly("The drive is read-only, or you may not write to it. Check the drive's lock switch "
                             "or use another drive." + tail)
    if error.errno in _MISSING:
        return DriveMissing("The drive or folder is no longer there. Check that the drive is still plugged in." + tail)
    return WriteFailed("The drive reported an error." + tail)
