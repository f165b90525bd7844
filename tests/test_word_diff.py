"""The word-by-word diff of a linked version's "Show changes": Dari words stay whole, limits hold."""

from __future__ import annotations

from amanat.app.word_diff import ADDED, MAX_DIFF_CHARS, REMOVED, SAME, DiffPart, word_diff


def test_an_added_clause_is_the_added_words_only() -> None:
    assert word_diff("Border searches.", "Border searches and phone seizures.") == [
        DiffPart(SAME, "Border searches"), DiffPart(ADDED, " and phone seizures"), DiffPart(SAME, ".")]


def test_a_dari_word_with_a_zero_width_non_joiner_is_one_word() -> None:
    parts = word_diff("بازداشت‌شدگان در هرات", "بازداشت‌شدگان در کابل")
    assert parts == [DiffPart(SAME, "بازداشت‌شدگان در "), DiffPart(REMOVED, "هرات"), DiffPart(ADDED, "کابل")]
    # A change inside a joined word changes the whole word, not half of it.
    assert word_diff("می‌روند", "می‌آیند") == [DiffPart(REMOVED, "می‌روند"), DiffPart(ADDED, "می‌آیند")]


def test_line_breaks_are_kept_and_both_texts_can_be_rebuilt() -> None:
    old, new = "- یک\n- دو\n- سه", "- یک\n- دو و نیم\n- سه\n- چهار"
    parts = word_diff(old, new)
    assert parts is not None
    assert "".join(p.text for p in parts if p.change != REMOVED) == new
    assert "".join(p.text for p in parts if p.change != ADDED) == old


def test_texts_too_long_to_compare_are_not_compared() -> None:
    assert word_diff("a " * MAX_DIFF_CHARS, "b") is None
    assert word_diff("b", "a " * MAX_DIFF_CHARS) is None
    assert word_diff("", "") == []
