"""One digit policy per language, applied by one helper.

English writes digits 0-9; Dari and Pashto write the Extended Arabic-Indic digits ۰-۹ (what their
QLocale uses, and what their catalogues use), so a Pashto sentence never mixes 3 and ۳. Numbers inside
a word stay as they are: an id (3f2a9c01), a key name (Ctrl+1), an algorithm (Ed25519, SHA-256).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

# A run of digits (with , . or - between digits: 16,000,000, 2.5, 2026-12-31) that is not part of a word:
# no letter, digit, _, +, # or - touching it (so 3f2a9c01, Ctrl+1, SHA-256 and Ed25519 stay as they are).
_STANDALONE_NUMBER = re.compile(r"(?<![\w+#\-])[0-9]+(?:[.,\-][0-9]+)*(?![\w+\-])", re.ASCII)
_LATIN = "0123456789"


def zero_digit(locale: QLocale | None = None) -> str:
    """The digit zero of `locale` (the application's default locale: the user's language)."""
    return (locale or QLocale()).zeroDigit()


def localise_digits(text: str, locale: QLocale | None = None) -> str:
    """Every ASCII digit of `text` (which is Amanat's own: numbers, dates) in the language's digits."""
    zero = zero_digit(locale)
    if zero == "0":
        return text
    return text.translate({ord(_LATIN[d]): chr(ord(zero) + d) for d in range(10)})


def localise_numbers(message: str, locale: QLocale | None = None) -> str:
    """Standalone numbers in `message` in the language's digits and separators; ids and names left alone.

    For sentences that carry something not written by Amanat's translators (a reason from the core,
    a list of group numbers), where a digit inside a word must not change.
    """
    zero = zero_digit(locale)
    if zero == "0":
        return message
    group = (locale or QLocale()).groupSeparator()
    decimal = (locale or QLocale()).decimalPoint()

    def convert(match: re.Match[str]) -> str:
        number = match.group(0)
        separators = {",": group, ".": decimal}
        return "".join(separators.get(c, c) if not c.isdigit() else chr(ord(zero) + int(c)) for c in number)

    return _STANDALONE_NUMBER.sub(convert, message)


def localised_number(number: int, locale: QLocale | None = None) -> str:
    """An integer as the language writes it, without grouping (a count, a group number)."""
    return localise_digits(str(number), locale)
