"""Comments inside an item's Yjs document: the records map and the passages they are anchored to.

Records live in the root Map ``comments`` (record id → signed record text, `amanat.sync.comments`);
a root type, because root types merge by name. A thread's passage is the run of characters of its
Text that carry the formatting attribute ``comment:<thread id>``: Yjs keeps a formatting range
attached to the characters it covers, so the passage moves with them whatever anyone inserts or
deletes around it, concurrently or not. Text typed inside the passage, or right at its end, joins
it; text typed right before it does not. When all of its characters are deleted the passage is
empty and the thread shows the quote its record kept.

Why not pycrdt's `StickyIndex`: in pycrdt 0.14 it mixes units (positions in UTF-16 code units
while Text edits count UTF-8 bytes), returns offsets past the end of the text once Persian text around
it was edited, and panics (a Rust `unwrap`) at the end of a text or on an unknown position
(tests/sync/test_comment_document.py keeps a record of that).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pycrdt import Doc, Map, Text

from amanat.sync.comments import (
    ANCHOR_PREFIX,
    MAX_RECORD_CHARS,
    MAX_RECORDS,
    ROOT,
    CommentRecord,
    DamagedComment,
    is_hex_id,
)
from amanat.sync.text_positions import utf8_offset

__all__ = ["add_record", "passages", "stored_records"]


def stored_records(doc: Doc[Any]) -> dict[str, str]:
    """The raw records {record id: text}, checked for count and size only; `DamagedComment` otherwise."""
    if ROOT not in doc.keys():
        return {}
    records: Map[str] = doc.get(ROOT, type=Map)
    if len(records) > MAX_RECORDS:
        raise DamagedComment(f"A shared item holds more than {MAX_RECORDS:,} comments.")
    result: dict[str, str] = {}
    for key, value in records.items():
        if not is_hex_id(key) or not isinstance(value, str) or len(value) > MAX_RECORD_CHARS:
            raise DamagedComment("A comment of a shared item is not well formed.")
        result[key] = value
    return result


def add_record(doc: Doc[Any], record: CommentRecord, passage: tuple[str, int, int] | None = None) -> None:
    """Store `record` and, for a new thread, mark its passage (text name, start, end in code points).

    The caller holds a transaction and marks the edit; raises ValueError for a passage outside the text.
    """
    records: Map[str] = doc.get(ROOT, type=Map)
    if record.id in records:
        raise ValueError("a comment with this id exists already")
    records[record.id] = record.encode()
    if passage is None:
        return
    name, start, end = passage
    text: Text = doc.get("text:" + name, type=Text)
    current = str(text)
    if not 0 <= start < end <= len(current):
        raise ValueError("a comment's passage must be a part of the text")
    text.format(utf8_offset(current, start), utf8_offset(current, end), {ANCHOR_PREFIX + record.thread: True})


def passages(doc: Doc[Any], text_names: Mapping[str, str], threads: set[str]) -> dict[str, tuple[int, int]]:
    """Where each thread's passage is now: {thread id: (start, end)} in code points of its text.

    `text_names` maps thread id → the text it is on. A thread whose passage was deleted entirely is
    left out (its record keeps the quote). Formatting that names no thread of `threads` is ignored.
    """
    found: dict[str, tuple[int, int]] = {}
    for name in sorted(set(text_names.values())):
        key = "text:" + name
        if key not in doc.keys():
            continue
        position = 0
        for chunk, attributes in doc.get(key, type=Text).diff():
            length = len(chunk) if isinstance(chunk, str) else 0
            for attribute, value in (attributes or {}).items():
                thread = attribute[len(ANCHOR_PREFIX):]
                if (value is True and attribute.startswith(ANCHOR_PREFIX) and thread in threads
                        and text_names.get(thread) == name):
                    start, end = found.get(thread, (position, position + length))
                    found[thread] = (min(start, position), max(end, position + length))
            position += length
    return found
