"""Finding the parts of an e-mail without parsing it whole: limits apply while the structure is read.

Python's `email` parser turns every line into an object before anything can be checked: an
86 MB message of many small parts took 77 s and 1.4 GB, one of a single 60 MB attachment
444 MB (review finding 11). Here only headers go through the `email` package (each block at
most `MAX_HEADER_BYTES`); bodies stay slices of the bytes read, split at their MIME boundaries
with `bytes.find`. Parts are counted as they are found and nesting is bounded, so a hostile
message stops costing work at the limit; what lies beyond it is reported, not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32

MAX_HEADER_BYTES = 64 * 1024
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_LINE_END = re.compile(rb"[ \t]*\r?\n")
_LAST_LINE = re.compile(rb"[ \t\r]*\Z")


class DamagedMessage(Exception):
    """The message's structure cannot be read (headers too large, not e-mail headers at all)."""


@dataclass(frozen=True)
class MimeLeaf:
    """A part that is not a container: its headers and its body, still transfer-encoded."""

    headers: Message
    body: bytes


@dataclass
class MimeWalk:
    """What walking a message found: its top headers, its leaves, and the limits it met (as reasons)."""

    headers: Message
    leaves: list[MimeLeaf] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def split_headers(raw: bytes, start: int = 0, end: int | None = None) -> tuple[Message, int]:
    """Parse the header block of `raw[start:end]` (up to the first empty line); return it and where the body starts.

    Offsets, not slices: nested parts are never copied, however deep.
    """
    end = len(raw) if end is None else end
    if raw.startswith(b"\n", start, end):
        return Message(), start + 1
    if raw.startswith(b"\r\n", start, end):
        return Message(), start + 2
    match = _BLANK_LINE.search(raw, start, min(end, start + MAX_HEADER_BYTES + 4))
    if match is None:
        if end - start > MAX_HEADER_BYTES:
            raise DamagedMessage("headers too large")
        head_end = body_start = end
    else:
        head_end, body_start = match.start() + 1, match.end()
    return BytesHeaderParser(policy=compat32).parsebytes(raw[start:head_end]), body_start


def _parts(raw: bytes, start: int, end: int, boundary: bytes) -> Iterator[tuple[int, int]]:
    """Where the bodies between the delimiter lines of `boundary` (RFC 2046) lie in `raw[start:end]`.

    The line break before a delimiter belongs to the delimiter; preamble and epilogue are left
    out. A part left open at the end (no closing delimiter) runs to the end, as the `email`
    package reads it.
    """
    delimiter = b"--" + boundary
    part_start: int | None = None
    search_from = start
    while True:
        if search_from == start and raw.startswith(delimiter, start, end):
            position = start
        else:
            found = raw.find(b"\n" + delimiter, search_from, end)
            if found < 0:
                break
            position = found + 1
        after = position + len(delimiter)
        search_from = after
        closing = raw.startswith(b"--", after, end)
        rest = after + 2 if closing else after
        line_end = _LINE_END.match(raw, rest, end)
        if line_end is None and _LAST_LINE.match(raw, rest, end) is None:
            continue  # the boundary text followed by more: not a delimiter line
        if part_start is not None:
            part_end = position - 2 if position - 2 >= start and raw.startswith(b"\r\n", position - 2, position) \
                else position - 1
            yield part_start, max(part_end, part_start)
        if closing or line_end is None:
            return
        part_start = line_end.end()
    if part_start is not None:
        yield part_start, end


def walk_message(raw: bytes, *, max_parts: int, max_depth: int) -> MimeWalk:
    """The leaves of a message, depth first, stopping at `max_parts` parts and not entering past `max_depth`."""
    top, body_start = split_headers(raw)
    walk = MimeWalk(top)
    _Walker(raw, walk, max_parts, max_depth).part(top, body_start, len(raw), 0)
    return walk


class _Walker:
    def __init__(self, raw: bytes, walk: MimeWalk, max_parts: int, max_depth: int) -> None:
        self.raw = raw
        self.walk = walk
        self.budget = max_parts
        self.max_depth = max_depth

    def part(self, headers: Message, start: int, end: int, depth: int) -> bool:
        """Add the leaves under one part; False once the part budget is spent (the walk stops)."""
        self.budget -= 1
        if self.budget < 0:
            self.walk.notes.append("This e-mail has too many parts; the rest were not read.")
            return False
        boundary = headers.get_boundary() if headers.get_content_maintype() == "multipart" else None
        nested_message = headers.get_content_type() == "message/rfc822"
        if not boundary and not nested_message:
            self.walk.leaves.append(MimeLeaf(headers, self.raw[start:end]))
            return True
        if depth >= self.max_depth:
            self.walk.notes.append("This e-mail is nested too deeply; its inner parts were not read.")
            return True
        if nested_message:
            inner, inner_start = split_headers(self.raw, start, end)
            return self.part(inner, inner_start, end, depth + 1)
        assert boundary is not None
        try:
            encoded_boundary = boundary.encode("ascii")
        except UnicodeEncodeError:
            raise DamagedMessage("boundary not ASCII") from None
        for part_start, part_end in _parts(self.raw, start, end, encoded_boundary):
            part_headers, body_start = split_headers(self.raw, part_start, part_end)
            if not self.part(part_headers, body_start, part_end, depth + 1):
                return False
        return True
