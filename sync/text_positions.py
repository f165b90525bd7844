"""Converting text positions between Python, pycrdt and Qt.

Three ways of counting positions in one string meet here:

* Python `str` indexes count Unicode code points.
* pycrdt 0.14 (Yrs built with its default UTF-8 offset kind) counts `Text.insert`,
  `del text[a:b]` and `len(text)` in UTF-8 BYTES. Reading is different: `str(text)` and
  `text[a:b]` first turn the whole text into a Python `str`, so slicing a `Text` counts code
  points. An offset that falls inside a multi-byte character is not refused: pycrdt
  silently inserts at the end of the text or deletes the whole chunk around it (checked
  by tests/sync/test_text_positions.py), which is why every edit goes through
  `insert_text` / `delete_text` here.
* Qt (`QTextCursor.position()`, `QString` indexes) counts UTF-16 code units: a character
  outside the Basic Multilingual Plane (most emoji) counts twice.

Persian and Pashto letters take two UTF-8 bytes, ZWNJ (U+200C) three, emoji four; a
combining mark is a code point of its own. Without conversion, edits to Dari text land in
the wrong place.
"""

from __future__ import annotations

from typing import Protocol


class EditableText(Protocol):
    """The part of `pycrdt.Text` these helpers use (positions in UTF-8 bytes)."""

    def insert(self, index: int, value: str) -> None:
        """Insert `value` at UTF-8 byte offset `index`."""

    def __delitem__(self, key: slice) -> None:
        """Delete the UTF-8 byte range `key`."""


def _check_index(text: str, index: int) -> None:
    if not 0 <= index <= len(text):
        raise ValueError(f"position {index} is outside a text of {len(text)} characters")


def utf8_offset(text: str, index: int) -> int:
    """Return the UTF-8 byte offset of code point `index` in `text`."""
    _check_index(text, index)
    return len(text[:index].encode("utf-8", "surrogatepass"))


def index_from_utf8(text: str, offset: int) -> int:
    """Return the code point index at UTF-8 byte `offset`; ValueError if it falls inside a character."""
    encoded = text.encode("utf-8", "surrogatepass")
    if not 0 <= offset <= len(encoded):
        raise ValueError(f"byte offset {offset} is outside a text of {len(encoded)} bytes")
    if offset < len(encoded) and (encoded[offset] & 0xC0) == 0x80:
        raise ValueError(f"byte offset {offset} falls inside a character")
    return len(encoded[:offset].decode("utf-8", "surrogatepass"))


def _utf16_units(char: str) -> int:
    return 2 if ord(char) > 0xFFFF else 1


def utf16_offset(text: str, index: int) -> int:
    """Return the UTF-16 code unit offset (Qt's position) of code point `index` in `text`."""
    _check_index(text, index)
    return index + sum(1 for char in text[:index] if ord(char) > 0xFFFF)


def index_from_utf16(text: str, offset: int) -> int:
    """Return the code point index at UTF-16 `offset` (a Qt position); ValueError inside a surrogate pair."""
    if offset < 0:
        raise ValueError(f"UTF-16 offset {offset} is negative")
    units = 0
    for index, char in enumerate(text):
        if units == offset:
            return index
        units += _utf16_units(char)
        if units > offset:
            raise ValueError(f"UTF-16 offset {offset} falls inside a surrogate pair")
    if units == offset:
        return len(text)
    raise ValueError(f"UTF-16 offset {offset} is outside a text of {units} code units")


def insert_text(ytext: EditableText, text_now: str, index: int, value: str) -> None:
    """Insert `value` at code point `index` of a pycrdt Text whose current content is `text_now`."""
    if value:
        ytext.insert(utf8_offset(text_now, index), value)


def delete_text(ytext: EditableText, text_now: str, index: int, length: int) -> None:
    """Delete `length` code points from code point `index` of a pycrdt Text whose content is `text_now`."""
    if length < 0:
        raise ValueError("a deletion length cannot be negative")
    _check_index(text_now, index)
    _check_index(text_now, index + length)
    if length:
        start = utf8_offset(text_now, index)
        stop = start + len(text_now[index : index + length].encode("utf-8", "surrogatepass"))
        del ytext[start:stop]
