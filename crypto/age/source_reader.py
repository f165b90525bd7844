"""Reads an untrusted byte stream in bounded pieces, with the lookahead age needs."""

from __future__ import annotations

from typing import BinaryIO

# How much is asked of the source at once; a bound on memory, not a format rule.
READ_SIZE = 64 * 1024


class SourceReader:
    """A small buffer over a binary stream: bounded lines, exact reads, end-of-file peeks."""

    def __init__(self, source: BinaryIO) -> None:
        self._source = source
        self._buffer = bytearray()
        self._eof = False

    def _fill(self, wanted: int) -> None:
        """Read from the source until `wanted` bytes are buffered or the source ends."""
        while len(self._buffer) < wanted and not self._eof:
            piece = self._source.read(max(READ_SIZE, wanted - len(self._buffer)))
            if not piece:
                self._eof = True
            else:
                self._buffer += piece

    def read_line(self, limit: int) -> bytes | None:
        """Return the next line with its LF, or None when no LF comes within `limit` bytes or before the end."""
        searched = 0
        while True:
            newline = self._buffer.find(b"\n", searched, limit)
            if newline >= 0:
                line = bytes(self._buffer[: newline + 1])
                del self._buffer[: newline + 1]
                return line
            searched = len(self._buffer)
            if searched >= limit or self._eof:
                return None
            self._fill(min(limit, searched + READ_SIZE))

    def read_up_to(self, size: int) -> bytes:
        """Return exactly `size` bytes, or fewer only when the source ends first."""
        self._fill(size)
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def at_end(self) -> bool:
        """True when no byte is left in the buffer or the source."""
        self._fill(1)
        return not self._buffer
