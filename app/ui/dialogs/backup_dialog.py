"""Vault → Back up…: an encrypted backup to a file the user chooses, written in a worker with progress.

The backup is the core's (`amanat.app.backup.create_backup`, which `amanat backup` runs too), on a database
connection of the worker's own. A file already at the chosen place is replaced only when the user said
so in the file dialog's own question; one that appears afterwards is refused, never replaced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from amanat.app.backup import create_backup, last_backup_time
from amanat.app.errors import DestinationExists
from amanat.app.ui.widgets import file_dialogs
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.error_text import describe_error
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.text_direction import isolate
from amanat.app.ui.widgets.workers import ProgressCallback, Task, run_task
from amanat.app.ui.widgets.wrapped_text import keep_wrapped_text_whole

SUGGESTED_NAME = "amanat.backup"


class BackupDialog(QDialog):
    """Where to write the backup, its progress, and what became of it."""

    backed_up = Signal(str)  # the file written
    backup_failed = Signal(str)  # what the user was told

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.context = context
        self.setWindowTitle(self.tr("Back up the vault"))
        intro = QLabel(self.tr(
            "A backup is one encrypted file with everything in this vault. It opens with today's passphrase or "
            "your recovery key, on this laptop or a new one. Keep it off "
            "this laptop: on a USB stick you keep apart, or with someone you trust."))
        intro.setWordWrap(True)
        self.last = QLabel()
        self.last.setObjectName("backupLast")
        self.last.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose a file and back up…"))
        self.choose_button.setObjectName("backupChooseButton")
        self.choose_button.clicked.connect(self._choose_file)
        self.progress = QProgressBar()
        self.progress.setObjectName("backupProgress")
        self.progress.setAccessibleName(self.tr("Backup progress"))
        self.progress.hide()
        self.status = LiveLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self._task: Task | None = None
        self._path = Path()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        keep_wrapped_text_whole(self)
        for widget in (intro, self.last, self.choose_button, self.progress, self.status, close):
            layout.addWidget(widget)
        self._show_last_backup()

    def _show_last_backup(self) -> None:
        last = last_backup_time(self.context.vault)
        if last is None:
            self.last.setText(self.tr("This vault has not been backed up from here yet."))
        else:
            self.last.setText(self.tr("Last backup: {0}").format(
                self.context.format_time(last.isoformat(timespec="seconds"))))

    def _choose_file(self) -> None:
        # Qt's own dialog asks before a chosen file is replaced: a "yes" there is the only way to replace one.
        path, _filter = file_dialogs.save_file(self, self.tr("Save the backup"), SUGGESTED_NAME)
        if path is not None:
            self.back_up_to(path, overwrite=path.exists())

    def back_up_to(self, path: Path, *, overwrite: bool = False) -> Task:
        """Write the backup to `path` in a worker; `backed_up` or `backup_failed` says how it went."""
        vault = self.context.vault

        def work(progress: ProgressCallback) -> int:
            return create_backup(vault, path, progress, overwrite=overwrite)

        self.choose_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Writing the backup…"))
        owner = QCoreApplication.instance()
        assert owner is not None
        self._path = path
        self._task = run_task(work, self._done, self._failed, owner, on_progress=self._progressed)
        return self._task

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(done * 100 // max(total, 1))

    def _finish(self) -> None:
        self._task = None
        self.progress.hide()
        self.choose_button.setEnabled(True)

    def _done(self, size: object) -> None:
        self._finish()
        self.status.setText(self.tr(
            "Backup written to {0} ({1} KB). Now move it off this laptop. It opens with today's passphrase "
            "or your recovery key.").format(
                isolate(str(self._path)), self.context.localise_digits(f"{max(1, int(str(size)) // 1024):,}")))
        self._show_last_backup()
        self.backed_up.emit(str(self._path))

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, DestinationExists):
            reason = self.tr("A file with this name is already there, and it was not replaced. Choose another name.")
        else:
            reason = describe_error(error)
        text = self.tr("The backup was not made. {0}").format(reason)
        self.status.setText(text)
        self.backup_failed.emit(text)

    def done(self, result: int) -> None:
        # Closing (or locking) waits for a backup still being written: it ends before the vault closes.
        task, self._task = self._task, None
        if task is not None:
            task.wait()
        super().done(result)
