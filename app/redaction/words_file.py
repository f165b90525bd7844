"""The words file of `amanat export --redact-words FILE`: one name a line, its kind first if given.

    # a comment
    person: Abdullah Karimi | Abu Bakr | عبدالله کریمی
    province: Herat | هرات
    Herat Women Forum

Spellings of one name are separated by "|" and get one pseudonym. A line without a known kind
before a colon is one name of kind "other" (colons inside a name are kept).
"""

from __future__ import annotations

from amanat.app.errors import InvalidValue
from amanat.app.redaction.pseudonyms import CATEGORIES, MAX_ENTITIES
from amanat.app.redaction.suggestions import Suggestion

MAX_WORDS_FILE_BYTES = 1_000_000
_KIND_ALIASES = {"organization": "organisation", "org": "organisation", "name": "person", "city": "place",
                 "village": "place", "word": "other"}


def parse_words_file(data: bytes) -> list[Suggestion]:
    """The (kind, spellings) of every line; InvalidValue naming the line if one is not usable."""
    if len(data) > MAX_WORDS_FILE_BYTES:
        raise InvalidValue(f"the words file is larger than {MAX_WORDS_FILE_BYTES:,} bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidValue("the words file is not UTF-8 text") from None
    found: list[Suggestion] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        kind, colon, rest = line.partition(":")
        kind = _KIND_ALIASES.get(kind.strip().lower(), kind.strip().lower())
        if not colon or kind not in CATEGORIES:
            kind, rest = "other", line
        spellings = [s.strip() for s in rest.split("|") if s.strip()]
        if not spellings:
            raise InvalidValue(f"line {number} of the words file names no word")
        found.append((kind, spellings))
        if len(found) > MAX_ENTITIES:
            raise InvalidValue(f"the words file has more than {MAX_ENTITIES:,} names")
    if not found:
        raise InvalidValue("the words file names no word (one name a line)")
    return found
