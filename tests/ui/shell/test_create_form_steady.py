"""The create-vault form stays where it is while the user types: the weak-passphrase checkbox, the error
line and the busy bar appear in space kept for them, so a click aimed at "Create vault" lands on it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton, QWidget

from amanat.app.ui.shell.main_window import MainWindow


def find(window: QWidget, cls: type, name: str):  # type: ignore[no-untyped-def]
    widget = window.findChild(cls, name)
    assert widget is not None, name
    return widget


def where(widget: QWidget) -> QPoint:
    QApplication.processEvents()
    return widget.mapTo(widget.window(), QPoint(0, 0))


@pytest.mark.parametrize("language", ["en", "ps"])
def test_the_create_button_does_not_move_while_typing(qtbot, window: MainWindow, language: str) -> None:  # type: ignore[no-untyped-def]
    window.switch_language(language)
    qtbot.mouseClick(find(window, QPushButton, "createVaultButton"), Qt.MouseButton.LeftButton)
    create = find(window, QPushButton, "confirmCreateButton")
    field, repeat = find(window, QLineEdit, "newPassphrase"), find(window, QLineEdit, "repeatPassphrase")
    weak, error = find(window, QCheckBox, "acceptWeak"), find(window, QLabel, "createError")
    before, field_before = where(create), where(field)
    qtbot.keyClicks(field, "weak")
    assert weak.isVisible()
    assert (where(create), where(field)) == (before, field_before)
    repeat.setText("other")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert error.text()  # "not the same"
    assert (where(create), where(field)) == (before, field_before)
    field.setText("a much longer passphrase of several words")
    assert not weak.isVisible()
    assert (where(create), where(field)) == (before, field_before)
