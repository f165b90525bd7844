"""Settings → Security: binding the passphrase to this computer, with a real vault and the in-memory keystore."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox

from amanat.app.duress import set_duress
from amanat.app.ui.dialogs.settings_dialog import SECURITY_TAB, SettingsDialog
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.vault import Vault
from amanat.crypto.errors import DeviceSecretMissing
from tests.conftest import PASSPHRASE, MemoryKeyring
from tests.ui.dialogs.test_settings import answer, child, security_message, visible_child

DURESS = "harmless holiday pictures"


@pytest.fixture
def dialog(qtbot, unlocked: MainWindow) -> SettingsDialog:  # type: ignore[no-untyped-def]
    assert unlocked.context is not None
    settings_dialog = SettingsDialog(unlocked.context, unlocked)
    settings_dialog.show()
    settings_dialog.tabs.setCurrentIndex(SECURITY_TAB)
    return settings_dialog


def test_binding_is_explained_asked_and_undone(  # type: ignore[no-untyped-def]
    qtbot, dialog: SettingsDialog, unlocked: MainWindow, vault_dir: Path, tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    vault = unlocked.vault
    assert vault is not None
    set_duress(vault, DURESS)
    bind = child(dialog, QCheckBox, "bindToDevice")
    assert not bind.isChecked() and bind.isEnabled()
    assert "recovery key" in child(dialog, QLabel, "bindNote").text()
    qtbot.mouseClick(bind, Qt.MouseButton.LeftButton)
    box = visible_child(qtbot, dialog, QMessageBox, "bindWarning")
    assert "recovery key" in box.text() and "re-key" in box.text()
    answer(qtbot, dialog, "bindWarning", agree=False)
    assert not bind.isChecked() and not memory_keyring.entries
    qtbot.mouseClick(bind, Qt.MouseButton.LeftButton)
    answer(qtbot, dialog, "bindWarning", agree=True)
    qtbot.waitUntil(bind.isChecked, timeout=5_000)
    assert vault.keys.bound_to_this_device and len(memory_keyring.entries) == 1
    assert "Re-key" in security_message(dialog)
    assert vault.duress_state() == "on"  # the duress passphrase stays on through the binding
    shutil.copytree(vault_dir, tmp_path / "copy", ignore=shutil.ignore_patterns("vault.lock"))
    memory_keyring.entries.clear()  # the copy on another computer: the passphrase alone opens nothing
    with pytest.raises(DeviceSecretMissing):
        Vault.unlock(tmp_path / "copy", PASSPHRASE)


def test_unbinding_needs_no_question(  # type: ignore[no-untyped-def]
    qtbot, dialog: SettingsDialog, unlocked: MainWindow, memory_keyring: MemoryKeyring
) -> None:
    bind = child(dialog, QCheckBox, "bindToDevice")
    qtbot.mouseClick(bind, Qt.MouseButton.LeftButton)
    answer(qtbot, dialog, "bindWarning", agree=True)
    qtbot.waitUntil(bind.isChecked, timeout=5_000)
    qtbot.mouseClick(bind, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not bind.isChecked() and bind.isEnabled(), timeout=5_000)
    assert unlocked.vault is not None and not unlocked.vault.keys.bound_to_this_device
    assert memory_keyring.entries == {} and "alone opens" in security_message(dialog)


def test_without_a_trusted_keystore_nothing_changes_and_it_says_why(  # type: ignore[no-untyped-def]
    qtbot, dialog: SettingsDialog, unlocked: MainWindow
) -> None:
    assert unlocked.vault is not None
    before = unlocked.vault.paths.key_file.read_bytes()
    bind = child(dialog, QCheckBox, "bindToDevice")
    qtbot.mouseClick(bind, Qt.MouseButton.LeftButton)
    answer(qtbot, dialog, "bindWarning", agree=True)
    qtbot.waitUntil(lambda: "no keystore" in security_message(dialog), timeout=5_000)
    assert not bind.isChecked() and not bind.isEnabled()
    assert unlocked.vault.paths.key_file.read_bytes() == before


def test_a_binding_this_keystore_cannot_serve_says_what_to_do(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, memory_keyring: MemoryKeyring
) -> None:
    from amanat.app.device_binding import set_device_binding

    assert unlocked.vault is not None and unlocked.context is not None
    set_device_binding(unlocked.vault, True)
    memory_keyring.entries.clear()  # a reset keystore (or the vault opened elsewhere with the recovery key)
    settings_dialog = SettingsDialog(unlocked.context, unlocked)
    settings_dialog.show()
    bind = child(settings_dialog, QCheckBox, "bindToDevice")
    note = child(settings_dialog, QLabel, "bindNote")
    qtbot.waitUntil(lambda: "another computer" in note.text(), timeout=5_000)
    assert bind.isChecked() and not bind.isEnabled() and "recovery key" in note.text()
