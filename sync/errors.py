"""Errors of the sync floor. All but `NotGroupAdmin` are `DamagedInput`: bundles and group logs come from outside."""

from __future__ import annotations

from amanat.crypto.errors import AmanatError, DamagedInput


class NotABundle(DamagedInput):
    """The decrypted data does not start like an Amanat bundle."""


class DamagedBundle(DamagedInput):
    """A bundle's envelope is malformed or its payload does not match its signed hash."""


class DamagedPadding(DamagedBundle):
    """Bytes that must be zero padding are not all zeros."""


class ForgedBundle(DamagedInput):
    """A bundle's signature does not match its sender: it was changed or forged."""


class ForwardedBundle(ForgedBundle):
    """A bundle opened by someone its sender did not address it to: a recipient re-encrypted it."""


class NotAddressedToMe(DamagedInput):
    """No recipient stanza of the bundle's encryption opens with this vault's key."""


class BundleTooLarge(DamagedInput):
    """A bundle announces a header or payload larger than Amanat accepts."""


class DamagedGroupLog(DamagedInput):
    """A group's membership log is malformed, breaks a rule, or is too large."""


class ForgedGroupOp(DamagedGroupLog):
    """A group operation is not signed by the group's admin, breaks the chain, or forks it."""


class GroupTooLarge(DamagedGroupLog):
    """A group log has more operations or members than Amanat accepts."""


class NotGroupAdmin(AmanatError):
    """Someone other than the group's admin tried to change the group on this device."""
