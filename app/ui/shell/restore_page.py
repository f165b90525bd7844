"""Restore a backup from the welcome page of a new laptop, with the passphrase or the recovery key.

The restore is the core's (`amanat.app.backup.restore_backup`, which `amanat restore` runs too), in a worker: it is
checked whole in a folder beside the vault's and moved into place last, so a wrong key or a damaged file
leaves no vault behind. Afterwards the unlock page asks for the passphrase as usual.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from amanat.app.backup import restore_backup
from amanat.app.ui.widgets import file_dialogs
from amanat.app.ui.widgets.error_text import describe_error
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.pages import Page, centred
from amanat.app.ui.widgets.passphrase_fields import busy_bar, passphrase_field
from amanat.app.ui.widgets.text_direction import isolate
from amanat.app.ui.widgets.theme import set_state
from amanat.app.ui.widgets.workers import ProgressCallback, Task, run_task


class RestorePage(Page):
    """Choose a backup file, give its passphrase or the recovery key, and restore it into the vault folder."""

    restored = Signal()
    back_requested = Signal()

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.directory = Path(directory)
        self.backup_file: Path | None = None
        self.heading = QLabel()
        self.heading.setObjectName("restoreHeading")
        self.heading.setWordWrap(True)
        self.choose = QPushButton()
        self.choose.setObjectName("restoreChooseButton")
        self.choose.clicked.connect(self._choose_file)
        self.chosen = QLabel()
        self.chosen.setObjectName("restoreChosenFile")
        self.chosen.setWordWrap(True)
        self.secret = passphrase_field("restoreSecret")
        self.with_recovery_key = QCheckBox()
        self.with_recovery_key.setObjectName("restoreWithRecoveryKey")
        self.with_recovery_key.toggled.connect(self._show_secret_kind)
        self.error = LiveLabel(urgent=True)
        self.error.setObjectName("restoreError")
        set_state(self.error, "error")
        self.error.setWordWrap(True)
        self.busy = busy_bar("restoreBusy")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore_clicked)
        self.secret.returnPressed.connect(self._restore_clicked)
        self.back = QPushButton()
        self.back.setObjectName("restoreBackButton")
        self.back.clicked.connect(self.back_requested)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        self.setLayout(centred(self.heading, self.choose, self.chosen, self.with_recovery_key, self.secret,
                               self.error, self.busy, buttons))
        self._task: Task | None = None
        self._kind_text = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr(
            "Restore a backup onto this laptop: choose the backup file, then type the passphrase it was made "
            "with, or your recovery key."))
        self.choose.setText(self.tr("Choose the backup file…"))
        self.with_recovery_key.setText(self.tr("Use my recovery key instead of the passphrase"))
        self.restore_button.setText(self.tr("Restore"))
        self.back.setText(self.tr("Back"))
        self._show_secret_kind()
        self._show_chosen()

    def _show_secret_kind(self) -> None:
        name = self.tr("Recovery key (8 groups)") if self.with_recovery_key.isChecked() else self.tr("Passphrase")
        self.secret.setPlaceholderText(name)
        self.secret.setAccessibleName(name)

    def _show_chosen(self) -> None:
        self.chosen.setText(self.tr("Backup file: {0}").format(isolate(str(self.backup_file)))
                            if self.backup_file is not None else self.tr("No backup file chosen yet."))

    def _choose_file(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Open a backup"))
        if path is not None:
            self.backup_file = path
            self._show_chosen()

    def _restore_clicked(self) -> None:
        if self.backup_file is None:
            self.error.setText(self.tr("Choose the backup file first."))
        elif not self.secret.text():
            self.error.setText(self.tr("Type the passphrase or the recovery key first."))
        else:
            self.restore_from(self.backup_file, self.secret.text(), recovery_key=self.with_recovery_key.isChecked())

    def restore_from(self, path: Path, secret: str, *, recovery_key: bool = False) -> Task:
        """Restore `path` into the vault folder in a worker; `restored` fires when the vault is in place."""
        directory = self.directory
        self.secret.clear()

        def work(progress: ProgressCallback) -> None:
            if recovery_key:
                restore_backup(path, directory, recovery_key=secret, progress=progress)
            else:
                restore_backup(path, directory, passphrase=secret, progress=progress)

        self._set_busy(True)
        self.error.setText(self.tr("Checking and restoring the backup…"))
        self._task = run_task(work, self._done, self._failed, self)
        return self._task

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.choose, self.secret, self.with_recovery_key, self.restore_button, self.back):
            widget.setEnabled(not busy)

    def _done(self, _result: Any) -> None:
        self._task = None
        self._set_busy(False)
        self.error.clear()
        self.restored.emit()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        self.error.setText(self.tr("Nothing was restored. {0}").format(describe_error(error)))
        self.secret.setFocus()
