"""Panic wipe, the duress passphrase and travel mode in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from amanat.app.duress import open_decoy, set_duress
from amanat.app.ui.dialogs.border_dialogs import DuressDialog
from amanat.app.ui.dialogs.travel_dialog import TravelDialog
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.vault import Vault
from amanat.crypto.errors import AmanatError
from tests.conftest import PASSPHRASE

DURESS = "a harmless holiday passphrase"


def unlock_through_the_screen(qtbot, window: MainWindow, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    window.show_start()
    page = window.pages.currentWidget()
    field = page.findChild(QLineEdit, "unlockPassphrase")
    button = page.findChild(QPushButton, "unlockButton")
    assert field is not None and button is not None
    field.setText(passphrase)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)


def test_panic_wipe_from_the_open_vault(qtbot, unlocked: MainWindow, vault_dir: Path,  # type: ignore[no-untyped-def]
                                       settings_path: Path) -> None:
    unlocked.switch_language("fa")  # writes settings.json: the language says who used the laptop
    assert settings_path.exists()
    assert unlocked.vault is not None
    unlocked.vault.items.add_note("Testimony", "CANARY")
    assert unlocked.panic_action.isEnabled() and unlocked.panic_action.shortcut().toString() == "Ctrl+Shift+W"
    dialog = unlocked.ask_panic_wipe()
    qtbot.mouseClick(dialog.wipe_button, Qt.MouseButton.LeftButton)
    assert unlocked.vault is None and unlocked.workspace is None
    assert not (vault_dir / "vault.keys").exists() and not (vault_dir / "vault.db").exists()
    assert not (vault_dir / "vault.alt").exists() and not settings_path.exists()
    assert unlocked.pages.currentWidget().objectName() != "workspace"


def test_panic_wipe_from_the_unlock_screen(qtbot, window: MainWindow, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    window.show_start()
    window._update_actions()
    assert window.panic_action.isEnabled()
    window.panic_action.trigger()
    dialog = window.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.wipe_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert not (vault_dir / "vault.keys").exists()


def test_the_duress_passphrase_opens_the_decoy_and_the_real_vault_is_gone(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, vault_dir: Path) -> None:
    assert unlocked.vault is not None
    unlocked.vault.items.add_note("Real testimony", "CANARY")
    dialog = unlocked.open_duress()
    assert isinstance(dialog, DuressDialog)
    dialog.first.setText(DURESS)
    dialog.second.setText(DURESS)
    with qtbot.waitSignal(dialog.duress_set, timeout=30_000):
        qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert unlocked.vault.duress_state() == "on" and dialog.off_button.isEnabled()
    dialog.close()
    with open_decoy(unlocked.vault) as decoy:
        decoy.items.add_note("Recipes", "")
    unlocked.lock()
    unlock_through_the_screen(qtbot, unlocked, DURESS)
    assert unlocked.vault is not None
    assert [h.title for h in unlocked.vault.items.list()] == ["Recipes"]
    unlocked.lock()
    try:
        Vault.unlock(vault_dir, PASSPHRASE).close()
        opened_real = True
    except AmanatError:
        opened_real = False
    assert not opened_real


def test_travel_mode_seals_everything_away_and_brings_it_back(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, tmp_path: Path) -> None:
    vault = unlocked.vault
    assert vault is not None
    recovery = vault.keys.new_recovery_key()
    vault.items.add_note("Testimony", "text")
    dialog = unlocked.open_travel()
    assert isinstance(dialog, TravelDialog)
    dialog.recovery.setText(recovery.display())
    with qtbot.waitSignal(dialog.sealed, timeout=30_000) as sealed:
        dialog.seal_to(tmp_path / "trip.age")
        assert dialog.recovery.text() == ""
    assert sealed.args == [1]
    assert vault.items.list() == [] and vault.sync.travel_order.pending() is None
    dialog.recovery.setText(recovery.display())
    with qtbot.waitSignal(dialog.restored, timeout=30_000) as restored:
        dialog.restore_from(tmp_path / "trip.age")
    assert restored.args == [1]
    assert [h.title for h in vault.items.list()] == ["Testimony"]


def test_names_and_titles_from_others_cannot_disguise_themselves() -> None:
    from amanat.app.sharing.item_states import item_from_state
    from amanat.app.ui.widgets.text_direction import isolate
    from amanat.sync.item_document import ItemState

    disguised = "invoice\u202egpj.exe"  # shows as "invoiceexe.jpg" with the override
    assert "\u202e" not in isolate(disguised) and isolate(disguised) == "\u2068invoicegpj.exe\u2069"
    assert isolate("می\u200cخواهم") == "\u2068می\u200cخواهم\u2069"  # ZWNJ stays
    note = item_from_state("a" * 32, ItemState("note", {}, {"title": disguised, "body": ""}))
    assert note.title == "invoicegpj.exe"  # cleaned when it arrives, so every list shows it plainly


def test_an_unfinished_travel_seal_is_offered_right_after_unlock(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, vault_dir: Path, tmp_path: Path) -> None:
    from amanat.app.ui.dialogs.travel_resume import UnfinishedTravelDialog
    from amanat.app.vault import Vault
    from tests.conftest import PASSPHRASE

    vault, recovery = Vault.create(vault_dir, PASSPHRASE)
    with vault:
        vault.items.add_note("Testimony", "text")

        def stop(done: int, _total: int) -> None:
            if done == 2:
                raise KeyboardInterrupt  # the process stops after the file, before the removal

        with pytest.raises(KeyboardInterrupt):
            vault.sync.travel_order.seal_and_remove(vault.sync.travel.all_item_ids(), tmp_path / "trip.age",
                                                    recovery_key=recovery.display(), progress=stop)
    window.open_workspace(Vault.unlock(vault_dir, PASSPHRASE))
    dialog = window.dialog
    assert isinstance(dialog, UnfinishedTravelDialog) and dialog.isVisible()
    assert "did not finish" in dialog.text.text() and "trip.age" in dialog.text.text()
    with qtbot.waitSignal(dialog.items_changed, timeout=30_000):
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert window.vault is not None
    assert window.vault.items.list() == [] and window.vault.sync.travel_order.pending() is None
    assert "finished" in dialog.status.text()


def test_recovering_in_the_window_says_the_duress_passphrase_is_off(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, vault_dir: Path) -> None:
    from amanat.app.ui.shell.unlock import RecoverPage

    assert unlocked.vault is not None
    recovery = unlocked.vault.keys.new_recovery_key()
    set_duress(unlocked.vault, DURESS)
    unlocked.lock()
    unlocked.show_recover()
    page = unlocked.pages.currentWidget()
    assert isinstance(page, RecoverPage)
    page.key.setText(recovery.display())
    page.passphrase.setText("a new and rather long passphrase for the vault")
    page.repeat.setText("a new and rather long passphrase for the vault")
    qtbot.mouseClick(page.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: unlocked.duress_notice is not None, timeout=20_000)
    assert unlocked.duress_notice is not None and "duress passphrase is off" in unlocked.duress_notice.text()
    assert unlocked.vault is not None and unlocked.vault.duress_state() == "off"


def test_an_unfinished_seal_whose_file_was_moved_is_finished_with_its_new_place(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, vault_dir: Path, tmp_path: Path, monkeypatch) -> None:
    from amanat.app.ui.dialogs.travel_resume import UnfinishedTravelDialog
    from amanat.app.ui.widgets import file_dialogs

    vault, recovery = Vault.create(vault_dir, PASSPHRASE)
    with vault:
        vault.items.add_note("Testimony", "text")

        def stop(done: int, _total: int) -> None:
            if done == 2:
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            vault.sync.travel_order.seal_and_remove(vault.sync.travel.all_item_ids(), tmp_path / "trip.age",
                                                    recovery_key=recovery.display(), progress=stop)
    moved = tmp_path / "usb-trip.age"
    (tmp_path / "trip.age").rename(moved)
    window.open_workspace(Vault.unlock(vault_dir, PASSPHRASE))
    dialog = window.dialog
    assert isinstance(dialog, UnfinishedTravelDialog)
    shown: list[BaseException] = []
    monkeypatch.setattr(dialog.context, "show_error", lambda _parent, error: shown.append(error))
    with qtbot.waitSignal(dialog.finish_button.clicked):
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown) and dialog.finish_button.isEnabled(), timeout=30_000)
    assert "not at" in str(shown[0])
    assert window.vault is not None and len(window.vault.items.list()) == 1
    monkeypatch.setattr(file_dialogs, "open_file", lambda *_args, **_kwargs: moved)
    with qtbot.waitSignal(dialog.items_changed, timeout=30_000):
        qtbot.mouseClick(dialog.locate_button, Qt.MouseButton.LeftButton)
    assert window.vault.items.list() == [] and window.vault.sync.travel_order.pending() is None
