"""An error nobody caught, raised inside a slot of the real window: one calm dialog and one redacted log line."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from amanat.app.errors import AmanatError
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.shell.unexpected_error import UnexpectedErrorReporter

NAME = "Mariam Karimi"  # what an exception's message may carry: a name, a title
RAW_KEY = "3f" * 32  # and, by some accident, a key


def broken_button(window: MainWindow, error: Exception) -> QPushButton:
    button = QPushButton("Break", window)
    button.setObjectName("brokenButton")

    def slot() -> None:
        raise error

    button.clicked.connect(slot)
    button.show()
    return button


@pytest.mark.qt_no_exception_capture  # the product's hook, not pytest-qt's, must see the error
def test_an_error_in_a_slot_shows_a_calm_dialog_and_logs_where_without_secrets(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    reporter = UnexpectedErrorReporter(sys.excepthook)
    monkeypatch.setattr(sys, "excepthook", reporter)
    button = broken_button(unlocked, RuntimeError(f"could not show {NAME} ({RAW_KEY})"))
    with caplog.at_level(logging.ERROR, logger="amanat.app.ui.shell.unexpected_error"):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a second error while the dialog is open

    dialog = reporter.dialog
    assert dialog is not None and dialog.isVisible() and dialog.objectName() == "unexpectedErrorDialog"
    qtbot.addWidget(dialog)
    shown = f"{dialog.windowTitle()} {dialog.text()} {dialog.informativeText()}"
    assert "RuntimeError" in dialog.text() and "lock the vault" in dialog.informativeText()
    assert NAME not in shown and RAW_KEY not in shown and "Mariam" not in dialog.windowTitle()
    dialogs = [w for w in unlocked.findChildren(type(dialog)) if w.objectName() == "unexpectedErrorDialog"]
    assert len(dialogs) <= 1  # one dialog for two errors (it may have no parent offscreen)

    lines = [r.getMessage() for r in caplog.records if r.name == "amanat.app.ui.shell.unexpected_error"]
    assert len(lines) == 2 and all(r.levelno == logging.ERROR for r in caplog.records)
    assert lines[0].startswith("unexpected RuntimeError at test_unexpected_errors.py:")
    assert " slot" in lines[0]
    assert not any(NAME in line or RAW_KEY in line for line in lines)
    dialog.done(0)


@pytest.mark.qt_no_exception_capture
def test_amanat_s_own_error_is_logged_with_its_message_redacted(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    reporter = UnexpectedErrorReporter(sys.excepthook)
    monkeypatch.setattr(sys, "excepthook", reporter)
    button = broken_button(unlocked, AmanatError(f"The drive went away while writing {RAW_KEY}."))
    with caplog.at_level(logging.ERROR, logger="amanat.app.ui.shell.unexpected_error"):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert reporter.dialog is not None
    qtbot.addWidget(reporter.dialog)
    [line] = [r.getMessage() for r in caplog.records if r.name == "amanat.app.ui.shell.unexpected_error"]
    assert "The drive went away while writing <redacted>." in line and RAW_KEY not in line
    reporter.dialog.done(0)


@pytest.mark.qt_no_exception_capture
def test_an_error_on_another_thread_is_shown_on_the_gui_thread(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, caplog: pytest.LogCaptureFixture) -> None:
    reporter = UnexpectedErrorReporter(sys.excepthook)
    error = ValueError(f"bad row for {NAME}")
    with caplog.at_level(logging.ERROR, logger="amanat.app.ui.shell.unexpected_error"):
        thread = threading.Thread(target=reporter, args=(ValueError, error, None))
        thread.start()
        thread.join()  # the dialog waits for the GUI thread: widgets are never made on another thread
        assert reporter.dialog is None
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog is not None and reporter.dialog.thread() is unlocked.thread()
    qtbot.addWidget(reporter.dialog)
    [line] = [r.getMessage() for r in caplog.records if r.name == "amanat.app.ui.shell.unexpected_error"]
    assert line == "unexpected ValueError at an unknown place" and NAME not in reporter.dialog.text()
    reporter.dialog.done(0)


def test_the_running_window_installs_the_reporter() -> None:
    from amanat.app.ui.shell import gui_main

    source = gui_main.run_gui.__code__.co_names
    assert "install_unexpected_error_reporter" in source
