"""Write tests/search/snippet_cases.json: snippets of made-up texts, as `make_snippet` cuts them today.

The snippet code has fast paths (text folded at C speed, words skipped up to the first that can match);
tests/search/test_snippet_cases.py checks that they still give these snippets. Run this only to record a
deliberate change of what a snippet is, and say so in the commit:

    .venv/bin/python scripts/make_snippet_cases.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from amanat.app.search_snippet import make_snippet
from amanat.app.search_text import query_terms

CASES = 800
SEED = 20261204
OUTPUT = Path(__file__).resolve().parent.parent / "tests" / "search" / "snippet_cases.json"
# Letters and what folding does to them: Arabic and Persian variants, harakat and tatweel, joiners and bidi
# marks, digits of three scripts, Latin letters that compose or expand, presentation forms, Hangul, an
# emoji; spaces and line breaks of several kinds, punctuation, Markdown's marks.
PIECES = [
    "کتاب", "كتاب", "میخواهم", "مي\u200cخواهم", "دادگاه", "ولایت", "ولايت", "هرات", "شاهد", "مدافع",
    "محکمې", "ښځې", "د", "او", "زندان", "گزارش", "ګزارش", "آموزش", "أمن", "مؤسسه", "رئیس", "ۀ", "ة",
    "كَتَبَ", "ـــ", "\u064b", "\u0670", "\u200d", "\u200f", "\u202b", "\ufeff", "\u00ad",
    "۱۴۰۳", "١٤٠٣", "1403", "court", "Court", "COURT", "witness", "Café", "Cafe\u0301", "Straße", "STRASSE",
    "İstanbul", "ﬁle", "\ufefb", "\ufdf2", "\ufe8d\ufe8e", "한국어", "\u1100\u1161", "q\u0303", "Ω", "\u2126",
    "📄", "-", "**", "_", "#", "[x]", "(", ")", "،", "؛", ".", ",", "!", "?", "«", "»", "·",
]
SPACES = [" ", " ", " ", " ", "\n", "\u00a0", "\t", "\u2003", "\r\n", "  "]


def made_up_text(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(0, 60)):
        parts.append(rng.choice(PIECES))
        if rng.random() < 0.75:
            parts.append(rng.choice(SPACES))
    return "".join(parts)


def made_up_query(rng: random.Random, text: str) -> str:
    words = text.split()
    picked = []
    for _ in range(rng.randint(1, 3)):
        if words and rng.random() < 0.7:
            word = rng.choice(words)
            picked.append(word[: rng.randint(1, max(1, len(word)))])
        else:
            picked.append(rng.choice(PIECES))
    return " ".join(picked)


def cases(count: int = CASES, seed: int = SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)  # noqa: S311 - made-up test texts, the same from one seed
    made = []
    for _ in range(count):
        text = made_up_text(rng)
        query = made_up_query(rng, text)
        width = rng.choice([80, 80, 80, 40, 12, 200])
        made.append({"text": text, "query": query, "width": width,
                     "snippet": make_snippet(text, query_terms(query), width=width)})
    return made


if __name__ == "__main__":
    OUTPUT.write_text(json.dumps(cases(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUTPUT}: {CASES} snippets")
