"""A UN communication can be exported with English headings whatever the interface language (issue 13)."""

from __future__ import annotations

from pathlib import Path

from amanat.app.ui.shell.main_window import MainWindow
from tests.ui.sections.test_strategy import open_new_draft


def test_a_un_communication_exports_english_headings_in_dari(  # type: ignore[no-untyped-def]
        unlocked: MainWindow, tmp_path: Path) -> None:
    unlocked.switch_language("fa")
    section = open_new_draft(unlocked, "un-communication", "نامه به گزارشگر ویژه")
    assert section.english_headings.isVisibleTo(section) and section.english_headings.isChecked()
    assert section.export_to(tmp_path / "un.md", "md")
    english = (tmp_path / "un.md").read_text(encoding="utf-8")
    assert "Alleged victims" in english and "Domestic remedies" in english
    assert "قربانیان ادعایی" not in english and "نامه به گزارشگر ویژه" in english  # the user's own text stays
    section.english_headings.setChecked(False)
    assert section.export_to(tmp_path / "un-dari.md", "md")
    dari = (tmp_path / "un-dari.md").read_text(encoding="utf-8")
    assert "قربانیان ادعایی" in dari and "Alleged victims" not in dari


def test_other_drafts_keep_the_interface_language(unlocked: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    unlocked.switch_language("ps")
    section = open_new_draft(unlocked, "swot", "د کال شننه")
    assert not section.english_headings.isVisibleTo(section)
    assert section.export_to(tmp_path / "swot.md", "md")
    text = (tmp_path / "swot.md").read_text(encoding="utf-8")
    assert "پیاوړي اړخونه" in text and "Strengths" not in text
