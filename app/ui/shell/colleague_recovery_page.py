"""Recover with my colleagues: on a new laptop, from a backup file or the old vault folder.

The steps are the core's (app/entrust_recovery.py, which `amanat entrust recover-request` and `recover` run
too): a one-time recovery request to send to the colleagues who hold shares; its safety number, shown large,
to read to each of them when they call; their answers added one by one, each checked; with enough shares, a
new passphrase, and the vault opens (in a worker: the passphrase's key derivation is slow on purpose).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from amanat.app.entrust_recovery import (
    RecoveryProgress,
    add_answer,
    cancel_recovery,
    finish_recovery,
    recovery_progress,
    start_recovery,
)
from amanat.app.errors import AmanatError
from amanat.app.ui.widgets import file_dialogs
from amanat.app.ui.widgets.entrust_text import describe_entrust_error as describe_error
from amanat.app.ui.widgets.list_text import join_list
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.number_grid import WARNING_STYLE, NumberGrid, digits_for
from amanat.app.ui.widgets.pages import Page, centred
from amanat.app.ui.widgets.passphrase_fields import MIN_ACCEPTED_SCORE, StrengthMeter, busy_bar, passphrase_field
from amanat.app.ui.widgets.text_direction import isolate
from amanat.app.ui.widgets.theme import set_state
from amanat.app.ui.widgets.workers import Task, run_task
from amanat.app.vault import VaultPaths
from amanat.crypto.atomic_write import write_file_atomically
from amanat.sync.bundle import MAX_BUNDLE_BYTES


def _label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label


class ColleagueRecoveryPage(Page):
    """Make a recovery request, read its number to colleagues, add their answers, set a new passphrase."""

    recovered = Signal(object)  # Vault
    back_requested = Signal()

    def __init__(self, directory: Path, language: str, copy_text: Callable[[str], None]) -> None:
        super().__init__()
        self.directory = Path(directory)
        self._copy_text = copy_text  # through the clipboard guard (app/ui/widgets/clipboard_guard.py)
        self.localise = digits_for(language)
        self.backup_file: Path | None = None
        self.progress: RecoveryProgress | None = None
        self.heading = _label("colleagueHeading")
        self.choose = QPushButton()
        self.choose.setObjectName("colleagueChooseBackup")
        self.choose.clicked.connect(self._choose_backup)
        self.chosen = _label("colleagueChosenBackup")
        self.start_button = QPushButton()
        self.start_button.setObjectName("colleagueStartButton")
        self.start_button.clicked.connect(self.start)
        self.request_text = QPlainTextEdit()
        self.request_text.setObjectName("colleagueRequestText")
        self.request_text.setReadOnly(True)
        self.request_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.request_text.setTabChangesFocus(True)
        self.request_text.setMaximumHeight(90)
        self.copy_button, self.save_button, self.add_button = QPushButton(), QPushButton(), QPushButton()
        self.copy_button.setObjectName("colleagueCopyRequest")
        self.save_button.setObjectName("colleagueSaveRequest")
        self.add_button.setObjectName("colleagueAddAnswer")
        self.copy_button.clicked.connect(self._copy_request)
        self.save_button.clicked.connect(self._save_request)
        self.add_button.clicked.connect(self._choose_answers)
        self.read_aloud = _label("colleagueReadAloud")
        self.read_aloud.setStyleSheet(WARNING_STYLE)
        self.grid = NumberGrid("colleagueNumber")
        self.state = LiveLabel()
        self.state.setObjectName("colleagueProgress")
        self.state.setWordWrap(True)
        self.passphrase = passphrase_field("colleagueNewPassphrase")
        self.repeat = passphrase_field("colleagueRepeatPassphrase")
        self.meter = StrengthMeter()
        self.passphrase.textChanged.connect(self.meter.update_for)
        self.open_button, self.cancel_button, self.back = QPushButton(), QPushButton(), QPushButton()
        self.open_button.setObjectName("colleagueOpenButton")
        self.cancel_button.setObjectName("colleagueCancelButton")
        self.back.setObjectName("colleagueBackButton")
        self.open_button.clicked.connect(self._open_clicked)
        self.cancel_button.clicked.connect(self.cancel)
        self.back.clicked.connect(self.back_requested)
        self.error = LiveLabel(urgent=True)
        self.error.setObjectName("colleagueError")
        set_state(self.error, "error")
        self.error.setWordWrap(True)
        self.busy = busy_bar("colleagueBusy")
        self.setLayout(self._layout())
        self._task: Task | None = None
        self.retranslate()
        self._load()

    def _layout(self) -> QVBoxLayout:
        request_row, bottom = QWidget(), QWidget()
        row = QHBoxLayout(request_row)
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.add_button)
        buttons = QHBoxLayout(bottom)
        buttons.addWidget(self.back)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.open_button)
        column = QWidget()
        column.setLayout(centred(self.heading, self.choose, self.chosen, self.read_aloud, self.grid,
                                 self.request_text, request_row, self.state, self.passphrase, self.repeat,
                                 self.meter, self.error, self.busy, bottom, width=680))
        scroll = QScrollArea()
        scroll.setObjectName("colleagueScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(column)
        outer = QVBoxLayout()
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        return outer

    def has_vault(self) -> bool:
        """True when the folder holds the old vault (or an unpacked backup): no backup file is needed."""
        return VaultPaths(self.directory).exists()

    def _load(self) -> None:
        try:
            self.progress = recovery_progress(self.directory) if self.has_vault() else None
        except AmanatError as error:
            set_state(self.error, "error")
            self.error.setText(describe_error(error))
        self._show_step()

    def retranslate(self) -> None:
        self.choose.setText(self.tr("Choose the backup file…"))
        self.start_button.setText(self.tr("Make a recovery request"))
        self.request_text.setAccessibleName(self.tr("Recovery request"))
        self.copy_button.setText(self.tr("Copy the request"))
        self.save_button.setText(self.tr("Save it as a file…"))
        self.add_button.setText(self.tr("Add an answer…"))
        self.passphrase.setPlaceholderText(self.tr("New passphrase"))
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.repeat.setPlaceholderText(self.tr("Repeat the new passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.open_button.setText(self.tr("Open my vault"))
        self.cancel_button.setText(self.tr("Cancel the recovery"))
        self.back.setText(self.tr("Back"))
        self.read_aloud.setText(self.tr(
            "Each colleague will call you or meet you before answering. Read them this safety number, group by "
            "group. Read it only to colleagues you called or who called you from a number you know; never write "
            "it in the same message as the request."))
        self._show_step()

    def _show_step(self) -> None:
        progress = self.progress
        started = progress is not None
        complete = progress is not None and progress.missing == 0
        visible: list[tuple[QWidget, bool]] = [
            (self.choose, not started and not self.has_vault()), (self.chosen, not started and not self.has_vault()),
            (self.start_button, not started)]
        visible += [(widget, started) for widget in (self.read_aloud, self.grid, self.request_text, self.copy_button,
                                                     self.save_button, self.add_button, self.state, self.cancel_button)]
        visible += [(widget, complete) for widget in (self.passphrase, self.repeat, self.meter, self.open_button)]
        for widget, shown in visible:
            widget.setVisible(shown)
        self.chosen.setText(self.tr("Backup file: {0}").format(isolate(str(self.backup_file)))
                            if self.backup_file is not None else self.tr("No backup file chosen yet."))
        if progress is None:
            self.heading.setText(self.tr(
                "Recover with my colleagues: if you entrusted your vault to colleagues, they can help you open it. "
                "Make a recovery request and send it to them (e-mail, messenger or USB stick); it expires after "
                "three days."))
            return
        self.heading.setText(self.tr(
            "Send this recovery request to the colleagues who hold your shares. It expires on {0}.").format(
                "\u2066" + self.localise(_day(progress.request.expires)) + "\u2069"))  # a date reads left to right
        self.request_text.setPlainText(progress.request_text)
        self.grid.show_number(progress.number.groups(), self.localise)
        names = join_list(isolate(name) for name in progress.holders)
        self.state.setText(self.tr("Shares received: {0} of the {1} needed.").format(
            self.localise(str(len(progress.holders))), self.localise(str(progress.threshold)))
            + (" " + self.tr("From: {0}.").format(names) if names else "")
            + (" " + self.tr("Enough shares have arrived: choose a new passphrase.") if complete else ""))

    def _choose_backup(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Open a backup"))
        if path is not None:
            self.backup_file = path
            self._show_step()

    def start(self) -> RecoveryProgress | None:
        """Make the recovery request (unpacking the chosen backup first when there is no vault here)."""
        if not self.has_vault() and self.backup_file is None:
            set_state(self.error, "error")
            self.error.setText(self.tr("Choose the backup file first."))
            return None
        try:
            self.progress = start_recovery(self.directory, backup=None if self.has_vault() else self.backup_file)
        except (AmanatError, OSError) as error:
            set_state(self.error, "error")
            self.error.setText(describe_error(error))
            return None
        self.error.clear()
        self._show_step()
        return self.progress

    def _copy_request(self) -> None:
        self._copy_text(self.request_text.toPlainText())
        set_state(self.error, "")
        self.error.setText(self.tr("The request is copied. It holds no secret."))

    def _save_request(self) -> None:
        path, _filter = file_dialogs.save_file(self, self.tr("Save the recovery request"), "recovery-request.txt")
        if path is not None:
            write_file_atomically(path, self.request_text.toPlainText().encode("ascii"))

    def _choose_answers(self) -> None:
        for path in file_dialogs.open_files(self, self.tr("Open your colleagues' answers")):
            if not self.add_answer_file(path):
                break

    def add_answer_file(self, path: Path) -> bool:
        """Check and keep one colleague's answer; say why not, and keep nothing, if it is refused."""
        try:
            if Path(path).stat().st_size > MAX_BUNDLE_BYTES:
                raise OSError("too large")
            self.progress = add_answer(self.directory, Path(path).read_bytes())
        except (AmanatError, OSError) as error:
            set_state(self.error, "error")
            self.error.setText(self.tr("This answer was not added. {0}").format(describe_error(error)))
            return False
        self.error.clear()
        self._show_step()
        return True

    def _open_clicked(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase or passphrase != self.repeat.text():
            set_state(self.error, "error")
            self.error.setText(self.tr("Type the same new passphrase twice."))
        elif self.meter.score < MIN_ACCEPTED_SCORE:
            set_state(self.error, "error")
            self.error.setText(self.tr("The new passphrase is weak. Make it longer."))
        else:
            self.finish(passphrase)

    def finish(self, passphrase: str) -> Task:
        """Open the vault with the shares and set `passphrase`, in a worker; `recovered` fires with the vault."""
        directory = self.directory
        for field in (self.passphrase, self.repeat):
            field.clear()
        self.busy.show()
        self.open_button.setEnabled(False)
        set_state(self.error, "")
        self.error.setText(self.tr("Opening the vault and setting the new passphrase…"))
        self._task = run_task(lambda _progress: finish_recovery(directory, passphrase), self._done, self._failed,
                              self)
        return self._task

    def _done(self, vault: object) -> None:
        self._task = None
        self.busy.hide()
        self.open_button.setEnabled(True)
        self.error.clear()
        self.recovered.emit(vault)

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.busy.hide()
        self.open_button.setEnabled(True)
        set_state(self.error, "error")
        self.error.setText(describe_error(error))

    def cancel(self) -> None:
        """Give up the recovery under way (its one-time key and the shares received are destroyed)."""
        cancel_recovery(self.directory)
        self.progress = None
        self._show_step()


def _day(timestamp: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d %H:%M UTC")
