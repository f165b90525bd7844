"""The comments panel in the real window: comment on a selection (Ctrl+Shift+M), reply, resolve, reopen, jump."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from amanat.app.models import Note
from amanat.app.ui.sections.comment_texts import code_point_index, utf16_position
from amanat.app.ui.sections.notes_section import NotesSection
from amanat.app.ui.sections.strategy_section import StrategySection
from amanat.app.ui.shell.main_window import MainWindow
from tests.ui.sections.test_notes import notes_of, type_text, vault_of

BODY = "گزارش 😀 جلسه‌ی ژنو: وضعیت مدافعان حقوق بشر در هرات."
PASSAGE = "مدافعان حقوق بشر"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def select(section: NotesSection, passage: str) -> None:
    text = section.body.toPlainText()
    start = text.index(passage)
    cursor = section.body.textCursor()
    cursor.setPosition(utf16_position(text, start))
    cursor.setPosition(utf16_position(text, start + len(passage)), QTextCursor.MoveMode.KeepAnchor)
    section.body.setTextCursor(cursor)
    section.body.setFocus()


def open_note(qtbot, window: MainWindow, body: str = BODY) -> tuple[NotesSection, Note]:  # type: ignore[no-untyped-def]
    section = notes_of(window)
    note = vault_of(window).items.add_note("گزارش", body)
    section.reload()
    section.open_item(note.id)
    qtbot.waitUntil(lambda: section.loaded is not None and section.loaded.id == note.id)
    return section, note


def test_positions_convert_between_qt_and_code_points() -> None:
    text = "a😀ب\u200cپ"
    for index in range(len(text) + 1):
        assert code_point_index(text, utf16_position(text, index)) == index
    assert utf16_position(text, 2) == 3  # the emoji counts twice in Qt


def test_comment_on_a_selection_reply_resolve_and_jump(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section, note = open_note(qtbot, unlocked)
    panel = section.comments
    type_text(section.body, "")  # the form is untouched: nothing to save yet
    select(section, PASSAGE)
    QTest.keyClick(section.body, Qt.Key.Key_M, CTRL_SHIFT)
    assert panel.isVisible() and panel.new_box.isVisible() and panel.new_field.hasFocus()
    type_text(panel.new_field, "منبع این جمله چیست؟")
    panel.add_button.click()
    (thread,) = vault_of(unlocked).sync.comments.threads(note.id)
    assert thread.comments[0].body == "منبع این جمله چیست؟" and thread.comments[0].mine
    assert panel.thread_list.count() == 1 and "Comments (1)" in panel.toggle_button.text()
    assert [s.cursor.selectedText() for s in section.body.extraSelections()] == [PASSAGE]
    # Typing before the passage moves its mark with it (Qt moves the cursor; the vault agrees after saving).
    cursor = section.body.textCursor()
    cursor.setPosition(0)
    section.body.setTextCursor(cursor)
    type_text(section.body, "پیش‌نویس: ")
    assert [s.cursor.selectedText() for s in section.body.extraSelections()] == [PASSAGE]
    assert section.save()
    panel.reload()
    assert [s.cursor.selectedText() for s in section.body.extraSelections()] == [PASSAGE]
    type_text(panel.reply_field, "از گزارش سازمان ملل")
    panel.reply_button.click()
    assert "از گزارش سازمان ملل" in panel.conversation.toPlainText()
    panel.jump_button.click()
    assert section.body.textCursor().selectedText() == PASSAGE and section.body.hasFocus()
    panel.resolve_button.click()
    assert vault_of(unlocked).sync.comments.threads(note.id)[0].resolved
    assert panel.thread_list.count() == 0 and section.body.extraSelections() == []
    assert "Comments" == panel.toggle_button.text()
    panel.show_resolved.setChecked(True)
    assert panel.thread_list.count() == 1 and panel.resolve_button.text() == "Reopen"
    panel.resolve_button.click()
    assert not vault_of(unlocked).sync.comments.threads(note.id)[0].resolved


def test_without_a_selection_the_panel_says_what_to_do(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section, note = open_note(qtbot, unlocked)
    section.body.setFocus()
    section.comments.begin_new()
    assert not section.comments.new_box.isVisible()
    assert "Select the passage" in section.comments.status.text()
    assert vault_of(unlocked).sync.comments.threads(note.id) == []


def test_unsaved_edits_are_saved_before_the_comment_is_written(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section, note = open_note(qtbot, unlocked)
    section.body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(section.body, " و کابل")
    select(section, "و کابل")
    section.comments.begin_new()
    type_text(section.comments.new_field, "تازه")
    section.comments.add_button.click()
    assert vault_of(unlocked).items.get(note.id).body.endswith("و کابل")  # type: ignore[union-attr]
    (thread,) = vault_of(unlocked).sync.comments.threads(note.id)
    assert thread.quote == "و کابل"


def test_a_draft_section_takes_comments_in_dari(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlocked.switch_language("fa")
    assert unlocked.workspace is not None
    section = unlocked.workspace.sections["draft"]
    assert isinstance(section, StrategySection)
    draft = section.create_draft("concept-note", "یادداشت مفهومی")
    assert draft is not None and section.editor is not None
    key, edit = next(iter(section.editor.edits.items()))
    edit.setFocus()
    type_text(edit, "هدف ما حمایت از مدافعان است.")
    cursor = edit.textCursor()
    text = edit.toPlainText()
    start = text.index("مدافعان")
    cursor.setPosition(start)
    cursor.setPosition(start + len("مدافعان"), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    section.comment_action.trigger()
    type_text(section.comments.new_field, "کدام مدافعان؟")
    section.comments.add_button.click()
    (thread,) = vault_of(unlocked).sync.comments.threads(draft.id)
    assert thread.section == key and thread.quote == "مدافعان"
    assert section.comments.isRightToLeft() and section.comments.toggle_button.text().startswith("نظر")
    unlocked.switch_language("en")


def test_a_draft_export_leaves_comments_out_unless_asked(qtbot, unlocked: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.workspace is not None
    section = unlocked.workspace.sections["draft"]
    assert isinstance(section, StrategySection)
    draft = section.create_draft("concept-note", "Concept")
    assert draft is not None and section.editor is not None
    key, edit = next(iter(section.editor.edits.items()))
    edit.setPlainText("Protect the defenders in Herat.")
    assert section.save()
    vault_of(unlocked).sync.comments.start(draft.id, "section:" + key, 8, 21, "Which defenders? منبع؟")
    section.comments.reload()
    assert not section.comments.include_in_export.isHidden()
    assert section.export_to(tmp_path / "without.md", "md")
    without = (tmp_path / "without.md").read_text(encoding="utf-8")
    assert "Protect the defenders" in without and "Which defenders" not in without
    section.comments.include_in_export.setChecked(True)
    assert section.export_to(tmp_path / "with.md", "md")
    with_comments = (tmp_path / "with.md").read_text(encoding="utf-8")
    assert "Which defenders? منبع؟" in with_comments and "«the defenders»" in with_comments
    assert "You" in with_comments
    import docx

    for name, include in (("without.docx", False), ("with.docx", True)):
        section.comments.include_in_export.setChecked(include)
        assert section.export_to(tmp_path / name, "docx")
        paragraphs = "\n".join(p.text for p in docx.Document(str(tmp_path / name)).paragraphs)
        assert "Protect the defenders" in paragraphs
        assert ("Which defenders? منبع؟" in paragraphs) is include
    other = section.create_draft("concept-note", "Another")  # each draft asks again: unticked
    assert other is not None and not section.comments.include_in_export.isChecked()
    assert section.comments.include_in_export.isHidden()  # no comments: nothing to ask


def test_the_panel_fits_1264_by_640_in_dari_and_pashto(qtbot, unlocked: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    section, note = open_note(qtbot, unlocked)
    for kind in ("note", "draft"):
        for language in ("fa", "ps", "en"):
            unlocked.switch_language(language)
            shown = section if kind == "note" else unlocked.workspace.sections["draft"]  # type: ignore[union-attr]
            if kind == "note":
                start = BODY.index(PASSAGE)
                if not vault_of(unlocked).sync.comments.threads(note.id):
                    vault_of(unlocked).sync.comments.start(note.id, "body", start, start + len(PASSAGE), "منبع؟ " * 30)
                section.comments.set_item(note.id)
            else:
                unlocked.workspace.sidebar.setCurrentRow(2)  # type: ignore[union-attr]
                assert isinstance(shown, StrategySection)
                if shown.loaded is None:
                    draft = shown.create_draft("swot", "تحلیل")
                    assert draft is not None and shown.editor is not None
                    shown.editor.edits["strengths"].setPlainText("شبکهٔ مدافعان در هرات")
                    assert shown.save()
                    vault_of(unlocked).sync.comments.start(draft.id, "section:strengths", 6, 13, "کدام؟")
                    shown.comments.set_item(draft.id)
                assert not shown.comments.include_in_export.isHidden()
                shown.comments.toggle_button.setChecked(True)
            QCoreApplication.processEvents()  # the language change reaches every widget
            unlocked.resize(1264, 640)
            qtbot.waitUntil(lambda: unlocked.width() <= 1264 and unlocked.height() <= 640)
            panel = shown.comments  # type: ignore[attr-defined]
            assert panel.isVisible()
            assert panel.mapTo(unlocked, panel.rect().bottomRight()).y() <= 640
            unlocked.grab().save(str(tmp_path / f"{kind}-{language}.png"))
        unlocked.workspace.sidebar.setCurrentRow(0)  # type: ignore[union-attr]
    unlocked.switch_language("en")


def test_comments_that_arrive_show_when_the_section_reloads(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section, note = open_note(qtbot, unlocked)
    assert section.comments.thread_list.count() == 0
    start = BODY.index(PASSAGE)
    vault_of(unlocked).sync.comments.start(note.id, "body", start, start + len(PASSAGE), "از جای دیگر")
    section.reload()  # what a merged bundle sets off (items_changed)
    assert section.comments.thread_list.count() == 1
    assert [s.cursor.selectedText() for s in section.body.extraSelections()] == [PASSAGE]
