"""The search window shows results as a reader sees them: no Markdown marks, tags apart from the text,
and a long title opened from a result shows its start."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from amanat.app.models import Contact
from amanat.app.ui.sections.search_dialog import SearchDialog
from amanat.app.ui.shell.main_window import MainWindow

LONG_TITLE = ("Detention of women protesters in Herat: the hearing, the lawyers and what the families were "
              "told, with every date we could confirm and the names we may not publish")


def search(window: MainWindow, query: str) -> SearchDialog:
    assert window.workspace is not None
    window.workspace.open_search()
    dialog = window.workspace.search_dialog
    assert dialog is not None
    dialog.field.setText(query)
    dialog.run_search()
    return dialog


def test_a_snippet_shows_no_markdown_and_keeps_tags_apart(unlocked: MainWindow) -> None:
    assert unlocked.vault is not None
    unlocked.vault.items.add_note("Hearing", "Families were told nothing.\n\n- **detention** of _women_ "
                                  "protesters", tags=("un", "detention"))
    dialog = search(unlocked, "detention")
    row = dialog.model._row_at(0)
    assert row.snippet_plain == "Families were told nothing. detention of women protesters"
    assert "**" not in row.snippet_html and "_" not in row.snippet_plain
    assert "<b>detention</b> of women" in row.snippet_html
    # The tags are their own part of the row, the matched one in bold, and never run into the text.
    assert row.tags_plain == "#un #detention"
    assert row.tags_html == "#un&nbsp;#<b>detention</b>"
    assert "un" not in row.snippet_plain.split()
    # The core's search() keeps its snippets as they were (tests/test_search_unchanged.py).
    assert "**" in unlocked.vault.items.search("detention")[0].snippet


def test_a_contact_snippet_keeps_its_fields_apart(unlocked: MainWindow) -> None:
    assert unlocked.vault is not None
    unlocked.vault.items.add(Contact(id="", display_name="Nasrin", organisation="Documentation Centre",
                                     notes="Met her at the court in Herat"))
    row = search(unlocked, "court").model._row_at(0)
    assert row.snippet_plain == "Documentation Centre · Met her at the court in Herat"


@pytest.mark.parametrize(("kind", "field_name"), [("note", "noteTitle"), ("draft", "draftTitle"),
                                                    ("contact", "contactName")])
def test_a_long_title_opened_from_search_shows_its_start(unlocked: MainWindow, kind: str, field_name: str) -> None:
    assert unlocked.vault is not None and unlocked.workspace is not None
    items = unlocked.vault.items
    if kind == "note":
        items.add_note(LONG_TITLE, "body")
    elif kind == "draft":
        items.new_draft("swot", LONG_TITLE)
    else:
        items.add(Contact(id="", display_name=LONG_TITLE))
    unlocked.workspace.sidebar.setCurrentRow(4)  # elsewhere: the result switches the section
    dialog = search(unlocked, "Herat")
    dialog.open_index(dialog.model.index(0))
    field = unlocked.workspace.sections[kind].findChild(QLineEdit, field_name)
    assert field is not None and field.text() == LONG_TITLE and field.isVisible()
    assert field.cursorPosition() == 0
    # The first letters are on screen: the cursor (before them) is at the field's left edge.
    assert field.cursorRect().left() < field.width() // 4
