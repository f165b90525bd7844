"""Counting what a Yjs update would build, before pycrdt builds it.

A Yjs (lib0 v1) update is a list of structs per writer, then a delete set. In memory every
struct becomes a block of about a hundred bytes, while a crafted one takes five bytes on
the wire: a 40 MB update of one-character insertions grew pycrdt to 725 MB (review finding
12). This module walks the encoding without building anything and counts blocks, values
inside them and deleted ranges, stopping as soon as the count passes a budget.

The walk follows Yjs' `readUpdateV1`/`readItemContent` and lib0's `readAny`; anything it
does not recognise is refused, as pycrdt would refuse it later.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from amanat.crypto.errors import DamagedInput
from amanat.sync.state_vector import MAX_ENTRIES

_MAX_ANY_DEPTH = 64
# A document's state vector names every writer; Amanat reads none of more than MAX_ENTRIES (a document
# with more would make every export of its group, and every later update of it, fail for good).
MAX_WRITERS = MAX_ENTRIES
_BITS5 = 0x1F
_ORIGIN = 0x80
_RIGHT_ORIGIN = 0x40
_PARENT_SUB = 0x20
_XML_ELEMENT, _XML_HOOK = 3, 5


class UpdateTooLarge(DamagedInput):
    """A shared item update (or the document it would make) holds more changes than Amanat accepts."""


class _Malformed(Exception):
    pass


class _Reader:
    def __init__(self, data: bytes, budget: int) -> None:
        self.data = data
        self.pos = 0
        self.budget = budget
        self.count = 0

    def spend(self, units: int = 1) -> None:
        self.count += units
        if self.count > self.budget:
            raise UpdateTooLarge(
                f"A shared item update holds more than {self.budget:,} changes; Amanat does not accept it.")

    def byte(self) -> int:
        if self.pos >= len(self.data):
            raise _Malformed
        value = self.data[self.pos]
        self.pos += 1
        return value

    def varuint(self) -> int:
        value = shift = 0
        while True:
            byte = self.byte()
            value |= (byte & 0x7F) << shift
            if byte < 0x80:
                return value
            shift += 7
            if shift > 63:
                raise _Malformed

    def varint(self) -> None:
        byte = self.byte()
        shift = 6
        while byte & 0x80:
            byte = self.byte()
            shift += 7
            if shift > 70:
                raise _Malformed

    def skip(self, length: int) -> None:
        if length > len(self.data) - self.pos:
            raise _Malformed
        self.pos += length

    def string(self) -> None:
        self.skip(self.varuint())

    def utf16_length(self) -> int:
        """Skip a string, returning its length in UTF-16 code units (how Yjs counts a text's clock)."""
        length = self.varuint()
        start = self.pos
        self.skip(length)
        try:
            text = self.data[start : self.pos].decode("utf-8")
        except UnicodeDecodeError:
            raise _Malformed from None
        return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)

    def any(self, depth: int = 0) -> None:
        self.spend()
        if depth > _MAX_ANY_DEPTH:
            raise _Malformed
        kind = self.byte()
        if kind in (127, 126, 121, 120):  # undefined, null, false, true
            return
        if kind == 125:
            self.varint()
        elif kind == 124:
            self.skip(4)
        elif kind in (123, 122):
            self.skip(8)
        elif kind in (119, 116):  # string, bytes
            self.string()
        elif kind == 118:  # object
            for _ in range(self._count()):
                self.string()
                self.any(depth + 1)
        elif kind == 117:  # array
            for _ in range(self._count()):
                self.any(depth + 1)
        else:
            raise _Malformed

    def _count(self) -> int:
        # Every element takes at least one byte: a count larger than what is left is a lie.
        count = self.varuint()
        if count > len(self.data) - self.pos:
            raise _Malformed
        return count

    def content(self, ref: int) -> int:
        """Skip an item's content; return its length (how far it moves its writer's clock)."""
        if ref == 1:  # deleted
            return self.varuint()
        if ref == 2:  # JSON strings
            count = self._count()
            self.spend(count)
            for _ in range(count):
                self.string()
            return count
        if ref == 4:  # string
            return self.utf16_length()
        if ref in (3, 5):  # binary, embed (JSON text)
            self.string()
        elif ref == 6:  # format: key and JSON text
            self.string()
            self.string()
        elif ref == 7:  # a nested shared type
            if self.varuint() in (_XML_ELEMENT, _XML_HOOK):
                self.string()
        elif ref == 8:  # any values
            count = self._count()
            for _ in range(count):
                self.any()
            return count
        elif ref == 9:  # a subdocument: guid and options
            self.string()
            self.any()
        else:
            raise _Malformed
        return 1

    def struct(self) -> int:
        """Skip one struct; return its length."""
        self.spend()
        info = self.byte()
        ref = info & _BITS5
        if ref in (0, 10):  # GC, skip
            return self.varuint()
        if info & _ORIGIN:
            self.varuint()
            self.varuint()
        if info & _RIGHT_ORIGIN:
            self.varuint()
            self.varuint()
        if not info & (_ORIGIN | _RIGHT_ORIGIN):
            if self.varuint() == 1:  # parent named by a root type's name
                self.string()
            else:  # parent named by the id of its item
                self.varuint()
                self.varuint()
            if info & _PARENT_SUB:
                self.string()
        return self.content(ref)


@dataclass(frozen=True)
class UpdateSummary:
    """What a v1 update holds: how many blocks, values and deleted ranges, and how far it reaches."""

    changes: int
    reaches: Mapping[int, int]  # writer (client id) -> clock after the update's last block of that writer


def count_update(update: bytes, budget: int) -> UpdateSummary:
    """Count the blocks, values and deleted ranges a v1 update would create, and where each writer's blocks end.

    Raises `UpdateTooLarge` as soon as the count passes `budget` (nothing of the update is
    built) or when it names more than `MAX_WRITERS` writers, and `DamagedInput` if the update is
    not a well-formed v1 update.
    """
    reader = _Reader(update, budget)
    reaches: dict[int, int] = {}
    try:
        for _ in range(reader._count()):
            structs = reader._count()
            client = reader.varuint()
            clock = reader.varuint()
            for _ in range(structs):
                clock += reader.struct()
            if structs:
                reaches[client] = max(reaches.get(client, 0), clock)
        for _ in range(reader._count()):
            reader.varuint()  # client
            ranges = reader._count()
            reader.spend(ranges)
            for _ in range(ranges):
                reader.varuint()
                reader.varuint()
    except _Malformed:
        raise DamagedInput("A shared item update is damaged.") from None
    if reader.pos != len(update):
        raise DamagedInput("A shared item update has unexpected bytes at its end.")
    if len(reaches) > MAX_WRITERS:
        raise UpdateTooLarge(f"A shared item update holds the changes of more than {MAX_WRITERS:,} writers; "
                             "Amanat does not accept it.")
    return UpdateSummary(reader.count, reaches)
