"""Notes and drafts as Word documents: direction marked where the text is, no metadata, readable by LibreOffice."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest

from amanat.app.models import TEMPLATE_SECTIONS, ActionRow, Draft
from amanat.app.transfer.document_words import ENGLISH
from amanat.app.transfer.docx_export import ARABIC_SCRIPT_FONT, direction, docx_bytes
from amanat.app.transfer.markdown_export import markdown_bytes
from tests.transfer.docx_samples import (
    ACTION_PLAN,
    DARI_NOTE,
    ENGLISH_NOTE,
    needs_soffice,
    part,
    soffice_text,
    w,
)


def _paragraphs(data: bytes) -> list[tuple[str, bool]]:
    """Every paragraph of the body (tables included) with whether it is marked right to left."""
    body = part(data, "word/document.xml")
    found = []
    for paragraph in body.iter(w("p")):
        text = "".join(paragraph.itertext())
        found.append((text, paragraph.find(f"{w('pPr')}/{w('bidi')}") is not None))
    return found


def test_each_paragraph_is_marked_by_its_own_direction() -> None:
    data = docx_bytes(DARI_NOTE, right_to_left=True)
    marked = dict(_paragraphs(data))
    assert marked["گزارش هفتگی هرات"] and marked["دیدار با خانواده‌ها"] and marked["نیاز به وکیل"]
    assert marked["هرات"] and marked["A line in English inside the Dari note."] is False
    english = dict(_paragraphs(docx_bytes(ENGLISH_NOTE)))
    assert english["Weekly report"] is False and english["یک جمله دری در یادداشت انگلیسی."] is True


def test_right_to_left_runs_name_an_arabic_script_font_and_the_language() -> None:
    body = part(docx_bytes(DARI_NOTE, right_to_left=True), "word/document.xml")
    runs = [r for r in body.iter(w("r")) if "".join(r.itertext()) == "مهم:"]
    assert runs, "the bold Dari run is there"
    properties = runs[0].find(w("rPr"))
    assert properties.find(w("rtl")) is not None and properties.find(w("bCs")) is not None
    assert properties.find(w("rFonts")).get(w("cs")) == ARABIC_SCRIPT_FONT
    assert properties.find(w("lang")).get(w("bidi")) == "fa-AF"
    pashto = part(docx_bytes(replace(DARI_NOTE, title="د هرات ښار راپور")), "word/document.xml")
    assert any(lang.get(w("bidi")) == "ps-AF" for lang in pashto.iter(w("lang")))


def test_tables_are_mirrored_when_their_text_is_right_to_left() -> None:
    body = part(docx_bytes(DARI_NOTE, right_to_left=True), "word/document.xml")
    tables = list(body.iter(w("tbl")))
    assert len(tables) == 1 and tables[0].find(f"{w('tblPr')}/{w('bidiVisual')}") is not None
    english = part(docx_bytes(ENGLISH_NOTE), "word/document.xml")
    assert next(english.iter(w("tbl"))).find(f"{w('tblPr')}/{w('bidiVisual')}") is None
    assert body.find(f"{w('body')}/{w('sectPr')}/{w('bidi')}") is not None  # the page too
    assert english.find(f"{w('body')}/{w('sectPr')}/{w('bidi')}") is None


def test_markdown_becomes_headings_lists_and_tables() -> None:
    document = docx.Document(io.BytesIO(docx_bytes(DARI_NOTE, right_to_left=True)))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Title", "گزارش هفتگی هرات") in styles and ("Heading 1", "دیدار با خانواده‌ها") in styles
    assert ("List Bullet", "نیاز به وکیل") in styles and ("List Bullet 2", "برای دو زن") in styles
    assert ("List Number", "تماس با UNAMA") in styles
    assert ("Normal", "امروز با سه خانواده دیدار کردیم. مهم: نام‌ها محرمانه است.\nخط دوم همان بند.") in styles
    table = document.tables[0]
    assert [[c.text for c in row.cells] for row in table.rows] == [["نام", "ولایت"], ["الف", "هرات"], ["ب", "کابل"]]


@pytest.mark.parametrize("template", sorted(TEMPLATE_SECTIONS))
def test_every_template_is_written_with_its_section_headings(template: str) -> None:
    sections = tuple((key, f"متن بخش {key}\nsecond line of {key}") for key in TEMPLATE_SECTIONS[template])
    draft = Draft(id="", template=template, title=f"پیش‌نویس {template}", status="review", sections=sections,
                  rows=ACTION_PLAN.rows if template == "action-plan" else ())
    document = docx.Document(io.BytesIO(docx_bytes(draft, right_to_left=True)))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == draft.title and texts[1] == f"{ENGLISH.template_names[template]} · In review"
    for key, text in sections:
        heading = texts.index(ENGLISH.section_titles[key])
        assert texts[heading + 1] == text
    if template == "action-plan":
        rows = [[c.text for c in row.cells] for row in document.tables[0].rows]
        assert rows == [list(ENGLISH.column_titles), ["خرید بخاری", "احمد", "2026-12-20", "In progress"],
                        ["Call the donor", "Mariam", "", "To do"]]
        assert part(docx_bytes(draft), "word/document.xml").find(f".//{w('bidiVisual')}") is None
        dari = replace(ENGLISH, column_titles=("کار", "مسئول", "موعد", "وضعیت"))
        assert part(docx_bytes(draft, words=dari), "word/document.xml").find(f".//{w('bidiVisual')}") is not None


def test_no_metadata_leaves_with_the_document() -> None:
    data = docx_bytes(ACTION_PLAN)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        assert not [n for n in names if n.startswith(("docProps/", "customXml/"))], names
        assert {info.date_time for info in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        every_byte = b"".join(package.read(name) for name in names)
    for telltale in (b"python-docx", b"Macintosh", b"rsid", b"docId", b"creator", b"lastModifiedBy",
                     b"Normal.dotm", b"TotalTime", b"thumbnail"):
        assert telltale not in every_byte, telltale
    assert docx_bytes(ACTION_PLAN) == data  # nothing of the moment or the machine: the same item, the same bytes
    document = docx.Document(io.BytesIO(data))  # python-docx still opens it (and makes up empty properties)
    assert document.core_properties.author == "" and document.paragraphs[0].text == ACTION_PLAN.title


def test_direction_follows_the_first_strong_character() -> None:
    assert direction("۱۲۳ سلام") == "rtl" and direction("123 hello") == "ltr"
    assert direction("\u200fUNAMA گفت") == "rtl"  # a right-to-left mark keeps a paragraph starting in Latin RTL
    assert direction("123", "rtl") == "rtl"


@needs_soffice
@pytest.mark.slow
@pytest.mark.parametrize("item", [ENGLISH_NOTE, DARI_NOTE, ACTION_PLAN], ids=["english", "dari", "action-plan"])
def test_libreoffice_reads_the_same_text(item: object, tmp_path: Path) -> None:
    data = docx_bytes(item, right_to_left=item is not ENGLISH_NOTE)  # type: ignore[arg-type]
    lines = [line.strip() for line in soffice_text(data, tmp_path).split("\n") if line.strip()]
    document = docx.Document(io.BytesIO(data))
    expected = [line.strip() for p in document.paragraphs for line in p.text.split("\n") if line.strip()]
    for table in document.tables:
        expected += [cell.text for row in table.rows for cell in row.cells if cell.text]
    # LibreOffice writes a list item with its bullet or number in front; the text after it must be ours.
    readable = [line.lstrip("•0123456789. \t") for line in lines]
    assert sorted(readable) == sorted(line.lstrip("•0123456789. \t") for line in expected)
    assert "امروز با سه خانواده دیدار کردیم. مهم: نام‌ها محرمانه است." in lines or item is not DARI_NOTE


def test_a_meeting_is_written_with_its_date_place_and_action_items() -> None:
    meeting = Draft(id="", template="meeting", title="نشست پیگیری ژنو", sections=(("agenda", "گزارش سایه"),),
                    fields=(("date", "2026-12-10"), ("place", "Geneva"), ("online", "yes")),
                    rows=(ActionRow("فرستادن گزارش به دفتر", owner="Mariam", due="2026-12-20"),))
    document = docx.Document(io.BytesIO(docx_bytes(meeting, right_to_left=True)))
    texts = [p.text for p in document.paragraphs]
    assert texts[:4] == ["نشست پیگیری ژنو", "Meeting notes · Draft", "Date: 2026-12-10", "Place: Online: Geneva"]
    assert "Action items" in texts and "Agenda" in texts
    assert [c.text for c in document.tables[0].rows[1].cells][:3] == ["فرستادن گزارش به دفتر", "Mariam", "2026-12-20"]
    markdown = markdown_bytes(meeting).decode("utf-8")
    assert "Date: 2026-12-10" in markdown and "## Action items" in markdown and "| فرستادن گزارش به دفتر |" in markdown
