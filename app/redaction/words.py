"""Finding marked words in text the way a reader would: whole words, spelling variants folded.

Dari and Pashto are written with letters that keyboards and phones disagree on (Arabic ي/ك or
Persian ی/ک, Pashto ګ or Persian گ), with or without short vowels, tatweel and zero-width joiners
and non-joiners. A name marked once as «عبدالله کریمی» must be found as «عبدالله كريمي»,
«عبد‌الله کریمی» or «عَبدُالله کریمی» too, or the redacted file gives the person away.

The text is cut into words (runs of letters, digits and the marks that belong to them). A word is
folded for comparison (`fold`), and a run of words separated only by spaces, ZWNJ or hyphens is
compared by the concatenation of its folded words, so «عبد الله», «عبد‌الله» and «عبدالله» are the
same, and so are «Mazar-i-Sharif» and «Mazar i Sharif» (and «Z.A.» and «Z A»). Only whole words match: «کابلی» is not
«کابل», but «کابل‌ها» (Kabul with a suffix after a ZWNJ) is, since the ZWNJ ends the word.
At each word the longest marked run wins («Mazar-i-Sharif» before «Sharif»).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

ZWNJ = "\u200c"
# Letters folded to one form: Arabic yeh/alef maksura to Persian yeh, Arabic kaf to keheh, Pashto gaf
# to Persian gaf, teh marbuta and heh goal/ae to heh. Hamza and madda leave with the diacritics (NFKD).
_LETTER_FOLDS = str.maketrans({
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u06ab": "\u06af", "\u0629": "\u0647",
    "\u06c1": "\u0647", "\u06d5": "\u0647", "\u06c0": "\u0647",
})
# Separators that may stand inside one marked name: spaces (any width), ZWNJ, hyphens, the dots of
# initials ("Z.A."), apostrophes ("O'Neil"), and the Markdown markers a reader never sees ("**Abdullah**
# Karimi", "_Abdullah Karimi_", "abdullah_karimi"): at most 3 visible separators, 12 in all.
_MARKUP = frozenset("*_`~")
_JOINING_SEPARATORS = frozenset(" \t\u00a0\u2009\u202f" + ZWNJ + "-\u2010\u2011.'\u2019") | _MARKUP
MAX_VISIBLE_GAP, MAX_GAP = 3, 12
MAX_WORDS_IN_A_NAME = 8


def _is_word_char(char: str) -> bool:
    """Letters and digits, and what belongs inside a word: combining marks, tatweel, and every invisible
    format character but ZWNJ (soft hyphen, zero-width space, word joiner, bidi marks: «Kari\u00admi» reads
    «Karimi»). The underscore is Markdown, not a letter."""
    if char.isalnum():
        return True
    category = unicodedata.category(char)
    return category in ("Mn", "Mc", "Me") or char == "\u0640" or (category == "Cf" and char != ZWNJ)


def fold(word: str) -> str:
    """One word in the form words are compared in: no diacritics or joiners, one letter per sound, lower case."""
    decomposed = unicodedata.normalize("NFKD", word)
    kept = "".join(c for c in decomposed
                   if unicodedata.category(c) not in ("Mn", "Mc", "Me", "Cf") and c != "\u0640")
    digits = "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c for c in kept)
    return digits.translate(_LETTER_FOLDS).casefold()


@dataclass(frozen=True)
class Word:
    """One word of a text: where it is (`start`, `end` as offsets into the text) and its folded form."""

    start: int
    end: int
    folded: str


def words_of(text: str) -> list[Word]:
    """The words of `text` in order (a ZWNJ ends a word; marks inside a word stay with it)."""
    found: list[Word] = []
    start = -1
    for index, char in enumerate(text):
        if _is_word_char(char):
            if start < 0:
                start = index
        elif start >= 0:
            found.append(Word(start, index, fold(text[start:index])))
            start = -1
    if start >= 0:
        found.append(Word(start, len(text), fold(text[start:])))
    return [word for word in found if word.folded]


def key_of(phrase: str) -> str:
    """What a marked phrase is looked up by: its folded words run together ('' if it has no word)."""
    return "".join(word.folded for word in words_of(phrase))


def word_count(phrase: str) -> int:
    return len(words_of(phrase))


@dataclass(frozen=True)
class Match:
    """A marked phrase found in a text: its span, and the key it was found by."""

    start: int
    end: int
    key: str


def _joined(text: str, before: Word, after: Word) -> bool:
    """True if only spaces, ZWNJ or hyphens stand between two words (so they may form one name)."""
    gap = text[before.end:after.start]
    visible = sum(1 for char in gap if char not in _MARKUP)
    return 0 < len(gap) <= MAX_GAP and visible <= MAX_VISIBLE_GAP and all(char in _JOINING_SEPARATORS for char in gap)


def find_marked(text: str, keys: Mapping[str, object], longest: int = MAX_WORDS_IN_A_NAME) -> Iterator[Match]:
    """Every run of whole words in `text` whose key is in `keys`, longest first at each word, left to right."""
    found = words_of(text)
    index = 0
    while index < len(found):
        span = 1
        while span < longest and index + span < len(found) and _joined(text, found[index + span - 1],
                                                                       found[index + span]):
            span += 1
        for size in range(span, 0, -1):
            key = "".join(word.folded for word in found[index:index + size])
            if key in keys:
                yield Match(found[index].start, found[index + size - 1].end, key)
                index += size
                break
        else:
            index += 1
