"""Long warnings in dialogs are never cut off, in Dari and Pashto especially (seen in the issue 13 screenshots)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from amanat.app.duress import set_duress
from amanat.app.ui.shell.main_window import MainWindow
from tests.ui.dialogs.test_border import DURESS


def cut_labels(dialog: QWidget) -> list[tuple[str, int, int]]:
    """Word-wrapped labels shorter than their text needs at their width."""
    return [(label.text()[:40], label.height(), label.heightForWidth(label.width()))
            for label in dialog.findChildren(QLabel)
            if label.wordWrap() and label.text() and label.isVisible()
            and label.height() < label.heightForWidth(label.width())]


@pytest.mark.parametrize("language", ["en", "fa", "ps"])
def test_the_duress_and_travel_dialogs_show_their_texts_whole(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, language: str) -> None:
    assert unlocked.vault is not None
    set_duress(unlocked.vault, DURESS)
    unlocked.switch_language(language)
    for dialog in (unlocked.open_duress(), unlocked.open_travel()):
        assert dialog is not None
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda d=dialog: not cut_labels(d), timeout=5_000)  # the dialog grows once laid out
        dialog.close()
