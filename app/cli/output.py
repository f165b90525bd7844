"""Printing results for people and, with --json, for scripts."""

from __future__ import annotations

import dataclasses
import json
import sys
from typing import Any

from app.models import Contact, ItemHeader


def to_jsonable(value: Any) -> Any:
    """Dataclasses and tuples as plain JSON values; contact channels as an object."""
    if isinstance(value, Contact):
        data = {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
        data["channels"] = dict(value.channels)
        return data
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value


def print_json(value: Any) -> None:
    """One JSON document on stdout, UTF-8, not ASCII-escaped."""
    sys.stdout.write(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2) + "\n")


def print_headers(headers: list[ItemHeader]) -> None:
    """A list: short id, date, pin, title, tags."""
    for header in headers:
        pin = "*" if header.pinned else " "
        tags = f"  [{', '.join(header.tags)}]" if header.tags else ""
        print(f"{header.id[:8]}  {header.updated_at[:10]} {pin} {header.title}{tags}")
