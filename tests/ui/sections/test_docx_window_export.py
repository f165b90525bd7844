"""A draft leaves the window as a Word document: in the user's words, right to left, warned first, sealed if chosen."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import docx
import pyrage
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from amanat.app.models import Draft
from amanat.app.transfer.document_words import ENGLISH
from amanat.app.transfer.docx_import import read_docx_item
from amanat.app.transfer.docx_reading import read_docx
from amanat.app.ui.dialogs.document_import import shaped
from amanat.app.ui.sections.draft_export import document_words, format_filters
from amanat.app.ui.sections.draft_labels import in_english
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.widgets import file_dialogs
from amanat.app.ui.widgets.export_dialogs import PlaintextExportWarning, SealPassphraseDialog
from tests.transfer.docx_samples import part, w
from tests.ui.sections.test_export_flow import PERSIAN, SEAL_PASSPHRASE, _draft, when_shown


def test_the_windows_english_words_are_the_command_lines() -> None:
    words = document_words(in_english)
    assert dict(words.template_names) == dict(ENGLISH.template_names)
    assert dict(words.section_titles) == dict(ENGLISH.section_titles)
    assert dict(words.draft_statuses) == dict(ENGLISH.draft_statuses)
    assert dict(words.row_statuses) == dict(ENGLISH.row_statuses)
    assert (tuple(words.column_titles), words.actions_heading) == (ENGLISH.column_titles, ENGLISH.actions_heading)
    meeting = ("action_items_heading", "date_line", "place_line", "online", "online_place")
    assert [getattr(words, name) for name in meeting] == [getattr(ENGLISH, name) for name in meeting]


def test_a_dari_action_plan_is_written_in_dari_right_to_left_and_reads_back(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, tmp_path: Path
) -> None:
    unlocked.switch_language("fa")
    section = _draft(unlocked)
    editor = section.editor
    editor.model.append_row()  # type: ignore[union-attr]
    editor.proxy.setData(editor.proxy.index(0, 0), "مصاحبه با خانواده‌ها")  # type: ignore[union-attr]
    assert section.export_to(tmp_path / "plan.docx", "docx")
    data = (tmp_path / "plan.docx").read_bytes()
    document = docx.Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    assert PERSIAN in texts and "خلاصه" in texts and "Summary" not in texts  # the section's heading in Dari
    header = [cell.text for cell in document.tables[0].rows[0].cells]
    assert header[0] != "Action" and document.tables[0].rows[1].cells[0].text == "مصاحبه با خانواده‌ها"
    body = part(data, "word/document.xml")
    assert body.find(f".//{w('tblPr')}/{w('bidiVisual')}") is not None
    assert body.find(f"{w('body')}/{w('sectPr')}/{w('bidi')}") is not None
    back = read_docx_item(data, "plan.docx", template="action-plan", words=(ENGLISH, document_words())).item
    assert isinstance(back, Draft) and back.section("summary") == PERSIAN
    assert [row.action for row in back.rows] == ["مصاحبه با خانواده‌ها"]


def test_word_is_offered_warned_first_and_can_leave_sealed(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    asked: list[tuple[object, ...]] = []
    out = tmp_path / "out"
    out.mkdir()

    def save_file(*args: object) -> tuple[Path, str]:
        asked.append(args)
        return out / "for the donor", format_filters()["docx"]  # no suffix typed: the filter gives it

    monkeypatch.setattr(file_dialogs, "save_file", save_file)
    section = _draft(unlocked)
    seen: list[QWidget] = []
    when_shown(PlaintextExportWarning, lambda d: d.seal_button.click(), seen)  # type: ignore[attr-defined]

    def type_passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, SealPassphraseDialog)
        dialog.passphrase.setText(SEAL_PASSPHRASE)
        dialog.confirmation.setText(SEAL_PASSPHRASE)
        dialog.accept()

    QTimer.singleShot(0, lambda: when_shown(SealPassphraseDialog, type_passphrase, seen))
    section.export_current()
    qtbot.waitUntil(lambda: section.status_label.text().startswith("Sealed to"), timeout=20_000)
    assert "Word document (*.docx)" in str(asked[0][3]) and len(seen) == 2
    assert [p.name for p in out.iterdir()] == ["for the donor.docx.age"]
    opened = pyrage.passphrase.decrypt((out / "for the donor.docx.age").read_bytes(), SEAL_PASSPHRASE)
    assert PERSIAN in [p.text for p in docx.Document(io.BytesIO(opened)).paragraphs]


def test_solar_hijri_due_dates_the_window_wrote_are_read_back(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, tmp_path: Path
) -> None:
    unlocked.switch_language("fa")
    section = _draft(unlocked)
    section.context.update_settings(replace(section.context.settings, calendar="jalali"))
    editor = section.editor
    editor.model.append_row()  # type: ignore[union-attr]
    editor.proxy.setData(editor.proxy.index(0, 0), "خرید بخاری")  # type: ignore[union-attr]
    editor.proxy.setData(editor.proxy.index(0, 2), "2026-12-20")  # type: ignore[union-attr]
    assert section.export_to(tmp_path / "plan.docx", "docx")
    data = (tmp_path / "plan.docx").read_bytes()
    cells = [c.text for c in docx.Document(io.BytesIO(data)).tables[0].rows[1].cells]
    assert "۱۴۰۵" in cells[2], cells  # written in the user's calendar and digits
    words = (ENGLISH, document_words())
    [row] = shaped(read_docx(data), "plan.docx", "action-plan", words).item.rows  # type: ignore[union-attr]
    assert (row.action, row.due) == ("خرید بخاری", "2026-12-20")
    [row] = read_docx_item(data, "plan.docx", template="action-plan", words=words).item.rows  # type: ignore[union-attr]
    assert row.due == "" and cells[2] in row.action  # the core alone does not read it as a Gregorian date
