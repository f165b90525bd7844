"""Trash (restore, delete for good, empty) and history (diff, restore a revision) in the real window."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from amanat.app.models import Contact, Draft, Note
from amanat.app.ui.models.item_list_model import IdRole, ItemListModel
from amanat.app.ui.sections.history_dialog import HistoryDialog, diff_html, item_text
from amanat.app.ui.sections.trash_section import TrashSection
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.widgets.text_direction import text_direction
from tests.ui.sections.test_notes import (
    CTRL,
    listed_titles,
    new_note_by_keyboard,
    notes_of,
    texts_on_screen,
    type_text,
    vault_of,
)


def trash_of(window: MainWindow) -> TrashSection:
    assert window.workspace is not None
    section = window.workspace.sections["trash"]
    assert isinstance(section, TrashSection)
    return section


def answer_questions(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:  # type: ignore[no-untyped-def]
    """Make QMessageBox.question answer `answer`; returns the questions asked."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_delete_goes_to_the_trash_restore_brings_it_back_and_empty_trash_asks_with_the_count(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, monkeypatch
) -> None:
    notes, trash = notes_of(unlocked), trash_of(unlocked)
    items = vault_of(unlocked).items
    keep = new_note_by_keyboard(qtbot, unlocked, "Keep me", "kept")
    gone = new_note_by_keyboard(qtbot, unlocked, "Throw away", "old plans")
    qtbot.waitUntil(lambda: notes.list_view.currentIndex().data(IdRole) == gone)
    notes.list_view.setFocus()
    qtbot.keyClick(notes.list_view, Qt.Key.Key_Delete)
    assert items.is_in_trash(gone) and not items.is_in_trash(keep)
    assert listed_titles(notes) == ["Keep me"]
    assert notes.current_id == keep  # the next note is shown
    assert notes.hint.isVisibleTo(notes) and "Throw away" in notes.hint.text.text()

    contact = items.add(Contact(id="", display_name="Farid", alias="F."))
    items.delete(contact.id)
    unlocked.context.items_changed.emit("contact")  # type: ignore[union-attr]

    qtbot.keyClick(notes.list_view, Qt.Key.Key_4, CTRL)
    assert unlocked.workspace.current_section() is trash  # type: ignore[union-attr]
    assert sorted(trash.model.index(r, 0).data() for r in range(trash.model.rowCount())) == ["Farid", "Throw away"]
    assert trash.select_item(gone)
    assert trash.title.text() == "Throw away"
    assert "old plans" in trash.preview.toPlainText() and trash.preview.isReadOnly()
    assert trash.about.text().startswith("Note · deleted ")
    assert trash.select_item(contact.id)
    assert trash.about.text().startswith("Contact · deleted ")

    assert trash.select_item(gone)
    trash.list_view.setFocus()
    qtbot.keyClick(trash.list_view, Qt.Key.Key_R, CTRL)
    assert not items.is_in_trash(gone)
    assert sorted(listed_titles(notes)) == ["Keep me", "Throw away"]
    assert [trash.model.index(r, 0).data() for r in range(trash.model.rowCount())] == ["Farid"]
    assert trash.status.text() == "Restored “\u2068Throw away\u2069”."  # the title isolated, for mixed scripts

    items.delete(keep)
    unlocked.context.items_changed.emit("note")  # type: ignore[union-attr]
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    assert trash.empty_trash() is None
    assert "all 2 items" in asked[0]
    assert len(items.trash()) == 2
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(trash.deleted_for_good) as emptied:  # in a worker: the window stays responsive
        assert trash.empty_trash() is not None
        assert not trash.empty_button.isEnabled() and trash.empty_trash() is None  # not twice at once
    assert emptied.args == [2]
    assert trash.status.text() == "The trash is empty: 2 deleted for good."
    assert items.trash() == [] and trash.model.rowCount() == 0
    assert trash.right.currentWidget() is trash.nothing and not trash.empty_button.isEnabled()


def test_shift_delete_deletes_one_item_for_good_after_asking(qtbot, unlocked: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    trash = trash_of(unlocked)
    items = vault_of(unlocked).items
    first, second = items.add_note("One"), items.add_note("Two")
    items.delete(first.id)
    items.delete(second.id)
    unlocked.workspace.sidebar.setCurrentRow(3)  # type: ignore[union-attr]
    unlocked.context.items_changed.emit("note")  # type: ignore[union-attr]
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    assert trash.select_item(first.id)
    trash.list_view.setFocus()
    with qtbot.waitSignal(trash.deleted_for_good) as purged:
        qtbot.keyClick(trash.list_view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert purged.args == [1]
    assert asked == ["Delete “\u2068One\u2069” for good? It cannot be brought back."]
    assert [h.id for h in items.trash()] == [second.id]
    assert trash.selected_id() == second.id


def test_undo_takes_the_note_back_out_of_the_trash(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    notes = notes_of(unlocked)
    item_id = new_note_by_keyboard(qtbot, unlocked, "Oops")
    notes.delete_button.click()
    assert vault_of(unlocked).items.is_in_trash(item_id)
    assert notes.editor_stack.currentWidget() is notes.empty_state
    notes.hint.undo_button.click()
    assert not vault_of(unlocked).items.is_in_trash(item_id)
    assert notes.current_id == item_id and notes.title.text() == "Oops"
    assert not notes.hint.isVisibleTo(notes)


def test_the_trash_model_passes_the_model_tester(qtbot, qtmodeltester, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    items = vault_of(unlocked).items
    for number in range(30):
        note = items.add_note(f"Note {number}")
        items.delete(note.id)
    contact = items.add(Contact(id="", display_name="Someone"))
    items.delete(contact.id)
    items.delete(items.new_draft("swot", "A plan").id)
    model = ItemListModel(unlocked.context, None, in_trash=True)  # type: ignore[arg-type]
    qtmodeltester.check(model)
    assert model.rowCount() == 32 and not model.canFetchMore()


def test_edit_three_times_then_restore_revision_one_from_the_history_dialog(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    notes = notes_of(unlocked)
    items = vault_of(unlocked).items
    note = items.add_note("Plan", "version one")
    unlocked.context.items_changed.emit("note")  # type: ignore[union-attr]
    notes.open_item(note.id)
    for text in ("version two", "version three", "version <four> & more"):
        notes.body.selectAll()
        type_text(notes.body, text)
        qtbot.keyClick(notes.body, Qt.Key.Key_S, CTRL)
    assert items.get(note.id).revision == 4

    qtbot.keyClick(notes.body, Qt.Key.Key_H, CTRL)  # Ctrl+H in Notes as in Contacts and Strategy
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HistoryDialog) and w.isVisible())
    numbers = [dialog.revisions.topLevelItem(r).text(0) for r in range(dialog.revisions.topLevelItemCount())]
    assert numbers == ["4", "3", "2", "1"]
    assert dialog.revisions.topLevelItem(0).text(2) == "Plan"
    assert "current version" in dialog.heading.text()
    assert not dialog.restore_button.isEnabled()

    dialog.select_revision(1)
    assert dialog.restore_button.isEnabled()
    diff = dialog.diff_text()
    assert "\u2212 version one" in diff and "+ version <four> & more" in diff
    assert "&lt;four&gt;" in dialog.diff.toHtml()

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.restored) as restored:
        qtbot.keyClick(dialog.revisions, Qt.Key.Key_R, CTRL)
    assert restored.args == [note.id]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert notes.body.toPlainText() == "version one"
    assert not notes.dirty
    current = items.get(note.id)
    assert isinstance(current, Note) and current.body == "version one" and current.revision == 5


def test_the_history_dialog_serves_contacts_too(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    items = vault_of(unlocked).items
    contact = items.add(Contact(id="", display_name="Mina", city="Herat"))
    assert isinstance(contact, Contact)
    items.save(replace(contact, city="Mashhad"))
    dialog = HistoryDialog(unlocked.context, contact.id, unlocked)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_revision(1)
    assert "\u2212 City: Herat" in dialog.diff_text() and "+ City: Mashhad" in dialog.diff_text()
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_button.click()
    assert items.get(contact.id).city == "Herat"  # type: ignore[union-attr]


def test_item_text_renders_every_kind() -> None:
    note = Note(id="n", title="Title", body="Body", tags=("a", "b"), pinned=True)
    assert item_text(note) == "Title\nTags: a, b\nPinned\n\nBody"
    contact = Contact(id="c", display_name="Mina", alias="M", channels=(("signal", "+93 700"),),
                      never_contact_via=("email",), risk_level="high", notes="Met in 2023")
    text = item_text(contact)
    for line in ("Mina", "Alias: M", "Channel Signal: +93 700", "Never contact via: Email", "Risk level: High",
                 "Met in 2023"):
        assert line in text.splitlines()
    draft = Draft(id="d", template="swot", title="Plan", sections=(("strengths", "Many"), ("threats", "")))
    assert "Strengths\nMany" in item_text(draft) and "Threats" in item_text(draft)


def test_diff_html_escapes_marks_and_keeps_each_line_in_its_direction() -> None:
    assert diff_html("same\ntext", "same\ntext") == ""
    html = diff_html("<script>alert(1)</script>\nسلام دوستان", "<b>safe</b>\nسلام دوستان")
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;safe&lt;/b&gt;" in html
    assert 'dir="rtl"' in html and 'dir="ltr"' in html
    assert text_direction("  123 سلام") == "rtl" and text_direction("(hello)") == "ltr"


def test_lock_leaves_nothing_of_the_trash_on_screen(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    items = vault_of(unlocked).items
    note = items.add_note("Deleted-Secret-9931", "body of Deleted-Secret-9931")
    items.delete(note.id)
    unlocked.context.items_changed.emit("note")  # type: ignore[union-attr]
    unlocked.workspace.sidebar.setCurrentRow(3)  # type: ignore[union-attr]
    assert "Deleted-Secret-9931" in trash_of(unlocked).preview.toPlainText()
    unlocked.lock()
    qtbot.waitUntil(lambda: not [w for w in QApplication.allWidgets() if isinstance(w, TrashSection)])
    assert not [text for text in texts_on_screen() if "Deleted-Secret-9931" in text]


def test_locking_while_the_trash_is_emptied_waits_until_it_is_done(qtbot, unlocked: MainWindow, vault_dir,  # type: ignore[no-untyped-def]
                                                                   monkeypatch) -> None:
    from amanat.app.vault import Vault
    from tests.conftest import PASSPHRASE

    trash = trash_of(unlocked)
    items = vault_of(unlocked).items
    for n in range(3):
        items.delete(items.add_note(f"gone {n}", "0799481726").id)
    unlocked.context.items_changed.emit("note")  # type: ignore[union-attr]
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    assert trash.empty_trash() is not None
    unlocked.lock()  # at once, while the worker may still be writing
    assert unlocked.is_locked
    with Vault.unlock(vault_dir, PASSPHRASE) as reopened:
        assert reopened.items.trash() == [] and reopened.check() == []
