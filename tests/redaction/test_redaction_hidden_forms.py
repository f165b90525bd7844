"""Attacks on redaction: a marked name written so that it reads the same but is cut into pieces.

A reader of the exported Word file or Markdown sees «Abdullah Karimi» whether the note says
`_Abdullah Karimi_`, `**Abdullah** Karimi` or «Kari\u00admi» (soft hyphen), so each must be replaced.
Each case failed before (the redacted copy passed its own check and still named the person).
"""

from __future__ import annotations

import io
import unicodedata

import docx
import pytest

from amanat.app.models import Draft, Note
from amanat.app.redaction.export import finish
from amanat.app.redaction.plan import plan_redaction
from amanat.app.redaction.pseudonyms import RedactionKey
from amanat.app.redaction.words import key_of
from amanat.app.transfer.docx_export import docx_bytes
from amanat.app.transfer.markdown_export import item_markdown

HIDDEN_FORMS = {
    "underscore italics": "Met _Abdullah Karimi_ today.",
    "bold first name": "Met **Abdullah** Karimi today.",
    "bold each name": "Met **Abdullah** **Karimi** today.",
    "code span": "Met `Abdullah` Karimi today.",
    "soft hyphen": "Met Abdullah Kari\u00admi today.",
    "zero-width space": "Met Abdullah Kar\u200bimi today.",
    "word joiner": "Met Abdullah Kar\u2060imi today.",
    "byte order mark": "Met Abdullah Kar\ufeffimi today.",
    "snake case": "file abdullah_karimi.pdf",
    "Dari zero-width space": "دیدار با عبدالله کر\u200bیمی",
    "Dari soft hyphen and italics": "دیدار با _عبدالله کری\u00adمی_",
}


def _visible(text: str) -> str:
    """What a reader sees: no invisible format characters, no Markdown emphasis markers."""
    kept = "".join(c for c in text if unicodedata.category(c) != "Cf" or c == "\u200c")
    return kept.translate(str.maketrans("", "", "*_`"))


def _key() -> RedactionKey:
    key, _ = RedactionKey().with_entity("person", ["Abdullah Karimi"])
    key, _ = key.with_entity("person", ["عبدالله کریمی"])
    return key


@pytest.mark.parametrize("body", HIDDEN_FORMS.values(), ids=HIDDEN_FORMS.keys())
def test_a_name_cut_by_invisible_characters_or_markup_is_still_replaced(body: str) -> None:
    note = Note(id="n1", title="Meeting", body=body)
    plan = plan_redaction(note, _key())
    redacted, _ = finish(plan, "en")
    word = docx.Document(io.BytesIO(docx_bytes(redacted)))
    shown = [_visible("\n".join(p.text for p in word.paragraphs)), _visible(item_markdown(redacted))]
    for text in shown:
        assert "Karimi" not in text and "karimi" not in text and "کریمی" not in text, text
        assert "Person" in text or "شخص" in text or "Person A" in text


def test_a_title_and_a_table_cell_with_a_soft_hyphen_are_replaced_too() -> None:
    draft = Draft(id="d1", template="un-communication", title="Case of Abdullah Kari\u00admi",
                  sections=(("alleged_victims", "| name |\n|---|\n| **Abdullah** Karimi |"),))
    redacted, _ = finish(plan_redaction(draft, _key()), "en")
    assert "Karimi" not in _visible(item_markdown(redacted))
    assert "Kari" not in redacted.title


def test_the_old_matches_still_hold() -> None:
    assert key_of("Abdullah_Karimi") == key_of("Abdullah Karimi") == key_of("Abdul\u00adlah Karimi")
    assert key_of("کابل‌ها") != key_of("کابل")  # a ZWNJ still ends a word: «کابل‌ها» is Kabul and a suffix


def test_letters_typed_on_an_urdu_keyboard_are_the_same_name() -> None:
    key, _ = RedactionKey().with_entity("person", ["ابراهیم احمدی"])
    for written in ("ابراھیم احمدی", "ابراهیم ٱحمدی"):  # heh doachashmee; alef wasla
        redacted, _ = finish(plan_redaction(Note(id="n1", title="t", body=f"دیدار با {written}"), key), "fa")
        assert "احمدی" not in redacted.body and "حمدی" not in redacted.body, redacted.body
