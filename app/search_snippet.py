"""Snippets: a line of an item's text around the first word a search matched, the matches marked.

A search window shows a snippet for each row it lays out (a dozen at a time), so this is on the path of
every keystroke: the text is folded at C speed (`fold_mapped`), the words before the first that can
match are skipped with `str.find` when folding left no marks to strip, and no word past the window is
looked at. tests/search/test_snippet_cases.py holds 800 snippets cut before these shortcuts, to show
that they change how fast, never what.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from amanat.app.search_text import fold_mapped, is_word_char, iter_word_spans, query_terms

ELLIPSIS = "\u2026"
_LINE_BREAKS = str.maketrans(dict.fromkeys("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", " "))
_LINE_BREAK = re.compile("[" + "".join(map(chr, _LINE_BREAKS)) + "]")
_SPACE = re.compile(r"\s")  # the characters str.isspace() accepts (and str.strip() takes away)
_NON_SPACE = re.compile(r"\S")
# Characters past the Basic Multilingual Plane are taken as maybe having marks (the slow, exact way then
# runs): a character class of BMP ranges is a table lookup, one with ranges beyond it a scan of them all.
_TABLE_END = 0x10000


def _strip_marks(text: str) -> str:
    """Drop non-spacing marks, as FTS5's ``remove_diacritics`` does for matching."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


@functools.lru_cache(maxsize=16384)
def _bare_word(word: str) -> str:
    """:func:`_strip_marks` of one folded word (words repeat: cached; ASCII has no marks)."""
    return word if word.isascii() else _strip_marks(word)


def _character_class(codes: list[int]) -> str:
    """A regular expression's character class for these code points (BMP), as ranges."""
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)


@functools.cache
def _marked_and_combining() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A character :func:`_strip_marks` would change (a mark, or one that decomposes), and one that combines
    with the one before it; either, or one past the BMP. Built at the first snippet of a run, from this
    Python's Unicode tables, in about 15 ms."""
    chars = [chr(code) for code in range(0x80, _TABLE_END)]
    marked = [ord(c) for c in chars if unicodedata.category(c) == "Mn" or not unicodedata.is_normalized("NFD", c)]
    combining = [ord(c) for c in chars if unicodedata.combining(c)]
    past_bmp = f"{re.escape(chr(_TABLE_END))}-\\U0010ffff"
    return (re.compile(f"[{_character_class(marked)}{past_bmp}]"),
            re.compile(f"[{_character_class(combining)}{past_bmp}]"))


def _unmarked(folded: str, end: int | None = None) -> bool:
    """Is every word of ``folded`` (up to ``end``) its own mark-free form?"""
    return folded.isascii() or not _marked_and_combining()[0].search(folded, 0, len(folded) if end is None else end)


def _uncombined(text: str) -> bool:
    """Has ``text`` no character that combines with the one before it?"""
    return text.isascii() or not _marked_and_combining()[1].search(text)


def _prefix_length(word: str, key: str) -> int:
    """Return how many characters of ``word`` the mark-free prefix ``key`` covers."""
    if _bare_word(word) == word:
        return len(key)  # each character is its own mark-free form
    covered = ""
    for length, char in enumerate(word, start=1):
        covered += _strip_marks(char)
        if len(covered) >= len(key):
            while length < len(word) and not _strip_marks(word[length]):
                length += 1  # keep trailing marks with the letter they sit on
            return length
    return len(word)


def _first_word_starting_with(folded: str, keys: Sequence[str], begin: int = 0) -> int | None:
    """The index of the first place in ``folded`` (from ``begin``) where a key starts a word (keys start with
    a letter, number or mark, so a word starts where a key is found after a character that is none of
    those)."""
    first: int | None = None
    for key in keys:
        found = folded.find(key, begin)
        while found != -1 and (first is None or found < first):
            if found == 0 or not is_word_char(folded[found - 1]):
                first = found
                break
            found = folded.find(key, found + 1)
    return first


def _find_hits(text: str, keys: Sequence[str], width: int) -> list[tuple[int, int]]:
    """Return merged ``(start, end)`` spans of ``text`` whose words start with a key.

    The snippet is cut around the first span, at most ``width`` characters past its end;
    words that start beyond that cannot show, so the scan stops there.
    """
    folded, positions = fold_mapped(text)
    first = _first_word_starting_with(folded, keys)
    if _unmarked(folded) and _uncombined(text):
        return _hits_found(text, folded, positions, keys, width, first)
    key_tuple = tuple(keys)
    hits: list[tuple[int, int]] = []
    begin = 0
    if _unmarked(folded, first):
        # No word before `first` has marks to strip, so none of them can match: skip them at C speed.
        if first is None:
            return hits
        begin = first
    for start, end in iter_word_spans(folded, begin):
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
        _add_hit(hits, origin, orig_end)
    return hits


def _hits_found(text: str, folded: str, positions: Sequence[int], keys: Sequence[str], width: int,
                first: int | None) -> list[tuple[int, int]]:
    """`_find_hits` for a text and its folded form with no marks and nothing combining: every word is its
    own mark-free form, so a word matches where a key starts it, and `str.find` goes from one to the next."""
    hits: list[tuple[int, int]] = []
    start = first
    while start is not None:
        origin = positions[start]
        if hits and origin >= hits[0][1] + width:
            break
        # A key is letters, numbers and marks: one found at a word's start lies inside that word.
        stop = start + max(len(key) for key in keys if folded.startswith(key, start))
        _add_hit(hits, origin, max(positions[stop - 1] + 1, positions[stop] if stop < len(folded) else len(text)))
        start = _first_word_starting_with(folded, keys, stop)
    return hits


def _add_hit(hits: list[tuple[int, int]], start: int, end: int) -> None:
    """Add the span of a matching word, merged with the last when they touch."""
    if hits and start < hits[-1][1]:
        hits[-1] = (hits[-1][0], max(hits[-1][1], end))
    else:
        hits.append((start, end))


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
        space = _SPACE.search(text, start, max(start, hit_start))  # the first space before the hit
        if space is not None:
            start = space.start() + 1
    if end < length and not text[end].isspace():
        lowest = max(hit_end, start + 1)
        space = _SPACE.search(text[lowest:end][::-1])  # the last space after the hit
        if space is not None:
            end = end - 1 - space.start()
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
    terms: Sequence[str],
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
    shown = text[start:end]
    if _LINE_BREAK.search(shown):
        shown = shown.translate(_LINE_BREAKS)  # one character for one: the hits' places stay
    pieces: list[str] = [ELLIPSIS] if _NON_SPACE.search(text, 0, start) else []
    cursor = 0
    for hit_start, hit_end in hits:
        hit_start, hit_end = max(hit_start, start) - start, min(hit_end, end) - start
        if hit_start >= hit_end:
            continue
        pieces += [shown[cursor:hit_start], mark_start, shown[hit_start:hit_end], mark_end]
        cursor = hit_end
    pieces.append(shown[cursor:])
    if _NON_SPACE.search(text, end):
        pieces.append(ELLIPSIS)
    return "".join(pieces)
