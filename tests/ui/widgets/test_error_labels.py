"""No error or warning line of any screen is drawn like plain text: every label named ...Error or ...Warning,
on every start page, section and dialog, takes its state's colour, at AA contrast, in light and in dark."""

from __future__ import annotations

from itertools import chain
from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from amanat.app.ui.shell.colleague_recovery_page import ColleagueRecoveryPage
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.widgets.colours import AA_TEXT, contrast_ratio
from amanat.app.ui.widgets.theme import apply_theme
from tests.ui.accessibility.screens import FilledWindow, Screen, start_pages


def state_labels(root: QWidget) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel)
            if label.objectName().endswith(("Error", "Warning"))]


def colour_problems(label: QLabel, where: str) -> list[str]:
    label.ensurePolished()
    text = label.palette().color(QPalette.ColorRole.WindowText).name()
    window = label.window()
    plain = window.palette().color(QPalette.ColorRole.WindowText).name()
    background = window.palette().color(QPalette.ColorRole.Window).name()
    if label.autoFillBackground() or label.styleSheet():
        background = label.palette().color(QPalette.ColorRole.Window).name()  # a label with its own box
    if text == plain:
        return [f"{where}: {label.objectName()} is drawn like plain text ({text})"]
    if contrast_ratio(text, background) < AA_TEXT:
        return [f"{where}: {label.objectName()} {text} on {background} is below AA"]
    return []


def test_every_error_and_warning_line_is_coloured_in_both_themes(qtbot, unlocked: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                 vault_dir: Path) -> None:
    filled = FilledWindow(unlocked, tmp_path)
    copied: list[str] = []
    colleague = ColleagueRecoveryPage(vault_dir, "en", copied.append)  # a start page the screens above lack
    qtbot.addWidget(colleague)
    colleague.show()
    problems: list[str] = []
    checked = 0
    try:
        for screen in chain(start_pages(vault_dir, "en"), [Screen("ColleagueRecoveryPage", colleague)],
                            filled.sections(), filled.dialogs()):
            for theme in ("dark", "light"):
                apply_theme(theme)
                for label in state_labels(screen.root):
                    checked += 1
                    problems += colour_problems(label, f"{screen.name} ({theme})")
    finally:
        apply_theme("light")
    assert checked >= 10
    assert not problems, "\n".join(sorted(set(problems)))
