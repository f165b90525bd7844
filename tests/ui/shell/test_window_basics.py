"""The real window: first run, create, unlock, wrong passphrase, lock, auto-lock, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from amanat.app.models import Contact
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.shell.workspace import Workspace
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE


def find(window: MainWindow, cls: type, name: str):  # type: ignore[no-untyped-def]
    widget = window.findChild(cls, name)
    assert widget is not None, name
    return widget


def test_first_run_creates_a_vault_and_confirms_the_recovery_key(qtbot, window: MainWindow, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(find(window, QPushButton, "createVaultButton"), Qt.MouseButton.LeftButton)
    find(window, QLineEdit, "newPassphrase").setText("weak")
    find(window, QLineEdit, "repeatPassphrase").setText("weak")
    qtbot.mouseClick(find(window, QPushButton, "confirmCreateButton"), Qt.MouseButton.LeftButton)
    assert "weak" in find(window, QLabel, "createError").text()
    assert not vault_dir.exists()
    find(window, QLineEdit, "newPassphrase").setText(PASSPHRASE)
    find(window, QLineEdit, "repeatPassphrase").setText(PASSPHRASE)
    qtbot.mouseClick(find(window, QPushButton, "confirmCreateButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QLabel, "recoveryKeyText") is not None, timeout=20_000)
    groups = find(window, QLabel, "recoveryKeyText").text().split()
    page = window.pages.currentWidget()
    find(window, QLineEdit, "recoveryGroupInput").setText("WRONG")
    qtbot.mouseClick(find(window, QPushButton, "recoveryDoneButton"), Qt.MouseButton.LeftButton)
    assert isinstance(window.pages.currentWidget(), type(page))
    find(window, QLineEdit, "recoveryGroupInput").setText(groups[page._asked].lower())
    qtbot.mouseClick(find(window, QPushButton, "recoveryDoneButton"), Qt.MouseButton.LeftButton)
    assert isinstance(window.pages.currentWidget(), Workspace)
    window.lock()
    Vault.unlock_with_recovery_key(vault_dir, "-".join(groups)).close()


def test_unlock_says_a_wrong_passphrase_plainly_and_opens_with_the_right_one(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, vault_dir: Path
) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    window.show_start()
    field = find(window, QLineEdit, "unlockPassphrase")
    field.setText("not it")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong passphrase" in find(window, QLabel, "unlockError").text(), timeout=10_000)
    assert window.is_locked
    field.setText(PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10_000)
    assert isinstance(window.pages.currentWidget(), Workspace)


def test_lock_drops_the_workspace_and_the_vault(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked.vault
    assert vault is not None
    unlocked.lock_action.trigger()
    assert unlocked.is_locked and not vault.is_open
    assert unlocked.findChild(Workspace) is None or not unlocked.findChild(Workspace).isVisible()
    assert find(unlocked, QLineEdit, "unlockPassphrase").text() == ""


def test_auto_lock_after_idle_time(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlocked.idle.set_minutes(0.002)  # about 120 ms
    qtbot.waitUntil(lambda: unlocked.is_locked, timeout=5_000)


def test_dari_mirrors_the_layout(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlocked.switch_language("fa")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert unlocked.isRightToLeft()
    unlocked.switch_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_unlocking_builds_only_the_section_on_screen(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    workspace = unlocked.workspace
    assert workspace is not None and set(workspace.sections) == {"note"}
    workspace.sidebar.setCurrentRow(2)
    assert set(workspace.sections) == {"note", "draft"}
    assert workspace.stack.currentWidget() is workspace.sections["draft"]
    assert workspace.stack.indexOf(workspace.sections["draft"]) == 2
    contact = unlocked.vault.items.add(Contact(id="", display_name="Mariam"))  # type: ignore[union-attr]
    workspace.show_item("contact", contact.id)  # as a search result would
    assert workspace.stack.currentWidget() is workspace.sections["contact"]
