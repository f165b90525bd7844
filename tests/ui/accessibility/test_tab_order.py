"""Issue 14: the keyboard reaches everything and is never caught. On every start page, section and dialog,
Tab -- pressed for real, from where a dialog puts the focus when it opens -- comes back round without sticking in a
table or a text field, reaches every interactive widget shown, and visits a field before a button under it."""

from __future__ import annotations

from itertools import chain
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTableView, QVBoxLayout, QWidget

from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.sync.sync_sources import PasteBundleDialog
from tests.ui.accessibility.interactive import describe
from tests.ui.accessibility.screens import FilledWindow, start_pages
from tests.ui.accessibility.tab_chain import out_of_reading_order, reachable, walk

# Widgets where Tab used to type, move between cells or be swallowed: each must be walked through.
FORMER_TRAPS = {"actionPlanTable", "pastedBundle", "pastedCard", "securityText", "noteBody", "section_summary"}


@pytest.mark.parametrize("language", ["en", "fa", "ps"])
def test_tab_goes_round_every_screen(qtbot, unlocked: MainWindow, tmp_path: Path, vault_dir: Path,  # type: ignore[no-untyped-def]
                                     language: str) -> None:
    unlocked.switch_language(language)
    filled = FilledWindow(unlocked, tmp_path)
    problems: list[str] = []
    walked_through: set[str] = set()
    for screen in chain(start_pages(vault_dir, language), filled.sections(), filled.dialogs()):
        tabbed = walk(screen.root)
        if tabbed.stuck:
            problems.append(f"{screen.name}: Tab is caught in {tabbed.stuck}")
            continue
        walked_through |= {w.objectName() for w in tabbed.visited}
        problems += [f"{screen.name}: Tab never reaches {describe(w)}"
                     for w in reachable(screen.root) if w not in tabbed.visited]
        problems += [f"{screen.name}: {wrong}" for wrong in out_of_reading_order(tabbed)]
    assert not problems, "\n".join(problems)
    assert walked_through >= FORMER_TRAPS


def test_tab_leaves_the_action_plan_table_where_it_was(qtbot, unlocked: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    filled = FilledWindow(unlocked, tmp_path)
    assert unlocked.workspace is not None
    unlocked.workspace.sidebar.setCurrentRow(2)
    unlocked.workspace.sections["draft"].open_item(filled.drafts["action-plan"].id)
    table = unlocked.findChild(QTableView, "actionPlanTable")
    unlocked.activateWindow()
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is unlocked.findChild(QWidget, "addRowButton")
    assert table.currentIndex().row() == 0 and table.currentIndex().column() == 0
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Right)  # the arrows still move between cells
    assert table.currentIndex().column() == 1
    QTest.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Tab leaves too
    assert QApplication.focusWidget() is unlocked.findChild(QWidget, "addRowButton")
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is unlocked.findChild(QWidget, "section_summary")
    assert table.currentIndex().column() == 1


def test_tab_in_the_paste_dialog_reaches_ok_and_types_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    pasted: list[str] = []
    dialog = PasteBundleDialog(pasted.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.text.setFocus()
    QTest.keyClick(dialog.text, Qt.Key.Key_Tab)
    assert dialog.text.toPlainText() == ""
    assert QApplication.focusWidget() is not dialog.text


def test_the_walk_notices_a_trap(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QLineEdit

    for trap in (QPlainTextEdit(), QTableView()):
        page = QWidget()
        qtbot.addWidget(page)
        field = QLineEdit()
        if isinstance(trap, QTableView):
            model = QStandardItemModel(3, 3, page)
            trap.setModel(model)
            trap.setTabKeyNavigation(True)
        layout = QVBoxLayout(page)
        layout.addWidget(field)
        layout.addWidget(trap)
        page.show()
        assert walk(page).stuck == describe(trap)
