"""Attacks on redaction through Markdown's HTML: the PDF, HTML and ODT exports show entities and tags.

«Abdullah&nbsp;Karimi» (what text pasted from a web page or another notes app often holds),
«Kar&#105;mi» and «Abdullah <span>Karimi</span>» all read «Abdullah Karimi» in the exported file.
Each wrote the name before (the redacted copy passed its own check).
"""

from __future__ import annotations

import urllib.parse

import pytest
from PySide6.QtWidgets import QApplication

from amanat.app.models import Note
from amanat.app.redaction.export import finish
from amanat.app.redaction.plan import plan_redaction
from amanat.app.redaction.pseudonyms import RedactionKey
from amanat.app.ui.sections.item_documents import item_document

HTML_FORMS = {
    "no-break space entity": "Met Abdullah&nbsp;Karimi today.",
    "numeric entity": "Met Abdullah Kar&#105;mi today.",
    "hex entity": "Met Abdullah Kar&#x69;mi today.",
    "named entity": "Met Abdullah Karim&iacute; today.",
    "span": "Met Abdullah <span>Karimi</span> today.",
    "comment": "Met Abdullah Kar<!-- x -->imi today.",
    "Dari entity": "دیدار با عبدالله کر&#1740;می امروز",
}


@pytest.mark.parametrize("body", HTML_FORMS.values(), ids=HTML_FORMS.keys())
def test_a_name_written_with_html_is_replaced_in_what_the_export_shows(qapp: QApplication, body: str) -> None:
    key, _ = RedactionKey().with_entity("person", ["Abdullah Karimi"])
    key, _ = key.with_entity("person", ["عبدالله کریمی"])
    redacted, _ = finish(plan_redaction(Note(id="n1", title="Meeting", body=body), key), "en")
    shown = item_document(redacted, right_to_left=False).toPlainText()
    assert "Karim" not in shown and "کریمی" not in shown, shown
    assert "Person" in shown
    assert shown.rstrip().endswith(("today.", "امروز")), shown  # the text after the name is still shown


def test_markup_around_a_replaced_name_stays_balanced(qapp: QApplication) -> None:
    key, _ = RedactionKey().with_entity("person", ["Abdullah Karimi"])
    for body in ("Met **Abdullah** Karimi today.", "Met **Abdullah** **Karimi** today."):
        redacted, _ = finish(plan_redaction(Note(id="n1", title="Meeting", body=body), key), "en")
        assert item_document(redacted, right_to_left=False).toPlainText().endswith("Met Person A today.")


@pytest.mark.parametrize("name", ["عبدالله_کریمی", "Abdullah Karimi"])
def test_a_name_percent_encoded_in_a_link_is_replaced(qapp: QApplication, name: str) -> None:
    """A link copied from a browser: a news article's address holds the victim's name, percent-encoded."""
    key, _ = RedactionKey().with_entity("person", ["Abdullah Karimi", "عبدالله کریمی"])
    body = f"See [the article](https://www.bbc.com/persian/{urllib.parse.quote(name)}-57340032)."
    redacted, _ = finish(plan_redaction(Note(id="n1", title="Meeting", body=body), key), "en")
    written = urllib.parse.unquote(item_document(redacted, right_to_left=False).toHtml() + redacted.body)
    assert "کریمی" not in written and "Karimi" not in written, redacted.body
    assert "bbc.com/persian/" in redacted.body
