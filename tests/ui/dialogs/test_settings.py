"""The settings dialog: live language and calendar, preferences saved without secrets, and the Security group."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtCore import QCalendar, QDate, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from amanat.app.duress import set_duress
from amanat.app.errors import WrongPassphrase, WrongRecoveryKey
from amanat.app.settings import Settings, load_settings
from amanat.app.ui.dialogs.passphrase_dialogs import ChangePassphraseDialog, RecalibrateDialog, RecoveryKeyDialog
from amanat.app.ui.dialogs.settings_dialog import SECURITY_TAB, SettingsDialog
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE, MemoryKeyring, PlaintextKeyring

NEW_PASSPHRASE = "violet lantern across quiet harbour"


@pytest.fixture
def dialog(qtbot, unlocked: MainWindow) -> SettingsDialog:  # type: ignore[no-untyped-def]
    assert unlocked.context is not None
    settings_dialog = SettingsDialog(unlocked.context, unlocked)
    settings_dialog.show()
    return settings_dialog


def child(parent: QWidget, cls: type, name: str):  # type: ignore[no-untyped-def]
    widget = parent.findChild(cls, name)
    assert widget is not None, name
    return widget


def visible_child(qtbot, parent: QWidget, cls: type, name: str = ""):  # type: ignore[no-untyped-def]
    """Wait for a visible child window (dialogs are opened with open(), without a nested loop)."""
    def find() -> QWidget | None:
        for widget in parent.findChildren(cls):
            if widget.isVisible() and (not name or widget.objectName() == name):
                return widget
        return None

    qtbot.waitUntil(lambda: find() is not None, timeout=5_000)
    return find()


def answer(qtbot, parent: QWidget, box_name: str, agree: bool) -> QMessageBox:  # type: ignore[no-untyped-def]
    box = visible_child(qtbot, parent, QMessageBox, box_name)
    button = child(box, QPushButton, f"{box_name}{'Confirm' if agree else 'Cancel'}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return box


def security_message(dialog: SettingsDialog) -> str:
    return child(dialog, QLabel, "securityMessage").text()


def persian_digits(text: str) -> str:
    return text.translate({ord("0") + d: chr(0x06F0 + d) for d in range(10)})


# -- preferences ----------------------------------------------------------------


def test_every_control_has_an_accessible_name(dialog: SettingsDialog) -> None:
    # Ours are named; Qt's inner parts are unnamed or named "qt_…".
    controls = [w for w in dialog.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus
                and w.objectName() and not w.objectName().startswith("qt_")]
    assert len(controls) >= 10
    for widget in controls:
        assert widget.accessibleName(), widget.objectName()


def test_dari_mirrors_at_once_and_is_saved_without_any_secret(  # type: ignore[no-untyped-def]
    qtbot, dialog: SettingsDialog, unlocked: MainWindow, settings_path: Path
) -> None:
    assert unlocked.vault is not None
    language = dialog.language
    language.setCurrentIndex(language.findData("fa"))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.isRightToLeft() and unlocked.isRightToLeft()
    assert load_settings(settings_path).language == "fa"
    text = settings_path.read_text(encoding="utf-8")
    assert set(json.loads(text)) == {f.name for f in fields(Settings)}
    for secret in (PASSPHRASE, unlocked.vault.key_file.vault_id, str(unlocked.vault.paths.directory)):
        assert secret not in text
    language.setCurrentIndex(language.findData("en"))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert load_settings(settings_path).language == "en"


def test_solar_hijri_sample_is_in_persian_digits_for_dari(  # type: ignore[no-untyped-def]
    qtbot, dialog: SettingsDialog, settings_path: Path
) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData("fa"))
    dialog.calendar.setCurrentIndex(dialog.calendar.findData("jalali"))
    sample = child(dialog, QLabel, "calendarSample").text()
    today = QDate.currentDate()
    jalali_year = QCalendar(QCalendar.System.Jalali).partsFromDate(today).year
    assert persian_digits(str(jalali_year)) in sample
    assert persian_digits(str(today.year())) not in sample  # not the Gregorian year
    assert not any(c.isascii() and c.isdigit() for c in sample)
    assert load_settings(settings_path).calendar == "jalali"
    dialog.calendar.setCurrentIndex(dialog.calendar.findData("gregorian"))
    assert persian_digits(str(today.year())) in child(dialog, QLabel, "calendarSample").text()


def test_locking_clipboard_and_theme_apply_at_once(  # type: ignore[no-untyped-def]
    qtbot, dialog: SettingsDialog, unlocked: MainWindow, settings_path: Path
) -> None:
    assert unlocked.context is not None
    dialog.auto_lock.setValue(0)
    dialog.lock_minimised.setChecked(True)
    dialog.clipboard.setValue(12)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    saved = load_settings(settings_path)
    assert (saved.auto_lock_minutes, saved.lock_when_minimised, saved.clipboard_clear_seconds, saved.theme) == (
        0, True, 12, "dark")
    assert dialog.auto_lock.text() == "Never"
    assert unlocked.context.clipboard.seconds == 12
    # The offscreen platform ignores colour-scheme requests, so only the saved choice is checked here.
    dialog.theme.setCurrentIndex(dialog.theme.findData("system"))
    assert load_settings(settings_path).theme == "system"


def test_esc_closes(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_return_in_a_field_closes_and_opens_no_security_dialog(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.auto_lock.setFocus()
    qtbot.keyClick(dialog.auto_lock, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert not any(w.isVisible() for w in dialog.findChildren(ChangePassphraseDialog))


# -- passphrase -------------------------------------------------------------------


def open_change_passphrase(qtbot, dialog: SettingsDialog) -> ChangePassphraseDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(child(dialog, QPushButton, "changePassphraseButton"), Qt.MouseButton.LeftButton)
    return visible_child(qtbot, dialog, ChangePassphraseDialog)


def test_change_passphrase_through_the_dialog(  # type: ignore[no-untyped-def]
    qtbot, dialog: SettingsDialog, unlocked: MainWindow, vault_dir: Path
) -> None:
    change = open_change_passphrase(qtbot, dialog)
    child(change, QLineEdit, "currentPassphrase").setText(PASSPHRASE)
    child(change, QLineEdit, "newPassphrase").setText(NEW_PASSPHRASE)
    child(change, QLineEdit, "repeatNewPassphrase").setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(change.succeeded, timeout=20_000):
        qtbot.mouseClick(change.ok_button, Qt.MouseButton.LeftButton)
    assert not change.isVisible()
    assert "changed" in security_message(dialog)
    unlocked.lock()
    Vault.unlock(vault_dir, NEW_PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_changing_the_passphrase_says_the_duress_passphrase_is_off(  # type: ignore[no-untyped-def]
    qtbot, dialog: SettingsDialog, unlocked: MainWindow, vault_dir: Path
) -> None:
    assert unlocked.vault is not None
    set_duress(unlocked.vault, "a harmless holiday passphrase")
    change = open_change_passphrase(qtbot, dialog)
    child(change, QLineEdit, "currentPassphrase").setText(PASSPHRASE)
    child(change, QLineEdit, "newPassphrase").setText(NEW_PASSPHRASE)
    child(change, QLineEdit, "repeatNewPassphrase").setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(change.succeeded, timeout=20_000):
        qtbot.mouseClick(change.ok_button, Qt.MouseButton.LeftButton)
    assert "duress passphrase is off" in security_message(dialog)


def test_a_wrong_current_passphrase_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, dialog: SettingsDialog, unlocked: MainWindow, vault_dir: Path
) -> None:
    assert unlocked.vault is not None
    key_file_before = unlocked.vault.paths.key_file.read_bytes()
    change = open_change_passphrase(qtbot, dialog)
    error = child(change, QLabel, "passphraseError")
    child(change, QLineEdit, "newPassphrase").setText(NEW_PASSPHRASE)
    child(change, QLineEdit, "repeatNewPassphrase").setText(NEW_PASSPHRASE + " typo")
    qtbot.mouseClick(change.ok_button, Qt.MouseButton.LeftButton)
    assert "current passphrase first" in error.text()
    child(change, QLineEdit, "currentPassphrase").setText("not my passphrase")
    qtbot.mouseClick(change.ok_button, Qt.MouseButton.LeftButton)
    assert "same new passphrase twice" in error.text()
    child(change, QLineEdit, "repeatNewPassphrase").setText(NEW_PASSPHRASE)
    qtbot.mouseClick(change.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not your current passphrase" in error.text(), timeout=20_000)
    assert "Nothing was changed" in error.text()
    assert change.isVisible() and change.ok_button.isEnabled()
    assert unlocked.vault.paths.key_file.read_bytes() == key_file_before
    unlocked.lock()
    Vault.unlock(vault_dir, PASSPHRASE).close()


def test_recalibrate_asks_for_the_passphrase_and_keeps_it(  # type: ignore[no-untyped-def]
    qtbot, dialog: SettingsDialog, unlocked: MainWindow, vault_dir: Path
) -> None:
    assert unlocked.vault is not None
    slot_before = unlocked.vault.key_file.passphrase_params()
    qtbot.mouseClick(child(dialog, QPushButton, "recalibrateButton"), Qt.MouseButton.LeftButton)
    recalibrate = visible_child(qtbot, dialog, RecalibrateDialog)
    field = child(recalibrate, QLineEdit, "recalibratePassphrase")
    field.setText("wrong")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    error = child(recalibrate, QLabel, "passphraseError")
    qtbot.waitUntil(lambda: "not your current passphrase" in error.text(), timeout=20_000)
    field.setText(PASSPHRASE)
    with qtbot.waitSignal(recalibrate.succeeded, timeout=20_000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert unlocked.vault.key_file.passphrase_params() == slot_before  # test mode: the same weak parameters
    assert "MiB" in child(dialog, QLabel, "kdfDescription").text()
    assert "measured again" in security_message(dialog)
    unlocked.lock()
    Vault.unlock(vault_dir, PASSPHRASE).close()


# -- recovery key -------------------------------------------------------------------


def test_a_new_recovery_key_replaces_the_old_one(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, vault_dir: Path
) -> None:
    vault, old_recovery = Vault.create(vault_dir, PASSPHRASE)
    window.open_workspace(vault)
    assert window.context is not None
    settings_dialog = SettingsDialog(window.context, window)
    settings_dialog.show()
    button = child(settings_dialog, QPushButton, "newRecoveryKeyButton")
    key_file_before = vault.paths.key_file.read_bytes()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    box = answer(qtbot, settings_dialog, "newRecoveryWarning", agree=False)
    assert "stop working" in box.text()
    assert vault.paths.key_file.read_bytes() == key_file_before
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    answer(qtbot, settings_dialog, "newRecoveryWarning", agree=True)
    shown = visible_child(qtbot, settings_dialog, RecoveryKeyDialog)
    groups = child(shown, QLabel, "recoveryKeyText").text().split()
    assert len(groups) == 8
    group_input = child(shown, QLineEdit, "recoveryGroupInput")
    group_input.setText(groups[shown.page._asked].lower())
    qtbot.keyClick(group_input, Qt.Key.Key_Return)
    assert not shown.isVisible()
    assert child(shown, QLabel, "recoveryKeyText").text() == ""  # the key left the screen
    assert "old one no longer opens" in security_message(settings_dialog)
    window.lock()
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(vault_dir, old_recovery.display())
    Vault.unlock_with_recovery_key(vault_dir, "-".join(groups)).close()


# -- remember on this device -----------------------------------------------------------


def test_remember_on_this_device_warns_first_then_writes_the_slot(  # type: ignore[no-untyped-def]
    qtbot, dialog: SettingsDialog, unlocked: MainWindow, vault_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    assert unlocked.vault is not None
    remember = child(dialog, QCheckBox, "rememberOnDevice")
    assert not remember.isChecked()
    qtbot.mouseClick(remember, Qt.MouseButton.LeftButton)
    box = visible_child(qtbot, dialog, QMessageBox, "rememberWarning")
    assert "seized" in box.text() and "logged in" in box.text()
    assert not remember.isChecked() and not unlocked.vault.keys.remembered_on_this_device and not memory_keyring.entries
    answer(qtbot, dialog, "rememberWarning", agree=False)
    assert not remember.isChecked() and not unlocked.vault.keys.remembered_on_this_device
    qtbot.mouseClick(remember, Qt.MouseButton.LeftButton)
    answer(qtbot, dialog, "rememberWarning", agree=True)
    qtbot.waitUntil(remember.isChecked, timeout=5_000)
    assert unlocked.vault.keys.remembered_on_this_device and len(memory_keyring.entries) == 1
    unlocked.lock()
    reopened = Vault.unlock_with_keychain(vault_dir)
    assert reopened is not None
    reopened.close()


def test_forgetting_on_this_device_removes_slot_and_entry(  # type: ignore[no-untyped-def]
    qtbot, dialog: SettingsDialog, unlocked: MainWindow, memory_keyring: MemoryKeyring
) -> None:
    assert unlocked.vault is not None
    remember = child(dialog, QCheckBox, "rememberOnDevice")
    qtbot.mouseClick(remember, Qt.MouseButton.LeftButton)
    answer(qtbot, dialog, "rememberWarning", agree=True)
    qtbot.waitUntil(remember.isChecked, timeout=5_000)
    qtbot.mouseClick(remember, Qt.MouseButton.LeftButton)  # turning off needs no confirmation
    qtbot.waitUntil(lambda: not unlocked.vault.keys.remembered_on_this_device, timeout=5_000)  # type: ignore[union-attr]
    assert not remember.isChecked() and not memory_keyring.entries
    assert "no longer opens" in security_message(dialog)


def test_a_plaintext_keychain_is_refused_clearly(  # type: ignore[no-untyped-def]
    qtbot, dialog: SettingsDialog, unlocked: MainWindow, plaintext_keyring: PlaintextKeyring
) -> None:
    assert unlocked.vault is not None
    key_file_before = unlocked.vault.paths.key_file.read_bytes()
    dialog.tabs.setCurrentIndex(SECURITY_TAB)
    remember = child(dialog, QCheckBox, "rememberOnDevice")
    qtbot.mouseClick(remember, Qt.MouseButton.LeftButton)
    # The keychain is checked first: no warning about remembering is shown when it cannot remember.
    qtbot.waitUntil(lambda: "no safe keychain" in security_message(dialog), timeout=5_000)
    assert dialog.findChildren(QMessageBox) == []
    assert child(dialog, QLabel, "securityMessage").isVisible()
    assert not remember.isChecked() and not remember.isEnabled()
    assert not unlocked.vault.keys.remembered_on_this_device and not plaintext_keyring.entries
    assert unlocked.vault.paths.key_file.read_bytes() == key_file_before


# -- re-key -----------------------------------------------------------------------------


def test_rekey_through_settings_shows_progress_and_a_new_recovery_key(  # type: ignore[no-untyped-def]
    qtbot, dialog: SettingsDialog, unlocked: MainWindow, vault_dir: Path, tmp_path: Path
) -> None:
    from amanat.app.store.connection import open_database
    from amanat.app.ui.dialogs.rekey_dialog import RekeyDialog
    from amanat.crypto.keyfile import KeyFile

    assert unlocked.vault is not None
    note = unlocked.vault.items.add_note("kept through the re-key", "")
    old_copy = tmp_path / "old.keys"
    old_copy.write_bytes((vault_dir / "vault.keys").read_bytes())
    qtbot.mouseClick(child(dialog, QPushButton, "rekeyButton"), Qt.MouseButton.LeftButton)
    rekey = visible_child(qtbot, dialog, RekeyDialog)
    field = child(rekey, QLineEdit, "rekeyPassphrase")
    field.setText("wrong")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    error = child(rekey, QLabel, "passphraseError")
    qtbot.waitUntil(lambda: "not your current passphrase" in error.text(), timeout=20_000)
    assert KeyFile.read(vault_dir / "vault.keys").to_bytes() == old_copy.read_bytes()
    field.setText(PASSPHRASE)
    with qtbot.waitSignal(rekey.succeeded, timeout=30_000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert child(rekey, QWidget, "rekeyProgress").value() == 5
    shown = visible_child(qtbot, dialog, RecoveryKeyDialog)
    assert len(child(shown, QLabel, "recoveryKeyText").text().split()) == 8
    assert "new key" in security_message(dialog)
    assert unlocked.vault.items.get(note.id).title == "kept through the re-key"
    old_key = KeyFile.read(old_copy).open_with_passphrase(PASSPHRASE)
    with pytest.raises(Exception):  # noqa: B017 - the old key reads nothing any more
        open_database(vault_dir / "vault.db", old_key)
    unlocked.lock()
    Vault.unlock(vault_dir, PASSPHRASE).close()


def test_an_interrupted_rekey_finished_at_unlock_is_said_in_the_window(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, vault_dir: Path
) -> None:
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE)

    def stop(done: int, _total: int) -> None:
        if done == 4:  # the database has the new key; the key file is not replaced yet
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        vault.rekey(PASSPHRASE, stop)
    vault.close()
    window.open_workspace(Vault.unlock(vault_dir, PASSPHRASE))
    notice = window.rekey_notice
    assert notice is not None and notice.isVisible()
    assert "new recovery key" in notice.text() and "finished" in notice.text()
