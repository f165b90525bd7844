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

A note is Markdown, and Markdown shows HTML: «Abdullah&nbsp;Karimi», «Kar&#105;mi» and
«Abdullah <span>Karimi</span>» all read «Abdullah Karimi» in the PDF, HTML and ODT exports, and a
link copied from a browser holds a name percent-encoded («…/%D8%B9%D8%A8…»). So a text holding
`&`, `<` or `%` is also searched as it is shown (entities and percent-encoded UTF-8 decoded, tags
and comments gone), and a name found there is replaced with the markup around it.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

ZWNJ = "\u200c"
# Letters folded to one form: Arabic yeh/alef maksura to Persian yeh, Arabic kaf to keheh, Pashto gaf
# to Persian gaf, teh marbuta and heh goal/ae/doachashmee (the Urdu keyboard's «ھ») to heh, alef wasla
# to alef. Hamza and madda leave with the diacritics (NFKD).
_LETTER_FOLDS = str.maketrans({
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u06ab": "\u06af", "\u0629": "\u0647",
    "\u06c1": "\u0647", "\u06d5": "\u0647", "\u06c0": "\u0647", "\u06be": "\u0647", "\u0671": "\u0627",
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
    """The words of `text` in order (a ZWNJ ends a word; marks inside a word stay with it).

    Each distinct word is folded once (a text repeats its words); the memo lives only in this call,
    so no word of the vault stays in a cache after it (a process-wide cache would outlive the lock).
    """
    folded: dict[str, str] = {}
    found: list[Word] = []
    start = -1
    for index, char in enumerate([*text, " "]):
        if _is_word_char(char):
            if start < 0:
                start = index
        elif start >= 0:
            word = text[start:index]
            if word not in folded:
                folded[word] = fold(word)
            if folded[word]:
                found.append(Word(start, index, folded[word]))
            start = -1
    return found


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


_HTML = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,500})?/?>"
                   r"|&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
                   r"|(?:%[0-9A-Fa-f]{2}){1,600}", re.DOTALL)


def _decoded(token: str) -> str:
    """What an entity or a run of percent-encoded UTF-8 (a link to «…/عبدالله_کریمی») stands for; '' for a tag."""
    if token.startswith("&"):
        return html.unescape(token)
    if token.startswith("%"):
        try:
            return bytes.fromhex(token.replace("%", "")).decode("utf-8")
        except UnicodeDecodeError:
            return token
    return ""


def _as_shown(text: str) -> tuple[str, list[int], list[int]]:
    """`text` as Markdown shows it (entities decoded, tags and comments gone), with each shown
    character's start and end in `text`."""
    shown: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for token in _HTML.finditer(text):
        for index in range(position, token.start()):
            shown.append(text[index])
            starts.append(index)
            ends.append(index + 1)
        decoded = _decoded(token.group())
        if decoded:
            shown.extend(decoded)
            starts.extend([token.start()] * len(decoded))
            ends.extend([token.end()] * len(decoded))
        position = token.end()
    for index in range(position, len(text)):
        shown.append(text[index])
        starts.append(index)
        ends.append(index + 1)
    return "".join(shown), starts, ends


def markup_within(text: str) -> str:
    """The HTML tags and the unpaired Markdown markers (not "_") in `text`, in order: what a replaced span
    keeps, so that "<span>" still has its "</span>" and "**Abdullah** Karimi" its bold's end."""
    kept: list[str] = []
    position = 0
    for token in [*_HTML.finditer(text), None]:
        for run in re.findall(r"[*`~]+", text[position:len(text) if token is None else token.start()]):
            if kept and kept[-1] == run:
                kept.pop()  # "Abdullah** **Karimi": the bold closed and opened again inside the name
            else:
                kept.append(run)
        if token is not None:
            if token.group().startswith("<") and not token.group().startswith("<!--"):
                kept.append(token.group())
            position = token.end()
    return "".join(kept)


def prefixes_of(keys: Mapping[str, object]) -> set[str]:
    """Every start of every key (what a run of words grows by); made once for many texts."""
    return {key[:end] for key in keys for end in range(1, len(key) + 1)}


def find_marked(text: str, keys: Mapping[str, object], longest: int = MAX_WORDS_IN_A_NAME,
                prefixes: set[str] | None = None) -> Iterator[Match]:
    """Every run of whole words in `text` whose key is in `keys`, longest first at each word, left to right
    (in the text as written and as Markdown shows it: see the module's note)."""
    if prefixes is None:
        prefixes = prefixes_of(keys)
    found = list(_find_in(text, keys, longest, prefixes))
    if "&" not in text and "<" not in text and "%" not in text:
        yield from found
        return
    shown, starts, ends = _as_shown(text)
    spans = [Match(starts[m.start], ends[m.end - 1], m.key) for m in _find_in(shown, keys, longest, prefixes)]
    starts = [o.start for o in spans]  # in order, and not overlapping one another: one look per match

    def overlaps(match: Match) -> bool:
        before = bisect.bisect_left(starts, match.end)
        return before > 0 and spans[before - 1].end > match.start

    spans += [m for m in found if not overlaps(m)]
    yield from sorted(spans, key=lambda m: m.start)


def _find_in(text: str, keys: Mapping[str, object], longest: int, prefixes: set[str]) -> Iterator[Match]:
    """A run of words grows only while its words run together start some key (`prefixes`), so a long
    text against thousands of names costs little more than reading it; the longest key found wins."""
    found = words_of(text)
    index = 0
    while index < len(found):
        joined = found[index].folded
        size, best = 1, (1 if joined in keys else 0)
        while (joined in prefixes and size < longest and index + size < len(found)
               and _joined(text, found[index + size - 1], found[index + size])):
            joined += found[index + size].folded
            size += 1
            if joined in keys:
                best = size
        if best:
            yield Match(found[index].start, found[index + best - 1].end, "".join(
                word.folded for word in found[index:index + best]))
            index += best
        else:
            index += 1
