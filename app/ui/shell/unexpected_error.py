"""The window's last safety net: an error nobody caught is logged (redacted) and shown as a calm dialog.

Without it, PySide6 prints the traceback to stderr (with the exception's message, which may hold a
title or a name) and carries on silently, so the user never learns that an action did not happen.
The log line names the error's kind and where it happened, never its message unless the message is
one of Amanat's own (written for the user); the dialog says the same as every other error dialog.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from amanat.app.errors import AmanatError
from amanat.app.logging_setup import redact
from amanat.app.ui.widgets.context import WINDOW_TITLE
from amanat.app.ui.widgets.error_text import describe_error

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def describe_for_log(error: BaseException, trace: TracebackType | None) -> str:
    """The error's kind and the places it passed through; its message only if it is one of Amanat's own."""
    where = " <- ".join(f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno} {frame.name}"
                        for frame in reversed(traceback.extract_tb(trace)))
    message = f": {error}" if isinstance(error, AmanatError) else ""
    return redact(f"unexpected {type(error).__name__}{message} at {where or 'an unknown place'}")


class UnexpectedErrorReporter(QObject):
    """Installed as sys.excepthook: logs every uncaught error, shows one dialog at a time on the GUI thread."""

    _show_requested = Signal(str)

    def __init__(self, previous_hook: ExceptHook) -> None:
        super().__init__()
        self.previous_hook = previous_hook
        self.dialog: QMessageBox | None = None
        self._show_requested.connect(self._show)  # queued when the error happened on another thread

    def __call__(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if not isinstance(error, Exception):  # Ctrl+C and exits keep their ordinary meaning
            self.previous_hook(kind, error, trace)
            return
        log.error("%s", describe_for_log(error, trace))
        text = describe_error(error)
        if QThread.currentThread() is self.thread():
            self._show(text)
        else:
            self._show_requested.emit(text)

    def _show(self, text: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # an error in a repeated slot (a paint, a timer) must not bury the user in dialogs
        dialog = QMessageBox(QMessageBox.Icon.Warning, WINDOW_TITLE, text, QMessageBox.StandardButton.Ok,
                             QApplication.activeWindow())
        dialog.setObjectName("unexpectedErrorDialog")
        dialog.setInformativeText(QCoreApplication.translate(
            "UnexpectedError", "Amanat did not expect this, and the last action may not have finished. What you "
                               "saved before is safe. If something looks wrong, lock the vault and unlock it again."))
        dialog.open()
        self.dialog = dialog


def install_unexpected_error_reporter() -> UnexpectedErrorReporter:
    """Make the reporter sys.excepthook (the running window only: tests keep pytest-qt's own hook)."""
    reporter = UnexpectedErrorReporter(sys.excepthook)
    sys.excepthook = reporter
    return reporter
