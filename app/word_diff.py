"""What changed between two texts, word by word (for a linked version's "Show changes").

Words are runs of letters and digits, with the zero-width non-joiner and joiner (a Dari word
such as «بازداشت‌شدگان» stays one word) and Arabic-script vowel marks; each punctuation mark is a
word of its own, so "searches." → "searches and more." changes by the added words only. Spaces
and line breaks are kept as they are, so the changed words can be shown in place, in the text's
own direction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

MAX_DIFF_CHARS = 60_000  # beyond this either text is shown without the changed words (a diff is quadratic)
_TOKENS = re.compile(r"\s+|[\w\u200c\u200d\u064b-\u065f\u0670]+|[^\w\s\u200c\u200d]")

SAME = "same"
ADDED = "added"
REMOVED = "removed"


@dataclass(frozen=True)
class DiffPart:
    """A run of text: the same in both, added in the new text, or removed from the old."""

    change: str  # SAME, ADDED or REMOVED
    text: str


def word_diff(old: str, new: str) -> list[DiffPart] | None:
    """The parts of `new` and `old` in reading order, word by word; None when a text is too long to compare."""
    if len(old) > MAX_DIFF_CHARS or len(new) > MAX_DIFF_CHARS:
        return None
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    parts: list[DiffPart] = []
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _add(parts, SAME, "".join(after[j1:j2]))
            continue
        _add(parts, REMOVED, "".join(before[i1:i2]))
        _add(parts, ADDED, "".join(after[j1:j2]))
    return parts


def _add(parts: list[DiffPart], change: str, text: str) -> None:
    if not text:
        return
    if parts and parts[-1].change == change:
        parts[-1] = DiffPart(change, parts[-1].text + text)
    else:
        parts.append(DiffPart(change, text))
