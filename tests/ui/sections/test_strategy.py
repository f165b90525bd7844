"""Strategy drafts in the real window: templates, the SWOT grid, the action-plan table, export, RTL, lock."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLineEdit,
)

from amanat.app.models import ActionRow, Draft
from amanat.app.ui.models.action_plan_model import ActionPlanModel
from amanat.app.ui.sections.action_plan_editor import ActionPlanEditor
from amanat.app.ui.sections.draft_editors import SectionColumnEditor, SwotEditor
from amanat.app.ui.sections.draft_export import ODF_NAMESPACES
from amanat.app.ui.sections.history_dialog import HistoryDialog
from amanat.app.ui.sections.strategy_section import NewDraftDialog, StrategySection
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.widgets import file_dialogs
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.sections.test_contacts import every_shown_text, type_text, unnamed_controls

PERSIAN = "شبکه‌ای از مدافعان در دوازده ولایت"


def strategy(window: MainWindow) -> StrategySection:
    """The Strategy section, shown (so its shortcuts are live)."""
    assert window.workspace is not None
    window.workspace.sidebar.setCurrentRow(2)
    section = window.workspace.sections["draft"]
    assert isinstance(section, StrategySection) and section.isVisible()
    return section


def open_new_draft(window: MainWindow, template: str, title: str) -> StrategySection:
    section = strategy(window)
    draft = section.create_draft(template, title)
    assert draft is not None and section.current_id == draft.id
    return section


def ctrl_s(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_n_asks_for_the_template_and_title_and_opens_the_fitting_editor(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = strategy(unlocked)
    qtbot.keyClick(section.list_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = section.new_draft_dialog
    assert isinstance(dialog, NewDraftDialog) and dialog.isVisible()
    names = [dialog.template.itemText(i) for i in range(dialog.template.count())]
    assert names == ["Blank", "SWOT analysis", "Concept note", "Action plan", "Meeting notes", "UN communication"]
    dialog.template.setCurrentIndex(dialog.template.findData("un-communication"))
    qtbot.keyClicks(dialog.title, "Communication on Herat detentions")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    headers = unlocked.vault.items.list("draft")
    assert [h.title for h in headers] == ["Communication on Herat detentions"]
    assert section.current_id == headers[0].id
    assert isinstance(section.editor, SectionColumnEditor)
    assert [key for key, _text in section.editor.sections()] == [
        "alleged_victims", "alleged_perpetrators", "date_and_place", "description", "domestic_remedies", "consent"]
    assert section.editor.headings["consent"].text() == "Consent"


def test_a_swot_is_edited_through_its_four_quadrants(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = open_new_draft(unlocked, "swot", "Strategy 2027")
    editor = section.editor
    assert isinstance(editor, SwotEditor)
    assert [editor.boxes[k].title() for k in editor.keys] == ["Strengths", "Weaknesses", "Opportunities", "Threats"]
    typed = {"strengths": "Trusted by families", "weaknesses": "Little funding",
             "opportunities": PERSIAN, "threats": "Phones are watched"}
    for key, text in typed.items():
        type_text(editor.edits[key], text)
    section.status.setCurrentIndex(section.status.findData("review"))
    type_text(section.tags, "2027, شورا")
    ctrl_s(qtbot, editor.edits["threats"])
    assert not section.dirty, section.status_label.text()
    stored = unlocked.vault.items.get(section.current_id)
    assert isinstance(stored, Draft)
    assert dict(stored.sections) == typed
    assert stored.status == "review" and stored.tags == ("2027", "شورا")
    # The quadrants sit in a 2×2 grid: strengths beside weaknesses, opportunities below strengths.
    boxes = editor.boxes
    qtbot.waitUntil(lambda: boxes["strengths"].y() < boxes["opportunities"].y())
    assert boxes["strengths"].y() == boxes["weaknesses"].y()
    assert boxes["strengths"].x() == boxes["opportunities"].x() < boxes["weaknesses"].x()


def _plan(unlocked: MainWindow) -> tuple[StrategySection, ActionPlanEditor]:
    section = open_new_draft(unlocked, "action-plan", "Documentation plan")
    assert isinstance(section.editor, ActionPlanEditor)
    return section, section.editor


def test_action_plan_model_and_proxy_pass_the_model_tester(qtbot, qtmodeltester, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    model = ActionPlanModel([ActionRow("Collect testimonies", "Mariam", "2026-03-01", "in-progress"),
                             ActionRow("مصاحبه با خانواده‌ها", "احمد", "", "todo")])
    qtmodeltester.check(model)
    _section, editor = _plan(unlocked)
    editor.model.set_rows(model.rows())
    qtmodeltester.check(editor.proxy)
    editor.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(editor.proxy)


def test_an_action_plan_is_edited_in_the_table_sorted_and_saved(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section, editor = _plan(unlocked)
    table, proxy, model = editor.table, editor.proxy, editor.model
    type_text(editor.edits["summary"], "Document 40 cases before the UPR session.")

    # Insert adds a row and starts editing its action; Return commits what was typed.
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert proxy.rowCount() == 1
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit) and line.parent() is table.viewport()
    qtbot.keyClicks(line, "Collect testimonies")
    qtbot.keyClick(line, Qt.Key.Key_Return)  # the delegate commits on the next event loop pass
    qtbot.waitUntil(lambda: model.row_at(0).action == "Collect testimonies")
    # Ctrl+Return adds another; the add button a third.
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert proxy.rowCount() == 3
    table.closePersistentEditor(table.currentIndex())
    table.setFocus()

    # Through the model.
    assert proxy.setData(proxy.index(1, 0), "مصاحبه با خانواده‌ها")
    assert proxy.setData(proxy.index(1, 1), "احمد")
    assert proxy.setData(proxy.index(1, 2), "2026-02-15")
    assert proxy.setData(proxy.index(1, 3), "done")
    assert proxy.setData(proxy.index(2, 0), "Translate to English")
    assert proxy.setData(proxy.index(0, 1), "Mariam")

    # Through the view: the date editor and the status list.
    due = proxy.index(0, 2)
    table.setCurrentIndex(due)
    table.edit(due)
    date_editor = QApplication.focusWidget()
    assert isinstance(date_editor, QDateEdit) and date_editor.objectName() == "dueDateEditor"
    date_editor.setDate(QDate(2026, 3, 1))
    qtbot.keyClick(date_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.row_at(0).due == "2026-03-01")
    assert proxy.index(0, 2).data() == "2026-03-01"
    status = proxy.index(0, 3)
    table.setCurrentIndex(status)
    table.edit(status)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox) and combo.currentData() == "todo"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # to "in progress"; choosing commits at once
    assert model.row_at(0).status == "in-progress"
    assert proxy.index(0, 3).data() == "In progress"

    # A date that does not exist is refused at the cell; nothing else is lost.
    before = model.rows()
    assert not proxy.setData(proxy.index(1, 2), "2026-02-30")
    assert not proxy.setData(proxy.index(1, 2), "next week")
    assert not proxy.setData(proxy.index(1, 3), "finished")
    assert model.rows() == before

    # A date editor opened on an empty cell and left with Escape keeps the row undated.
    empty_due = proxy.index(2, 2)
    table.setCurrentIndex(empty_due)
    table.edit(empty_due)
    cancelled = QApplication.focusWidget()
    assert isinstance(cancelled, QDateEdit) and cancelled.date() == QDate.currentDate()
    qtbot.keyClick(cancelled, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert model.row_at(2).due == ""

    # Clicking the "Due" heading sorts by date, undated rows last.
    header = table.horizontalHeader()
    middle = QPoint(header.sectionViewportPosition(2) + header.sectionSize(2) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert [row.due for row in editor.rows()] == ["2026-02-15", "2026-03-01", ""]

    ctrl_s(qtbot, table)
    assert not section.dirty, section.status_label.text()
    stored = unlocked.vault.items.get(section.current_id)
    assert isinstance(stored, Draft)
    assert stored.rows == editor.rows()
    assert tuple(replace(row, id="") for row in stored.rows) == (
        ActionRow("مصاحبه با خانواده‌ها", "احمد", "2026-02-15", "done"),
        ActionRow("Collect testimonies", "Mariam", "2026-03-01", "in-progress"),
        ActionRow("Translate to English", "", "", "todo"),
    )
    assert stored.section("summary") == "Document 40 cases before the UPR session."

    # Delete clears a cell, Ctrl+Delete removes the row.
    table.setCurrentIndex(proxy.index(2, 0))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert editor.rows()[2].action == ""
    qtbot.keyClick(table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(editor.rows()) == 2 and section.dirty


def test_due_dates_show_in_the_users_calendar_and_digits(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section, editor = _plan(unlocked)
    assert not editor.proxy.setData(editor.proxy.index(-1, 0), "x")  # an invalid index changes nothing
    assert editor.model.append_row() == 0
    assert editor.proxy.setData(editor.proxy.index(0, 2), "2026-03-21")
    assert unlocked.context is not None
    unlocked.context.update_settings(replace(unlocked.context.settings, calendar="jalali"))
    section.save()
    unlocked.switch_language("fa")
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # retranslated before editing starts
    assert not section.dirty  # new labels and calendar are no edit
    assert editor.proxy.index(0, 2).data() == "۱۴۰۵-۰۱-۰۱"  # Nowruz 1405
    assert editor.model.row_at(0).due == "2026-03-21"  # stored as ISO, whatever is shown
    # The date editor works in the same calendar; what it commits is stored as ISO.
    editor.table.setCurrentIndex(editor.proxy.index(0, 2))
    editor.table.edit(editor.proxy.index(0, 2))
    date_editor = QApplication.focusWidget()
    assert isinstance(date_editor, QDateEdit)
    assert date_editor.calendar().name() == "Jalali" and date_editor.text() == "۱۴۰۵-۰۱-۰۱"
    date_editor.setDate(date_editor.date().addDays(1))
    qtbot.keyClick(date_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.model.row_at(0).due == "2026-03-22")
    assert editor.proxy.index(0, 2).data() == "۱۴۰۵-۰۱-۰۲"


def _exportable_draft(unlocked: MainWindow) -> StrategySection:
    section, editor = _plan(unlocked)
    type_text(editor.edits["summary"], "Summary in English\n" + PERSIAN)
    editor.model.append_row()
    editor.proxy.setData(editor.proxy.index(0, 0), "مصاحبه با خانواده‌ها")
    editor.proxy.setData(editor.proxy.index(0, 2), "2026-02-15")
    return section


def test_export_writes_pdf_odt_markdown_and_html_with_rtl_paragraphs(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, tmp_path: Path
) -> None:
    section = _exportable_draft(unlocked)
    out = tmp_path / "export"
    out.mkdir()
    for name, export_format in (("plan.pdf", "pdf"), ("plan.odt", "odt"), ("plan.md", "md"), ("plan.html", "html")):
        assert section.export_to(out / name, export_format)
    assert sorted(p.name for p in out.iterdir()) == ["plan.html", "plan.md", "plan.odt", "plan.pdf"]  # no leftovers

    pdf = (out / "plan.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF") and len(pdf) > 2000

    html = (out / "plan.html").read_text(encoding="utf-8")
    assert PERSIAN in html and "Summary in English" in html and "مصاحبه با خانواده‌ها" in html
    persian_paragraph = next(line for line in html.splitlines() if PERSIAN in line)
    assert "dir='rtl'" in persian_paragraph or 'dir="rtl"' in persian_paragraph
    english_paragraph = next(line for line in html.splitlines() if "Summary in English" in line)
    assert "rtl" not in english_paragraph
    assert "<table" in html and "Documentation plan" in html

    markdown = (out / "plan.md").read_text(encoding="utf-8")
    assert "# Documentation plan" in markdown and "## Summary" in markdown and PERSIAN in markdown
    assert "مصاحبه با خانواده‌ها" in markdown and "2026-02-15" in markdown

    with zipfile.ZipFile(out / "plan.odt") as odt:
        assert odt.namelist()[0] == "mimetype" and odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = odt.read("content.xml").decode("utf-8")
    assert PERSIAN in content and "Documentation plan" in content and "مصاحبه با خانواده‌ها" in content
    root = ElementTree.fromstring(content)  # noqa: S314 - the file this test just wrote
    text_ns, style_ns = (ODF_NAMESPACES["text"], ODF_NAMESPACES["style"])
    styles = {s.get(f"{{{style_ns}}}name"): s for s in root.iter(f"{{{style_ns}}}style")}

    def writing_mode(fragment: str) -> str | None:
        paragraph = next(p for p in root.iter(f"{{{text_ns}}}p") if fragment in "".join(p.itertext()))
        properties = styles[paragraph.get(f"{{{text_ns}}}style-name")].find(f"{{{style_ns}}}paragraph-properties")
        return None if properties is None else properties.get(f"{{{style_ns}}}writing-mode")

    assert writing_mode(PERSIAN) == "rl-tb" and writing_mode("مصاحبه با خانواده‌ها") == "rl-tb"
    assert writing_mode("Summary in English") is None


def test_export_dialog_and_shortcut_write_only_where_the_user_chose(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    section = _exportable_draft(unlocked)
    chosen = tmp_path / "chosen" / "for the lawyer"
    chosen.parent.mkdir()
    asked: list[tuple[object, ...]] = []

    def fake_dialog(*args: object) -> tuple[Path, str]:
        asked.append(args)
        return chosen, "Markdown (*.md)"

    monkeypatch.setattr(file_dialogs, "save_file", fake_dialog)  # the helper: tests/ui/widgets/test_file_dialogs.py
    section.context.plaintext_export_acknowledged = True  # the warning before it: tests/ui/sections/test_export_flow.py
    qtbot.keyClick(section.list_view, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(asked) == 1
    filters = str(asked[0][3])
    for expected in ("PDF document (*.pdf)", "OpenDocument text (*.odt)", "Markdown (*.md)", "Web page (*.html)"):
        assert expected in filters
    assert [p.name for p in chosen.parent.iterdir()] == ["for the lawyer.md"]
    assert PERSIAN in (chosen.parent / "for the lawyer.md").read_text(encoding="utf-8")


def test_dari_mirrors_strategy_and_the_swot_grid(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = open_new_draft(unlocked, "swot", "Strategy 2027")
    editor = section.editor
    assert isinstance(editor, SwotEditor)
    unlocked.switch_language("fa")
    assert section.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert editor.isRightToLeft()
    boxes = editor.boxes
    qtbot.waitUntil(lambda: boxes["strengths"].x() > boxes["weaknesses"].x())  # Strengths on the right
    assert boxes["opportunities"].x() > boxes["threats"].x()
    list_x = section.list_view.mapTo(section, QPoint(0, 0)).x()
    assert list_x > editor.mapTo(section, QPoint(0, 0)).x()
    # Every template's editor builds and shows in Dari.
    for template in ("blank", "concept-note", "action-plan", "un-communication"):
        assert open_new_draft(unlocked, template, template).editor is not None
    assert isinstance(section.editor, SectionColumnEditor) and section.editor.isRightToLeft()
    unlocked.switch_language("en")
    qtbot.waitUntil(lambda: section.layoutDirection() == Qt.LayoutDirection.LeftToRight)


def test_ctrl_h_opens_the_history_and_restoring_shows_the_old_version(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = open_new_draft(unlocked, "blank", "Letter")
    body = section.editor.edits["body"] if section.editor is not None else None
    assert body is not None
    type_text(body, "First version")
    ctrl_s(qtbot, body)
    type_text(body, ", then changed")  # not saved yet: Ctrl+H saves it first
    qtbot.keyClick(body, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = section.findChild(HistoryDialog)
    assert dialog is not None and dialog.isVisible()
    assert unlocked.vault.items.get(section.current_id).section("body") == "First version, then changed"
    first_edit = unlocked.vault.items.history(section.current_id)[1].number  # after the empty first revision
    dialog.select_revision(first_edit)
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_selected()
    assert body.toPlainText() == "First version" and not section.dirty


def test_every_control_of_every_draft_editor_has_an_accessible_name(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = strategy(unlocked)
    for template in ("blank", "swot", "concept-note", "action-plan", "un-communication"):
        open_new_draft(unlocked, template, template)
        assert unnamed_controls(section) == [], template
    qtbot.keyClick(section.list_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert section.new_draft_dialog is not None
    assert unnamed_controls(section.new_draft_dialog) == []
    section.new_draft_dialog.reject()


def test_lock_leaves_no_draft_text_on_screen_and_keeps_it_in_the_vault(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, vault_dir: Path
) -> None:
    section, editor = _plan(unlocked)
    draft_id = section.current_id
    type_text(editor.edits["summary"], PERSIAN)
    editor.model.append_row()
    editor.proxy.setData(editor.proxy.index(0, 0), "Meet the lawyer in Peshawar")
    assert PERSIAN in every_shown_text() and "Meet the lawyer in Peshawar" in every_shown_text()
    unlocked.lock()
    qtbot.waitUntil(lambda: PERSIAN not in every_shown_text())
    assert "Meet the lawyer in Peshawar" not in every_shown_text()
    assert "Documentation plan" not in every_shown_text()
    # What was typed but not yet saved went into the vault on the way out, not onto the floor.
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        stored = vault.items.get(draft_id)
    finally:
        vault.close()
    assert isinstance(stored, Draft)
    assert stored.section("summary") == PERSIAN and stored.rows[0].action == "Meet the lawyer in Peshawar"
