"""Markdown's marks taken out for previews (search results): every word kept, no mark left."""

from __future__ import annotations

import pytest

from amanat.app.readable_text import readable_line, readable_markdown


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
