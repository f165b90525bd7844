"""The search window shows the same snippets as before, made only for the rows asked for."""

from __future__ import annotations

import html

from amanat.app.models import SearchHit
from amanat.app.ui.sections.search_dialog import HtmlRole, IdRole, ResultRow, SearchResultModel
from amanat.app.ui.shell.main_window import MainWindow
from tests.test_search_unchanged import EXPECTED, fill
from tests.ui.sections.test_search_dialog import open_search

SHOWN_QUERIES = ["court", "document", "witness", "كتاب", "میخواهم", "مستند", "محکمې", "شاهد ولیک", "1403"]


def as_shown(snippet: str) -> str:
    """A snippet of EXPECTED (marked with [ and ]; no test note holds either) as the window's HTML."""
    return html.escape(snippet).replace("[", "<b>").replace("]", "</b>")


def test_the_window_shows_the_snippets_search_gives(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.vault is not None
    fill(unlocked.vault)
    dialog = open_search(qtbot, unlocked)
    expected = dict(EXPECTED)
    for query in SHOWN_QUERIES:
        dialog.field.setText(query)
        dialog.run_search()
        rows = [dialog.model.index(number) for number in range(dialog.model.rowCount())]
        assert len(rows) == len(expected[query]) > 0
        for index, (_kind, title, snippet) in zip(rows, expected[query], strict=True):
            shown = index.data(HtmlRole)
            assert html.escape(title) in shown
            # The window keeps a contact's or a draft's fields apart with a middle dot (tests/ui/sections/
            # test_search_readable.py); otherwise it shows what search gives.
            assert f">{as_shown(snippet)}</div>" in shown.replace(" · ", " "), (query, shown)


def test_a_snippet_is_made_when_its_row_is_asked_for(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.vault is not None
    for number in range(30):
        unlocked.vault.items.add_note(f"report {number}", f"the border report number {number}")
    dialog = open_search(qtbot, unlocked)
    made: list[str] = []

    def make_row(hit: SearchHit) -> ResultRow:
        made.append(hit.id)
        return dialog._row(hit, "border")

    model = SearchResultModel()  # no view: only what is asked for is made
    hits = unlocked.vault.items.find("border", limit=50)
    model.set_hits(hits, make_row)
    assert model.rowCount() == 30 and made == []
    assert model.index(29).data(IdRole) == hits[29].id and made == []  # ids need no snippet
    assert "<b>border</b>" in model.index(29).data(HtmlRole)
    assert model.index(29).data(HtmlRole) and made == [hits[29].id]  # made once, then kept
