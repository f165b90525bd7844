"""Values that need not be typed on the command line: `@FILE` and `@-`.

Everything on a command line is visible to every other user of the computer (`ps`, /proc) while
the command runs, and most shells keep it in their history file afterwards. So every title,
name, tag, field value, query and peer or group reference can instead be given as:

    @FILE   the value is the content of FILE (one trailing newline removed)
    @-      the value is the next line of standard input (asked for on a terminal)
    @@TEXT  the literal value @TEXT

For NAME=VALUE options (--field, --row) the rule applies to the VALUE. Several `@-` read one
line each, in the order they appear; whatever standard input holds after them is the note's text.
"""

from __future__ import annotations

import argparse
import sys

MAX_VALUE_FILE_BYTES = 1024 * 1024
STDIN = "@-"


def _read_file(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_VALUE_FILE_BYTES + 1)
    except OSError as error:
        raise argparse.ArgumentTypeError(f"cannot read {path!r}: {error.strerror}") from None
    if len(data) > MAX_VALUE_FILE_BYTES:
        raise argparse.ArgumentTypeError(f"{path!r} is larger than {MAX_VALUE_FILE_BYTES // 1024} KiB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise argparse.ArgumentTypeError(f"{path!r} is not UTF-8 text") from None
    return text.removesuffix("\n").removesuffix("\r")


def _read_stdin_line() -> str:
    if sys.stdin is None or sys.stdin.closed:
        raise argparse.ArgumentTypeError("@- needs standard input, and there is none")
    if sys.stdin.isatty():
        print("Value (not shown on the command line): ", end="", file=sys.stderr, flush=True)
    # The buffer, not the text layer: the note's text is read from the same buffer afterwards.
    line = sys.stdin.buffer.readline(MAX_VALUE_FILE_BYTES + 1)
    if not line:
        raise argparse.ArgumentTypeError("@- found standard input empty")
    try:
        return line.decode("utf-8").removesuffix("\n").removesuffix("\r")
    except UnicodeDecodeError:
        raise argparse.ArgumentTypeError("standard input is not UTF-8 text") from None


def value(given: str) -> str:
    """An argparse type: the value itself, or what `@FILE` / `@-` point to."""
    if not given.startswith("@"):
        return given
    if given.startswith("@@"):
        return given[1:]
    if given == STDIN:
        return _read_stdin_line()
    return _read_file(given[1:])


def pair(given: str) -> str:
    """An argparse type for NAME=VALUE: the same rule for the VALUE."""
    name, sep, text = given.partition("=")
    return f"{name}{sep}{value(text)}" if sep else given
