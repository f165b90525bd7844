"""File dialogs leave no trail: Qt's own dialog remembers visited folders in QtProject.conf; we erase that."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def forget_file_dialog_history() -> None:
    """Remove the folders and history Qt's file dialog stored in the user's QtProject settings."""
    settings = QSettings("QtProject")
    settings.remove("FileDialog")
    settings.remove("Qt")
    settings.sync()
