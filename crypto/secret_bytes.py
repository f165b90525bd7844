"""A container for key material that never shows itself.

Python cannot promise that no copy of a secret survives in memory, but a
mutable buffer can at least be overwritten when we are done, and a wrapper
keeps secrets out of `repr`, tracebacks and logs.
"""

from __future__ import annotations

import hmac


class SecretBytes:
    """Key material in a mutable buffer that can be wiped; repr never shows it."""

    __slots__ = ("_buffer",)

    def __init__(self, value: bytes | bytearray) -> None:
        self._buffer = bytearray(value)

    def reveal(self) -> bytes:
        """Return the bytes, for handing to a cipher; keep the result short-lived."""
        return bytes(self._buffer)

    def hex(self) -> str:
        """Return the secret as hexadecimal, for SQLCipher's raw-key pragma."""
        return self._buffer.hex()

    def hex_buffer(self, prefix: bytes = b"", suffix: bytes = b"") -> bytearray:
        """The secret as ASCII hexadecimal in a new mutable buffer (wipe it after use).

        Built digit by digit, so no immutable copy of the hexadecimal text is ever made.
        """
        digits = b"0123456789abcdef"
        out = bytearray(len(prefix) + 2 * len(self._buffer) + len(suffix))
        out[: len(prefix)] = prefix
        position = len(prefix)
        for value in self._buffer:
            out[position] = digits[value >> 4]
            out[position + 1] = digits[value & 15]
            position += 2
        out[position:] = suffix
        return out

    def wipe(self) -> None:
        """Overwrite the buffer with zeros; the object is unusable afterwards."""
        for index in range(len(self._buffer)):
            self._buffer[index] = 0
        self._buffer = bytearray()

    def __len__(self) -> int:
        return len(self._buffer)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SecretBytes):
            return NotImplemented
        return hmac.compare_digest(self._buffer, other._buffer)

    def __hash__(self) -> int:
        raise TypeError("secrets are not hashable")

    def __repr__(self) -> str:
        return f"SecretBytes(<{len(self._buffer)} bytes hidden>)"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("secrets cannot be pickled")
