"""How a file leaves the vault from the window: warned, placed where the user says, sealed if they choose.

1. Unless the user said "don't ask again" since the last unlock, the plaintext warning offers to seal
   the file with a passphrase instead (age scrypt: the partner opens it with `age -d`).
2. The file dialog asks where, every time, starting in the home folder, never in Documents (which
   desktop search indexes and cloud clients often sync), and remembers nothing (file_dialogs).
3. An unencrypted file chosen into a synced or indexed folder is questioned again (export_safety).
4. A sealed file is sealed and written in a worker: scrypt takes a noticeable moment.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from amanat.app.errors import AmanatError
from amanat.app.export_safety import folder_exposures, sealed_export, sealed_name
from amanat.app.ui.widgets import file_dialogs
from amanat.app.ui.widgets.context import WINDOW_TITLE, UiContext
from amanat.app.ui.widgets.export_dialogs import (
    ExportChoice,
    PlaintextExportWarning,
    SealPassphraseDialog,
    confirm_exposed_folder,
)
from amanat.app.ui.widgets.workers import Task, run_task
from amanat.crypto.atomic_write import write_file_atomically


@dataclass(frozen=True)
class ExportPlan:
    """Where the file goes, the name filter the user chose, and the passphrase if it is to be sealed."""

    path: Path
    chosen_filter: str
    passphrase: str | None = None

    def __repr__(self) -> str:
        return f"ExportPlan(path={self.path!r}, sealed={self.passphrase is not None})"

    @property
    def sealed(self) -> bool:
        return self.passphrase is not None


def ask_plaintext_or_sealed(parent: QWidget, context: UiContext) -> ExportChoice:
    """The plaintext warning, unless the user asked not to see it again until the next lock."""
    if context.plaintext_export_acknowledged:
        return ExportChoice.PLAINTEXT
    warning = PlaintextExportWarning(parent)
    warning.exec()
    if warning.choice is ExportChoice.PLAINTEXT and warning.dont_ask.isChecked():
        context.plaintext_export_acknowledged = True
    return warning.choice


def start_folder() -> Path:
    """Where the save dialog opens: the home folder, never Documents."""
    return Path.home()


def plan_export(parent: QWidget, context: UiContext, caption: str, suggested_name: str, filters: str,
                selected_filter: str) -> ExportPlan | None:
    """Ask everything needed to export (see the module's steps); None if the user stopped at any step."""
    choice = ask_plaintext_or_sealed(parent, context)
    if choice is ExportChoice.CANCEL:
        return None
    while True:
        target, chosen_filter = file_dialogs.save_file(parent, caption, str(start_folder() / suggested_name),
                                                       filters, selected_filter)
        if target is None:
            return None
        exposures = [] if choice is ExportChoice.SEALED else folder_exposures(target.parent)
        if not exposures or confirm_exposed_folder(parent, exposures):
            break
    if choice is ExportChoice.PLAINTEXT:
        return ExportPlan(target, chosen_filter)
    dialog = SealPassphraseDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return ExportPlan(target, chosen_filter, dialog.chosen())


def may_replace(parent: QWidget, path: Path) -> bool:
    """True if `path` is free, or the user agrees to replace it (the sealed name was not in the dialog)."""
    if not path.exists():
        return True
    answer = QMessageBox.question(parent, WINDOW_TITLE, parent.tr("{0} exists already. Replace it?").format(path.name),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def write_sealed(parent: QWidget, context: UiContext, data: bytes, plan: ExportPlan,
                 report: Callable[[str], None]) -> Task | None:
    """Seal `data` for the plan's passphrase and write it under the chosen name with `.age` added.

    `report` shows one line of status (sealing, sealed where, or nothing after an error, which a dialog tells).
    """
    assert plan.passphrase is not None
    target = sealed_name(plan.path)
    if target != plan.path and not may_replace(parent, target):
        return None
    passphrase = plan.passphrase

    def work(_progress: Callable[[int, int], None]) -> Path:
        sealed = sealed_export(data, passphrase, passphrase)
        try:
            write_file_atomically(target, sealed)
        except OSError as error:
            raise AmanatError(QCoreApplication.translate("Export", "Could not write {0}: {1}").format(
                target.name, error.strerror or type(error).__name__)) from None
        return target

    def failed(error: BaseException) -> None:
        report("")
        context.show_error(parent, error)

    def done(path: object) -> None:
        report(QCoreApplication.translate("Export", "Sealed to {0}: open it with the age tool and the passphrase.")
               .format(Path(str(path)).name))

    report(QCoreApplication.translate("Export", "Sealing…"))
    return run_task(work, done, failed, parent)
