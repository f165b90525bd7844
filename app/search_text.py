"""Text folding and query building for full-text search over English, Dari and Pashto.

SQLite's FTS5 ``unicode61`` tokenizer lowercases and strips Latin diacritics, but it
knows nothing of the spelling variants of Arabic script: an Arabic kaf and a Persian
keheh, a word typed with or without a zero-width non-joiner, Persian and ASCII digits.
Notes are therefore folded with :func:`fold_for_search` before they are indexed, and
queries are folded the same way by :func:`build_match_query`. Everything here is pure
Python (stdlib only) so that the CLI, the GUI and the benchmarks share one definition.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator, Sequence

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
_LINE_BREAKS = str.maketrans(dict.fromkeys("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", " "))

MAX_QUERY_TOKENS = 16
MIN_PREFIX_CHARS = 2  # the index keeps 2- and 3-character prefixes (schema: prefix = '2 3')
MAX_TOKEN_CHARS = 64
ELLIPSIS = "\u2026"


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
    folded, positions = _fold_mapped(text)
    return folded, list(positions)


@functools.lru_cache(maxsize=4096)
def _fold_kind(char: str) -> int:
    """1 when ``char`` folds to one character outside the presentation forms, 0 when deleted, else 2."""
    if _PRESENTATION_FORMS.match(char):
        return 2
    return min(len(_fold_char(char)), 2)


def _fold_mapped(text: str) -> tuple[str, Sequence[int]]:
    """:func:`fold_with_positions`, the positions as a range when nothing moves."""
    normalized, nfc_positions = _nfc_with_positions(text)
    kinds = set(map(_fold_kind, set(normalized)))  # a text's distinct characters are few
    if 2 not in kinds:
        # Each character folds to one or none, as it would alone: fold_for_search folds the lot at C speed.
        folded = fold_for_search(normalized)
        if 0 not in kinds:
            return folded, nfc_positions
        # Deletions (harakat, tatweel, joiners): keep the positions of the characters between them.
        kept: list[int] = []
        last = 0
        for deleted in _DELETED_RUN.finditer(normalized):
            kept += nfc_positions[last:deleted.start()]
            last = deleted.end()
        kept += nfc_positions[last:]
        return folded, kept
    pieces = list(map(_fold_char, normalized))
    return "".join(pieces), [origin for piece, origin in zip(pieces, nfc_positions, strict=True) for _ in piece]


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LNM"


@functools.lru_cache(maxsize=16384)
def _token_word_spans(token: str) -> tuple[tuple[int, int], ...]:
    """The word spans of one run of non-space characters (tokens repeat: cached)."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for index, char in enumerate(token):
        if _is_word_char(char):
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


def _iter_word_spans(folded: str, begin: int = 0) -> Iterator[tuple[int, int]]:
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
    return list(_iter_word_spans(folded))


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


def _strip_marks(text: str) -> str:
    """Drop non-spacing marks, as FTS5's ``remove_diacritics`` does for matching."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


@functools.lru_cache(maxsize=16384)
def _bare_word(word: str) -> str:
    """:func:`_strip_marks` of one folded word (words repeat: cached; ASCII has no marks)."""
    return word if word.isascii() else _strip_marks(word)


def _prefix_length(word: str, key: str) -> int:
    """Return how many characters of ``word`` the mark-free prefix ``key`` covers."""
    covered = ""
    for length, char in enumerate(word, start=1):
        covered += _strip_marks(char)
        if len(covered) >= len(key):
            while length < len(word) and not _strip_marks(word[length]):
                length += 1  # keep trailing marks with the letter they sit on
            return length
    return len(word)


def _find_hits(text: str, keys: Sequence[str], width: int) -> list[tuple[int, int]]:
    """Return merged ``(start, end)`` spans of ``text`` whose words start with a key.

    The snippet is cut around the first span, at most ``width`` characters past its end;
    words that start beyond that cannot show, so the scan stops there.
    """
    folded, positions = _fold_mapped(text)
    key_tuple = tuple(keys)
    hits: list[tuple[int, int]] = []
    begin = 0
    if all(map(_is_bare_char, set(folded))):
        first = _first_word_starting_with(folded, keys)
        if first is None:
            return hits
        begin = first  # no word before it can match: skip them at C speed
    for start, end in _iter_word_spans(folded, begin):
        origin = positions[start]
        # (Past a run of combining marks the window may still reach: never stop inside one.)
        if hits and origin >= hits[0][1] + width and not unicodedata.combining(text[origin - 1]):
            break
        word = folded[start:end]
        bare = _bare_word(word)
        if not bare.startswith(key_tuple):
            continue
        matched = [key for key in keys if bare.startswith(key)]
        stop = start + _prefix_length(word, max(matched, key=len))
        # Run up to the next folded character so that joiners and harakat that
        # folding deleted stay inside the mark, in their original spelling.
        orig_end = positions[stop - 1] + 1
        orig_end = max(orig_end, positions[stop] if stop < len(folded) else len(text))
        orig_start = origin
        if hits and orig_start < hits[-1][1]:
            hits[-1] = (hits[-1][0], max(hits[-1][1], orig_end))
        else:
            hits.append((orig_start, orig_end))
    return hits


@functools.lru_cache(maxsize=4096)
def _is_bare_char(char: str) -> bool:
    """Is ``char`` its own mark-free form? (Then a word of such characters is its own :func:`_bare_word`.)"""
    return _strip_marks(char) == char


def _first_word_starting_with(folded: str, keys: Sequence[str]) -> int | None:
    """The index of the first word of ``folded`` that starts with a key, for text whose words are their own
    mark-free forms (keys start with a letter, number or mark, so a word starts where a key is found after
    a character that is none of those)."""
    first: int | None = None
    for key in keys:
        found = folded.find(key)
        while found != -1 and (first is None or found < first):
            if found == 0 or not _is_word_char(folded[found - 1]):
                first = found
                break
            found = folded.find(key, found + 1)
    return first


def _choose_window(text: str, hit: tuple[int, int] | None, width: int) -> tuple[int, int]:
    """Pick ``[start, end)`` of about ``width`` characters around ``hit``, cut at spaces."""
    length = len(text)
    hit_start, hit_end = hit if hit else (0, 0)
    start = max(0, hit_start - width // 3)
    end = min(length, start + width)
    if end == length:
        start = max(0, min(start, length - width))
    if hit_end - hit_start >= width:
        start, end = hit_start, hit_start + width
    elif hit_end > end:
        start, end = hit_end - width, hit_end
    if start > 0 and not text[start - 1].isspace():
        space = next((i for i in range(start, hit_start) if text[i].isspace()), None)
        if space is not None:
            start = space + 1
    if end < length and not text[end].isspace():
        lowest = max(hit_end, start + 1)
        space = next((i for i in range(end - 1, lowest - 1, -1) if text[i].isspace()), None)
        if space is not None:
            end = space
        while end < length and unicodedata.combining(text[end]):
            end += 1  # never strand a combining mark outside the snippet
    while start < min(end, hit_start) and text[start].isspace():
        start += 1
    while end > max(start, hit_end) and text[end - 1].isspace():
        end -= 1
    return start, end


@functools.lru_cache(maxsize=64)
def _snippet_keys(terms: tuple[str, ...]) -> tuple[str, ...]:
    """The mark-free folded words to look for (one query's rows ask for the same: cached)."""
    return tuple(sorted({_strip_marks(term) for raw in terms for term in query_terms(raw)} - {""}))


def make_snippet(
    text: str,
    terms: list[str],
    *,
    width: int = 80,
    mark_start: str = "[",
    mark_end: str = "]",
) -> str:
    """Cut about ``width`` characters of ``text`` around the first word matching a term.

    Every word whose folded form starts with one of ``terms`` is wrapped in
    ``mark_start``/``mark_end`` in its original spelling; cut ends get an ellipsis
    and line breaks become spaces. Without a match the start of ``text`` is returned.
    """
    width = max(1, width)
    keys = _snippet_keys(tuple(terms))
    hits = _find_hits(text, keys, width) if keys and text else []
    start, end = _choose_window(text, hits[0] if hits else None, width)
    pieces: list[str] = [ELLIPSIS] if text[:start].strip() else []
    cursor = start
    for hit_start, hit_end in hits:
        hit_start, hit_end = max(hit_start, start), min(hit_end, end)
        if hit_start >= hit_end:
            continue
        pieces += [text[cursor:hit_start].translate(_LINE_BREAKS), mark_start]
        pieces += [text[hit_start:hit_end].translate(_LINE_BREAKS), mark_end]
        cursor = hit_end
    pieces.append(text[cursor:end].translate(_LINE_BREAKS))
    if text[end:].strip():
        pieces.append(ELLIPSIS)
    return "".join(pieces)
