"""One shared item (note, contact, draft) as a Yjs document that merges edits made offline.

Layout of the document, root-level shared types only (root types merge by name; a Text
created lazily inside a map by two members at once would lose one member's text):

* ``meta``: a Map of last-writer-wins registers (sync/document_registers.py) for the kind,
  the deleted flag and, per text, whether the text exists (``text:<name>``);
* ``registers``: a Map of last-writer-wins registers for the item's fields;
* ``rows``: an Array of Maps of strings (action-plan rows). A cell edited by two members at
  once resolves the Yjs way (by client id): both replicas agree, but not by time;
* ``text:<name>``: one Text per text, merged character by character;
* ``edits``: a Map counting each replica's local changes (`_mark_edit`);
* ``comments`` (layout 2, bundle payload version 4): a Map of signed comment records; a thread's
  passage is a formatting attribute on its Text (sync/comments.py, sync/comment_document.py).

A document holding a root type this version does not know was written by a newer Amanat and is
refused (`UnsupportedVersion`) instead of being merged with that part silently ignored.

Each load gets a fresh random client id: Yjs requires a client id never to be used by two
replicas at once, which a restored backup on a second laptop would otherwise do.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from types import MappingProxyType
from typing import Any

from pycrdt import Array, Doc, Map, Text

from amanat.crypto.errors import DamagedInput, UnsupportedVersion
from amanat.sync.comment_document import add_record, passages, stored_records
from amanat.sync.comments import CommentRecord, DamagedComment, parse_record
from amanat.sync.document_registers import (
    REMOVED,
    JSONValue,
    Register,
    check_name,
    current_values,
    encode_value,
    read_registers,
    write_register,
)
from amanat.sync.hybrid_clock import HybridClock
from amanat.sync.state_vector import decode_state_vector, encode_state_vector
from amanat.sync.text_positions import delete_text, insert_text
from amanat.sync.update_budget import UpdateSummary, UpdateTooLarge, count_update

__all__ = ["DamagedUpdate", "ItemDocument", "ItemState", "JSONValue", "UpdateTooLarge"]

DEFAULT_MAX_BYTES = 32 * 2**20
# Blocks, values and deleted ranges (amanat.sync.update_budget) in one update and in one document. A
# full bundle carries a whole document as one update, so both share the limit. A note edited
# thousands of times holds some thousands; 250,000 blocks take some 50 MB in memory.
MAX_CHANGES = 250_000
_TEXT_PREFIX = "text:"
_KIND = "kind"
_DELETED = "deleted"
# The root types of layout 2; a name outside them (and not "text:…") is a newer layout.
KNOWN_ROOTS = frozenset({"meta", "registers", "rows", "edits", "comments"})


class DamagedUpdate(DamagedInput):
    """A shared item update received or stored is damaged or not a shared item."""


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class ItemState:
    """The content of a shared item as the layers above see it; equality compares content."""

    kind: str
    registers: Mapping[str, JSONValue]
    texts: Mapping[str, str]
    rows: tuple[Mapping[str, str], ...] = ()
    deleted: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "registers", _frozen(self.registers))
        object.__setattr__(self, "texts", _frozen(self.texts))
        object.__setattr__(self, "rows", tuple(_frozen(row) for row in self.rows))


@dataclass(frozen=True)
class _Snapshot:
    state: ItemState
    meta: dict[str, Register]
    registers: dict[str, Register]
    stamps: tuple[str, ...]
    raw_keys: frozenset[tuple[str, str]]


def _new_doc() -> Doc[Any]:
    # 53 bits: client ids must survive JavaScript peers and our state vector limits.
    return Doc(client_id=secrets.randbits(53) or 1)


def _snapshot(doc: Doc[Any]) -> _Snapshot:
    """Read and validate everything; raises DamagedInput subclasses (or pycrdt errors) on bad content."""
    unknown = [name for name in doc.keys() if name not in KNOWN_ROOTS and not name.startswith(_TEXT_PREFIX)]
    if unknown:
        raise UnsupportedVersion("This shared item was written by a newer Amanat; update Amanat to open it.")
    stored_records(doc)  # counts and sizes of the comments; read in full by `comments`
    meta_map: Map[str] = doc.get("meta", type=Map)
    register_map: Map[str] = doc.get("registers", type=Map)
    meta, meta_stamps = read_registers(meta_map)
    registers, register_stamps = read_registers(register_map)
    meta_values = current_values(meta)
    kind = meta_values.pop(_KIND, None)
    deleted = meta_values.pop(_DELETED, False)
    if not isinstance(kind, str) or not kind or not isinstance(deleted, bool):
        raise DamagedUpdate("A shared item has no valid kind or deleted flag.")
    texts: dict[str, str] = {}
    for key, present in meta_values.items():
        if not key.startswith(_TEXT_PREFIX) or not isinstance(present, bool):
            raise DamagedUpdate("A shared item holds an unknown entry.")
        if present:
            texts[key[len(_TEXT_PREFIX) :]] = str(doc.get(key, type=Text))
    rows: list[dict[str, str]] = []
    for row in doc.get("rows", type=Array):
        if not isinstance(row, Map):
            raise DamagedUpdate("A row of a shared item is not well formed.")
        cells = dict(row.items())
        if not all(isinstance(value, str) for value in cells.values()):
            raise DamagedUpdate("A row of a shared item is not well formed.")
        rows.append(cells)
    state = ItemState(kind, current_values(registers), texts, tuple(rows), deleted)
    raw_keys = frozenset(("m", key) for key in meta_map.keys()) | frozenset(("r", k) for k in register_map.keys())
    return _Snapshot(state, meta, registers, tuple(meta_stamps + register_stamps), raw_keys)


def _mark_edit(doc: Doc[Any]) -> None:
    """Advance this replica's clock on every local change, deletions included.

    Yjs deletions add nothing to the state vector, so without this a member whose
    state vector covers ours could still lack a deletion of ours, and incremental
    bundles (which leave out what the others' state vectors cover) would never
    carry it. Any update that carries this mark also carries the deletions made
    before it, so "covers" again means "has everything".
    """
    edits: Map[int] = doc.get("edits", type=Map)
    key = str(doc.client_id)
    count = edits.get(key, 0)
    edits[key] = (int(count) if isinstance(count, int | float) else 0) + 1


def _check_state(state: ItemState) -> None:
    if not isinstance(state.kind, str) or not state.kind:
        raise ValueError("an item kind must be a non-empty string")
    if not isinstance(state.deleted, bool):
        raise ValueError("the deleted flag must be a bool")
    for name, value in state.registers.items():
        check_name(name, "field")
        encode_value(value)
    for name, text in state.texts.items():
        check_name(name, "text")
        if not isinstance(text, str):
            raise ValueError("a text must be a string")
    for row in state.rows:
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in row.items()):
            raise ValueError("row cells must be strings")


def _diff_text(ytext: Text, old: str, new: str) -> None:
    # Common prefix and suffix first: the usual edit touches one place, and SequenceMatcher
    # is quadratic on what remains.
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[-1 - end] == new[-1 - end]:
        end += 1
    old_mid, new_mid = old[start : len(old) - end], new[start : len(new) - end]
    opcodes = SequenceMatcher(None, old_mid, new_mid, autojunk=False).get_opcodes()
    # Right to left, so the part of `old` before each edit is still what the Text holds.
    for tag, i1, i2, j1, j2 in reversed(opcodes):
        if tag == "equal":
            continue
        delete_text(ytext, old, start + i1, i2 - i1)
        insert_text(ytext, old, start + i1, new_mid[j1:j2])


def _row_key(row: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    # By id where there is one: matched by content, an edited row was deleted and inserted anew (twice, by two members).
    return (("id", row["id"]),) if row.get("id") else tuple(sorted(row.items()))


def _set_cells(ymap: Map[str], old: Mapping[str, str], new: Mapping[str, str]) -> None:
    for key in old.keys() - new.keys():
        del ymap[key]
    for key, value in new.items():
        if old.get(key) != value:
            ymap[key] = value


def _diff_rows(yrows: Array[Any], old: tuple[Mapping[str, str], ...], new: tuple[Mapping[str, str], ...]) -> None:
    if len(old) == len(new):
        for index, (before, after) in enumerate(zip(old, new, strict=True)):
            if before != after:
                _set_cells(yrows[index], before, after)
        return
    matcher = SequenceMatcher(None, [_row_key(r) for r in old], [_row_key(r) for r in new], autojunk=False)
    for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
        if tag == "equal":
            for offset in range(i2 - i1):
                if old[i1 + offset] != new[j1 + offset]:
                    _set_cells(yrows[i1 + offset], old[i1 + offset], new[j1 + offset])
            continue
        if tag == "replace" and i2 - i1 == j2 - j1:
            for offset in range(i2 - i1):
                _set_cells(yrows[i1 + offset], old[i1 + offset], new[j1 + offset])
            continue
        if i2 > i1:
            del yrows[i1:i2]
        for offset, row in enumerate(new[j1:j2]):
            yrows.insert(i1 + offset, Map(dict(row)))


class ItemDocument:
    """A shared item as a CRDT document: local edits become minimal operations, remote updates merge."""

    def __init__(self, doc: Doc[Any], *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        """Wrap a pycrdt document; use `create` or `from_update` instead."""
        self._doc = doc
        self._max_bytes = max_bytes

    @classmethod
    def create(cls, state: ItemState, clock: HybridClock) -> ItemDocument:
        """Start a new shared document holding `state`."""
        document = cls(_new_doc())
        document._write(state, clock, _Snapshot(ItemState("-", {}, {}), {}, {}, (), frozenset()))
        return document

    @classmethod
    def from_update(cls, encoded: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES,
                    clock: HybridClock | None = None) -> ItemDocument:
        """Load a stored or received full state; raise `DamagedUpdate` if it is not a valid shared item.

        An update that would build more than `MAX_CHANGES` blocks raises `UpdateTooLarge` before
        anything is built. With `clock`, the clock moves past every timestamp the document holds.
        """
        document = cls(_new_doc(), max_bytes=max_bytes)
        snapshot = document._load_checked(document._doc, encoded)
        if clock is not None:
            for stamp in snapshot.stamps:
                clock.observe(stamp)
        return document

    def _check_budget(self, update: bytes) -> UpdateSummary:
        """Refuse, before pycrdt builds anything, an update too large in bytes or in blocks."""
        if not isinstance(update, bytes) or len(update) > self._max_bytes:
            raise DamagedUpdate("A shared item update is too large or not bytes.")
        try:
            return count_update(update, MAX_CHANGES)
        except UpdateTooLarge:
            raise
        except DamagedInput as exc:
            raise DamagedUpdate(str(exc)) from None

    def _load_checked(self, doc: Doc[Any], update: bytes, *, checked: bool = False) -> _Snapshot:
        if not checked:
            self._check_budget(update)
        try:
            doc.apply_update(update)
            return _snapshot(doc)
        except UnsupportedVersion:
            raise
        except DamagedInput as exc:
            raise DamagedUpdate(str(exc)) from None
        except (KeyboardInterrupt, SystemExit, GeneratorExit):
            raise
        except BaseException:  # noqa: BLE001 - pycrdt raises ValueError, RuntimeError or pyo3's PanicException
            raise DamagedUpdate("A shared item update is damaged.") from None

    def encode(self) -> bytes:
        """Return the full state as one update (what the vault stores)."""
        return self._doc.get_update()

    def state_vector(self) -> bytes:
        """Return the Yjs-encoded state vector of this replica."""
        return self._doc.get_state()

    def update_since(self, state_vector: bytes) -> bytes:
        """Return what a replica at `state_vector` lacks (b"" means it has nothing); may raise DamagedStateVector."""
        if state_vector == b"":
            return self._doc.get_update()
        return self._doc.get_update(encode_state_vector(decode_state_vector(state_vector)))

    def apply_update(self, update: bytes, clock: HybridClock) -> bool:
        """Merge a remote update; return True if anything changed.

        The update's blocks are counted first (`UpdateTooLarge` past `MAX_CHANGES`, nothing built);
        an update this replica already holds (its state vector covers the update's) is not applied
        again. Otherwise it is applied to a scratch copy and read back, so a damaged one raises
        `DamagedUpdate` and leaves this document untouched; a merged document of more than
        `MAX_CHANGES` blocks raises `UpdateTooLarge`. The clock then moves past every timestamp in
        the document, so later local writes are ordered after what was merged.
        """
        summary = self._check_budget(update)
        have = decode_state_vector(self.state_vector())
        if all(have.get(client, 0) >= clock for client, clock in summary.reaches.items()):
            # Everything it adds is here already (every local change, deletions included, moves
            # its writer's clock: `_mark_edit`): the same update is not applied twice.
            return False
        before = _snapshot(self._doc)
        before_vector = self.state_vector()
        scratch = _new_doc()
        scratch.apply_update(self.encode())
        after = self._load_checked(scratch, update, checked=True)
        try:
            count_update(scratch.get_update(), MAX_CHANGES)
        except UpdateTooLarge:
            raise UpdateTooLarge(f"A shared item would hold more than {MAX_CHANGES:,} changes, or more writers than "
                                 "Amanat reads, after this update; Amanat does not accept it.") from None
        # The scratch copy becomes the document: the update is applied once, not twice.
        self._doc = scratch
        for stamp in after.stamps:
            clock.observe(stamp)
        return self.state_vector() != before_vector or after.state != before.state or after.raw_keys != before.raw_keys

    def read(self) -> ItemState:
        """Return the current content of the item."""
        return _snapshot(self._doc).state

    def comment_records(self) -> dict[str, str]:
        """The stored comment records {record id: signed record text}, as they are (not parsed)."""
        return stored_records(self._doc)

    def comments(self) -> tuple[CommentRecord, ...]:
        """Every comment record, parsed (not verified: import verifies them); `DamagedUpdate` if one is damaged."""
        try:
            return tuple(parse_record(key, value) for key, value in self.comment_records().items())
        except DamagedComment as error:
            raise DamagedUpdate(str(error)) from None

    def comment_passages(self, text_names: dict[str, str]) -> dict[str, tuple[int, int]]:
        """Where each thread's passage is now ({thread id: (start, end)} in code points; see `passages`)."""
        try:
            return passages(self._doc, text_names, set(text_names))
        except (ValueError, TypeError, RuntimeError):  # a root of that name is not a Text: no passage to show
            return {}

    def add_comment(self, record: CommentRecord, passage: tuple[str, int, int] | None = None) -> None:
        """Add a signed record (and mark a new thread's passage: text name, start, end in code points)."""
        with self._doc.transaction():
            add_record(self._doc, record, passage)
            _mark_edit(self._doc)

    def record_local(self, state: ItemState, clock: HybridClock) -> bool:
        """Bring the document to `state` with minimal operations; return True if anything changed."""
        _check_state(state)
        return self._write(state, clock, _snapshot(self._doc))

    def _write(self, state: ItemState, clock: HybridClock, current: _Snapshot) -> bool:
        old = current.state
        changed = False
        with self._doc.transaction():
            meta: Map[str] = self._doc.get("meta", type=Map)
            registers: Map[str] = self._doc.get("registers", type=Map)
            if state.kind != old.kind:
                write_register(meta, _KIND, encode_value(state.kind), clock)
                changed = True
            if state.deleted != old.deleted or _DELETED not in current.meta:
                write_register(meta, _DELETED, encode_value(state.deleted), clock)
                changed = True
            for name in state.registers.keys() | old.registers.keys():
                if name not in state.registers:
                    write_register(registers, name, REMOVED, clock)
                    changed = True
                    continue
                encoded = encode_value(state.registers[name])
                winner = current.registers.get(name)
                if winner is None or winner.encoded != encoded:
                    write_register(registers, name, encoded, clock)
                    changed = True
            for name in state.texts.keys() | old.texts.keys():
                key = _TEXT_PREFIX + name
                before, after = old.texts.get(name, ""), state.texts.get(name)
                if (name in old.texts) != (after is not None):
                    write_register(meta, key, encode_value(after is not None), clock)
                    changed = True
                if name not in old.texts:
                    # An earlier removal left the text empty; its root may be new or reused.
                    before = str(self._doc.get(key, type=Text))
                if before != (after or ""):
                    _diff_text(self._doc.get(key, type=Text), before, after or "")
                    changed = True
            if state.rows != old.rows:
                _diff_rows(self._doc.get("rows", type=Array), old.rows, state.rows)
                changed = True
            if changed:
                _mark_edit(self._doc)
        return changed
