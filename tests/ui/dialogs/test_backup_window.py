"""Vault → Back up… in the window: a real vault, a real backup in a worker, restored to the same content."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from amanat.app.backup import META_LAST_BACKUP, last_backup_time, restore_backup
from amanat.app.settings import load_settings
from amanat.app.ui.dialogs.backup_dialog import BackupDialog
from amanat.app.ui.dialogs.settings_dialog import SettingsDialog
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE


def _backup_dialog(window: MainWindow) -> BackupDialog:
    assert window.backup.action.isEnabled()
    window.backup.action.trigger()
    dialog = window.backup.dialog
    assert isinstance(dialog, BackupDialog) and dialog.isVisible()
    return dialog


def test_back_up_from_the_window_restores_the_same_content(qtbot, unlocked: MainWindow,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    vault = unlocked.vault
    assert vault is not None
    note = vault.items.add_note("Testimony", "a sentence only the backup keeps", ["t"])
    assert last_backup_time(vault) is None
    dialog = _backup_dialog(unlocked)
    target = tmp_path / "stick" / "vault.backup"
    target.parent.mkdir()
    with qtbot.waitSignal(dialog.backed_up, timeout=30_000) as written:
        dialog.back_up_to(target)
    assert written.args == [str(target)]
    assert str(target) in dialog.status.text() and dialog.progress.isHidden()
    assert dialog.choose_button.isEnabled()
    recorded = last_backup_time(vault)
    assert recorded is not None and datetime.now(UTC) - recorded < timedelta(minutes=5)
    assert "Last backup" in dialog.last.text()
    assert not (tmp_path / "config" / "settings.json").exists() or "backup" not in \
        (tmp_path / "config" / "settings.json").read_text().replace("backup_reminder_days", "")

    restored = tmp_path / "new-laptop"
    restore_backup(target, restored, passphrase=PASSPHRASE)
    with Vault.unlock(restored, PASSPHRASE) as copy:
        again = copy.items.get(note.id)
        assert again == note


def test_back_up_never_replaces_a_file_silently(qtbot, unlocked: MainWindow,  # type: ignore[no-untyped-def]
                                                tmp_path: Path) -> None:
    target = tmp_path / "older.backup"
    target.write_bytes(b"last month's backup")
    dialog = _backup_dialog(unlocked)
    with qtbot.waitSignal(dialog.backup_failed, timeout=30_000) as failed:
        dialog.back_up_to(target)  # what the window does when the file appeared after it was chosen
    assert "not replaced" in failed.args[0] and dialog.status.text() == failed.args[0]
    assert target.read_bytes() == b"last month's backup"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert unlocked.vault is not None and last_backup_time(unlocked.vault) is None


def test_the_action_is_off_while_locked(unlocked: MainWindow) -> None:
    unlocked.lock()
    assert not unlocked.backup.action.isEnabled()
    assert unlocked.backup.open() is None


def test_reminder_when_the_last_backup_is_old_and_not_in_travel(window: MainWindow, vault_dir: Path) -> None:
    made, recovery = Vault.create(vault_dir, PASSPHRASE)
    window.open_workspace(made)
    unlocked = window
    vault, context = unlocked.vault, unlocked.context
    assert vault is not None and context is not None
    assert not unlocked.backup.reminder_due()  # an empty vault: nothing to lose yet, nothing said
    vault.items.add_note("Something to lose", "", [])
    assert unlocked.backup.reminder_due()  # never backed up
    month_ago = datetime.now(UTC) - timedelta(days=31)
    vault.require_repository().set_meta(META_LAST_BACKUP, month_ago.isoformat(timespec="seconds"))
    box = unlocked.backup.remind()
    assert box is not None and box.isVisible()
    box.close()
    unlocked.lock()  # the reminder comes by itself after the next unlock
    unlocked.open_workspace(Vault.unlock(vault_dir, PASSPHRASE))
    vault, context = unlocked.vault, unlocked.context
    assert vault is not None and context is not None
    box = unlocked.backup.reminder
    assert box is not None and box.isVisible() and box.objectName() == "backupReminder"
    assert unlocked.backup.reminder_due(now=month_ago + timedelta(days=29)) is False
    box.close()

    SettingsDialog(context, unlocked).backup_reminder.setValue(0)  # Settings: never
    assert load_settings(unlocked.settings_path).backup_reminder_days == 0
    assert unlocked.backup.remind() is None
    context.update_settings(context.settings.__class__(**{**context.settings.__dict__, "backup_reminder_days": 7}))
    assert unlocked.backup.reminder_due()

    # Travel mode: everything of its own sealed away; no word of backups at the border.
    travel = vault.sync.travel_order
    travel.seal_and_remove(vault.sync.travel.all_item_ids(), unlocked.vault_dir.parent / "trip.age",
                           recovery_key=recovery.display())
    assert not unlocked.backup.reminder_due()
