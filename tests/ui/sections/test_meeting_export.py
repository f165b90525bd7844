"""A meeting exported: its date, place and participants laid out under the title, Dari paragraphs right to left."""

from __future__ import annotations

import io
import zipfile

from amanat.app.models import ActionRow, Draft
from amanat.app.ui.sections.draft_export import draft_bytes
from amanat.app.ui.shell.main_window import MainWindow

MEETING = Draft(
    id="m" * 32, template="meeting", title="جلسهٔ پیگیری ژنو",
    fields=(("date", "2026-12-03"), ("place", "ژنو"), ("online", "yes")),
    sections=(("participants", "مریم\nFarid"), ("agenda", "۱. گزارش"), ("discussion", "Notes in English."),
              ("decisions", "نامه بنویسیم.")),
    rows=(ActionRow("نامه به گزارشگر ویژه", "مریم", "2026-12-20"),))


def test_a_meeting_exports_its_fields_sections_and_items_in_every_format(unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    markdown = draft_bytes(MEETING, "md", right_to_left=False).decode("utf-8")
    for expected in ("Meeting notes", "Date: 2026-12-03", "Place: Online: ژنو", "Participants", "مریم", "Farid",
                     "Agenda", "Discussion", "Decisions", "Action items", "نامه به گزارشگر ویژه", "2026-12-20"):
        assert expected in markdown, expected
    assert markdown.index("Date:") < markdown.index("Participants") < markdown.index("Action items")
    html = draft_bytes(MEETING, "html", right_to_left=True, date_text=lambda iso: "۱۴۰۵-۰۹-۱۲").decode("utf-8")
    assert "Date: ۱۴۰۵-۰۹-۱۲" in html  # the date in the user's calendar and digits
    assert "<table dir='rtl'" in html
    rtl_paragraphs = [part for part in html.split("<p ")[1:] if "dir='rtl'" in part.split(">")[0]]
    assert any("نامه بنویسیم." in part for part in rtl_paragraphs)
    assert not any("Notes in English." in part for part in rtl_paragraphs)
    with zipfile.ZipFile(io.BytesIO(draft_bytes(MEETING, "odt", right_to_left=True))) as odt:
        content = odt.read("content.xml").decode("utf-8")
    assert "rl-tb" in content and "نامه بنویسیم." in content
    assert draft_bytes(MEETING, "pdf", right_to_left=True).startswith(b"%PDF")


def test_a_meeting_without_date_or_place_leaves_those_lines_out(unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    bare = Draft(id="n" * 32, template="meeting", title="Call", fields=(("date", ""), ("place", ""), ("online", "")))
    markdown = draft_bytes(bare, "md", right_to_left=False).decode("utf-8")
    assert "Date:" not in markdown and "Place:" not in markdown
