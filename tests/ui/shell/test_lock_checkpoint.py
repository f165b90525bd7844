"""Locking the window when the vault's checkpoint fails: the window still locks, and the failure is reported."""

from __future__ import annotations

import pytest

from amanat.app.errors import VaultCheckpointFailed
from amanat.app.ui.shell.main_window import MainWindow
from tests.test_vault_close import files_may_not_grow_past, fill_the_write_ahead_log


def test_a_failing_checkpoint_still_locks_the_window_and_is_raised_for_the_error_dialog(
    unlocked: MainWindow,
) -> None:
    vault = unlocked.vault
    assert vault is not None
    fill_the_write_ahead_log(vault)
    database_size = (vault.paths.database).stat().st_size
    with files_may_not_grow_past(database_size), pytest.raises(VaultCheckpointFailed):
        unlocked.lock()
    assert unlocked.is_locked and not vault.is_open
    assert not unlocked.lock_action.isEnabled()  # the actions follow the lock all the same
