"""Slow work off the GUI thread: a worker object in a QThread, results and errors by signal.

The core reports progress through a plain callback; the worker turns it into
a signal. Cancellation is a flag the work checks (through the progress
callback, which raises `Cancelled`). Threads end by quit-and-wait, never
terminate().
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from amanat.app.errors import AmanatError

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised inside work whose user pressed Cancel."""


class _Worker(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, work: Callable[[ProgressCallback], Any]) -> None:
        super().__init__()
        self._work = work
        self.cancel_requested = threading.Event()

    def _progress(self, done: int, total: int) -> None:
        if self.cancel_requested.is_set():
            raise Cancelled
        self.progressed.emit(done, total)

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled as error:
            self.failed.emit(error)
        except AmanatError as error:
            self.failed.emit(error)
        except Exception as error:
            log.exception("background work failed")
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class Task(QObject):
    """One piece of background work. Keep a reference until `finished` fires."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, work: Callable[[ProgressCallback], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        self._worker.progressed.connect(self.progressed)

    def start(self) -> Task:
        """Begin the work in its own thread."""
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._worker.cancel_requested.set()

    def wait(self) -> None:
        """Block until the thread has ended (for shutdown and tests)."""
        self._thread.quit()
        self._thread.wait()

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.finished.emit()

    def _on_succeeded(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)

    def _on_failed(self, error: object) -> None:
        self._finish()
        self.failed.emit(error)


def run_task(
    work: Callable[[ProgressCallback], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    parent: QObject,
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Start `work(progress)` in a thread; call back on the GUI thread."""
    task = Task(work, parent)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    if on_progress is not None:
        task.progressed.connect(on_progress)
    task.finished.connect(task.deleteLater)
    return task.start()
