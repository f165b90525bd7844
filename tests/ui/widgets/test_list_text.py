"""Lists inside a Dari or Pashto sentence are separated by «،», never by the Latin comma."""

from __future__ import annotations

import pytest

from amanat.app.sharing.bundle_reports import ImportReport
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.sync.sync_review import change_summary
from amanat.app.ui.widgets.list_text import join_list

REPORT = ImportReport(
    "preview", "b", "g", "Geneva", "s", "Mariam", outcomes={"a": "added", "b": "changed", "c": "changed"}
)


@pytest.mark.parametrize(("language", "separator"), [("en", ", "), ("fa", "، "), ("ps", "، ")])
def test_lists_use_the_comma_of_the_language_shown(window: MainWindow, language: str, separator: str) -> None:
    window.languages.switch(language)
    assert join_list(["x", "y", "z"]) == f"x{separator}y{separator}z"
    summary = change_summary(REPORT)
    assert separator in summary
    if language != "en":
        assert "," not in summary  # no Latin comma left in a Persian sentence
