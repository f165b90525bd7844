"""Issue 14: error and status messages are announced to screen readers, not only painted. Caught at Qt's
own hand-over to the platform's accessibility bridge (accessibility_events.py)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from itertools import chain
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from amanat.app.errors import InvalidValue
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.accessibility.accessibility_events import AccessibilityEvents, watching
from tests.ui.accessibility.screens import FilledWindow, start_pages

MESSAGE_LINE = re.compile(r"(Status|Error|Message|Problem)(Label)?$")


@pytest.fixture
def events() -> Iterator[AccessibilityEvents]:
    if not sys.platform.startswith("linux"):
        pytest.skip("Qt's update-handler hook is reached by its Linux C++ name")
    yield from watching()


def test_a_wrong_passphrase_is_announced_at_once(qtbot, window: MainWindow, vault_dir: Path,  # type: ignore[no-untyped-def]
                                                 events: AccessibilityEvents) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    window.show_start()
    field = window.findChild(QLineEdit, "unlockPassphrase")
    field.setText("not it")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    error = window.findChild(QLabel, "unlockError")
    qtbot.waitUntil(lambda: "Wrong passphrase" in error.text(), timeout=10_000)
    said = [(sent.object_name, sent.assertive) for sent in events.announcements() if sent.text == error.text()]
    assert said == [("unlockError", True)]


def test_saved_is_announced_politely_in_dari(qtbot, unlocked: MainWindow, events: AccessibilityEvents) -> None:  # type: ignore[no-untyped-def]
    unlocked.switch_language("fa")
    assert unlocked.workspace is not None
    section = unlocked.workspace.sections["note"]
    qtbot.mouseClick(unlocked.findChild(QPushButton, "noteNewButton"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(unlocked.findChild(QLineEdit, "noteTitle"), "Meeting")
    qtbot.keyClick(unlocked.findChild(QLineEdit, "noteTitle"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = QCoreApplication.translate("ItemEditorSection", "Saved.")
    assert section.status_label.text() == saved and saved != "Saved."
    said = [sent for sent in events.announcements() if sent.object_name == "noteStatusLabel"]
    assert [(sent.text, sent.assertive) for sent in said][-1:] == [(saved, False)]


def test_an_error_box_is_announced(qtbot, unlocked: MainWindow, events: AccessibilityEvents) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    assert unlocked.context is not None
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().close())  # type: ignore[union-attr]
    unlocked.context.show_error(unlocked, InvalidValue("too long"))
    assert [sent.class_name for sent in events.alerts()] == ["QMessageBox"]


def test_every_message_line_of_every_screen_is_announced(qtbot, unlocked: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          vault_dir: Path, events: AccessibilityEvents) -> None:
    """Each label named ...Status, ...Error, ...Message or ...Problem, on any page, section or dialog, says its
    news."""
    filled = FilledWindow(unlocked, tmp_path)
    checked, silent = set(), []
    for screen in chain(start_pages(vault_dir, "en"), filled.sections(), filled.dialogs()):
        for label in screen.root.findChildren(QLabel):
            if not MESSAGE_LINE.search(label.objectName()) or label.objectName() in checked:
                continue
            checked.add(label.objectName())
            before = len(events.announcements())
            label.setText(f"news for {label.objectName()}")
            news = [sent.object_name for sent in events.announcements()[before:]]
            if not isinstance(label, LiveLabel) or news != [label.objectName()]:
                silent.append(label.objectName())
    assert len(checked) >= 20
    assert silent == []


def test_an_empty_text_is_not_announced(qtbot, events: AccessibilityEvents) -> None:  # type: ignore[no-untyped-def]
    label = LiveLabel(urgent=True)
    qtbot.addWidget(label)
    label.setText("")
    label.setText("Type your passphrase first.")
    label.setText("Type your passphrase first.")  # said again: the user tried again
    assert [(s.text, s.assertive) for s in events.announcements()] == [("Type your passphrase first.", True)] * 2


def test_a_line_checked_as_it_is_typed_speaks_only_when_it_changes(qtbot, events: AccessibilityEvents) -> None:  # type: ignore[no-untyped-def]
    from amanat.app.ui.widgets.export_dialogs import SealPassphraseDialog

    dialog = SealPassphraseDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    for _key in range(3):
        dialog.passphrase.setText(dialog.passphrase.text() + "a")
    said = [sent.text for sent in events.announcements() if sent.object_name == "sealPassphraseProblem"]
    assert said and len(said) == len(set(said)), said
