"""Restore a backup from the welcome page of a new laptop: a real backup, restored in a worker, then unlocked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from amanat.app.backup import create_backup
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.shell.restore_page import RestorePage
from amanat.app.ui.shell.unlock import UnlockPage
from amanat.app.vault import Vault, VaultPaths
from tests.conftest import PASSPHRASE


def _backup(tmp_path: Path) -> tuple[Path, str, str]:
    """A backup of another laptop's vault holding one note; its path, the note's id and the recovery key."""
    old, recovery = Vault.create(tmp_path / "old-laptop", PASSPHRASE)
    with old:
        note = old.items.add_note("From the old laptop", "what the seized laptop held", ["kept"])
        target = tmp_path / "stick" / "vault.backup"
        target.parent.mkdir()
        create_backup(old, target)
    return target, note.id, recovery.display()


def _restore_page(qtbot, window: MainWindow) -> RestorePage:  # type: ignore[no-untyped-def]
    button = window.pages.currentWidget().findChild(object, "restoreBackupButton")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = window.pages.currentWidget()
    assert isinstance(page, RestorePage)
    return page


def test_restore_from_the_welcome_page_then_unlock(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   vault_dir: Path) -> None:
    backup, note_id, _recovery = _backup(tmp_path)
    page = _restore_page(qtbot, window)
    with qtbot.waitSignal(page.restored, timeout=30_000):
        page.restore_from(backup, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(window.pages.currentWidget(), UnlockPage))
    notice = window.findChild(QMessageBox, "restoredNotice")
    assert notice is not None and notice.isVisible() and "duress" in notice.text()
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.items.get(note_id).body == "what the seized laptop held"


def test_restore_with_the_recovery_key(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                       vault_dir: Path) -> None:
    backup, note_id, recovery = _backup(tmp_path)
    page = _restore_page(qtbot, window)
    page.with_recovery_key.setChecked(True)
    with qtbot.waitSignal(page.restored, timeout=30_000):
        page.restore_from(backup, recovery, recovery_key=True)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.items.get(note_id).title == "From the old laptop"


def test_a_wrong_passphrase_restores_nothing(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             vault_dir: Path) -> None:
    backup, _note_id, _recovery = _backup(tmp_path)
    page = _restore_page(qtbot, window)
    task = page.restore_from(backup, "not the passphrase")
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: page.restore_button.isEnabled())
    assert "Nothing was restored" in page.error.text() and "passphrase" in page.error.text().lower()
    assert not VaultPaths(vault_dir).exists()
    assert window.pages.currentWidget() is page and page.secret.text() == ""
    qtbot.mouseClick(page.back, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget().findChild(object, "restoreBackupButton") is not None
