"""Errors raised while reading or writing age files.

Every class derives from `amanat.crypto.errors.DamagedInput`, so callers that only care
that "this file cannot be opened" catch one class, and the command line maps it
to exit code 4. Messages are for users and never contain key material.

The classes map one-to-one to the outcome kinds of the CCTV age test vectors:
header failure, HMAC failure, no match, payload failure, armor failure.
"""

from __future__ import annotations

from amanat.crypto.errors import DamagedInput, UnsupportedVersion


class AgeError(DamagedInput):
    """Base of every age error: the file or key text cannot be used."""


class AgeHeaderError(AgeError):
    """The header is malformed, or a stanza addressed to us is invalid."""


class AgeUnsupportedVersion(AgeHeaderError, UnsupportedVersion):
    """The file is an age file of a version this program does not know."""


class AgeNoMatch(AgeError):
    """None of the given identities can open the file."""


class AgeHmacError(AgeError):
    """The header's MAC is wrong: the header was changed after it was written."""


class AgePayloadError(AgeError):
    """The encrypted payload is damaged, truncated or followed by extra data."""


class AgeArmorError(AgeError):
    """The ASCII armor around an age file is not the strict encoding age requires."""


class AgeTooLarge(AgeError):
    """The input or its plaintext exceeds a size limit set by the caller or by us."""


class AgeKeyError(AgeError):
    """A key text (age1… or AGE-SECRET-KEY-1…) is malformed or of another kind."""
