"""Word documents into a real vault: notes and drafts, direction, lists, tables and images kept; round trips exact."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from amanat.app.errors import InvalidValue
from amanat.app.models import ActionRow, Draft, Note
from amanat.app.transfer.document_words import ENGLISH, DocumentWords
from amanat.app.transfer.docx_export import docx_bytes
from amanat.app.transfer.docx_import import iso_due, read_docx_item, store_docx_import
from amanat.app.vault import Vault
from tests.transfer.docx_samples import ACTION_PLAN, DARI_NOTE, ENGLISH_NOTE, PNG, needs_soffice, soffice_convert

DARI_WORDS = DocumentWords(
    section_titles={"background": "پیشینه", "objectives": "اهداف", "activities": "فعالیت‌ها",
                    "expected_outcomes": "نتایج متوقع", "risks": "خطرها و راه‌های کاهش آن"},
    column_titles=("کار", "مسئول", "موعد", "وضعیت"), row_statuses={"todo": "انجام نشده", "done": "انجام شد"},
    actions_heading="کارها")


def _saved(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _rtl(paragraph: object) -> object:
    paragraph._p.get_or_add_pPr().insert(0, OxmlElement("w:bidi"))  # type: ignore[attr-defined]
    return paragraph


def word_report() -> bytes:
    """A report as a defender's Word would save it: a title, headings, a right-to-left paragraph that starts
    with a Latin name, Word's numbered list, a table, a picture, and a tracked insertion and deletion."""
    document = docx.Document()
    document.add_paragraph("گزارش ماهانه", style="Title")
    document.add_heading("وضعیت امنیتی", level=1)
    _rtl(document.add_paragraph("UNAMA گزارش داد که وضعیت بدتر شده است."))
    bold = document.add_paragraph("Three ")
    bold.add_run("urgent").bold = True
    bold.add_run(" cases.")
    document.add_paragraph("تماس با وکیل", style="List Number")
    document.add_paragraph("تماس با خانواده", style="List Number")
    document.add_paragraph("one bullet", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    for (row, column), text in {(0, 0): "ولایت", (0, 1): "موارد", (1, 0): "هرات", (1, 1): "۱۲"}.items():
        table.cell(row, column).text = text
    document.add_paragraph("Photo of the notice:")
    document.add_picture(io.BytesIO(PNG))
    tracked = document.add_paragraph("Kept ")
    tracked._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="1" w:author="A"><w:r><w:t>inserted</w:t></w:r></w:ins>'))
    tracked._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="2" w:author="A"><w:r><w:delText>deleted</w:delText>'
                                '</w:r></w:del>'))
    document.styles["Normal"].font.size = Pt(12)
    return _saved(document)


def test_a_word_report_becomes_a_note_with_its_picture_encrypted(vault: Vault) -> None:
    incoming = read_docx_item(word_report(), "report.docx")
    note = incoming.item
    assert isinstance(note, Note) and note.title == "گزارش ماهانه"
    assert note.body.split("\n\n") == [
        "# وضعیت امنیتی",
        "\u200fUNAMA گزارش داد که وضعیت بدتر شده است.",  # Word showed it right to left: a mark keeps it so
        "Three **urgent** cases.",
        "1. تماس با وکیل\n2. تماس با خانواده",
        "- one bullet",
        "| ولایت | موارد |\n|---|---|\n| هرات | ۱۲ |",
        "Photo of the notice:",
        "![image1.png](image1.png)",
        "Kept inserted",
    ]
    stored = store_docx_import(vault.items, vault.attachments, incoming)
    assert vault.items.get(stored.id) == stored
    [attachment] = vault.attachments.list(stored.id)
    assert (attachment.name, attachment.media_type) == ("image1.png", "image/png")
    assert vault.attachments.read_all(attachment.id) == PNG
    assert "inserted" in repr(incoming) or "images=1" in repr(incoming)
    assert "UNAMA" not in repr(incoming)  # the user's text never in a log line


@pytest.mark.parametrize("note", [DARI_NOTE, ENGLISH_NOTE], ids=["dari", "english"])
def test_a_note_written_to_word_comes_back_the_same(note: Note) -> None:
    back = read_docx_item(docx_bytes(note, right_to_left=note is DARI_NOTE), "x.docx").item
    assert (back.title, back.body) == (note.title, note.body)  # type: ignore[union-attr]


def test_headings_become_the_templates_sections_in_english_or_dari() -> None:
    document = docx.Document()
    document.add_paragraph("طرح مفهومی: پناهگاه امن", style="Title")
    document.add_paragraph("Written for the donor.")
    document.add_heading("Background", level=1)
    document.add_paragraph("Since 2021 defenders have left.")
    document.add_heading("اهداف", level=2)
    document.add_paragraph("یک خانه امن در هر ولایت.")
    document.add_heading("A heading the template does not have", level=2)
    document.add_paragraph("Its text stays in the section before it.")
    document.add_heading("Risks and how to reduce them:", level=1)
    document.add_paragraph("خطر لو رفتن آدرس.")
    draft = read_docx_item(_saved(document), "x.docx", template="concept-note", words=(ENGLISH, DARI_WORDS)).item
    assert isinstance(draft, Draft) and draft.title == "طرح مفهومی: پناهگاه امن"
    assert dict(draft.sections) == {
        "background": "Written for the donor.\n\nSince 2021 defenders have left.",
        "objectives": "یک خانه امن در هر ولایت.\n\nA heading the template does not have\n\n"
                      "Its text stays in the section before it.",
        "activities": "", "expected_outcomes": "", "risks": "خطر لو رفتن آدرس."}


def test_an_action_plan_comes_back_with_its_rows() -> None:
    for words in (ENGLISH, DARI_WORDS):
        data = docx_bytes(ACTION_PLAN, words=words, right_to_left=True)
        draft = read_docx_item(data, "plan.docx", template="action-plan", words=(ENGLISH, DARI_WORDS)).item
        assert isinstance(draft, Draft)
        assert (draft.title, draft.sections) == (ACTION_PLAN.title, ACTION_PLAN.sections)
        shown = [(r.action, r.owner, r.due, r.status) for r in draft.rows]
        assert shown == [(r.action, r.owner, r.due, r.status) for r in ACTION_PLAN.rows]


def test_a_due_date_it_cannot_read_stays_in_the_actions_words() -> None:
    words = DocumentWords(date_text=lambda iso: "۲۹ قوس ۱۴۰۵")
    data = docx_bytes(Draft(id="", template="action-plan", title="t", sections=(("summary", ""),),
                            rows=(ActionRow("خرید", "", "2026-12-20", "done"),)), words=words)
    [row] = read_docx_item(data, "p.docx", template="action-plan").item.rows  # type: ignore[union-attr]
    assert (row.action, row.due, row.status) == ("خرید (۲۹ قوس ۱۴۰۵)", "", "done")


def test_an_image_over_the_attachment_limit_stores_nothing(vault: Vault) -> None:
    incoming = read_docx_item(word_report(), "report.docx")
    vault.attachments.set_size_limit(len(PNG) - 1)
    with pytest.raises(InvalidValue, match="attachment limit"):
        store_docx_import(vault.items, vault.attachments, incoming)
    assert vault.items.count() == 0


@needs_soffice
@pytest.mark.slow
def test_a_document_libreoffice_made_from_html_and_odt_comes_in(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>t</title></head><body>"
        "<h1>گزارش از هرات</h1><p dir='rtl'>امروز سه مدافع تهدید شدند.</p><p>An English paragraph.</p>"
        "<ul><li>نیاز به وکیل</li><li>needs shelter</li></ul><ol><li>first step</li><li>دومین گام</li></ol>"
        "<table border='1'><tr><td>ولایت</td><td>موارد</td></tr><tr><td>هرات</td><td>3</td></tr></table>"
        "</body></html>", encoding="utf-8")
    odt = soffice_convert(page, "odt:writer8", tmp_path)
    for source in (page, odt):
        folder = tmp_path / source.suffix.strip(".")
        folder.mkdir()
        made = soffice_convert(source, "docx:MS Word 2007 XML", folder)
        note = read_docx_item(made.read_bytes(), made.name).item
        assert isinstance(note, Note)
        blocks = note.body.split("\n\n")
        assert "# گزارش از هرات" in blocks, note.body
        assert "امروز سه مدافع تهدید شدند." in blocks and "An English paragraph." in blocks
        assert "- نیاز به وکیل\n- needs shelter" in blocks
        assert "1. first step\n2. دومین گام" in blocks
        assert "| ولایت | موارد |\n|---|---|\n| هرات | 3 |" in blocks


@pytest.mark.parametrize(("text", "stored"), [
    ("2026-12-20", "2026-12-20"), ("۲۰۲۶/۱۲/۲۰", "2026-12-20"), ("2026-2-30", None),
    ("۱۴۰۵-۰۹-۲۹", None),  # a Solar Hijri date (the window reads those with Qt's calendar): never year 1405
    ("20 December", None), ("", None),
])
def test_due_dates_read_from_a_table(text: str, stored: str | None) -> None:
    assert iso_due(text) == stored
