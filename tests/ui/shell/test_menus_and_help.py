"""The Help menu, and every shortcut of the window declared once, in a menu, without duplicates (issue 14)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QPushButton, QWidget

from amanat.app import __version__
from amanat.app.duress import set_duress
from amanat.app.ui.dialogs.border_dialogs import SecurityDialog
from amanat.app.ui.dialogs.help_dialogs import AboutDialog, ShortcutsDialog
from amanat.app.ui.sections.history_dialog import HistoryDialog
from amanat.app.ui.sections.notes_section import NotesSection
from amanat.app.ui.shell.first_run import WelcomePage
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.shell.workspace import SECTION_KINDS
from amanat.app.ui.widgets.shortcut_table import SECTION, SHORTCUTS, WINDOW

SCREEN_WIDTH, SCREEN_HEIGHT = 1280, 720


def menu_bar_actions(window: MainWindow) -> list[QAction]:
    found: list[QAction] = []
    pending = [menu_action.menu() for menu_action in window.menuBar().actions()]
    while pending:
        menu = pending.pop()
        if isinstance(menu, QMenu):
            for action in menu.actions():
                found.append(action)
                pending.append(action.menu())
    return found


def every_section_built(window: MainWindow) -> None:
    """Show each section once (they are built on first show), and open a draft with an action plan and
    a note's history window, so every widget with keys of its own exists."""
    assert window.workspace is not None and window.vault is not None
    note = window.vault.items.add_note("Plan", "first")
    draft = window.vault.items.new_draft("action-plan", "Plan")
    for row in range(len(SECTION_KINDS)):
        window.workspace.sidebar.setCurrentRow(row)
    window.workspace.show_item("draft", draft.id)
    window.workspace.show_item("note", note.id)
    notes = window.workspace.sections["note"]
    assert isinstance(notes, NotesSection)
    assert isinstance(notes.open_history(), HistoryDialog)


def keyed_actions(window: MainWindow) -> list[tuple[str, list[QKeySequence], QAction | QShortcut]]:
    found: list[tuple[str, list[QKeySequence], QAction | QShortcut]] = []
    for action in window.findChildren(QAction):
        if action.shortcuts():
            found.append((action.objectName(), list(action.shortcuts()), action))
    for shortcut in window.findChildren(QShortcut):
        found.append((shortcut.objectName(), [shortcut.key()], shortcut))
    return found


def test_every_shortcut_in_the_window_is_in_the_table_and_in_a_menu(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    every_section_built(unlocked)
    table = {entry.name: entry for entry in SHORTCUTS}
    in_menu_bar = set(menu_bar_actions(unlocked))
    keyed = keyed_actions(unlocked)
    names = {name for name, _keys, _action in keyed}
    # The widgets with keys of their own really were built: the list, the trash, the table, the history.
    assert {"moveToTrashAction", "purgeAction", "addRowAction", "clearCellsAction", "attachmentRemoveAction",
            "restoreRevisionAction", "lockAction", "section5Action", "historyAction"} <= names
    for name, keys, action in keyed:
        assert name in table, f"{name} ({[k.toString() for k in keys]}) is not in the shortcut table"
        assert keys == table[name].sequences(), name
        assert isinstance(action, QAction), f"{name}: a QShortcut is in no menu; make it a QAction"
        if table[name].place in (WINDOW, SECTION):
            assert action in in_menu_bar, f"{name} is in no menu of the menu bar"
            assert action in unlocked.menus.menus[table[name].menu].actions(), name
        else:
            owners = [w for w in action.associatedObjects() if isinstance(w, QWidget) and not isinstance(w, QMenu)]
            assert any(w.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu for w in owners), (
                f"{name} is in no right-click menu")
    assert {entry.name for entry in SHORTCUTS} <= names, "the table names an action the window does not have"


def test_no_two_shortcuts_share_keys_where_both_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    def keys(places: set[str]) -> Counter[str]:
        return Counter(s.toString() for e in SHORTCUTS if e.place in places for s in e.sequences())

    window_wide = keys({WINDOW, SECTION})
    assert [k for k, n in window_wide.items() if n > 1] == []
    for place in {entry.place for entry in SHORTCUTS} - {WINDOW, SECTION}:
        # A widget's own keys work beside the window's (except in the history window, a window of its own).
        both = keys({place}) + (window_wide if place != "historyWindow" else Counter())
        assert [k for k, n in both.items() if n > 1] == [], place


def test_history_is_ctrl_h_in_notes_as_in_contacts_and_strategy(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.workspace is not None and unlocked.vault is not None
    for kind in ("note", "contact", "draft"):
        unlocked.workspace.sidebar.setCurrentRow(SECTION_KINDS.index(kind))
        section = unlocked.workspace.sections[kind]
        item = (unlocked.vault.items.add_note("Plan", "x") if kind == "note" else None)
        if item is not None:
            section.open_item(item.id)
            qtbot.keyClick(section.list_view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
            dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HistoryDialog) and w.isVisible())
            dialog.close()
        assert "Ctrl+H" in section.history_button.toolTip()  # type: ignore[attr-defined]
    assert unlocked.menus.actions["historyAction"].shortcut().toString() == "Ctrl+H"


def test_section_commands_follow_the_section_on_screen(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.workspace is not None
    actions = unlocked.menus.actions
    qtbot.keyClick(unlocked.workspace.sidebar, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert unlocked.workspace.sidebar.currentRow() == 3
    assert actions["restoreAction"].isEnabled() and not actions["saveAction"].isEnabled()
    unlocked.menus.actions["section1Action"].trigger()
    assert actions["saveAction"].isEnabled() and actions["previewAction"].isEnabled()
    assert not actions["restoreAction"].isEnabled() and actions["exportAction"].isEnabled()  # notes export too
    unlocked.menus.actions["section2Action"].trigger()
    assert not actions["exportAction"].isEnabled() and not actions["previewAction"].isEnabled()  # contacts: vCard
    unlocked.lock()
    assert not any(actions[name].isEnabled() for name in ("saveAction", "searchAction", "section1Action"))
    assert actions["shortcutsAction"].isEnabled() and actions["aboutAction"].isEnabled()


def test_the_help_menu_holds_shortcuts_security_and_about(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    help_menu = window.menus.menus["help"]
    assert [a.objectName() for a in help_menu.actions() if not a.isSeparator()] == [
        "shortcutsAction", "securityAction", "aboutAction"]
    assert all(a.isEnabled() for a in help_menu.actions())  # also before a vault exists
    window.menus.actions["securityAction"].trigger()
    assert isinstance(window.dialog, SecurityDialog) and window.dialog.isVisible()
    window.dialog.close()
    window.menus.actions["aboutAction"].trigger()
    about = window.dialog
    assert isinstance(about, AboutDialog) and about.isVisible()
    assert __version__ in about.heading.text() and __version__ != "0+unknown"
    assert "GPL-3.0-or-later" in about.text.text() and "native speakers" in about.text.text()
    about.close()


def test_the_shortcuts_dialog_lists_every_shortcut_translated_and_fits_the_screen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    rows = dialog.rows()
    assert len(rows) == len(SHORTCUTS)
    assert ("\u2068Ctrl+K\u2069", "Search everything") in rows
    assert ("\u2068Ctrl+H\u2069", "History: earlier versions") in rows
    assert dialog.width() <= SCREEN_WIDTH and dialog.height() <= SCREEN_HEIGHT
    dialog.close()
    for language in ("fa", "ps"):
        window.switch_language(language)
        translated = ShortcutsDialog(window)
        qtbot.addWidget(translated)
        assert all(any("\u0600" <= c <= "\u06ff" for c in text) for _keys, text in translated.rows()), language
        hint = translated.sizeHint()
        assert hint.width() <= SCREEN_WIDTH and hint.height() <= SCREEN_HEIGHT
        assert translated.layoutDirection() == Qt.LayoutDirection.RightToLeft
        about = AboutDialog(window)
        qtbot.addWidget(about)
        assert about.sizeHint().height() <= SCREEN_HEIGHT and about.windowTitle() != "About Amanat"
    window.switch_language("en")


def test_read_more_on_the_welcome_page_looks_like_a_link(qtbot, window: MainWindow, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    page = window.pages.currentWidget()
    assert isinstance(page, WelcomePage)
    link = page.findChild(QPushButton, "securityButton")
    assert link is not None and link.isFlat() and link.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert "palette(link)" in link.styleSheet() and "underline" in link.styleSheet()
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert isinstance(page.security_dialog, SecurityDialog) and page.security_dialog.isVisible()
    page.security_dialog.close()
    assert not isinstance(link, QLabel)  # still a button: Tab reaches it and Space presses it


def test_the_menus_act_on_the_decoy_while_it_is_shown(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.vault is not None and unlocked.workspace is not None
    set_duress(unlocked.vault, "a duress passphrase for this test only")
    real = unlocked.workspace
    page = unlocked.open_decoy_mode()
    assert page is not None and unlocked.shown_workspace() is page.workspace
    qtbot.keyClick(page.workspace.sidebar, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert page.workspace.sidebar.currentRow() == 1 and real.sidebar.currentRow() == 0
    assert unlocked.menus.actions["saveAction"].isEnabled()  # the decoy's Contacts can be saved
    unlocked.close_decoy_mode()
    assert unlocked.shown_workspace() is real


def test_the_section_commands_reach_the_section_by_keyboard(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.workspace is not None and unlocked.vault is not None
    note = unlocked.vault.items.add_note("Plan", "**bold**")
    notes = unlocked.workspace.sections["note"]
    assert isinstance(notes, NotesSection)
    notes.reload()
    notes.open_item(note.id)
    qtbot.keyClick(notes.body, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert notes.tabs.currentWidget() is notes.preview
    qtbot.keyClick(notes.preview, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is notes.filter_field
