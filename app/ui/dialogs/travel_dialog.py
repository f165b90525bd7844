"""Travel mode in the window: seal everything (not shared with a group) away before a crossing, or bring it back.

The seal is the core's use case (`TravelOrder.seal_and_remove`, which `amanat travel seal` runs too);
sealing and bringing back both run in a worker on a connection of their own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import InvalidValue
from amanat.app.ui.widgets import file_dialogs
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.text_direction import isolate
from amanat.app.ui.widgets.workers import ProgressCallback, Task, run_task
from amanat.app.ui.widgets.wrapped_text import keep_wrapped_text_whole
from amanat.sync.bundle import MAX_BUNDLE_BYTES


class TravelDialog(QDialog):
    """Seal everything (not shared with a group) away before a crossing, or bring it back."""

    items_changed = Signal()
    sealed = Signal(int)
    restored = Signal(int)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("travelDialog")
        self.context = context
        self.setWindowTitle(self.tr("Travel mode"))
        intro = QLabel(self.tr(
            "Before a border crossing, seal your items into one file and remove them from this laptop. Keep the "
            "file off the laptop: give it to a verified colleague, or seal it for your recovery key (on paper) "
            "and carry it separately."))
        intro.setWordWrap(True)
        staying = len(context.vault.sync.travel.staying_item_ids())
        self.staying = QLabel(self.tr(
            "Items shared with a group stay on this laptop (removing them would tell the group they were "
            "deleted): {0} items now. Whoever unlocks this laptop, or makes you unlock it, can see them.").format(
                context.localise_digits(str(staying))))
        self.staying.setObjectName("travelStaying")
        self.staying.setWordWrap(True)
        self.for_recovery = QRadioButton(self.tr("For my recovery key"))
        self.for_recovery.setChecked(True)
        self.for_peer = QRadioButton(self.tr("For a verified colleague:"))
        self.peers = QComboBox()
        self.peers.setObjectName("travelPeer")
        self.peers.setAccessibleName(self.tr("Verified colleague"))
        for peer in context.vault.sync.identities.peers():
            if peer.verified:
                self.peers.addItem(f"{isolate(peer.name)} · {peer.peer_id}", peer.fingerprint)
        self.for_peer.setEnabled(self.peers.count() > 0)
        self.recovery = QLineEdit()
        self.recovery.setObjectName("travelRecoveryKey")
        self.recovery.setPlaceholderText(self.tr("Recovery key (8 groups)"))
        self.recovery.setAccessibleName(self.recovery.placeholderText())
        self.recovery.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.seal_button = QPushButton(self.tr("Seal and remove…"))
        self.seal_button.setObjectName("travelSealButton")
        self.seal_button.clicked.connect(self._choose_file_to_seal)
        self.restore_button = QPushButton(self.tr("Bring items back from a travel file…"))
        self.restore_button.setObjectName("travelRestoreButton")
        self.restore_button.clicked.connect(self._choose_file_to_restore)
        self.status = LiveLabel()
        self.status.setObjectName("travelStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("travelProgress")
        self.progress.setAccessibleName(self.tr("Travel seal progress"))
        self.progress.hide()
        self._task: Task | None = None
        self._seal_path = Path()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        keep_wrapped_text_whole(self)
        layout.addWidget(intro)
        layout.addWidget(self.staying)
        layout.addWidget(self.for_recovery)
        layout.addWidget(self.recovery)
        layout.addWidget(self.for_peer)
        layout.addWidget(self.peers)
        layout.addWidget(self.seal_button)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(close)

    def _choose_file_to_seal(self) -> None:
        path, _filter = file_dialogs.save_file(self, self.tr("Save the travel file"), "trip.age")
        if path is not None:
            self.seal_to(path)

    def seal_to(self, path: Path) -> Task:
        """Seal every travelling item into `path`, then remove them (in a worker; `sealed` says how many)."""
        vault = self.context.vault
        peer = self.peers.currentData() if self.for_peer.isChecked() else None
        recovery = None if self.for_peer.isChecked() else self.recovery.text()
        self.recovery.clear()

        def work(progress: ProgressCallback) -> int:
            with vault.thread_sync() as sync:
                report = sync.travel_order.seal_and_remove(
                    sync.travel.all_item_ids(), path, peer_fingerprint=peer, recovery_key=recovery, progress=progress)
            return report.removed

        self.seal_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Sealing the items, writing the travel file, then removing them…"))
        owner = QCoreApplication.instance()
        assert owner is not None
        self._seal_path = path
        self._task = run_task(work, self._sealed, self._seal_failed, owner, on_progress=self._seal_progressed)
        return self._task

    def _seal_progressed(self, done: int, total: int) -> None:
        self.progress.setValue(done * 100 // max(total, 1))

    def _seal_done(self) -> None:
        self._task = None
        self.progress.hide()
        self.seal_button.setEnabled(True)

    def _sealed(self, removed: object) -> None:
        path = self._seal_path
        self._seal_done()
        self.status.setText(self.tr("Sealed and removed {0} items. Now move {1} off this laptop.").format(
            self.context.localise_digits(str(removed)), isolate(str(path))))
        self.items_changed.emit()
        self.sealed.emit(int(str(removed)))

    def _seal_failed(self, error: BaseException) -> None:
        self._seal_done()
        self.status.setText("")
        self.context.show_error(self, error)
        self.items_changed.emit()  # a failure after the file was written may have removed some items

    def _choose_file_to_restore(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Open a travel file"))
        if path is not None:
            self.restore_from(path)

    def restore_from(self, path: Path) -> Task:
        """Bring back the items of a travel file, in a worker (the recovery key field is used if filled).

        `restored` says how many items came back.
        """
        vault = self.context.vault
        recovery = self.recovery.text() or None
        self.recovery.clear()

        def work(_progress: ProgressCallback) -> int:
            data = _read_travel_file(path)
            with vault.thread_sync() as sync:
                return sync.travel.restore(data, recovery_key=recovery)

        self.restore_button.setEnabled(False)
        self.seal_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Bringing the items back from the travel file…"))
        owner = QCoreApplication.instance()
        assert owner is not None
        self._task = run_task(work, self._restored, self._restore_failed, owner)
        return self._task

    def _restore_done(self) -> None:
        self._task = None
        self.progress.hide()
        self.progress.setRange(0, 100)
        self.restore_button.setEnabled(True)
        self.seal_button.setEnabled(True)

    def _restored(self, count: object) -> None:
        self._restore_done()
        self.status.setText(self.tr("Brought back {0} items.").format(self.context.localise_digits(str(count))))
        self.items_changed.emit()
        self.restored.emit(int(str(count)))

    def _restore_failed(self, error: BaseException) -> None:
        self._restore_done()
        self.status.setText("")
        self.context.show_error(self, error)

    def done(self, result: int) -> None:
        # Closing (or locking) waits for a seal or a restore still running: it ends before the vault closes.
        task, self._task = self._task, None
        if task is not None:
            task.wait()
        super().done(result)


def _read_travel_file(path: Path) -> bytes:
    """A travel file's bytes, refusing one larger than any travel file before reading it."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BUNDLE_BYTES + 1)
    except OSError as error:
        raise InvalidValue(f"the travel file could not be read ({error.strerror or 'file error'})") from None
    if len(data) > MAX_BUNDLE_BYTES:
        raise InvalidValue("this file is too large to be a travel file")
    return data
