"""Text folding and query building for full-text search over English, Dari and Pashto.

SQLite's FTS5 ``unicode61`` tokenizer lowercases and strips Latin diacritics, but it
knows nothing of the spelling variants of Arabic script: an Arabic kaf and a Persian
keheh, a word typed with or without a zero-width non-joiner, Persian and ASCII digits.
Notes are therefore folded with :func:`fold_for_search` before they are indexed, and
queries are folded the same way by :func:`build_match_query`. Everything here is pure
Python (stdlib only) so that the CLI, the GUI and the benchmarks share one definition.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import overload

_ARABIC_FOLDS: dict[str, str] = {
    "\u0643": "\u06a9",  # Arabic kaf -> Persian keheh
    "\u064a\u0649": "\u06cc",  # Arabic yeh, alef maksura -> Persian yeh
    "\u0629\u06c0\u06c1\u06d5": "\u0647",  # teh marbuta, heh+yeh above, heh goal, ae -> heh
    "\u0623\u0625\u0622\u0671": "\u0627",  # alef with hamza above/below, madda, wasla -> alef
    "\u0624": "\u0648",  # waw with hamza -> waw
}
# Tatweel, harakat, superscript alef, Quranic marks; invisible joiners, soft hyphen,
# bidi controls, and the zero-width no-break space (BOM) that some editors leave behind.
_DELETED: list[int] = [
    0x0640, *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE),
    0x00AD, 0x200C, 0x200D, 0x200E, 0x200F, *range(0x202A, 0x202F),
    *range(0x2066, 0x206A), 0xFEFF,
]
_FOLD_TABLE: dict[int, str | None] = {
    **{ord(src): dst for sources, dst in _ARABIC_FOLDS.items() for src in sources},
    **dict.fromkeys(_DELETED),
    **{0x06F0 + digit: str(digit) for digit in range(10)},  # Persian digits
    **{0x0660 + digit: str(digit) for digit in range(10)},  # Arabic-Indic digits
}
_DELETED_RUN = re.compile("[" + "".join(re.escape(chr(code)) for code in _DELETED) + "]+")
# str.translate looks every character up in the table, which is slow on non-ASCII
# text; running it only over the characters it changes is several times faster.
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FOLD_TABLE)) + "]+")
# NFKC is applied to these blocks only: on the whole text it would also rewrite
# ligatures, superscripts and fullwidth forms that users expect to see unchanged.
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")

MAX_QUERY_TOKENS = 16
MIN_PREFIX_CHARS = 2  # the index keeps 2- and 3-character prefixes (schema: prefix = '2 3')
MAX_TOKEN_CHARS = 64


def _nfkc_match(match: re.Match[str]) -> str:
    """Return the NFKC form of one matched presentation-form character."""
    return unicodedata.normalize("NFKC", match.group())


def fold_for_search(text: str) -> str:
    """Fold ``text`` for indexing or querying: NFC, Arabic-script variants, digits, case."""
    text = unicodedata.normalize("NFC", text)
    if _PRESENTATION_FORMS.search(text):
        text = _PRESENTATION_FORMS.sub(_nfkc_match, text)
    return _FOLDABLE.sub(_translate_match, text).casefold()


def _translate_match(match: re.Match[str]) -> str:
    """Apply the fold table to one run of characters that it changes."""
    return match.group().translate(_FOLD_TABLE)


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """Fold one character of NFC text exactly as :func:`fold_for_search` would."""
    if _PRESENTATION_FORMS.match(char):
        char = unicodedata.normalize("NFKC", char)
    return char.translate(_FOLD_TABLE).casefold()


def _nfc_with_positions(text: str) -> tuple[str, Sequence[int]]:
    """NFC-normalise ``text`` and map each output character to an index in ``text``."""
    if unicodedata.is_normalized("NFC", text):
        return text, range(len(text))
    # Split before every starter, then merge neighbours whenever NFC composes across
    # the cut (combining marks, Hangul jamo, two-starter compositions).
    groups: list[tuple[int, str]] = []
    for index, char in enumerate(text):
        if groups and unicodedata.combining(char):
            start, chunk = groups[-1]
            groups[-1] = (start, chunk + char)
            continue
        if groups:
            start, chunk = groups[-1]
            joined = unicodedata.normalize("NFC", chunk + char)
            if joined != unicodedata.normalize("NFC", chunk) + unicodedata.normalize("NFC", char):
                groups[-1] = (start, chunk + char)
                continue
        groups.append((index, char))
    pieces = [(start, chunk, unicodedata.normalize("NFC", chunk)) for start, chunk in groups]
    normalized = "".join(piece for _, _, piece in pieces)
    if normalized != unicodedata.normalize("NFC", text):
        pieces = [(0, text, unicodedata.normalize("NFC", text))]
        normalized = pieces[0][2]
    positions = [
        start + min(k, len(chunk) - 1) for start, chunk, piece in pieces for k in range(len(piece))
    ]
    return normalized, positions


def fold_with_positions(text: str) -> tuple[str, list[int]]:
    """Fold like :func:`fold_for_search` and map each folded index to an index in ``text``."""
    folded, positions = fold_mapped(text)
    return folded, list(positions)


class _KeptPositions(Sequence[int]):
    """Where each character kept from a text with deleted runs came from, worked out when asked: a snippet
    asks for a few, where building the list cost a fifth of it."""

    __slots__ = ("_length", "_origins", "_shifts", "_starts")

    def __init__(self, origins: Sequence[int], deleted: list[tuple[int, int]], length: int) -> None:
        self._origins, self._length = origins, length
        self._starts, self._shifts = [0], [0]  # from index start on, the kept index plus shift
        for start, end in deleted:
            self._starts.append(start - self._shifts[-1])
            self._shifts.append(self._shifts[-1] + end - start)

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...

    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        return self._origins[index + self._shifts[bisect.bisect_right(self._starts, index) - 1]]


def fold_mapped(text: str) -> tuple[str, Sequence[int]]:
    """:func:`fold_with_positions`, the positions as a range when nothing moves."""
    normalized, nfc_positions = _nfc_with_positions(text)
    folded = fold_for_search(normalized)
    if not _PRESENTATION_FORMS.search(normalized):
        # Outside the presentation forms a character folds to none (the deleted ones) or to one or more,
        # alone as in a text: when the lengths add up, none folded to more, and the positions are those of
        # the characters kept (found at C speed, where a character at a time cost about 20 µs a snippet).
        deleted = [match.span() for match in _DELETED_RUN.finditer(normalized)]
        if len(folded) == len(normalized) - sum(end - start for start, end in deleted):
            return folded, _KeptPositions(nfc_positions, deleted, len(folded)) if deleted else nfc_positions
    pieces = list(map(_fold_char, normalized))
    return "".join(pieces), [origin for piece, origin in zip(pieces, nfc_positions, strict=True) for _ in piece]


def is_word_char(char: str) -> bool:
    """Is ``char`` a letter, a number or a mark: a character of a word?"""
    return unicodedata.category(char)[0] in "LNM"


@functools.lru_cache(maxsize=16384)
def _token_word_spans(token: str) -> tuple[tuple[int, int], ...]:
    """The word spans of one run of non-space characters (tokens repeat: cached)."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for index, char in enumerate(token):
        if is_word_char(char):
            if start is None:
                start = index
        elif start is not None:
            spans.append((start, index))
            start = None
    if start is not None:
        spans.append((start, len(token)))
    return tuple(spans)


# No whitespace character is a letter, number or mark, so no word runs across one.
_NON_SPACE_RUN = re.compile(r"\S+")


def iter_word_spans(folded: str, begin: int = 0) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of every run of letters, numbers and marks in ``folded``, in order
    (from the run of non-space characters that holds index ``begin``)."""
    while begin > 0 and not folded[begin - 1].isspace():
        begin -= 1
    for token in _NON_SPACE_RUN.finditer(folded, begin):
        offset = token.start()
        for start, end in _token_word_spans(token.group()):
            yield offset + start, offset + end


def _word_spans(folded: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every run of letters, numbers and marks in ``folded``."""
    return list(iter_word_spans(folded))


def query_terms(user_query: str) -> list[str]:
    """Return the folded, capped word tokens of ``user_query`` (for highlighting)."""
    folded = fold_for_search(user_query)
    spans = _word_spans(folded)[:MAX_QUERY_TOKENS]
    return [folded[start:end][:MAX_TOKEN_CHARS] for start, end in spans]


def build_match_query(user_query: str) -> str | None:
    """Turn arbitrary user input into a safe FTS5 MATCH expression of prefix terms.

    Every token becomes a quoted FTS5 string, followed by ``*`` (a prefix query)
    when it has at least MIN_PREFIX_CHARS characters: a one-letter prefix would
    make FTS5 merge the lists of every word starting with that letter, seconds
    of work on a large vault, so a single letter matches only itself. FTS5
    operators, column filters and stray quotes in the input are separators,
    never syntax. Returns ``None`` when the input holds no word at all.
    """
    terms = query_terms(user_query)
    if not terms:
        return None
    return " ".join(
        '"' + term.replace('"', '""') + '"' + ("*" if len(term) >= MIN_PREFIX_CHARS else "") for term in terms
    )
