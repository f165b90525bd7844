"""Export… of a note from the window: as shown, warned first, in each format, sealed if chosen, menu and shortcut."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pyrage
import pytest
from PySide6.QtWidgets import QWidget

from amanat.app.ui.sections.notes_section import NotesSection
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.widgets import file_dialogs
from amanat.app.ui.widgets.export_dialogs import PlaintextExportWarning, SealPassphraseDialog
from tests.ui.sections.test_export_flow import SEAL_PASSPHRASE, when_shown

TITLE = "گزارش بازداشت در هرات"
BODY = "## مدافعان\n\nسه مدافع در **هرات** بازداشت شدند.\n\n- پیگیری با دفتر گزارشگر ویژه"


def _note_on_screen(window: MainWindow, body: str = BODY) -> NotesSection:
    assert window.workspace is not None and window.vault is not None
    note = window.vault.items.add_note(TITLE, "an older body")
    window.workspace.show_item("note", note.id)
    section = window.workspace.sections["note"]
    assert isinstance(section, NotesSection)
    section.body.setPlainText(body)  # typed, not saved yet: the export takes the note as shown
    return section


def _save_as(path: Path, chosen_filter: str = "") -> Callable[..., tuple[Path, str]]:
    return lambda *args: (path, chosen_filter)


def _plain(dialog: QWidget) -> None:
    assert isinstance(dialog, PlaintextExportWarning)
    dialog.plain_button.click()


@pytest.mark.parametrize("suffix", [".md", ".docx", ".odt", ".html", ".pdf"])
def test_a_note_exports_as_shown_in_each_format(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, tmp_path: Path, monkeypatch, suffix: str
) -> None:
    target = tmp_path / f"note{suffix}"
    monkeypatch.setattr(file_dialogs, "save_file", _save_as(target))
    section = _note_on_screen(unlocked)
    warnings: list[QWidget] = []
    when_shown(PlaintextExportWarning, _plain, warnings)
    section.export_button.click()
    assert len(warnings) == 1  # told it is plaintext before anything was written
    data = target.read_bytes()
    if suffix in (".md", ".html"):
        text = data.decode("utf-8")
    elif suffix in (".docx", ".odt"):
        inner = "word/document.xml" if suffix == ".docx" else "content.xml"
        text = zipfile.ZipFile(io.BytesIO(data)).read(inner).decode("utf-8")
    else:
        assert data.startswith(b"%PDF")
        return
    assert "بازداشت شدند" in text and "an older body" not in text
    assert "not encrypted" in section.status_label.text()


def test_no_file_without_a_choice_and_the_name_comes_from_the_title(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    asked: list[tuple[object, ...]] = []

    def cancel(*args: object) -> tuple[None, str]:
        asked.append(args)
        return None, ""
    monkeypatch.setattr(file_dialogs, "save_file", cancel)
    section = _note_on_screen(unlocked)
    when_shown(PlaintextExportWarning, _plain, [])
    section.export_current()
    assert asked and Path(str(asked[0][2])).name == f"{TITLE}.pdf"
    assert not [p for p in tmp_path.rglob("*") if p.suffix in (".pdf", ".md", ".docx")]


def test_the_menu_command_exports_the_note_sealed(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "note.md.age"
    monkeypatch.setattr(file_dialogs, "save_file", _save_as(tmp_path / "note.md"))
    section = _note_on_screen(unlocked)

    def seal(dialog: QWidget) -> None:
        assert isinstance(dialog, PlaintextExportWarning)
        dialog.seal_button.click()

    def passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, SealPassphraseDialog)
        dialog.passphrase.setText(SEAL_PASSPHRASE)
        dialog.confirmation.setText(SEAL_PASSPHRASE)
        dialog.accept()
    when_shown(PlaintextExportWarning, seal, [])
    when_shown(SealPassphraseDialog, passphrase, [])
    unlocked.menus.update_section_commands()
    assert unlocked.menus.actions["exportAction"].isEnabled()
    unlocked.menus.actions["exportAction"].trigger()
    qtbot.waitUntil(lambda: target.exists() and section.status_label.text().startswith("Sealed to"), timeout=30_000)
    plain = pyrage.passphrase.decrypt(target.read_bytes(), SEAL_PASSPHRASE)
    assert "بازداشت شدند".encode() in plain
