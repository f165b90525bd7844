"""Slow border work runs off the GUI thread: setting the duress passphrase (Argon2id), travel seal and restore.

Each test records the thread the slow core step runs on and checks it is not the GUI thread (no timing).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

import amanat.crypto.keyfile
from amanat.app.sharing.travel import TravelMode
from amanat.app.sharing.travel_order import TravelOrder
from amanat.app.ui.dialogs.border_dialogs import DuressDialog
from amanat.app.ui.dialogs.travel_dialog import TravelDialog
from amanat.app.ui.shell.main_window import MainWindow
from amanat.crypto.secret_bytes import SecretBytes

DURESS = "a harmless holiday passphrase"


def on_gui_thread() -> bool:
    app = QApplication.instance()
    assert app is not None
    return QThread.currentThread() is app.thread()


def test_setting_the_duress_passphrase_derives_its_key_in_a_worker(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[bool] = []
    real = amanat.crypto.keyfile.derive_key

    def derive(secret: bytes, salt: bytes, params: object) -> SecretBytes:
        threads.append(on_gui_thread())
        return real(secret, salt, params)  # type: ignore[arg-type]

    monkeypatch.setattr(amanat.crypto.keyfile, "derive_key", derive)
    dialog = unlocked.open_duress()
    assert isinstance(dialog, DuressDialog)
    dialog.first.setText(DURESS)
    dialog.second.setText(DURESS)
    with qtbot.waitSignal(dialog.duress_set, timeout=30_000):
        task = dialog.set_duress()
        assert task is not None and not dialog.set_button.isEnabled()  # busy while the worker runs
        assert dialog.first.text() == "" and dialog.second.text() == ""
    assert threads == [False]  # one derivation, not on the GUI thread
    assert unlocked.vault is not None and unlocked.vault.duress_state() == "on"
    assert dialog.set_button.isEnabled()


def test_the_decoy_cannot_be_opened_while_the_duress_passphrase_is_being_set(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow) -> None:
    from amanat.app.duress import set_duress

    assert unlocked.vault is not None
    set_duress(unlocked.vault, DURESS)  # a decoy exists: "Fill the decoy…" is offered
    dialog = unlocked.open_duress()
    assert isinstance(dialog, DuressDialog) and dialog.fill_button.isEnabled()
    dialog.first.setText(DURESS)
    dialog.second.setText(DURESS)
    with qtbot.waitSignal(dialog.duress_set, timeout=30_000):
        dialog.set_duress()
        assert not dialog.fill_button.isEnabled()
    assert dialog.fill_button.isEnabled()


def test_a_refused_duress_passphrase_is_said_and_the_dialog_works_again(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import PASSPHRASE

    shown: list[str] = []
    dialog = unlocked.open_duress()
    assert isinstance(dialog, DuressDialog)
    monkeypatch.setattr(dialog.context, "show_error", lambda _parent, error: shown.append(str(error)))
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE)
    task = dialog.set_duress()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert shown and "different from your passphrase" in shown[0]
    assert dialog.set_button.isEnabled() and dialog.busy.isHidden()
    assert unlocked.vault is not None and unlocked.vault.duress_state() == "off"


def test_travel_seal_and_restore_run_in_a_worker(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: dict[str, bool] = {}
    real_seal, real_restore = TravelOrder.seal_and_remove, TravelMode.restore

    def seal(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        threads["seal"] = on_gui_thread()
        return real_seal(self, *args, **kwargs)

    def restore(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        threads["restore"] = on_gui_thread()
        return real_restore(self, *args, **kwargs)

    monkeypatch.setattr(TravelOrder, "seal_and_remove", seal)
    monkeypatch.setattr(TravelMode, "restore", restore)
    vault = unlocked.vault
    assert vault is not None
    recovery = vault.keys.new_recovery_key()
    vault.items.add_note("Testimony", "text")
    dialog = unlocked.open_travel()
    assert isinstance(dialog, TravelDialog)
    dialog.recovery.setText(recovery.display())
    with qtbot.waitSignal(dialog.sealed, timeout=30_000):
        dialog.seal_to(tmp_path / "trip.age")
    dialog.recovery.setText(recovery.display())
    with qtbot.waitSignal(dialog.restored, timeout=30_000) as restored:
        dialog.restore_from(tmp_path / "trip.age")
        assert not dialog.restore_button.isEnabled()
    assert restored.args == [1] and threads == {"seal": False, "restore": False}
    assert [h.title for h in vault.items.list()] == ["Testimony"]


def test_a_file_too_large_for_a_travel_file_is_refused_before_it_is_read(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from amanat.sync.bundle import MAX_BUNDLE_BYTES

    huge = tmp_path / "huge.age"
    with huge.open("wb") as handle:
        handle.truncate(MAX_BUNDLE_BYTES + 1)  # sparse: no disk space used
    dialog = unlocked.open_travel()
    assert isinstance(dialog, TravelDialog)
    shown: list[str] = []
    monkeypatch.setattr(dialog.context, "show_error", lambda _parent, error: shown.append(str(error)))
    task = dialog.restore_from(huge)
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert shown == ["this file is too large to be a travel file"]
    assert dialog.restore_button.isEnabled()
