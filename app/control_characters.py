"""Control characters: the invisible codes (C0, DEL and C1) that a terminal obeys instead of showing.

A title such as "Report\\x1b[2J" clears the screen of whoever lists it, and longer sequences can
rewrite what was printed before, set the window title or, in some terminals, worse. Titles, names
and tags typed here are refused when they carry one (`app/validation.py`); those arriving from
others lose them (`app/sharing/item_states.py`); and everything the command line prints passes
through `printable` (`app/cli/output.py`), so a vault written by an older Amanat is safe to list too.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_LINE_BREAKS = dict.fromkeys(map(ord, "\t\n\r\x0b\x0c\x85"), " ")
# Everything but newline and tab, which bodies need and which cannot move the cursor backwards.
_UNPRINTABLE: dict[int, None] = {
    code: None for code in (*range(0x00, 0x20), *range(0x7F, 0xA0)) if code not in (0x09, 0x0A)
}


def control_character_in(text: str) -> str | None:
    """The first control character in `text` (shown as U+XXXX), or None."""
    found = _CONTROL.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def single_line(text: str) -> str:
    """`text` with line breaks and tabs as spaces and every other control character removed."""
    return _CONTROL.sub("", text.translate(_LINE_BREAKS))


def printable(text: str) -> str:
    """`text` safe for a terminal: every control character removed except newline and tab."""
    return text.translate(_UNPRINTABLE)
