"""Every file dialog of the app, and the only place that makes one: Qt's own dialog, leaving no trail.

The system's dialogs (Windows, macOS, GNOME's portal) record chosen files and folders, such as
`trip.age`, in the desktop's recent-files lists. Qt's own dialog keeps its history and last folder in
QtProject.conf instead, which we erase as soon as the dialog is gone (and again on lock).
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

# Never the platform's dialog; every dialog is made in `_dialog`.
_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def forget_file_dialog_history() -> None:
    """Remove the folders and history Qt's file dialog stored in the user's QtProject settings."""
    settings = QSettings("QtProject")
    settings.remove("FileDialog")
    settings.remove("Qt")
    settings.sync()


def _run(dialog: QFileDialog) -> tuple[list[str], str]:
    """Show `dialog` modally; the chosen paths and name filter, then no trace of it."""
    dialog.setHistory([])
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = (dialog.selectedFiles() if accepted else [], dialog.selectedNameFilter())
    finally:
        shiboken6.delete(dialog)  # Qt saves its history when the dialog is destroyed: now, not later
        forget_file_dialog_history()
    return chosen


def _dialog(parent: QWidget | None, caption: str, start: str, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption, start, filters)
    dialog.setObjectName("amanatFileDialog")
    dialog.setOptions(_OPTIONS)
    return dialog


def open_file(parent: QWidget | None, caption: str, filters: str = "") -> Path | None:
    """One existing file the user chooses, or None."""
    dialog = _dialog(parent, caption, "", filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    paths, _filter = _run(dialog)
    return Path(paths[0]) if paths else None


def open_files(parent: QWidget | None, caption: str, filters: str = "") -> list[Path]:
    """Existing files the user chooses (none if cancelled)."""
    dialog = _dialog(parent, caption, "", filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    paths, _filter = _run(dialog)
    return [Path(path) for path in paths]


def save_file(parent: QWidget | None, caption: str, suggested: str = "", filters: str = "",
              selected_filter: str = "") -> tuple[Path | None, str]:
    """Where to save (asking before replacing a file), and the name filter chosen; None if cancelled."""
    dialog = _dialog(parent, caption, suggested, filters)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if selected_filter:
        dialog.selectNameFilter(selected_filter)
    paths, chosen_filter = _run(dialog)
    return (Path(paths[0]) if paths else None), chosen_filter


def existing_folder(parent: QWidget | None, caption: str) -> Path | None:
    """A folder the user chooses, or None."""
    dialog = _dialog(parent, caption, "", "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    paths, _filter = _run(dialog)
    return Path(paths[0]) if paths else None
