"""Sync, exchange: a USB drive, bundle files, e-mail and pasted text; then review and apply; the quarantine.

Every step that reads or writes bundles runs in a worker on its own connection; what arrives is always
shown for review before anything is applied. Syncing with a drive is the core's use case
(app/sharing/drive_sync.py), which `amanat sync drive` runs too; this view only adapts it (progress, Stop, review).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import Cancelled
from amanat.app.platform.mail_program import open_draft
from amanat.app.sharing.bundle_reports import REFUSE
from amanat.app.sharing.drive_sync import DriveImportResult, DriveSync, DriveSyncResult
from amanat.app.sharing.sync_service import SyncService
from amanat.app.sharing.transfer import GroupFailure, PendingBundle, Review, Transfers
from amanat.app.ui.sync.sync_export_review import UntrustedExportDialog, sent_note
from amanat.app.ui.sync.sync_quarantine import QuarantineView
from amanat.app.ui.sync.sync_review import ImportReviewDialog
from amanat.app.ui.sync.sync_sources import PasteBundleDialog, removable_drives
from amanat.app.ui.widgets import file_dialogs
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.icons import icon
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.text_direction import isolate
from amanat.app.ui.widgets.workers import Cancelled as TaskCancelled
from amanat.app.ui.widgets.workers import Task, run_task
from amanat.sync.transports.base import Received
from amanat.sync.transports.email_drafts import EmailTransport
from amanat.sync.transports.files import FileTransport
from amanat.sync.transports.pasted import receive_pasted

Work = Callable[[SyncService, Any], Any]


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
        self._drive: Path | None = None  # the drive of the review shown now, if it came from one
        self.open_mail_program: Callable[[Path], object] = open_draft  # app/platform/mail_program.py

        self.usb_box = QGroupBox()
        self.drives = QComboBox()
        self.drives.setObjectName("driveChoice")
        self.refresh_drives_button = QPushButton()
        self.refresh_drives_button.clicked.connect(self.refresh_drives)
        self.sync_drive_button = QPushButton()
        self.sync_drive_button.setObjectName("syncDriveButton")
        self.sync_drive_button.setIcon(icon("device-usb"))
        self.sync_drive_button.clicked.connect(
            lambda: self.sync_with_drive(Path(self.drives.currentData())) if self.drives.currentData() else None)
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
        self.email_button.setIcon(icon("mail"))
        self.email_button.setObjectName("writeEmailButton")
        self.email_button.clicked.connect(self._choose_folder_for_email)
        self.import_mail_button = QPushButton()
        self.import_mail_button.setObjectName("importMailButton")
        self.import_mail_button.clicked.connect(self._choose_mail_files)
        self.paste_button = QPushButton()
        self.paste_button.setObjectName("pasteBundleButton")
        self.paste_button.clicked.connect(lambda: PasteBundleDialog(self.import_pasted, self).open())
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
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopExchangeButton")
        self.stop_button.clicked.connect(lambda: self.task.cancel() if self.task is not None else None)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.stop_button)
        self.progress.hide()
        self.stop_button.hide()
        self.status = LiveLabel()
        self.status.setObjectName("exchangeStatus")
        self.status.setWordWrap(True)
        self.quarantine_view = QuarantineView(context)
        self.quarantine_view.imported.connect(self.imported)
        self.quarantine_view.said.connect(self.status.setText)
        self.quarantine = self.quarantine_view.list
        self.quarantine_label = self.quarantine_view.label

        layout = QVBoxLayout(self)
        layout.addWidget(self.usb_box)
        layout.addWidget(self.other_box)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addWidget(self.quarantine_view)
        layout.addStretch(1)
        self.retranslate()
        self.refresh_drives()

    def retranslate(self) -> None:
        self.usb_box.setTitle(self.tr("USB stick"))
        self.drives.setAccessibleName(self.tr("USB stick"))
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
        self.stop_button.setText(self.tr("Stop"))
        self.sync_drive_button.setToolTip(self.tr(
            "Writes your groups' changes to the drive and reads the bundles there that are addressed to you. "
            "File names on the drive reveal nothing."))
        if self.drives.count() == 1 and not self.drives.itemData(0):
            self.drives.setItemText(0, self.no_drive_text())

    def no_drive_text(self) -> str:
        """The drive list's only entry when no USB stick is mounted."""
        return self.tr("No drive found: plug in a USB stick")

    def reload(self) -> None:
        self.quarantine_view.reload()

    def _failures_text(self, failed: tuple[GroupFailure, ...]) -> str:
        """What to add to the status when some groups' bundles could not be made (the others went out)."""
        return "".join(" " + self.tr("The bundle for the group {0} could not be made: {1}").format(
            isolate(failure.group_name), failure.reason) for failure in failed)

    def refresh_drives(self) -> None:
        self.drives.clear()
        for label, root in removable_drives():
            self.drives.addItem(label, str(root))
        if self.drives.count() == 0:
            self.drives.addItem(self.no_drive_text(), "")
        self.sync_drive_button.setEnabled(bool(self.drives.currentData()))

    # -- running work -------------------------------------------------------

    def _run(self, work: Work, done: Callable[[Any], None], busy_text: str, *, stoppable: bool = False) -> Task:
        """`work(sync, progress)` in a worker on a connection of its own; `done(result)` back on this thread."""
        vault = self.context.vault

        def in_thread(progress: Any) -> Any:
            with vault.thread_sync() as sync:
                return work(sync, progress)

        self.status.setText(busy_text)
        self.progress.setRange(0, 0)
        self._set_busy(True, stoppable=stoppable)
        self.task = run_task(in_thread, lambda result: self._finished(done, result), self._failed, self,
                             self._progressed)
        return self.task

    def _set_busy(self, busy: bool, *, stoppable: bool = False) -> None:
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy and stoppable)
        for button in (self.other_folder_button, self.save_files_button, self.open_files_button,
                       self.email_button, self.import_mail_button, self.paste_button):
            button.setEnabled(not busy)
        self.sync_drive_button.setEnabled(not busy and bool(self.drives.currentData()))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, done: Callable[[Any], None], result: Any) -> None:
        self.task = None
        self._set_busy(False)
        done(result)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self._set_busy(False)
        self.status.setText(self.tr("Nothing was done."))
        if not isinstance(error, (Cancelled, TaskCancelled)):
            self.context.show_error(self, error)

    # -- sending ------------------------------------------------------------

    def _sync_other_folder(self) -> None:
        folder = file_dialogs.existing_folder(self, self.tr("The drive or folder to sync with"))
        if folder is not None:
            self.sync_with_drive(folder)

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
        """Review what the drive's exchange folder holds for me, then write my pending bundles to it.

        When members' keys are not verified here, the user first chooses to leave them out or include them.
        The work can be stopped until the bundles are written; stopped, it changes nothing.
        """
        if untrusted is None:
            if self._untrusted_first(lambda choice: self.sync_with_drive(root, choice)):
                return None
            untrusted = REFUSE
        full = self.full.isChecked()
        self._drive = root

        def work(sync: SyncService, progress: Any) -> DriveSyncResult:
            return DriveSync(sync, root, progress=progress).send_and_review(full=full, untrusted=untrusted)

        def done(result: DriveSyncResult) -> None:
            self.status.setText("\n".join(filter(None, (
                self.context.counted(result.written, self.tr("Wrote one bundle to the drive."),
                                     self.tr("Wrote {0} bundles to the drive."))
                + self._failures_text(result.failed), sent_note(result.sent)))))
            self._show_review(result.review)

        return self._run(work, done, self.tr("Syncing with the drive…"), stoppable=True)

    def _choose_folder_for_files(self) -> None:
        folder = file_dialogs.existing_folder(self, self.tr("Where to save the bundles"))
        if folder is not None:
            self.save_bundles_to(folder)

    def save_bundles_to(self, folder: Path, untrusted: str | None = None) -> Task | None:
        if untrusted is None:
            if self._untrusted_first(lambda choice: self.save_bundles_to(folder, choice)):
                return None
            untrusted = REFUSE
        saved = (self.tr("Saved one bundle in {1}."), self.tr("Saved {0} bundles in {1}."))
        return self._seal_and_send(untrusted, FileTransport(destination=folder).send,
                                   lambda paths: self.context.counted(len(paths), *saved, isolate(str(folder))))

    def _seal_and_send(self, untrusted: str, send: Callable[[list[bytes]], list[str]],
                       said: Callable[[list[str]], str]) -> Task:
        """Seal a bundle for each group with changes and `send` them; the status says `said(paths)`."""
        full = self.full.isChecked()

        def work(sync: SyncService, _progress: Any) -> tuple[list[str], tuple[GroupFailure, ...], str]:
            outgoing, paths = Transfers(sync).seal_and_send(send, full=full, untrusted=untrusted)
            return paths, outgoing.failed, sent_note(outgoing.bundles)

        def done(result: tuple[list[str], tuple[GroupFailure, ...], str]) -> None:
            paths, failed, note = result
            text = said(paths) if paths else self.tr("Nothing new to send.")
            self.status.setText("\n".join(filter(None, (text + self._failures_text(failed), note))))

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

        def said(paths: list[str]) -> str:
            self.open_mail_program(Path(paths[0]))
            count = self.context.localise_digits(str(len(paths)))
            return self.tr(
                "Saved {0} e-mail drafts in {1}. Add the recipients in your mail program and send them; "
                "the subject and text say nothing about Amanat.").format(count, isolate(str(folder)))

        return self._seal_and_send(untrusted, EmailTransport(drafts_folder=folder).send, said)

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

    def import_pasted(self, text: str) -> Task:
        return self._review(lambda: receive_pasted(text))

    def _review(self, receive: Callable[[], Received]) -> Task:
        def work(sync: SyncService, progress: Any) -> Review:
            return Transfers(sync).review(receive(), progress=progress)

        self._drive = None
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
        if self._drive is not None and pending:
            with self.context.vault.thread_sync() as sync:
                DriveSync(sync, self._drive).set_aside(pending)

    def apply(self, pending: list[PendingBundle]) -> Task | None:
        """Import the bundles the user accepted; from a drive, all or none, then removed from it if asked."""
        if not pending:
            return None
        drive, remove = self._drive, self.remove_consumed.isChecked()

        def work(sync: SyncService, progress: Any) -> DriveImportResult:
            if drive is None:
                return DriveImportResult(tuple(Transfers(sync).apply(pending, progress)))
            return DriveSync(sync, drive, progress=progress).import_reviewed(pending, remove_from_drive=remove)

        return self._run(work, self._applied, self.tr("Importing…"))

    def _applied(self, result: DriveImportResult) -> None:
        text = self.context.counted(result.applied, self.tr("Imported one bundle."), self.tr("Imported {0} bundles."))
        if result.quarantined:
            text += " " + self.tr("{0} wait in the quarantine until you verify their senders.").format(
                self.context.localise_digits(str(result.quarantined)))
        if result.dropped:
            text += " " + self.tr("The quarantine was full: {0} older bundles were deleted from it.").format(
                self.context.localise_digits(str(result.dropped)))
        self.status.setText(text)
        self.reload()
        self.imported.emit(list(result.reports))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
