"""Ctrl+K search: results as you type, Arabic-script folding, keyboard opening, escaped snippets, nothing kept."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from amanat.app.ui.sections.search_dialog import DirectionRole, HtmlRole, IdRole, KindRole, SearchDialog
from amanat.app.ui.shell.main_window import MainWindow

PERSIAN_TITLE = "کتاب‌های ممنوع"  # with Persian keheh (U+06A9) and a zero-width non-joiner
ARABIC_KAF_QUERY = "كتاب"  # typed with Arabic kaf (U+0643)


def open_search(qtbot, window: MainWindow) -> SearchDialog:  # type: ignore[no-untyped-def]
    """Ctrl+K on the workspace, as the user does it."""
    assert window.workspace is not None
    window.menus.actions["searchAction"].trigger()
    dialog = window.workspace.search_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying any characters (QTest.keyClicks handles ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def type_query(qtbot, dialog: SearchDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    field = dialog.field
    field.setFocus()
    type_text(field, text)


def wait_for_rows(qtbot, dialog: SearchDialog, count: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == count and not dialog._timer.isActive(), timeout=5_000)


def test_ctrl_k_opens_an_empty_focused_field(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = open_search(qtbot, unlocked)
    field = dialog.field
    qtbot.waitUntil(field.hasFocus, timeout=2_000)
    assert field.text() == "" and dialog.model.rowCount() == 0
    assert field.accessibleName() and dialog.results.accessibleName()


def test_arabic_kaf_finds_persian_keheh_and_the_snippet_reads_right_to_left(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow
) -> None:
    assert unlocked.vault is not None
    note = unlocked.vault.items.add_note(PERSIAN_TITLE, "فهرست کتاب‌هایی که در مرز گرفته شد")
    unlocked.vault.items.add_note("Shopping", "bread and tea")
    dialog = open_search(qtbot, unlocked)
    type_query(qtbot, dialog, ARABIC_KAF_QUERY)
    wait_for_rows(qtbot, dialog, 1)
    index = dialog.model.index(0)
    assert index.data(IdRole) == note.id and index.data(KindRole) == "note"
    assert index.data(DirectionRole) == Qt.LayoutDirection.RightToLeft
    assert "<b>کتاب" in index.data(HtmlRole)  # the match is bold in its original (keheh) spelling
    assert 'dir="rtl"' in index.data(HtmlRole)


def test_return_opens_the_chosen_result_and_closes(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.vault is not None
    first = unlocked.vault.items.add_note("Border crossing plan", "route A")
    second = unlocked.vault.items.add_note("Border contacts", "call them")
    dialog = open_search(qtbot, unlocked)
    type_query(qtbot, dialog, "border")
    wait_for_rows(qtbot, dialog, 2)
    field = dialog.field
    top = dialog.results.currentIndex().data(IdRole)
    other = ({first.id, second.id} - {top}).pop()
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert dialog.results.currentIndex().row() == 1
    assert unlocked.context is not None
    with qtbot.waitSignal(unlocked.context.open_item_requested, timeout=2_000,
                          check_params_cb=lambda kind, item_id: (kind, item_id) == ("note", other)):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert dialog.model.rowCount() == 0 and field.text() == ""


def test_return_right_after_typing_opens_the_top_result(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.vault is not None and unlocked.context is not None
    note = unlocked.vault.items.add_note("Lawyer in Kabul", "")
    dialog = open_search(qtbot, unlocked)
    field = dialog.field
    with qtbot.waitSignal(unlocked.context.open_item_requested, timeout=2_000,
                          check_params_cb=lambda kind, item_id: item_id == note.id):
        qtbot.keyClicks(field, "lawyer")
        qtbot.keyClick(field, Qt.Key.Key_Enter)  # before the debounce has fired


def test_double_click_opens_a_result(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.vault is not None and unlocked.context is not None
    draft = unlocked.vault.items.new_draft(next(iter(_templates())), "Advocacy plan")
    dialog = open_search(qtbot, unlocked)
    type_query(qtbot, dialog, "advocacy")
    wait_for_rows(qtbot, dialog, 1)
    view = dialog.results
    rect = view.visualRect(dialog.model.index(0))
    # A real double-click starts with a press and release (QTest's double-click alone does not);
    # on this style a single click only chooses the row.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.isVisible() and view.currentIndex().row() == 0
    with qtbot.waitSignal(unlocked.context.open_item_requested, timeout=2_000,
                          check_params_cb=lambda kind, item_id: (kind, item_id) == ("draft", draft.id)):
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not dialog.isVisible()


def test_html_in_a_note_is_shown_as_text(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.vault is not None
    unlocked.vault.items.add_note('<img src=x onerror="alert(1)">', 'payload <b>bold</b> & <a href="x">link</a>')
    dialog = open_search(qtbot, unlocked)
    type_query(qtbot, dialog, "payload")
    wait_for_rows(qtbot, dialog, 1)
    shown = dialog.model.index(0).data(HtmlRole)
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in shown
    assert "<img" not in shown and "<a " not in shown
    assert "&lt;b&gt;bold&lt;/b&gt;" in shown and "&amp;" in shown
    assert "<b>payload</b>" in shown  # our own mark is the only markup


def test_no_results_is_said_and_esc_closes_without_keeping_anything(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow
) -> None:
    assert unlocked.vault is not None
    unlocked.vault.items.add_note("Meeting notes", "secret agenda")
    dialog = open_search(qtbot, unlocked)
    status = dialog.status
    type_query(qtbot, dialog, "zzzqqq")
    qtbot.waitUntil(lambda: status.isVisible() and status.text() == "No results", timeout=5_000)
    field = dialog.field
    field.clear()
    type_query(qtbot, dialog, "agenda")
    wait_for_rows(qtbot, dialog, 1)
    assert not status.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.model.rowCount() == 0 and field.text() == ""
    dialog.open_fresh()
    assert field.text() == "" and dialog.model.rowCount() == 0
    assert dialog.model.data(QModelIndex()) is None


def _templates() -> tuple[str, ...]:
    from amanat.app.models import TEMPLATE_SECTIONS

    return tuple(TEMPLATE_SECTIONS)
