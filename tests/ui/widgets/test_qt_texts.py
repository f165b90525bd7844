"""Qt's own texts (a text field's menu, the file dialog) in Afghan Dari and in Pashto, not Qt's Iranian Persian."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QTextEdit

from amanat.app.ui.shell.main_window import MainWindow

EXPECTED = {
    "fa": {"copy": "کاپی", "paste": "چسپاندن", "file name": "نام فایل"},
    "ps": {"copy": "کاپي", "paste": "سرېښول", "file name": "د فایل نوم"},
}
IRANIAN = ("کپی", "چسباندن", "پرونده", "پوشه")


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_text_field_menus_and_the_file_dialog_speak_afghan_dari_and_pashto(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, language: str) -> None:
    window.switch_language(language)
    texts = []
    for field in (QLineEdit(), QTextEdit()):
        qtbot.addWidget(field)
        menu = field.createStandardContextMenu()
        assert menu is not None
        texts += [action.text().replace("&", "") for action in menu.actions() if action.text()]
    dialog = QFileDialog(window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts += [label.text().replace("&", "") for label in dialog.findChildren(QLabel) if label.text()]
    shown = " | ".join(texts)
    for word in EXPECTED[language].values():
        assert word in shown, (word, shown)
    assert not [word for word in IRANIAN if word in shown], shown
