"""'Sync with this drive' in the window: the view adapts the core's use case (app/sharing/drive_sync.py).

A real offscreen window over a real vault (Farid) and real vaults beside it (Mariam, Zahra); the drive is a
folder. The slow work runs on another thread, and Stop leaves the vault and the drive as they were.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication

from amanat.app.sharing.drive_sync import DriveSync
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.sync.sync_exchange import ExchangeView
from amanat.app.ui.sync.sync_section import SyncSection
from amanat.sync.transports.folder import FolderExchange
from tests.conftest import snapshot_files
from tests.sharing.conftest import Member, introduce, make_member, vault_content, vault_fingerprint


@pytest.fixture
def workshop(unlocked: MainWindow, tmp_path: Path) -> Iterator[tuple[Member, Member, Path]]:
    """Mariam (admin, with a shared note already on the drive) and Farid (the window), who trust each other."""
    assert unlocked.vault is not None
    farid = Member("Farid", unlocked.vault)
    farid.sync.identities.set_display_name("Farid")
    mariam = make_member(tmp_path / "others", "Mariam")
    introduce(mariam, farid)
    introduce(farid, mariam)
    group = mariam.sync.groups.create("Geneva advocacy")
    mariam.sync.groups.add_member(group.group_id, farid.fingerprint)
    mariam.sync.groups.share(group.group_id, mariam.vault.items.add_note("گزارش ژنو", "متن").id)
    usb = tmp_path / "usb"
    usb.mkdir()
    DriveSync(mariam.sync, usb).send_and_review()
    yield mariam, farid, usb
    mariam.vault.close()


def exchange_of(window: MainWindow) -> ExchangeView:
    assert window.workspace is not None
    window.workspace.sidebar.setCurrentRow(4)
    section = window.workspace.sections["sync"]
    assert isinstance(section, SyncSection)
    return section.exchange


def on_gui_thread() -> bool:
    app = QApplication.instance()
    assert app is not None
    return QThread.currentThread() is app.thread()


def test_sync_with_a_drive_runs_the_core_use_case_in_a_worker(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, workshop: tuple[Member, Member, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    _mariam, farid, usb = workshop
    threads: list[bool] = []
    real_send, real_import = DriveSync.send_and_review, DriveSync.import_reviewed

    def send_and_review(self, **options):  # type: ignore[no-untyped-def]
        threads.append(on_gui_thread())
        return real_send(self, **options)

    def import_reviewed(self, pending, **options):  # type: ignore[no-untyped-def]
        threads.append(on_gui_thread())
        return real_import(self, pending, **options)

    monkeypatch.setattr(DriveSync, "send_and_review", send_and_review)
    monkeypatch.setattr(DriveSync, "import_reviewed", import_reviewed)
    view = exchange_of(unlocked)
    view.remove_consumed.setChecked(True)
    with qtbot.waitSignal(view.review_ready, timeout=30_000) as ready:
        view.sync_with_drive(usb)
        assert view.stop_button.isVisibleTo(view) and not view.sync_drive_button.isEnabled()
    dialog = ready.args[0]
    assert "Mariam" in dialog.list.item(0).text()
    assert "گزارش ژنو" not in vault_content(farid.vault)  # nothing applied before the user says so
    with qtbot.waitSignal(view.imported, timeout=30_000) as imported:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert [r.status for r in imported.args[0]] == ["applied"]
    assert "گزارش ژنو" in vault_content(farid.vault)
    assert threads == [False, False]  # both steps ran on a worker thread
    assert view.status.text() == "Imported one bundle."
    assert not list((usb / "exchange").iterdir())  # removed from the drive, as the box asked
    assert view.stop_button.isHidden()


def test_stop_leaves_the_vault_and_the_drive_as_they_were(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, workshop: tuple[Member, Member, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    _mariam, farid, usb = workshop
    farid.vault.items.add_note("Only here", "")
    reading, go_on = threading.Event(), threading.Event()
    real_receive = FolderExchange.receive

    def receive(self):  # type: ignore[no-untyped-def]
        reading.set()
        go_on.wait(30)  # holds the worker until the test has pressed Stop
        return real_receive(self)

    monkeypatch.setattr(FolderExchange, "receive", receive)
    errors: list[BaseException] = []
    view = exchange_of(unlocked)
    monkeypatch.setattr(view.context, "show_error", lambda _parent, error: errors.append(error))
    before, drive_before = vault_fingerprint(farid.vault), snapshot_files(usb)
    task = view.sync_with_drive(usb)
    assert task is not None
    assert reading.wait(30)
    qtbot.mouseClick(view.stop_button, Qt.MouseButton.LeftButton)
    go_on.set()
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert view.status.text() == "Nothing was done." and errors == []  # stopping is not an error
    assert view.review_dialog is None
    assert vault_fingerprint(farid.vault) == before
    assert snapshot_files(usb) == drive_before
    assert view.sync_drive_button.isEnabled() is bool(view.drives.currentData())


def test_a_quarantined_bundle_is_imported_in_a_worker(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, workshop: tuple[Member, Member, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    from amanat.app.sharing.exchange import BundleExchange

    mariam, farid, usb = workshop
    farid.sync.identities.unverify_peer(mariam.fingerprint)  # Mariam's bundle waits in the quarantine
    result = DriveSync(farid.sync, usb).send_and_review()
    DriveSync(farid.sync, usb).import_reviewed(result.to_decide)
    view = exchange_of(unlocked)
    view.reload()
    assert view.quarantine.count() == 1
    peer = farid.sync.identities.peer(mariam.fingerprint)
    farid.sync.identities.verify_peer(peer.fingerprint, peer.safety_number)
    threads: list[bool] = []
    real = BundleExchange.import_from_quarantine

    def import_from_quarantine(self, entry_id):  # type: ignore[no-untyped-def]
        threads.append(on_gui_thread())
        return real(self, entry_id)

    monkeypatch.setattr(BundleExchange, "import_from_quarantine", import_from_quarantine)
    with qtbot.waitSignal(view.imported, timeout=30_000) as imported:
        qtbot.mouseClick(view.quarantine_view.apply_button, Qt.MouseButton.LeftButton)
        assert not view.quarantine_view.apply_button.isEnabled()
    assert [r.status for r in imported.args[0]] == ["applied"] and threads == [False]
    assert view.quarantine.count() == 0 and view.status.text() == "Imported."
    assert "گزارش ژنو" in vault_content(farid.vault)


def test_locking_during_a_drive_sync_stops_it_and_changes_nothing(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, workshop: tuple[Member, Member, Path], monkeypatch: pytest.MonkeyPatch,
        vault_dir: Path) -> None:
    from amanat.app.ui.widgets.workers import Task
    from amanat.app.vault import Vault
    from tests.conftest import PASSPHRASE

    mariam, farid, usb = workshop
    own = farid.sync.groups.create("Farid's group")  # Farid has something to write to the drive
    farid.sync.groups.add_member(own.group_id, mariam.fingerprint)
    farid.sync.groups.share(own.group_id, farid.vault.items.add_note("From Farid", "").id)
    reading, go_on = threading.Event(), threading.Event()
    real_receive, real_cancel = FolderExchange.receive, Task.cancel

    def receive(self):  # type: ignore[no-untyped-def]
        reading.set()
        go_on.wait(30)  # holds the worker until the lock has asked it to stop
        return real_receive(self)

    def cancel(self):  # type: ignore[no-untyped-def]
        real_cancel(self)
        go_on.set()

    monkeypatch.setattr(FolderExchange, "receive", receive)
    monkeypatch.setattr(Task, "cancel", cancel)
    before, drive_before = vault_fingerprint(farid.vault), snapshot_files(usb)
    view = exchange_of(unlocked)
    assert view.sync_with_drive(usb) is not None
    assert reading.wait(30)
    unlocked.lock()  # stops the sync and waits for it before the vault closes
    assert unlocked.vault is None
    assert snapshot_files(usb) == drive_before
    reopened = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert vault_fingerprint(reopened) == before
    finally:
        reopened.close()


def test_bundles_that_cannot_be_saved_are_not_recorded_as_sent(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, workshop: tuple[Member, Member, Path], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    mariam, farid, _usb = workshop
    for name in ("One", "Two"):
        group = farid.sync.groups.create(name)
        farid.sync.groups.add_member(group.group_id, mariam.fingerprint)
        farid.sync.groups.share(group.group_id, farid.vault.items.add_note(name, "").id)
    errors: list[BaseException] = []
    view = exchange_of(unlocked)
    monkeypatch.setattr(view.context, "show_error", lambda _parent, error: errors.append(error))
    before = vault_fingerprint(farid.vault)
    task = view.save_bundles_to(tmp_path / "one-file.age")  # two bundles need a folder, not a file name
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert len(errors) == 1 and "need a folder" in str(errors[0])
    assert vault_fingerprint(farid.vault) == before  # before: both bundles were logged as sent
    assert not (tmp_path / "one-file.age").exists()
