"""Hypothesis strategies that damage real inputs: bytes flipped, cut or inserted, and JSON bent out of shape.

`json_mutations` works on the parsed document, so the result can be re-signed or re-checksummed by the
caller and reach the checks behind the signature: a mutation that only ever breaks the outer checksum
proves nothing about the parser behind it.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

# Values that break assumptions: huge and negative numbers, wrong types, bidi and Persian digits, NUL.
HOSTILE_VALUES: list[Any] = [
    None, True, False, 0, -1, 1, 2**31, 2**63, 2**64 + 1, 10**400, -(10**400), 1.5, 1e308, -0.0,
    "", "x", "0" * 64, "ff" * 16, "A" * 88, "\u202e\u0000", "۱۲۳۴", "é" * 3000, [], {}, [1, 2], {"v": 1},
]


@dataclass(frozen=True)
class Raw:
    """JSON text spliced in as it is (deep nesting, NaN, numbers no float can hold)."""

    text: str


@dataclass(frozen=True)
class Duplicate:
    """A key written twice in the same object, with these two values."""

    first: Any
    second: Any


RAW_VALUES = [Raw("[" * 5000 + "]" * 5000), Raw('{"a":' * 3000 + "1" + "}" * 3000), Raw("NaN"),
              Raw("Infinity"), Raw("-Infinity"), Raw("1e99999"), Raw("9" * 5000), Raw('"\\ud800"')]


def dump(value: Any, *, canonical: bool = True, ascii_only: bool = False) -> str:
    """JSON text of a (mutated) document: sorted and without spaces when `canonical`."""
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, Duplicate):  # moved out of its object by a later change: keep one value
        return dump(value.second, canonical=canonical, ascii_only=ascii_only)
    comma, colon = (",", ":") if canonical else (", ", ": ")
    if isinstance(value, dict):
        keys = sorted(value) if canonical else list(value)
        parts = []
        for key in keys:
            item = value[key]
            name = json.dumps(key, ensure_ascii=ascii_only)
            if isinstance(item, Duplicate):
                parts.append(name + colon + dump(item.first, canonical=canonical, ascii_only=ascii_only))
                item = item.second
            parts.append(name + colon + dump(item, canonical=canonical, ascii_only=ascii_only))
        return "{" + comma.join(parts) + "}"
    if isinstance(value, list):
        return "[" + comma.join(dump(v, canonical=canonical, ascii_only=ascii_only) for v in value) + "]"
    return json.dumps(value, ensure_ascii=ascii_only)


def _positions(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _positions(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _positions(item, (*path, index))
    return found


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


@st.composite
def json_mutations(draw: st.DrawFn, document: Any, max_changes: int = 3) -> Any:
    """A deep copy of `document` with one to `max_changes` structural changes (serialise it with `dump`)."""
    tree = json.loads(json.dumps(document))
    for _ in range(draw(st.integers(1, max_changes))):
        path = draw(st.sampled_from(_positions(tree)))
        target = _get(tree, path)
        action = draw(st.sampled_from(["replace", "raw", "delete", "duplicate", "add", "wrap", "string"]))
        if not path:  # the root: only what can happen to a whole document
            if isinstance(target, dict) and action in {"delete", "duplicate", "add"}:
                key = draw(st.sampled_from([*target, "unknown"]))
                if action == "delete":
                    target.pop(key, None)
                elif action == "duplicate":
                    target[key] = Duplicate(target.get(key), draw(st.sampled_from(HOSTILE_VALUES).map(copy.deepcopy)))
                else:
                    target["zz_" + draw(st.text(max_size=5))] = draw(st.sampled_from(HOSTILE_VALUES).map(copy.deepcopy))
            elif action == "wrap":
                tree = [tree]
            else:
                tree = draw(st.sampled_from(HOSTILE_VALUES + RAW_VALUES).map(copy.deepcopy))
            continue
        parent, key = _get(tree, path[:-1]), path[-1]
        if isinstance(parent, Duplicate | Raw) or isinstance(target, Duplicate | Raw):
            continue
        if action == "replace":
            parent[key] = draw(st.sampled_from(HOSTILE_VALUES).map(copy.deepcopy))
        elif action == "raw":
            parent[key] = draw(st.sampled_from(RAW_VALUES))
        elif action == "delete":
            del parent[key]
        elif action == "duplicate":
            if isinstance(parent, dict):
                parent[key] = Duplicate(target, draw(st.sampled_from([target, *HOSTILE_VALUES]).map(copy.deepcopy)))
            else:
                parent.insert(key, target)
        elif action == "add":
            if isinstance(parent, dict):
                parent["zz_" + draw(st.text(max_size=5))] = target
            else:
                parent.append(draw(st.sampled_from(HOSTILE_VALUES).map(copy.deepcopy)))
        elif action == "wrap":
            parent[key] = [target] if draw(st.booleans()) else {"v": target}
        elif isinstance(target, str):
            change = draw(st.sampled_from(["cut", "grow", "upper", "char"]))
            if change == "cut":
                parent[key] = target[: draw(st.integers(0, max(len(target) - 1, 0)))]
            elif change == "grow":
                parent[key] = target + target[:1] * draw(st.integers(1, 100_000))
            elif change == "upper":
                parent[key] = target.upper()
            else:
                parent[key] = target + draw(st.characters())
        elif isinstance(target, int) and not isinstance(target, bool):
            parent[key] = target + draw(st.sampled_from([-(2**70), -1, 1, 2**63, 10**30]))
    return tree


@st.composite
def byte_mutations(draw: st.DrawFn, original: bytes, max_changes: int = 6) -> bytes:
    """`original` with bits flipped, ranges cut, repeated or inserted, or truncated."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, max_changes))):
        position = draw(st.integers(0, max(len(data) - 1, 0)))
        action = draw(st.sampled_from(["flip", "delete", "insert", "repeat", "truncate", "byte"]))
        if action == "flip" and data:
            data[position] ^= 1 << draw(st.integers(0, 7))
        elif action == "delete":
            del data[position : position + draw(st.integers(1, 200))]
        elif action == "insert":
            data[position:position] = draw(st.one_of(
                st.binary(min_size=1, max_size=32),
                st.sampled_from([b"\n", b"\r\n", b"\x00", b"-> ", b"---", b"{", b"}", b'"', b"\xff\xfe"]),
            ))
        elif action == "repeat":
            data[position:position] = data[position : position + draw(st.integers(1, 300))]
        elif action == "truncate":
            del data[position:]
        elif data:
            data[position] = draw(st.sampled_from(b"\n\r -=+/A0a\x00\xff{}[]\"\\"))
    return bytes(data)


def variants(original: bytes, structured: Callable[[], st.SearchStrategy[bytes]] | None = None,
             max_random: int = 4096) -> st.SearchStrategy[bytes]:
    """Random bytes, byte mutations of `original` and, if given, structure-aware mutations."""
    options = [st.binary(max_size=max_random), byte_mutations(original)]
    if structured is not None:
        options.append(structured())
    return st.one_of(*options)
