"""Printing results for people and, with --json, for scripts.

Everything the command line writes, on standard output and standard error, passes through
`PrintableStream`: control characters from the vault (a title carrying an escape sequence,
from an older Amanat or a hand-edited database) never reach the terminal. JSON is unaffected:
it writes control characters as escapes (\u001b), which the stream leaves alone.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from typing import Any, TextIO

from amanat.app.control_characters import printable
from amanat.app.models import Contact, ItemHeader


class PrintableStream:
    """A text stream that drops control characters (but newline and tab) from what is written."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(printable(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)  # flush, isatty, encoding, fileno: the real stream's


def use_printable_output() -> None:
    """From now on, print() and every other write to stdout and stderr go through `printable`."""
    if not isinstance(sys.stdout, PrintableStream) and sys.stdout is not None:
        sys.stdout = PrintableStream(sys.stdout)
    if not isinstance(sys.stderr, PrintableStream) and sys.stderr is not None:
        sys.stderr = PrintableStream(sys.stderr)


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


def counted(number: int, one: str, many: str = "") -> str:
    """A number with its noun in the right form: '1 contact', '2 contacts', '1,200 items' (many: the
    plural when it is not one + 's', as in '1 entry', '2 entries')."""
    return f"{number:,} {one if number == 1 else (many or one + 's')}"


def print_json(value: Any) -> None:
    """One JSON document on stdout, UTF-8, not ASCII-escaped."""
    sys.stdout.write(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2) + "\n")


def print_headers(headers: list[ItemHeader]) -> None:
    """A list: short id, date, pin, title, tags."""
    for header in headers:
        pin = "*" if header.pinned else " "
        tags = f"  [{', '.join(header.tags)}]" if header.tags else ""
        print(f"{header.id[:8]}  {header.updated_at[:10]} {pin} {header.title}{tags}")
