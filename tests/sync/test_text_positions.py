"""Position conversion: Python code points, pycrdt UTF-8 bytes, Qt UTF-16 units, on Persian text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pycrdt import Doc, Text

from amanat.sync.text_positions import (
    delete_text,
    index_from_utf8,
    index_from_utf16,
    insert_text,
    utf8_offset,
    utf16_offset,
)

SALAM = "سلام دنیا"
WANT = "می\u200cخواهم"  # "I want", with a zero-width non-joiner inside
EMOJI = "سلام 😀 دنیا"
COMBINING = "e\u0301 کِتاب"  # a Latin and an Arabic combining mark (kasra)
SAMPLES = [SALAM, WANT, EMOJI, COMBINING, "", "plain ascii"]

text_chars = st.text(
    alphabet=st.sampled_from(list("abc سلامدنیا\u200c\u064e\u0301😀𝄞\n")),
    max_size=30,
)


def _ytext(content: str) -> Text:
    doc: Doc = Doc()  # type: ignore[type-arg]
    text = doc.get("t", type=Text)
    text.insert(0, content)
    return text


def test_pycrdt_counts_utf8_bytes_when_editing_and_code_points_when_slicing() -> None:
    # The facts this module exists for; if a pycrdt release changes them, this test says so.
    text = _ytext(SALAM)
    assert len(text) == len(SALAM.encode()) == 17
    assert text[0:4] == "سلام"
    text.insert(8, "!")  # byte 8 is code point 4
    assert str(text) == "سلام! دنیا"
    wrong = _ytext(SALAM)
    wrong.insert(4, "!")  # code point 4 read as a byte offset lands elsewhere
    assert str(wrong) != "سلام! دنیا"


def test_known_offsets() -> None:
    assert utf8_offset(SALAM, 4) == 8
    assert utf8_offset(WANT, 3) == 2 + 2 + 3  # م, ی, then ZWNJ takes three bytes
    assert utf8_offset(EMOJI, 6) == 8 + 1 + 4
    assert utf16_offset(EMOJI, 6) == 7
    assert index_from_utf16(EMOJI, 7) == 6
    assert index_from_utf8(EMOJI, 13) == 6


@pytest.mark.parametrize("content", SAMPLES)
def test_every_position_round_trips(content: str) -> None:
    for index in range(len(content) + 1):
        assert index_from_utf8(content, utf8_offset(content, index)) == index
        assert index_from_utf16(content, utf16_offset(content, index)) == index
        assert utf16_offset(content, index) == len(content[:index].encode("utf-16-le")) // 2


def test_offsets_inside_a_character_are_refused() -> None:
    with pytest.raises(ValueError, match="inside"):
        index_from_utf8(SALAM, 1)
    with pytest.raises(ValueError, match="inside"):
        index_from_utf8(EMOJI, 10)
    with pytest.raises(ValueError, match="surrogate"):
        index_from_utf16(EMOJI, 6)  # between the two halves of 😀
    for bad in (-1, len(SALAM) + 1):
        with pytest.raises(ValueError):
            utf8_offset(SALAM, bad)
    with pytest.raises(ValueError):
        index_from_utf16(SALAM, 100)
    with pytest.raises(ValueError):
        index_from_utf8(SALAM, 100)


def test_insert_lands_exactly_where_intended_in_persian() -> None:
    text = _ytext(SALAM)
    insert_text(text, SALAM, 4, " زیبا")
    assert str(text) == "سلام زیبا دنیا"
    text = _ytext(WANT)
    insert_text(text, WANT, 3, "X")  # right after the ZWNJ
    assert str(text) == "می\u200cXخواهم"
    text = _ytext(EMOJI)
    insert_text(text, EMOJI, 6, "🌹")  # after the emoji
    assert str(text) == "سلام 😀🌹 دنیا"
    text = _ytext(COMBINING)
    insert_text(text, COMBINING, 2, "!")  # after e + combining acute, not between them
    assert str(text) == "e\u0301! کِتاب"


def test_delete_removes_exactly_the_intended_characters() -> None:
    text = _ytext(EMOJI)
    delete_text(text, EMOJI, 5, 2)  # the emoji and the space after it
    assert str(text) == "سلام دنیا"
    text = _ytext(WANT)
    delete_text(text, WANT, 2, 1)  # only the ZWNJ
    assert str(text) == "میخواهم"
    with pytest.raises(ValueError):
        delete_text(text, "میخواهم", 5, 10)


def test_qt_positions_drive_an_edit() -> None:
    # A QTextCursor at UTF-16 position 7 of EMOJI sits right after the emoji.
    index = index_from_utf16(EMOJI, 7)
    text = _ytext(EMOJI)
    insert_text(text, EMOJI, index, "؟")
    assert str(text) == "سلام 😀؟ دنیا"
    assert utf16_offset(str(text), index + 1) == 8


@given(text_chars, st.data())
def test_random_edits_match_python_string_edits(content: str, data: st.DataObject) -> None:
    index = data.draw(st.integers(min_value=0, max_value=len(content)))
    value = data.draw(text_chars)
    text = _ytext(content)
    insert_text(text, content, index, value)
    expected = content[:index] + value + content[index:]
    assert str(text) == expected
    start = data.draw(st.integers(min_value=0, max_value=len(expected)))
    length = data.draw(st.integers(min_value=0, max_value=len(expected) - start))
    delete_text(text, expected, start, length)
    assert str(text) == expected[:start] + expected[start + length :]
