"""Names that look alike: a small confusables skeleton for people's and groups' names.

Two names look alike when their skeletons are equal. The skeleton is what a reader sees
rather than which code points were typed:

1. NFKC (full-width letters, ligatures and compatibility forms become their plain letters);
2. characters nobody sees are dropped: default-ignorable code points (zero-width space, joiner
   and non-joiner, word joiner, soft hyphen, variation selectors, bidi marks, embeddings,
   overrides and isolates, the Arabic letter mark, tatweel), spaces and punctuation;
3. case folding, then combining marks are dropped (accents, Arabic harakat, the hamza on
   أ إ ؤ ئ);
4. letters drawn the same in other scripts map to one form: Cyrillic and Greek look-alikes of
   Latin letters, the Arabic and Persian forms of kaf, yeh, heh and teh marbuta, every
   script's digits to ASCII digits, and within Latin i/l/1/|, o/0 and rn/m, vv/w.

This is deliberately wider than Unicode's TR39 skeleton: a false alarm costs a glance at the
fingerprint, a miss may cost a person. It is a warning, never a refusal: two people may share
a name.
"""

from __future__ import annotations

import unicodedata

# Default-ignorable code points (Unicode's DerivedCoreProperties list, the ranges that matter
# in names) plus the bidi controls and the Arabic tatweel, which only stretches a letter.
_INVISIBLE_RANGES = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x0640, 0x0640), (0x115F, 0x1160),
    (0x17B4, 0x17B5), (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F),
    (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)

# Lower-case Cyrillic and Greek letters (after case folding) that are drawn like Latin ones,
# in lower or in upper case (В, Н, М, Т, К look like B, H, M, T, K).
_CYRILLIC = {
    "а": "a", "в": "b", "д": "d", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "ӏ": "l", "ү": "y", "ѵ": "v", "ѡ": "w",
}
_GREEK = {
    "α": "a", "β": "b", "γ": "y", "δ": "d", "ε": "e", "ζ": "z", "η": "h", "ι": "i", "κ": "k", "μ": "m",
    "ν": "v", "ο": "o", "ρ": "p", "σ": "o", "ς": "c", "τ": "t", "υ": "u", "χ": "x", "ω": "w",
    "ϲ": "c", "ϳ": "j",
}
# Arabic-script letters written differently by Arabic, Persian, Dari, Pashto and Urdu keyboards
# but read as the same letter in a name.
_ARABIC = {
    "ك": "ک", "ڪ": "ک", "ګ": "گ", "ي": "ی", "ى": "ی", "ۍ": "ی", "ې": "ی", "ے": "ی", "ئ": "ی",
    "ە": "ه", "ہ": "ه", "ھ": "ه", "ۀ": "ه", "ة": "ه", "ۃ": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ٲ": "ا", "ٳ": "ا", "ؤ": "و", "ۄ": "و", "ۆ": "و", "ۇ": "و", "ۈ": "و",
}
# Within Latin, after everything else: letters and digits that stand in for each other.
_LATIN = {"i": "l", "1": "l", "|": "l", "ı": "l", "ǀ": "l", "ɡ": "g", "0": "o", "ø": "o"}
_SEQUENCES = (("rn", "m"), ("vv", "w"), ("cl", "d"))

_TABLE: dict[int, str] = {ord(k): v for table in (_CYRILLIC, _GREEK, _ARABIC) for k, v in table.items()}


def _invisible(char: str) -> bool:
    code = ord(char)
    if any(low <= code <= high for low, high in _INVISIBLE_RANGES):
        return True
    # Format characters, spaces, punctuation and other symbols separating words are easy to miss.
    return unicodedata.category(char)[0] in ("C", "Z", "P")


def skeleton(name: str) -> str:
    """The form two names share when a reader could take one for the other (see the module)."""
    text = unicodedata.normalize("NFKC", name)
    text = "".join(char for char in text if not _invisible(char))
    text = unicodedata.normalize("NFD", text.casefold())
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = unicodedata.normalize("NFC", text).translate(_TABLE)
    # Every script's decimal digits (Persian ۴, Arabic-Indic ٤, Devanagari …) read as the same number.
    text = "".join(str(unicodedata.decimal(char)) if unicodedata.decimal(char, None) is not None else char
                   for char in text)
    text = "".join(_LATIN.get(char, char) for char in text)
    for sequence, replacement in _SEQUENCES:
        text = text.replace(sequence, replacement)
    return text


def look_alike(first: str, second: str) -> bool:
    """True when the two names are the same or could be taken for each other."""
    first_skeleton, second_skeleton = skeleton(first), skeleton(second)
    return bool(first_skeleton) and first_skeleton == second_skeleton


def mixes_scripts(name: str) -> bool:
    """True when the name's letters come from more than one script (Latin with Cyrillic, say).

    Digits, marks, spaces and punctuation belong to no script here; Persian and Arabic letters
    are one script.
    """
    scripts = set()
    for char in unicodedata.normalize("NFKC", name):
        if not char.isalpha():
            continue
        try:
            word = unicodedata.name(char).split(" ")[0]
        except ValueError:
            continue
        scripts.add(word)
    return len(scripts) > 1
