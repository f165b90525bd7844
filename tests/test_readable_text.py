"""Markdown's marks taken out for previews (search results): every word kept, no mark left."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amanat.app.readable_text import _without_marks, readable_line, readable_markdown


@pytest.mark.parametrize(("markdown", "readable"), [
    ("# Debrief after the Geneva session", "Debrief after the Geneva session"),
    ("## Follow-up ##", "Follow-up"),
    ("**When:** 9 October", "When: 9 October"),
    ("- Arrests in **Herat** and **Mazar-i-Sharif**", "Arrests in Herat and Mazar-i-Sharif"),
    ("1. The office wants **short, verified case summaries**", "The office wants short, verified case summaries"),
    ("> Nobody photographs the audience.", "Nobody photographs the audience."),
    ("*italic* _also_ ***both*** ~~struck~~ `code`", "italic also both struck code"),
    ("[UN site](https://ohchr.org) ![a photo](x.png) <b>as typed</b>", "UN site a photo <b>as typed</b>"),
    ("- [x] done", "done"),
    ("| name | city |", "name · city"),
    ("|---|:---:|", ""),
    ("---", ""),
    ("```python", ""),
    ("## دادگاه **ولایتی**", "دادگاه ولایتی"),
    ("- د **توقیف** _راپور_", "د توقیف راپور"),
])
def test_a_line_loses_its_marks_and_keeps_its_words(markdown: str, readable: str) -> None:
    assert readable_line(markdown) == readable


@pytest.mark.parametrize("text", ["snake_case_name", "2*3*4 = 24", "a * b * c", "user_id and file_name",
                                  "C# and F#", "نام_کاربری"])
def test_what_is_not_markdown_stays_as_typed(text: str) -> None:
    assert readable_line(text) == text


def test_lines_are_joined_and_empty_ones_dropped() -> None:
    note = "# Title\n\n**Arrests** in Herat\n\n- one\n- two\n"
    assert readable_markdown(note) == "Title Arrests in Herat one two"
    assert readable_markdown("Documentation Centre\nHerat", " · ") == "Documentation Centre · Herat"


# A line without any character a Markdown mark needs is returned stripped at once; on every line, the
# result must be what the patterns give. The alphabet holds each mark's characters, Persian and Latin
# letters, Persian and ASCII digits, spaces of several kinds.
_LINE_CHARS = "#>*+-_~`![]()<>|:.)ab کتابجی12۱۲ \t\u00a0\u200c"


@given(st.text(alphabet=_LINE_CHARS, max_size=40))
@settings(max_examples=1500, deadline=None)
def test_a_line_without_marks_takes_the_short_way_to_the_same_text(line: str) -> None:
    assert readable_line(line) == _without_marks(line)


def test_the_short_way_is_taken_for_prose() -> None:
    prose = "  گزارش دیدار با خانواده‌ها در هرات، ۱۴۰۳  "
    assert readable_line(prose) == prose.strip()
    assert readable_line("- item") == "item" and readable_line("1. first") == "first"
    assert readable_line("۱. نخست") == "نخست"  # a Persian list number is a list number too


@given(st.text(alphabet=_LINE_CHARS + "\n\r\u2028\x0b\x85", max_size=80), st.sampled_from([" ", " · "]))
@settings(max_examples=1500, deadline=None)
def test_a_text_without_marks_takes_the_short_way_to_the_same_text(text: str, separator: str) -> None:
    lines = (_without_marks(raw) for raw in text.splitlines())
    assert readable_markdown(text, separator) == separator.join(line for line in lines if line)
