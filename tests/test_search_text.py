"""Tests for amanat.app.search_text: folding, FTS5 query building and snippets."""

from __future__ import annotations

import ast
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amanat.app import search_snippet, search_text
from amanat.app.search_snippet import make_snippet
from amanat.app.search_text import (
    build_match_query,
    fold_for_search,
    fold_with_positions,
    query_terms,
)

ZWNJ = "\u200c"

# (spelling a, spelling b): each pair must fold to the same text.
VARIANT_PAIRS = [
    pytest.param("كتاب", "کتاب", id="arabic-kaf"),
    pytest.param("علي", "علی", id="arabic-yeh"),
    pytest.param("مصطفى", "مصطفی", id="alef-maksura"),
    pytest.param(f"می{ZWNJ}خواهم", "میخواهم", id="zwnj"),
    pytest.param("سلامـــ", "سلام", id="tatweel"),
    pytest.param("كَتَبَ", "کتب", id="short-vowels"),
    pytest.param("۱۴۰۳", "1403", id="persian-digits"),
    pytest.param("١٤٠٣", "1403", id="arabic-indic-digits"),
    pytest.param("۱۴۰۳", "١٤٠٣", id="persian-vs-arabic-indic"),
    pytest.param("\ufedb\ufe98\ufe8e\ufe8f", "کتاب", id="presentation-forms"),
    pytest.param("مدرسة", "مدرسه", id="teh-marbuta"),
    pytest.param("أحمد", "احمد", id="alef-hamza"),
    pytest.param("خانۀ", "خانه", id="heh-yeh-above"),
    pytest.param("مؤمن", "مومن", id="waw-hamza"),
    pytest.param("\u200fسلام\u200e", "سلام", id="bidi-marks"),
    pytest.param("CAFÉ", "café", id="latin-case"),
]
PASHTO_LETTERS = "ې ۍ ټ ډ ړ ږ ښ ګ ڼ"

# Text that mixes the scripts and the characters the folding cares about, drawn as a
# list of characters from separate pools: given one merged alphabet, Hypothesis rarely
# leaves its start, and a broken presentation-forms path once passed 400 examples.
ARABIC_BLOCK = [chr(c) for c in range(0x0600, 0x0700) if unicodedata.category(chr(c)) != "Cn"]
PRESENTATION_FORMS = [
    chr(c) for c in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]
    if unicodedata.category(chr(c)) != "Cn"
]
SPECIAL_CHARS = list("aZéßİΣ\u0301\u0654\u200c\u200d\u200e\u00ad\u1100\u1161\u11a8 \n\t.-\"*:")
MIXED_ALPHABET = st.one_of(
    st.sampled_from(SPECIAL_CHARS),
    st.sampled_from(PRESENTATION_FORMS),
    st.sampled_from(ARABIC_BLOCK),
)
MIXED_TEXT = st.one_of(st.lists(MIXED_ALPHABET, max_size=60).map("".join), st.text(max_size=60))
SNIPPET_TEXT = st.one_of(
    st.lists(MIXED_ALPHABET, max_size=200).map("".join),
    st.text(
        alphabet=st.characters(exclude_categories=("Cs", "Co"), exclude_characters="\u2026"),
        max_size=200,
    ),
)
FTS5_SYNTAX = ["NEAR(", "NEAR", '"', "*", "AND", "OR", "NOT", "-", "+", ":", "^", "(", ")",
               "{", "}", "title:x", "body:", ",", " ", "\u200c", "ـ", "كتاب", "café", "\\"]
QUERY_TEXT = st.one_of(
    st.text(),
    MIXED_TEXT,
    st.lists(st.sampled_from(FTS5_SYNTAX), max_size=30).map("".join),
)
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
MARK_START, MARK_END = "\ue000", "\ue001"  # private use: never in the generated text


@pytest.fixture
def fts() -> Iterator[sqlcipher3.Connection]:
    """A real (unkeyed, in-memory) SQLCipher connection with an FTS5 notes table."""
    connection = sqlcipher3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE notes USING fts5(title, body, "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    yield connection
    connection.close()


def add_note(connection: sqlcipher3.Connection, body: str, *, fold: bool = True) -> int:
    """Index ``body`` (folded, as the app does) and return its rowid."""
    text = fold_for_search(body) if fold else body
    cursor = connection.execute("INSERT INTO notes (title, body) VALUES ('', ?)", (text,))
    return int(cursor.lastrowid)


def search(connection: sqlcipher3.Connection, user_query: str) -> list[int]:
    """Run the app's query for ``user_query`` and return matching rowids."""
    expression = build_match_query(user_query)
    assert expression is not None
    rows = connection.execute(
        "SELECT rowid FROM notes WHERE notes MATCH ? ORDER BY rowid", (expression,)
    )
    return [row[0] for row in rows]


def without_marks(snippet: str) -> str:
    """Remove the test's marks and the snippet's ellipses."""
    return snippet.replace(MARK_START, "").replace(MARK_END, "").replace("\u2026", "")


# Folding ---------------------------------------------------------------------


@pytest.mark.parametrize(("spelling_a", "spelling_b"), VARIANT_PAIRS)
def test_variant_spellings_fold_equal(spelling_a: str, spelling_b: str) -> None:
    assert spelling_a != spelling_b
    assert fold_for_search(spelling_a) == fold_for_search(spelling_b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("كَتَبَ", "کتب"),
        ("ك ي ى ة", "ک ی ی ه"),
        ("أ إ آ ٱ ؤ ۀ ہ ە", "ا ا ا ا و ه ه ه"),
        (f"می{ZWNJ}خواهم", "میخواهم"),
        ("۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩", "0123456789 0123456789"),
        ("\ufedb", "ک"),
        ("Hello WORLD Straße", "hello world strasse"),
        ("soft\u00adhyphen \u2067x\u2069", "softhyphen x"),
    ],
)
def test_fold_produces_expected_text(text: str, expected: str) -> None:
    assert fold_for_search(text) == expected


def test_pashto_letters_and_hamza_yeh_are_preserved() -> None:
    assert fold_for_search(PASHTO_LETTERS) == PASHTO_LETTERS
    assert fold_for_search("ئ") == "ئ"
    # ې is a distinct Pashto letter, not a spelling of ی.
    assert fold_for_search("ې") != fold_for_search("ی")


def test_fold_keeps_ligatures_outside_arabic_presentation_blocks() -> None:
    # Only the Arabic presentation blocks get NFKC; "²", "½" and "①" stay as typed.
    assert fold_for_search("x\u00b2 \u00bd \u2460") == "x\u00b2 \u00bd \u2460"


def test_fold_with_positions_maps_back_across_deleted_characters() -> None:
    folded, positions = fold_with_positions(f"می{ZWNJ}خواهم")
    assert folded == "میخواهم"
    assert positions == [0, 1, 3, 4, 5, 6, 7]
    folded, positions = fold_with_positions("e\u0301ß")  # NFC composes, casefold expands
    assert folded == "éss"
    assert positions == [0, 2, 2]


@settings(max_examples=400)
@given(MIXED_TEXT)
def test_fold_with_positions_agrees_with_fold_for_search(text: str) -> None:
    folded, positions = fold_with_positions(text)
    assert folded == fold_for_search(text)
    assert len(positions) == len(folded)
    assert all(0 <= position < len(text) for position in positions)
    assert positions == sorted(positions)


# Query building --------------------------------------------------------------


def test_build_match_query_quotes_every_token_and_prefixes_all_but_single_letters() -> None:
    assert build_match_query('title:x NEAR("a" b) -c ^dd*') == (
        '"title"* "x" "near"* "a" "b" "c" "dd"*'
    )
    assert build_match_query("كتاب ۱۴۰۳") == '"کتاب"* "1403"*'
    assert query_terms(f"Café مي{ZWNJ}خواهم") == ["café", "میخواهم"]
    # Vowel signs are marks (Mn/Mc) and must not split a word.
    assert query_terms("हिन्दी, नमस्ते") == ["हिन्दी", "नमस्ते"]


@pytest.mark.parametrize("user_query", ["", "   ", '"', "*", "-", ":", "^", "()", "ـ", ZWNJ])
def test_build_match_query_returns_none_without_words(user_query: str) -> None:
    assert build_match_query(user_query) is None
    assert query_terms(user_query) == []


def test_build_match_query_caps_token_count_and_length() -> None:
    terms = query_terms(" ".join(f"w{i}" for i in range(40)) + " " + "x" * 100)
    assert terms == [f"w{i}" for i in range(16)]
    assert query_terms("y" * 100) == ["y" * 64]
    expression = build_match_query(" ".join("t" * 100 for _ in range(20)))
    assert expression is not None
    assert expression.count("*") == 16
    assert max(len(part) for part in expression.split()) == len('"') * 2 + 64 + 1


@pytest.mark.parametrize(
    "user_query",
    ["NEAR(", 'NEAR("a" "b", 3)', '"', '"unterminated', "*", "AND", "a OR b", "NOT x", "-x",
     ":", "^", "title:x", "body:x", "{title body}:x", "(((", ")", "a + b", "x*y*", "\\\""],
)
def test_build_match_query_is_safe_for_fts5_operators(
    fts: sqlcipher3.Connection, user_query: str
) -> None:
    rowid = add_note(fts, "title x a b near and or not body y")
    expression = build_match_query(user_query)
    if expression is not None:
        fts.execute("SELECT rowid FROM notes WHERE notes MATCH ?", (expression,)).fetchall()
    if user_query in ("title:x", "a OR b", "NOT x"):
        assert search(fts, user_query) == [rowid]


@settings(max_examples=500, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(QUERY_TEXT)
def test_build_match_query_never_raises_fts5_syntax_error(
    fts: sqlcipher3.Connection, user_query: str
) -> None:
    expression = build_match_query(user_query)
    if expression is None:
        assert query_terms(user_query) == []
        return
    assert re.fullmatch(r'"[^"]+"\*?( "[^"]+"\*?){0,15}', expression)
    # Only tokens of two or more characters are prefix queries (a one-letter prefix is slow).
    for token in re.findall(r'"([^"]+)"(\*?)', expression):
        assert (len(token[0]) >= 2) == (token[1] == "*")
    fts.execute("SELECT rowid FROM notes WHERE notes MATCH ?", (expression,)).fetchall()


# FTS5 end to end --------------------------------------------------------------


@pytest.mark.parametrize(("spelling_a", "spelling_b"), VARIANT_PAIRS)
def test_fts5_finds_each_spelling_from_the_other(
    fts: sqlcipher3.Connection, spelling_a: str, spelling_b: str
) -> None:
    add_note(fts, "an unrelated note about gardens")
    note_b = add_note(fts, f"یادداشت دوم {spelling_b} پایان")
    assert search(fts, spelling_a) == [note_b]
    fts.execute("DELETE FROM notes WHERE rowid = ?", (note_b,))
    note_a = add_note(fts, f"یادداشت اول {spelling_a} پایان")
    assert search(fts, spelling_b) == [note_a]


def test_fts5_without_folding_misses_variant_spellings(fts: sqlcipher3.Connection) -> None:
    # The reason this module exists: unicode61 alone treats ك and ک as different letters.
    add_note(fts, "کتاب", fold=False)
    raw = fts.execute("SELECT rowid FROM notes WHERE notes MATCH ?", ('"كتاب"',)).fetchall()
    assert raw == []
    assert search(fts, "كتاب") == [1]


def test_fts5_persian_prefix_query(fts: sqlcipher3.Connection) -> None:
    library = add_note(fts, "امروز به کتابخانه ملی رفتم")
    add_note(fts, "یادداشت دیگری درباره باغ")
    assert search(fts, "کتا") == [library]
    assert search(fts, "كتا") == [library]  # typed with Arabic kaf
    assert search(fts, "امر کتا") == [library]
    assert search(fts, "کتب") == []


def test_fts5_english_case_and_diacritic_insensitive(fts: sqlcipher3.Connection) -> None:
    cafe = add_note(fts, "Meeting at the Café on Friday")
    tea = add_note(fts, "Buy green tea")
    assert search(fts, "cafe") == [cafe]
    assert search(fts, "CAFÉ") == [cafe]
    assert search(fts, "caf fri") == [cafe]
    assert search(fts, "TEA") == [tea]
    assert search(fts, "coffee") == []


# Snippets ----------------------------------------------------------------------


def test_snippet_marks_persian_word_with_zwnj_in_original_spelling() -> None:
    text = f"امروز من می{ZWNJ}خواهم به کتابخانه بروم"
    expected = f"امروز من [می{ZWNJ}خواهم] به کتابخانه بروم"
    assert make_snippet(text, query_terms("میخواهم")) == expected
    assert make_snippet(text, query_terms("ميخواهم")) == expected  # Arabic yeh typed
    assert make_snippet(text, query_terms("کتا می")) == (
        f"امروز من [می{ZWNJ}]خواهم به [کتا]بخانه بروم"
    )


def test_snippet_keeps_harakat_and_latin_accents_inside_marks() -> None:
    assert make_snippet("كَتَبَ الولد", query_terms("کتب")) == "[كَتَبَ] الولد"
    assert make_snippet("Lunch at the Café", query_terms("cafe")) == "Lunch at the [Café]"
    # "stras" ends inside the folded "ss" of ß, so the whole original ß is marked.
    assert make_snippet("Straße", ["STRAS"]) == "[Straß]e"


def test_snippet_cuts_window_at_word_boundaries_with_ellipses() -> None:
    words = [f"word{i:02d}" for i in range(40)]
    text = " ".join(words[:20]) + " target " + " ".join(words[20:])
    snippet = make_snippet(text, ["targ"], width=40)
    assert snippet.startswith("\u2026") and snippet.endswith("\u2026")
    assert "[targ]et" in snippet
    inner = snippet.strip("\u2026").replace("[", "").replace("]", "")
    assert len(inner) <= 40
    assert all(word in text.split() for word in inner.split())
    assert make_snippet(text, ["word39"], width=40).endswith("[word39]")


def test_snippet_marks_every_match_in_window_and_flattens_newlines() -> None:
    text = "apple pie\nand apple juice\r\nwith Apples"
    assert make_snippet(text, ["apple"]) == "[apple] pie and [apple] juice  with [Apple]s"


def test_snippet_without_match_returns_start_of_text() -> None:
    text = "The quick brown fox jumps over the lazy dog and keeps running far away"
    assert make_snippet(text, ["zebra"], width=30) == "The quick brown fox jumps over\u2026"
    assert make_snippet("short note", []) == "short note"
    assert make_snippet("", ["x"]) == ""


@settings(max_examples=400)
@given(
    st.data(),
    SNIPPET_TEXT,
    st.integers(min_value=-5, max_value=120),
)
def test_make_snippet_never_raises_and_quotes_the_original(
    data: st.DataObject, text: str, width: int
) -> None:
    pieces = data.draw(st.lists(st.integers(0, len(text)), max_size=4))
    terms = [text[i : i + 3] for i in pieces] + data.draw(st.lists(MIXED_TEXT, max_size=2))
    snippet = make_snippet(text, terms, width=width, mark_start=MARK_START, mark_end=MARK_END)
    flattened = "".join(" " if c in LINE_BREAKS else c for c in text)
    assert without_marks(snippet) in flattened
    assert snippet.count(MARK_START) == snippet.count(MARK_END)
    assert "\u2026" not in snippet.strip("\u2026")


def _first_matching_word(text: str, keys: list[str]) -> int | None:
    """The reference: every word of the folded text in turn, mark-free, against every key."""
    folded, positions = fold_with_positions(text)
    for start, end in search_text._word_spans(folded):
        if search_snippet._bare_word(folded[start:end]).startswith(tuple(keys)):
            return positions[start]
    return None


@settings(max_examples=400)
@given(st.data(), SNIPPET_TEXT)
def test_the_first_hit_is_found_where_reading_every_word_finds_it(data: st.DataObject, text: str) -> None:
    # The snippet skips the words before the first place a key is found (at C speed) when the text's words
    # are their own mark-free forms; it must start at the very word the full scan starts at.
    pieces = data.draw(st.lists(st.integers(0, len(text)), min_size=1, max_size=3))
    terms = [text[i : i + 3] for i in pieces] + data.draw(st.lists(MIXED_TEXT, max_size=1))
    keys = sorted({search_snippet._strip_marks(t) for raw in terms for t in query_terms(raw)} - {""})
    if not keys:
        return
    hits = search_snippet._find_hits(text, keys, 80)
    assert (hits[0][0] if hits else None) == _first_matching_word(text, keys)


def test_module_imports_only_the_standard_library() -> None:
    tree = ast.parse(Path(search_text.__file__).read_text(encoding="utf-8"))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree)
                if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.module}
    assert imported <= set(sys.stdlib_module_names)
