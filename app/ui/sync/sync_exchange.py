"""Sync, exchange: a USB drive, bundle files, e-mail and pasted text; then review and apply; the quarantine.

Every step that reads or writes bundles runs in a worker on its own connection;
what arrives is always shown for review before anything is applied.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QStorageInfo, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AmanatError
from app.sharing.exchange import REFUSE
from app.sharing.quarantine import DEFAULT_LIMITS
from app.sharing.transfer import GroupFailure, PendingBundle, Review, Transfers
from app.ui.sync.peer_labels import look_alike_text, who
from app.ui.sync.sync_export_review import UntrustedExportDialog, sent_note
from app.ui.sync.sync_review import ImportReviewDialog
from app.ui.widgets import file_dialogs
from app.ui.widgets.context import UiContext
from app.ui.widgets.text_direction import isolate
from app.ui.widgets.workers import Task, run_task
from sync.transports.base import Received
from sync.transports.email_drafts import EmailTransport
from sync.transports.files import FileTransport
from sync.transports.folder import FolderExchange
from sync.transports.pasted import receive_pasted

MAX_PASTED_CHARS = 100 * 2**20


REMOVABLE_MOUNT_PREFIXES = ("/media/", "/run/media/", "/Volumes/")  # Linux (udisks), macOS


def removable_drives() -> list[tuple[str, Path]]:
    """Mounted drives a USB stick shows up as (never the system's own disks), as (label, root).

    Qt cannot tell a USB stick from an internal disk, so this goes by where systems mount
    removable media: /media and /run/media on Linux, /Volumes on macOS, and on Windows every
    drive but the one Windows runs from.
    """
    system_root = Path(QStorageInfo.root().rootPath())
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady():
            continue
        root = Path(volume.rootPath())
        text = root.as_posix().rstrip("/") + "/"
        removable = text.startswith(REMOVABLE_MOUNT_PREFIXES) or (
            len(root.anchor) > 1 and root.anchor[1] == ":" and root != system_root)  # a Windows drive letter
        if not removable:
            continue
        drives.append((f"{volume.displayName() or root.name} ({root})", root))
    return drives


class ExchangeView(QWidget):
    """Send and receive bundles by USB drive, file, e-mail or pasted text."""

    imported = Signal(list)  # ImportReports of what was applied
    review_ready = Signal(object)  # the ImportReviewDialog, for tests and screenshots

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeView")
        self.context = context
        self.task: Task | None = None
        self.review_dialog: ImportReviewDialog | None = None
        self.untrusted_dialog: UntrustedExportDialog | None = None
        self.dialog: QDialog | None = None
        self._folder: FolderExchange | None = None
        self.open_mail_program: Callable[[Path], object] = (
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

        self.usb_box = QGroupBox()
        self.drives = QComboBox()
        self.drives.setObjectName("driveChoice")
        self.refresh_drives_button = QPushButton()
        self.refresh_drives_button.clicked.connect(self.refresh_drives)
        self.sync_drive_button = QPushButton()
        self.sync_drive_button.setObjectName("syncDriveButton")
        self.sync_drive_button.clicked.connect(self._sync_chosen_drive)
        self.other_folder_button = QPushButton()
        self.other_folder_button.setObjectName("syncOtherFolderButton")
        self.other_folder_button.clicked.connect(self._sync_other_folder)
        self.remove_consumed = QCheckBox()
        self.remove_consumed.setObjectName("removeConsumedBundles")
        usb_row = QHBoxLayout()
        usb_row.addWidget(self.drives, 1)
        usb_row.addWidget(self.refresh_drives_button)
        usb_row.addWidget(self.sync_drive_button)
        usb_row.addWidget(self.other_folder_button)
        usb_column = QVBoxLayout(self.usb_box)
        usb_column.addLayout(usb_row)
        usb_column.addWidget(self.remove_consumed)

        self.other_box = QGroupBox()
        self.save_files_button = QPushButton()
        self.save_files_button.setObjectName("saveBundlesButton")
        self.save_files_button.clicked.connect(self._choose_folder_for_files)
        self.open_files_button = QPushButton()
        self.open_files_button.setObjectName("openBundlesButton")
        self.open_files_button.clicked.connect(self._choose_files)
        self.email_button = QPushButton()
        self.email_button.setObjectName("writeEmailButton")
        self.email_button.clicked.connect(self._choose_folder_for_email)
        self.import_mail_button = QPushButton()
        self.import_mail_button.setObjectName("importMailButton")
        self.import_mail_button.clicked.connect(self._choose_mail_files)
        self.paste_button = QPushButton()
        self.paste_button.setObjectName("pasteBundleButton")
        self.paste_button.clicked.connect(self._ask_for_pasted_text)
        self.full = QCheckBox()
        self.full.setObjectName("fullResync")
        grid = QVBoxLayout(self.other_box)
        for pair in ((self.save_files_button, self.open_files_button), (self.email_button, self.import_mail_button),
                     (self.paste_button, self.full)):
            row = QHBoxLayout()
            for widget in pair:
                row.addWidget(widget)
            row.addStretch(1)
            grid.addLayout(row)

        self.progress = QProgressBar()
        self.progress.setObjectName("exchangeProgress")
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("exchangeStatus")
        self.status.setWordWrap(True)
        self.quarantine_label = QLabel()
        self.quarantine = QListWidget()
        self.quarantine.setObjectName("quarantineList")
        self.quarantine.setMaximumHeight(110)
        self.apply_quarantined = QPushButton()
        self.apply_quarantined.setObjectName("applyQuarantinedButton")
        self.apply_quarantined.clicked.connect(self.apply_selected_quarantined)
        self.discard_quarantined = QPushButton()
        self.discard_quarantined.setObjectName("discardQuarantinedButton")
        self.discard_quarantined.clicked.connect(self.discard_selected_quarantined)
        quarantine_buttons = QHBoxLayout()
        quarantine_buttons.addWidget(self.apply_quarantined)
        quarantine_buttons.addWidget(self.discard_quarantined)
        quarantine_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.usb_box)
        layout.addWidget(self.other_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.quarantine_label)
        layout.addWidget(self.quarantine)
        layout.addLayout(quarantine_buttons)
        layout.addStretch(1)
        self.retranslate()
        self.refresh_drives()

    def retranslate(self) -> None:
        self.usb_box.setTitle(self.tr("USB stick"))
        self.refresh_drives_button.setText(self.tr("Look again"))
        self.sync_drive_button.setText(self.tr("Sync with this drive"))
        self.other_folder_button.setText(self.tr("Another folder…"))
        self.other_folder_button.setToolTip(self.tr("A drive Amanat did not find, or a shared folder"))
        self.remove_consumed.setText(self.tr("Remove the bundles I import from the drive"))
        self.other_box.setTitle(self.tr("Files, e-mail and text"))
        self.save_files_button.setText(self.tr("Save bundles to a folder…"))
        self.open_files_button.setText(self.tr("Open bundle files…"))
        self.email_button.setText(self.tr("Write e-mail drafts…"))
        self.import_mail_button.setText(self.tr("Import e-mails (.eml, .mbox)…"))
        self.paste_button.setText(self.tr("Paste a bundle as text…"))
        self.full.setText(self.tr("Send everything (full resync)"))
        self.quarantine_label.setText(self.tr(
            "Quarantine: bundles from people you have not verified. Verify the sender, then import."))
        limits = DEFAULT_LIMITS
        self.quarantine_label.setToolTip(self.tr(
            "The quarantine keeps at most {0} bundles ({1} MB) from one sender and {2} MB in all; "
            "the oldest are deleted to make room.").format(
                self._number(limits.bundles_per_sender), self._number(limits.bytes_per_sender // 1_000_000),
                self._number(limits.total_bytes // 1_000_000)))
        self.apply_quarantined.setText(self.tr("Import now"))
        self.discard_quarantined.setText(self.tr("Delete"))
        self.sync_drive_button.setToolTip(self.tr(
            "Writes your groups' changes to the drive and reads the bundles there that are addressed to you. "
            "File names on the drive reveal nothing."))

    def reload(self) -> None:
        self.quarantine.clear()
        for entry in self.context.vault.sync.exchange.quarantined():
            text = self.tr("From {0} · received {1}").format(
                who(entry.sender_name or self.tr("someone unknown"), entry.sender[:16]),
                self.context.format_time(entry.received_at))
            alike = self.context.vault.sync.identities.look_alikes_of(entry.sender_name, entry.sender)
            item = QListWidgetItem(text + ("\n" + look_alike_text(alike) if alike else ""))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.quarantine.addItem(item)
        has_entries = self.quarantine.count() > 0
        self.apply_quarantined.setEnabled(has_entries)
        self.discard_quarantined.setEnabled(has_entries)

    def _number(self, value: int) -> str:
        return self.context.localise_digits(str(value))

    def _failures_text(self, failed: tuple[GroupFailure, ...]) -> str:
        """What to add to the status when some groups' bundles could not be made (the others went out)."""
        return "".join(" " + self.tr("The bundle for the group {0} could not be made: {1}").format(
            isolate(failure.group_name), failure.reason) for failure in failed)

    def refresh_drives(self) -> None:
        self.drives.clear()
        for label, root in removable_drives():
            self.drives.addItem(label, str(root))
        if self.drives.count() == 0:
            self.drives.addItem(self.tr("No drive found: plug in a USB stick"), "")
        self.sync_drive_button.setEnabled(bool(self.drives.currentData()))

    # -- running work -------------------------------------------------------

    def _run(self, work: Callable[[Transfers, Any], Any], done: Callable[[Any], None], busy_text: str) -> Task:
        vault = self.context.vault

        def in_thread(progress: Any) -> Any:
            with vault.thread_sync() as sync:
                return work(Transfers(sync), progress)

        self.status.setText(busy_text)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._set_buttons_enabled(False)
        self.task = run_task(in_thread, lambda result: self._finished(done, result), self._failed, self,
                             self._progressed)
        return self.task

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for button in (self.sync_drive_button, self.other_folder_button, self.save_files_button,
                       self.open_files_button, self.email_button,
                       self.import_mail_button, self.paste_button):
            button.setEnabled(enabled)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, done: Callable[[Any], None], result: Any) -> None:
        self.task = None
        self.progress.hide()
        self._set_buttons_enabled(True)
        self.sync_drive_button.setEnabled(bool(self.drives.currentData()))
        done(result)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.progress.hide()
        self._set_buttons_enabled(True)
        self.status.setText(self.tr("Nothing was done."))
        self.context.show_error(self, error)

    # -- sending ------------------------------------------------------------

    def _sync_other_folder(self) -> None:
        folder = file_dialogs.existing_folder(self, self.tr("The drive or folder to sync with"))
        if folder is not None:
            self.sync_with_drive(folder)

    def _sync_chosen_drive(self) -> None:
        root = self.drives.currentData()
        if root:
            self.sync_with_drive(Path(root))

    def _untrusted_first(self, again: Callable[[str], object]) -> bool:
        """True when some recipients' keys are not verified here: the user is asked first, then `again` runs."""
        groups = Transfers(self.context.vault.sync).unverified_recipients()
        if not groups:
            return False
        dialog = UntrustedExportDialog(groups, self)
        dialog.chosen.connect(again)
        self.untrusted_dialog = dialog
        dialog.open()
        return True

    def sync_with_drive(self, root: Path, untrusted: str | None = None) -> Task | None:
        """Write pending bundles into the drive's exchange folder, then review what is there for me.

        When members' keys are not verified here, the user first chooses to leave them out or include them.
        """
        if untrusted is None:
            if self._untrusted_first(lambda choice: self.sync_with_drive(root, choice)):
                return None
            untrusted = REFUSE
        full = self.full.isChecked()
        self._folder = FolderExchange(root)
        folder = self._folder

        def work(transfers: Transfers, progress: Any) -> tuple[int, tuple[GroupFailure, ...], Review, str]:
            outgoing = transfers.outgoing(full=full, untrusted=untrusted)
            if outgoing.bundles:
                folder.send([b.data for b in outgoing.bundles])
            for bundle in outgoing.bundles:
                transfers.remember_sent(bundle.data)
            review = transfers.review(folder.receive(), skip_seen=True, progress=progress)
            return len(outgoing.bundles), outgoing.failed, review, sent_note(outgoing.bundles)

        def done(result: tuple[int, tuple[GroupFailure, ...], Review, str]) -> None:
            written, failed, review, note = result
            self.status.setText("\n".join(filter(None, (
                self.tr("Wrote {0} bundles to the drive.").format(self._number(written))
                + self._failures_text(failed), note))))
            self._show_review(review)

        return self._run(work, done, self.tr("Syncing with the drive…"))

    def _choose_folder_for_files(self) -> None:
        folder = file_dialogs.existing_folder(self, self.tr("Where to save the bundles"))
        if folder is not None:
            self.save_bundles_to(folder)

    def save_bundles_to(self, folder: Path, untrusted: str | None = None) -> Task | None:
        if untrusted is None:
            if self._untrusted_first(lambda choice: self.save_bundles_to(folder, choice)):
                return None
            untrusted = REFUSE
        full = self.full.isChecked()

        def work(transfers: Transfers, _progress: Any) -> tuple[list[str], tuple[GroupFailure, ...], str]:
            outgoing = transfers.outgoing(full=full, untrusted=untrusted)
            sent = [b.data for b in outgoing.bundles]
            paths = FileTransport(destination=folder).send(sent) if sent else []
            return paths, outgoing.failed, sent_note(outgoing.bundles)

        def done(result: tuple[list[str], tuple[GroupFailure, ...], str]) -> None:
            paths, failed, note = result
            saved = self.tr("Saved {0} bundles in {1}.").format(self._number(len(paths)), isolate(str(folder)))
            self.status.setText("\n".join(filter(None, (
                (saved if paths else self.tr("Nothing new to send.")) + self._failures_text(failed), note))))

        return self._run(work, done, self.tr("Sealing bundles…"))

    def _choose_folder_for_email(self) -> None:
        folder = file_dialogs.existing_folder(self, self.tr("Where to save the e-mail drafts"))
        if folder is not None:
            self.write_email_drafts(folder)

    def write_email_drafts(self, folder: Path, untrusted: str | None = None) -> Task | None:
        """Bundles as .eml drafts (split when large); the first is opened in the mail program."""
        if untrusted is None:
            if self._untrusted_first(lambda choice: self.write_email_drafts(folder, choice)):
                return None
            untrusted = REFUSE
        full = self.full.isChecked()

        def work(transfers: Transfers, _progress: Any) -> tuple[list[str], tuple[GroupFailure, ...], str]:
            outgoing = transfers.outgoing(full=full, untrusted=untrusted)
            sent = [b.data for b in outgoing.bundles]
            paths = EmailTransport(drafts_folder=folder).send(sent) if sent else []
            return paths, outgoing.failed, sent_note(outgoing.bundles)

        def done(result: tuple[list[str], tuple[GroupFailure, ...], str]) -> None:
            paths, failed, note = result
            if not paths:
                self.status.setText("\n".join(filter(None, (
                    self.tr("Nothing new to send.") + self._failures_text(failed), note))))
                return
            self.status.setText("\n".join(filter(None, (self.tr(
                "Saved {0} e-mail drafts in {1}. Add the recipients in your mail program and send them; "
                "the subject and text say nothing about Amanat.").format(
                    self._number(len(paths)), isolate(str(folder))) + self._failures_text(failed), note))))
            self.open_mail_program(Path(paths[0]))

        return self._run(work, done, self.tr("Sealing bundles…"))

    # -- receiving ------------------------------------------------------------

    def _choose_files(self) -> None:
        paths = file_dialogs.open_files(self, self.tr("Open bundle files"))
        if paths:
            self.open_files(paths)

    def open_files(self, paths: list[Path]) -> Task:
        """Bundle files chosen or dropped on the window: review them."""
        return self._review(lambda: FileTransport(sources=paths).receive())

    def _choose_mail_files(self) -> None:
        paths = file_dialogs.open_files(
            self, self.tr("Import e-mails"), self.tr("E-mail files (*.eml *.mbox);;All files (*)"))
        if paths:
            self.import_mail_files(paths)

    def import_mail_files(self, paths: list[Path]) -> Task:
        return self._review(lambda: EmailTransport(sources=paths).receive())

    def _ask_for_pasted_text(self) -> None:
        dialog = QDialog(self)
        dialog.setObjectName("pasteBundleDialog")
        dialog.setWindowTitle(self.tr("Paste a bundle"))
        text = QPlainTextEdit()
        text.setObjectName("pastedBundle")
        text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        label = QLabel(self.tr("Paste the text from BEGIN AGE ENCRYPTED FILE to its END line:"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(label)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        dialog.accepted.connect(lambda: self.import_pasted(text.toPlainText()[:MAX_PASTED_CHARS]))
        self.dialog = dialog
        dialog.open()

    def import_pasted(self, text: str) -> Task:
        return self._review(lambda: receive_pasted(text))

    def _review(self, receive: Callable[[], Received]) -> Task:
        def work(transfers: Transfers, progress: Any) -> Review:
            return transfers.review(receive(), progress=progress)

        return self._run(work, self._show_review, self.tr("Checking what arrived…"))

    def _show_review(self, review: Review) -> None:
        if not review.pending and not review.skipped and not review.waiting:
            self.status.setText(self.status.text() + " " + self.tr("Nothing new for you."))
            return
        dialog = ImportReviewDialog(self.context, review, self)
        dialog.apply_requested.connect(self.apply)
        dialog.discarded.connect(self._discarded)
        self.review_dialog = dialog
        dialog.open()
        self.review_ready.emit(dialog)

    def _discarded(self, pending: list[PendingBundle]) -> None:
        # Files on a drive that the user chose not to apply: not offered again until they change.
        vault = self.context.vault
        if self._folder is not None and pending:
            with vault.thread_sync() as sync:
                for bundle in pending:
                    Transfers(sync).remember(bundle)

    def apply(self, pending: list[PendingBundle]) -> Task | None:
        """Import the bundles the user accepted; then, if asked, remove them from the drive."""
        if not pending:
            return None
        folder = self._folder if self.remove_consumed.isChecked() else None

        def work(transfers: Transfers, progress: Any) -> list[Any]:
            reports = transfers.apply(pending, progress)
            if folder is not None:
                folder.remove([p.name for p in pending])
            return reports

        def done(reports: list[Any]) -> None:
            applied = sum(1 for r in reports if r.status == "applied")
            waiting = sum(1 for r in reports if r.status == "quarantined")
            dropped = sum(len(r.dropped) for r in reports)
            text = self.tr("Imported {0} bundles.").format(self._number(applied))
            if waiting:
                text += " " + self.tr("{0} wait in the quarantine until you verify their senders.").format(
                    self._number(waiting))
            if dropped:
                text += " " + self.tr("The quarantine was full: {0} older bundles were deleted from it.").format(
                    self._number(dropped))
            self.status.setText(text)
            self.reload()
            self.imported.emit(reports)

        return self._run(work, done, self.tr("Importing…"))

    # -- quarantine -----------------------------------------------------------

    def _selected_quarantined(self) -> str | None:
        item = self.quarantine.currentItem() or self.quarantine.item(0)
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def apply_selected_quarantined(self) -> None:
        entry_id = self._selected_quarantined()
        if entry_id is None:
            return
        try:
            report = self.context.vault.sync.exchange.import_from_quarantine(entry_id)
        except AmanatError as error:
            self.context.show_error(self, error)
            return
        if report.status == "quarantined":
            self.status.setText(self.tr("Still waiting: verify {0} first.").format(
                who(report.sender_name, report.sender_id)))
        else:
            self.status.setText(self.tr("Imported."))
            self.imported.emit([report])
        self.reload()

    def discard_selected_quarantined(self) -> None:
        entry_id = self._selected_quarantined()
        if entry_id is not None:
            self.context.vault.sync.exchange.discard_from_quarantine(entry_id)
            self.status.setText(self.tr("Deleted from the quarantine."))
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
