"""The search window shows the same snippets as before, made only for the rows asked for."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt

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


def test_the_benchmark_measures_what_the_window_does() -> None:
    from amanat.app.search_results import FETCHED_AT_ONCE
    from amanat.app.ui.sections.search_dialog import MAX_RESULTS, ROWS_LAID_OUT_AT_ONCE
    from bench.vault_bench import SHOWN_SNIPPETS, WINDOW_RESULTS

    assert WINDOW_RESULTS == MAX_RESULTS
    assert SHOWN_SNIPPETS == ROWS_LAID_OUT_AT_ONCE == FETCHED_AT_ONCE


def test_a_row_whose_item_was_deleted_meanwhile_is_empty_and_not_opened(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.vault is not None
    kept = [unlocked.vault.items.add_note(f"report {n}", f"the border report number {n}").id for n in range(3)]
    dialog = open_search(qtbot, unlocked)
    model = SearchResultModel()  # no view: rows are read only when asked for
    hits = unlocked.vault.items.find("border", limit=50)
    unlocked.vault.items.delete(kept[1])  # before the rows are read
    model.set_hits(hits, lambda hit: dialog._row(hit, "border"))
    opened: list[str] = []
    unlocked.workspace.context.open_item_requested.connect(lambda _kind, item_id: opened.append(item_id))
    rows = [model.index(n) for n in range(model.rowCount())]
    gone = [index for index in rows if not index.data(IdRole)]
    assert len(rows) == 3 and len(gone) == 1
    assert gone[0].data(HtmlRole) and gone[0].data(Qt.ItemDataRole.AccessibleTextRole)  # drawn empty, no error
    dialog.open_index(gone[0])
    assert dialog.isVisible() and opened == []
    dialog.open_index(next(index for index in rows if index.data(IdRole)))
    assert not dialog.isVisible() and len(opened) == 1 and opened[0] in kept
