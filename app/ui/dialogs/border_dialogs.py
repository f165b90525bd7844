"""Border features in the window: panic wipe, the duress passphrase, travel mode, and the threat model."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.duress import remove_duress, set_duress_in_thread
from app.errors import InvalidValue
from app.ui.widgets import file_dialogs
from app.ui.widgets.context import UiContext
from app.ui.widgets.passphrase_fields import busy_bar, passphrase_field
from app.ui.widgets.text_direction import isolate
from app.ui.widgets.workers import ProgressCallback, Task, run_task
from app.ui.widgets.wrapped_text import keep_wrapped_text_whole
from resources import SECURITY_DIR
from sync.bundle import MAX_BUNDLE_BYTES

DANGER_STYLE = "QPushButton { background: #b3261e; color: white; font-weight: bold; padding: 6px 14px; }"


class PanicWipeDialog(QDialog):
    """One confirmation, then the vault's keys are destroyed and its files deleted."""

    wipe_confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panicWipeDialog")
        self.setWindowTitle(self.tr("Panic wipe"))
        text = QLabel(self.tr(
            "This destroys the vault on this computer for good: first its keys, so nothing in it can be read "
            "any more, then its files. It takes less than a second. There is no undo; only a backup or your "
            "group's copies can bring the content back."))
        text.setWordWrap(True)
        self.wipe_button = QPushButton(self.tr("Wipe now"))
        self.wipe_button.setObjectName("confirmWipeButton")
        self.wipe_button.setStyleSheet(DANGER_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.wipe_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.wipe_button.clicked.connect(self._confirmed)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def _confirmed(self) -> None:
        self.accept()
        self.wipe_confirmed.emit()


class DuressDialog(QDialog):
    """Set or remove the duress passphrase (setting it derives a key: a second or so, in a worker)."""

    duress_set = Signal()

    fill_decoy_requested = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: Task | None = None
        self.busy = busy_bar("duressBusy")
        self.setObjectName("duressDialog")
        self.context = context
        self.setWindowTitle(self.tr("Duress passphrase"))
        intro = QLabel(self.tr(
            "If someone forces you to unlock Amanat, type the duress passphrase at the unlock screen instead of "
            "yours. It looks like a normal unlock, but it destroys this vault for good and opens a harmless "
            "decoy vault in its place. Nothing in the vault folder shows whether a duress passphrase is set. "
            "Changing your passphrase turns the duress passphrase off."))
        intro.setWordWrap(True)
        self.warning = QLabel(self.tr(
            "<b>Never type the duress passphrase to try it out.</b> Typed at the unlock screen, even once, it "
            "destroys your real vault at once and for good: there is no undo, and only a backup or your "
            "group's copies can bring your content back."))
        self.warning.setObjectName("duressWarning")
        self.warning.setWordWrap(True)
        self.how_to_fill = QLabel(self.tr(
            "To fill the decoy safely, never unlock with the duress passphrase: while your real vault is open, "
            "use Tools → Fill the decoy… (or, on the command line, your own passphrase and amanat --decoy)."))
        self.how_to_fill.setObjectName("duressHowToFill")
        self.how_to_fill.setWordWrap(True)
        self.first = passphrase_field("duressPassphrase")
        self.second = passphrase_field("duressPassphraseAgain")
        self.status = QLabel()
        self.status.setObjectName("duressStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_button = QPushButton(self.tr("Set duress passphrase"))
        self.set_button.setObjectName("setDuressButton")
        self.set_button.clicked.connect(self.set_duress)
        self.off_button = QPushButton(self.tr("Turn off and wipe the decoy"))
        self.off_button.setObjectName("removeDuressButton")
        self.off_button.clicked.connect(self.remove_duress)
        self.fill_button = QPushButton(self.tr("Fill the decoy…"))
        self.fill_button.setObjectName("fillDecoyButton")
        self.fill_button.clicked.connect(self.fill_decoy_requested)
        form = QFormLayout()
        form.addRow(self.tr("Duress passphrase:"), self.first)
        #: Label of the second field: type the same duress passphrase again
        form.addRow(self.tr("Repeat it:"), self.second)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        keep_wrapped_text_whole(self)
        layout.addWidget(intro)
        layout.addWidget(self.warning)
        layout.addWidget(self.how_to_fill)
        layout.addLayout(form)
        layout.addWidget(self.set_button)
        layout.addWidget(self.fill_button)
        layout.addWidget(self.off_button)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self._show_state()

    def _show_state(self) -> None:
        vault = self.context.vault
        is_set = vault.duress_state() != "off"
        self.off_button.setEnabled(is_set or vault.has_decoy())
        self.fill_button.setEnabled(vault.has_decoy())
        if is_set:
            self.status.setText(self.tr("The duress passphrase is set."))

    def set_duress(self) -> Task | None:
        """Set the duress passphrase typed twice, in a worker; `duress_set` when done."""
        passphrase = self.first.text()
        if passphrase != self.second.text() or not passphrase:
            self.status.setText(self.tr("The two passphrases differ."))
            return None
        self.first.clear()
        self.second.clear()
        vault = self.context.vault

        def work(progress: ProgressCallback) -> None:
            set_duress_in_thread(vault, passphrase, progress)

        self._set_busy(True)
        self.status.setText(self.tr("Setting the duress passphrase (a few seconds)…"))
        owner = QCoreApplication.instance()
        assert owner is not None
        self._task = run_task(work, self._duress_was_set, self._duress_failed, owner)
        return self._task

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.first, self.second, self.set_button, self.off_button):
            widget.setEnabled(not busy)

    def _duress_was_set(self, _result: object) -> None:
        self._task = None
        self._set_busy(False)
        self._show_state()
        self.status.setText(self.tr(
            "Set. Do not try it out: at the unlock screen it destroys this vault for good. Fill the decoy with "
            "harmless content as described above, with your own passphrase."))
        self.duress_set.emit()

    def _duress_failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        self._show_state()
        self.status.setText("")
        self.context.show_error(self, error)

    def done(self, result: int) -> None:
        # Closing (or locking) waits for a key file still being written, so it is whole before the vault closes.
        task, self._task = self._task, None
        if task is not None:
            task.wait()
        super().done(result)

    def remove_duress(self) -> None:
        remove_duress(self.context.vault)
        self._show_state()
        self.status.setText(self.tr("There is no duress passphrase any more."))


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
        for peer in context.vault.sync.identities.peers():
            if peer.verified:
                self.peers.addItem(f"{isolate(peer.name)} · {peer.peer_id}", peer.fingerprint)
        self.for_peer.setEnabled(self.peers.count() > 0)
        self.recovery = QLineEdit()
        self.recovery.setObjectName("travelRecoveryKey")
        self.recovery.setPlaceholderText(self.tr("Recovery key (8 groups)"))
        self.recovery.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.seal_button = QPushButton(self.tr("Seal and remove…"))
        self.seal_button.setObjectName("travelSealButton")
        self.seal_button.clicked.connect(self._choose_file_to_seal)
        self.restore_button = QPushButton(self.tr("Bring items back from a travel file…"))
        self.restore_button.setObjectName("travelRestoreButton")
        self.restore_button.clicked.connect(self._choose_file_to_restore)
        self.status = QLabel()
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


class SecurityDialog(QDialog):
    """SECURITY.md in the user's language: what Amanat protects against, and what it cannot."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("securityDialog")
        self.setWindowTitle(self.tr("What Amanat protects, and what it cannot"))
        browser = QTextBrowser()
        browser.setObjectName("securityText")
        browser.setOpenLinks(False)
        path = SECURITY_DIR / f"SECURITY.{language}.md"
        if not path.exists():
            path = SECURITY_DIR / "SECURITY.en.md"
        browser.setMarkdown(path.read_text(encoding="utf-8"))
        if language in ("fa", "ps"):
            browser.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        self.resize(760, 620)
