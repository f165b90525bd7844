"""Last-writer-wins registers kept in a Yjs map, ordered by hybrid logical clock.

Yjs resolves two concurrent writes to one map key by client id, not by time, so a
register is not one key. Every write is its own key, ``field + "\\x1f" + timestamp``,
holding the JSON text of the value; the value of a field is the entry with the greatest
timestamp. After a write, the older entries of that field are deleted: they can never win
again. Two writes never tie, because a timestamp includes its writer's actor id.

A removed field is written as an entry holding the empty string (not JSON), so that the
removal itself is ordered against concurrent writes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeAlias

from pycrdt import Map

from amanat.crypto.encoding import canonical_json_text
from amanat.crypto.errors import DamagedInput
from amanat.sync.hybrid_clock import DamagedTimestamp, HybridClock, parse_timestamp

JSONValue: TypeAlias = bool | int | str | list["JSONValue"] | dict[str, "JSONValue"] | None

SEPARATOR = "\u001f"
REMOVED = ""
MAX_NAME_LENGTH = 200


class DamagedRegister(DamagedInput):
    """A last-writer-wins field of a shared item is not well formed."""


@dataclass(frozen=True)
class Register:
    """The winning entry of one field: its timestamp and its JSON text (`REMOVED` for a removed field)."""

    stamp: str
    encoded: str


def check_name(name: object, what: str) -> str:
    """Return `name` if it can name a field or a text; raise ValueError otherwise."""
    if not isinstance(name, str) or not name or len(name) > MAX_NAME_LENGTH or SEPARATOR in name:
        raise ValueError(f"a {what} name must be 1 to {MAX_NAME_LENGTH} characters without U+001F")
    return name


def _refuse_float(text: str) -> JSONValue:
    raise ValueError("floating point numbers are not stored in shared items")


def encode_value(value: JSONValue) -> str:
    """Return the canonical JSON text of a register value; ValueError for anything not JSON-able."""
    _check_value(value, depth=0)
    return canonical_json_text(value)


def _check_value(value: object, depth: int) -> None:
    # bool is a subclass of int; both are allowed, float is not (it does not round-trip exactly).
    if depth > 32:
        raise ValueError("a register value is nested too deeply")
    if value is None or isinstance(value, bool | int | str):
        return
    if isinstance(value, list):
        for item in value:
            _check_value(item, depth + 1)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError("register value keys must be strings")
            _check_value(item, depth + 1)
        return
    raise ValueError(f"a register value cannot be a {type(value).__name__}")


def decode_value(encoded: str) -> JSONValue:
    """Parse the JSON text of a register value; raise `DamagedRegister` if it is not one."""
    try:
        value: JSONValue = json.loads(encoded, parse_float=_refuse_float, parse_constant=_refuse_float)
        _check_value(value, depth=0)
    except (ValueError, RecursionError):
        raise DamagedRegister("A field of a shared item holds a damaged value.") from None
    return value


def read_registers(ymap: Map[str]) -> tuple[dict[str, Register], list[str]]:
    """Return the winning entry per field and every timestamp seen; raise `DamagedRegister` on bad entries."""
    winners: dict[str, Register] = {}
    stamps: list[str] = []
    for key, encoded in ymap.items():
        field, separator, stamp = key.partition(SEPARATOR)
        if not separator or not isinstance(encoded, str):
            raise DamagedRegister("A field of a shared item is not well formed.")
        try:
            check_name(field, "field")
            parse_timestamp(stamp)
        except (ValueError, DamagedTimestamp):
            raise DamagedRegister("A field of a shared item is not well formed.") from None
        stamps.append(stamp)
        current = winners.get(field)
        if current is None or stamp > current.stamp:
            winners[field] = Register(stamp, encoded)
    for register in winners.values():
        if register.encoded != REMOVED:
            decode_value(register.encoded)
    return winners, stamps


def current_values(winners: Mapping[str, Register]) -> dict[str, JSONValue]:
    """Return {field: value} for the fields whose winning entry is not a removal."""
    return {field: decode_value(r.encoded) for field, r in winners.items() if r.encoded != REMOVED}


def write_register(ymap: Map[str], field: str, encoded: str, clock: HybridClock) -> None:
    """Write `encoded` (JSON text or `REMOVED`) as the newest entry of `field` and drop the older entries."""
    prefix = field + SEPARATOR
    older = [key for key in ymap.keys() if key.startswith(prefix)]
    floor = max((key[len(prefix) :] for key in older), default=None)
    stamp = clock.now_after(floor)
    ymap[prefix + stamp] = encoded
    for key in older:
        del ymap[key]
