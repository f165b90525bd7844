"""Tools → Fill the decoy…: the decoy is filled from the window without the duress passphrase (issue 13)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from amanat.app.duress import set_duress
from amanat.app.models import Note
from amanat.app.ui.sections.notes_section import NotesSection
from amanat.app.ui.shell.decoy_mode import DecoyPage
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.dialogs.test_border import DURESS, unlock_through_the_screen
from tests.ui.sections.test_notes import CTRL, listed_titles, type_text

STEP = 4 * 1024 * 1024  # vault.alt's size with or without a decoy


def note_titles(vault: Vault) -> list[str]:
    return sorted(h.title for h in vault.items.list())


def test_the_decoy_is_filled_in_the_window_and_the_real_vault_is_untouched(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, vault_dir: Path) -> None:
    real = unlocked.vault
    assert real is not None
    real.items.add_note("Real testimony", "CANARY")
    set_duress(real, DURESS)
    real_workspace = unlocked.workspace
    assert unlocked.fill_decoy_action.isEnabled()
    unlocked.fill_decoy_action.trigger()
    page = unlocked.decoy_page
    assert isinstance(page, DecoyPage) and unlocked.pages.currentWidget() is page
    heading = page.findChild(QLabel, "decoyHeading")
    assert heading is not None and heading.isVisibleTo(unlocked) and "DECOY VAULT" in heading.text()
    # While the decoy is shown nothing acts on the real vault.
    for action in (unlocked.duress_action, unlocked.travel_action, unlocked.settings_action,
                   unlocked.fill_decoy_action):
        assert not action.isEnabled()
    notes = page.workspace.sections["note"]
    assert isinstance(notes, NotesSection)
    assert listed_titles(notes) == []  # the real notes are not there
    qtbot.keyClick(notes.list_view, Qt.Key.Key_N, CTRL)  # the decoy's own shortcuts work; the real one's are hidden
    assert notes.title.selectedText() == "Untitled note"
    type_text(notes.title, "Bread and tea")
    assert notes.dirty
    qtbot.keyClick(notes.body, Qt.Key.Key_S, CTRL)
    assert not notes.dirty
    assert note_titles(page.context.vault) == ["Bread and tea"]
    qtbot.waitUntil(lambda: listed_titles(notes) == ["Bread and tea"])
    assert note_titles(real) == ["Real testimony"] and real.duress_state() == "on"
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert unlocked.decoy_page is None and unlocked.pages.currentWidget() is real_workspace
    assert unlocked.duress_action.isEnabled() and (vault_dir / "vault.alt").stat().st_size == STEP
    assert note_titles(real) == ["Real testimony"]
    # The duress passphrase, typed at the unlock screen as it would be at a border, shows what was filled.
    unlocked.lock()
    unlock_through_the_screen(qtbot, unlocked, DURESS)
    assert unlocked.vault is not None and note_titles(unlocked.vault) == ["Bread and tea"]


def test_locking_while_the_decoy_is_shown_closes_both(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, vault_dir: Path) -> None:
    real = unlocked.vault
    assert real is not None
    real.items.add_note("Real testimony", "CANARY")
    set_duress(real, DURESS)
    page = unlocked.open_decoy_mode()
    assert page is not None
    decoy = page.context.vault
    decoy.items.add(Note(id="", title="Shopping"))
    unlocked.lock()
    assert unlocked.decoy_page is None and unlocked.vault is None
    assert not decoy.is_open and not real.is_open
    assert (vault_dir / "vault.alt").stat().st_size == STEP
    reopened = Vault.unlock(vault_dir, PASSPHRASE)  # the real passphrase still opens the real vault
    try:
        assert note_titles(reopened) == ["Real testimony"] and reopened.duress_state() == "on"
    finally:
        reopened.close()


def test_without_a_duress_passphrase_there_is_no_decoy_to_fill(  # type: ignore[no-untyped-def]
        unlocked: MainWindow, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *_a: said.append(text)))
    assert unlocked.open_decoy_mode() is None
    assert unlocked.decoy_page is None and said and "duress" in said[0]
    assert unlocked.vault is not None and unlocked.vault.is_open


def test_the_duress_dialog_offers_to_fill_the_decoy(unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.vault is not None
    set_duress(unlocked.vault, DURESS)
    dialog = unlocked.open_duress()
    assert dialog is not None
    fill = dialog.fill_button
    assert fill.isEnabled()
    fill.click()
    assert isinstance(unlocked.decoy_page, DecoyPage)
    unlocked.close_decoy_mode()
    assert unlocked.decoy_page is None
