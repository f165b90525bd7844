"""What a recipient (encrypts to) and an identity (decrypts with) must offer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from amanat.crypto.age.header import Stanza


@runtime_checkable
class Recipient(Protocol):
    """Something a file can be encrypted to: it wraps the file key into stanzas."""

    def wrap(self, file_key: bytes) -> list[Stanza]:
        """Return the stanzas that carry `file_key` for this recipient."""
        ...


@runtime_checkable
class Identity(Protocol):
    """Something that can open files: it unwraps the file key from the stanzas addressed to it."""

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        """Return the file key, None if no stanza is ours, or raise `AgeHeaderError` for a bad stanza of our type."""
        ...
