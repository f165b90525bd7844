"""Every window and dialog fits a 1280x720 screen in English, Dari and Pashto (issue 14).

A dialog's size is what the user gets: its size when shown (Qt opens it at its size hint, grown by
`grow_to_fit` for wrapped lines) and its minimum (below which it cannot be shrunk), both compared with
the room a 1280x720 screen leaves a window's contents. That room is smaller than the screen: a Windows
taskbar takes 40 px at 100 % scaling, a title bar about 32 px and the frame about 8 px a side
(app/ui/shell/gui_main.py); measured sizes here are client areas, without any of these. On a 1366x768 laptop the same
limit leaves room to spare, which is what a defender's laptop needs when the taskbar is doubled or the
text is scaled.

The dialogs are found by walking amanat.app.ui (tests/ui/dialog_catalogue.py): a new dialog is measured
as soon as the catalogue knows how to build it, and the test fails until it does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from amanat.app.ui.shell.gui_main import FRAME_ROOM, TITLE_BAR_ROOM, size_within
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.dialog_catalogue import DialogCatalogue

SCREEN = QSize(1280, 720)
TASKBAR = 40
CONTENT_LIMIT = QSize(SCREEN.width() - 2 * FRAME_ROOM, SCREEN.height() - TASKBAR - TITLE_BAR_ROOM - FRAME_ROOM)
LANGUAGES = ("en", "fa", "ps")


def too_big(size: QSize) -> bool:
    return size.width() > CONTENT_LIMIT.width() or size.height() > CONTENT_LIMIT.height()


def measured(widget: QWidget) -> dict[str, QSize]:
    QApplication.processEvents()
    minimum = widget.minimumSize().expandedTo(widget.minimumSizeHint())
    return {"shown": widget.size(), "minimum": minimum}


def oversized(name: str, widget: QWidget) -> list[str]:
    return [f"{name} {what} {size.width()}x{size.height()}" for what, size in measured(widget).items()
            if too_big(size)]


@pytest.fixture
def catalogue(unlocked: MainWindow, tmp_path: Path):  # type: ignore[no-untyped-def]
    built = DialogCatalogue(unlocked, tmp_path)
    yield built
    built.close()


def test_the_catalogue_builds_every_dialog(catalogue: DialogCatalogue) -> None:
    assert catalogue.missing_builders() == []
    assert len(catalogue.builders) >= 20


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_dialog_fits_1280x720(qtbot, unlocked: MainWindow, catalogue: DialogCatalogue,  # type: ignore[no-untyped-def]
                                    language: str) -> None:
    unlocked.switch_language(language)
    offenders: list[str] = []
    for dialog_class, build in sorted(catalogue.builders.items(), key=lambda entry: entry[0].__name__):
        dialog = build()
        assert isinstance(dialog, dialog_class)
        dialog.show()
        offenders += oversized(f"{language} {dialog_class.__name__}", dialog)
        dialog.close()
    assert offenders == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_main_window_fits_1280x720_on_every_page(qtbot, window: MainWindow, language: str) -> None:  # type: ignore[no-untyped-def]
    window.switch_language(language)
    offenders = [line for line in oversized(f"{language} start page", window) if "minimum" in line]
    vault, _recovery = Vault.create(window.vault_dir, PASSPHRASE)
    window.open_workspace(vault)
    assert window.workspace is not None
    for row in range(window.workspace.sidebar.count()):
        window.workspace.sidebar.setCurrentRow(row)
        name = window.workspace.sidebar.item(row).text()
        minimum = measured(window)["minimum"]
        if too_big(minimum):
            offenders.append(f"{language} section {row} ({name}) minimum {minimum.width()}x{minimum.height()}")
    assert offenders == []


def test_the_window_opens_within_the_screen() -> None:
    """`amanat` sizes its window to the screen's free area before showing it (run_gui)."""
    free_area = QSize(SCREEN.width(), SCREEN.height() - TASKBAR)
    assert size_within(free_area, QSize(1100, 720)) == QSize(1100, CONTENT_LIMIT.height())
    assert size_within(QSize(1366, 728), QSize(1100, 720)) == QSize(1100, 688)
    assert size_within(QSize(1920, 1040), QSize(1100, 720)) == QSize(1100, 720)


def test_the_limit_catches_a_dialog_too_tall(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The measurement sees what the user would: a dialog taller than the room is reported."""
    tall = QDialog(unlocked)
    tall.setMinimumHeight(CONTENT_LIMIT.height() + 1)
    tall.show()
    assert oversized("tall", tall) != []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_main_window_fits_with_an_item_of_every_kind_open(qtbot, window: MainWindow, language: str) -> None:  # type: ignore[no-untyped-def]
    """An open draft shows its editor's buttons (and a UN communication its "Headings in English"): in Dari and
    Pashto their labels are long, and a row too wide would push the window past the screen."""
    from amanat.app.models import TEMPLATES, Contact

    window.switch_language(language)
    vault, _recovery = Vault.create(window.vault_dir, PASSPHRASE)
    window.open_workspace(vault)
    assert window.workspace is not None
    opened = [("note", vault.items.add_note("گزارش نشست", "متن").id),
              ("contact", vault.items.add(Contact(id="", display_name="مریم", organisation="دیدبان")).id)]
    opened += [("draft", vault.items.new_draft(template, f"پیش‌نویس {template}").id) for template in TEMPLATES]
    offenders = []
    for kind, item_id in opened:
        window.workspace.context.open_item_requested.emit(kind, item_id)
        minimum = measured(window)["minimum"]
        if too_big(minimum):
            offenders.append(f"{language} {kind} {item_id[:6]} minimum {minimum.width()}x{minimum.height()}")
    assert offenders == []
