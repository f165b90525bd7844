"""A backup whose passphrase was bound to the old laptop, restored on a new one from the welcome page: the notice
sends the user to the recovery key, and setting the passphrase there binds it to the new laptop's keystore."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import QMessageBox

from amanat.app import keychain
from amanat.app.backup import create_backup
from amanat.app.device_binding import Binding, binding_state, set_device_binding
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.shell.unlock import UnlockPage
from amanat.app.vault import Vault
from amanat.crypto.errors import DeviceSecretMissing
from tests.conftest import PASSPHRASE, MemoryKeyring
from tests.ui.shell.test_restore_page import _restore_page


def test_a_bound_backup_on_a_new_laptop(qtbot, window: MainWindow, tmp_path: Path, vault_dir: Path,  # type: ignore[no-untyped-def]
                                        memory_keyring: MemoryKeyring) -> None:
    old, recovery = Vault.create(tmp_path / "old-laptop", PASSPHRASE)
    with old:
        old.items.add_note("From the old laptop", "")
        set_device_binding(old, True)
        create_backup(old, tmp_path / "vault.backup")
    new_laptop = MemoryKeyring()
    keyring.set_keyring(new_laptop)  # the memory_keyring fixture puts the previous backend back
    keychain.trust_backend(new_laptop)
    try:
        page = _restore_page(qtbot, window)
        with qtbot.waitSignal(page.restored, timeout=30_000):
            page.restore_from(tmp_path / "vault.backup", recovery.display(), recovery_key=True)
        qtbot.waitUntil(lambda: isinstance(window.pages.currentWidget(), UnlockPage))
        notice = window.findChild(QMessageBox, "restoredNotice")
        assert notice is not None and "Forgot your passphrase?" in notice.text() and "bound" in notice.text()
        with pytest.raises(DeviceSecretMissing):  # the passphrase alone: not without the old laptop's keystore
            Vault.unlock(vault_dir, PASSPHRASE)
        with Vault.unlock_with_recovery_key(vault_dir, recovery.display()) as vault:  # what "Forgot…" runs
            vault.keys.set_passphrase(PASSPHRASE)
            assert binding_state(vault) is Binding.ON and len(new_laptop.entries) == 1
        with Vault.unlock(vault_dir, PASSPHRASE) as vault:
            assert {h.title for h in vault.items.list()} == {"From the old laptop"}
    finally:
        keychain.distrust_backend(new_laptop)
