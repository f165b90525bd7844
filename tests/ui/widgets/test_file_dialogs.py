"""Finding 20: every file dialog is Qt's own, made by one helper, and leaves no history behind."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from amanat.app.ui.dialogs.travel_dialog import TravelDialog
from amanat.app.ui.sections.notes_section import NotesSection
from amanat.app.ui.sections.strategy_section import StrategySection
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.sync.sync_section import SyncSection

ROOT = Path(__file__).resolve().parents[3]
HELPER = ROOT / "app" / "ui" / "widgets" / "file_dialogs.py"


def test_no_module_but_the_helper_makes_a_file_dialog() -> None:
    """A file dialog made anywhere else could be the system's, which records recent files."""
    offenders = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        if path == HELPER:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Name) and node.id == "QFileDialog") or \
                    (isinstance(node, ast.alias) and node.name.endswith("QFileDialog")):
                offenders.append(f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}")
    assert offenders == []


def _sync(window: MainWindow) -> SyncSection:
    assert window.workspace is not None
    section = window.workspace.sections["sync"]
    assert isinstance(section, SyncSection)
    return section


def _travel(window: MainWindow) -> TravelDialog:
    dialog = window.open_travel()
    assert isinstance(dialog, TravelDialog)
    return dialog


def _notes(window: MainWindow) -> NotesSection:
    assert window.workspace is not None and window.vault is not None
    note_id = window.vault.items.add_note("A note", "with an attachment panel").id
    section = window.workspace.sections["note"]
    assert isinstance(section, NotesSection)
    section.open_item(note_id)
    return section


def _strategy(window: MainWindow) -> StrategySection:
    assert window.workspace is not None and window.vault is not None
    draft_id = window.vault.items.new_draft("swot", "A plan").id
    section = window.workspace.sections["draft"]
    assert isinstance(section, StrategySection)
    section.open_item(draft_id)
    return section


def _acknowledged(section: StrategySection) -> StrategySection:
    section.context.plaintext_export_acknowledged = True  # the warning first: tests/ui/sections/test_export_flow.py
    return section


OPENERS: dict[str, Callable[[MainWindow], None]] = {
    "sync with another folder": lambda w: _sync(w).exchange._sync_other_folder(),
    "save bundles in a folder": lambda w: _sync(w).exchange._choose_folder_for_files(),
    "save e-mail drafts in a folder": lambda w: _sync(w).exchange._choose_folder_for_email(),
    "open bundle files": lambda w: _sync(w).exchange._choose_files(),
    "import e-mails": lambda w: _sync(w).exchange._choose_mail_files(),
    "save my contact card": lambda w: _sync(w).identity.export_card(),
    "add a contact card": lambda w: _sync(w).peers.add_card_from_file(),
    "save the travel file": lambda w: _travel(w)._choose_file_to_seal(),
    "open a travel file": lambda w: _travel(w)._choose_file_to_restore(),
    "attach a file": lambda w: _notes(w).attachments.add_files_dialog(),
    "export a draft": lambda w: _acknowledged(_strategy(w)).export_current(),
}


@pytest.mark.parametrize("opener", sorted(OPENERS))
def test_each_file_dialog_is_qts_own_and_forgets_where_it_was(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, opener: str
) -> None:
    seen: list[tuple[bool, bool, bool]] = []

    def look_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, look_and_cancel)  # a dialog opened first (travel) is not the file dialog
            return
        name_field = dialog.findChild(QLineEdit, "fileNameEdit")  # only Qt's own dialog has widgets of its own
        seen.append((dialog.testOption(QFileDialog.Option.DontUseNativeDialog),
                     name_field is not None and name_field.isVisible(), len(dialog.history()) <= 1))
        dialog.reject()

    QTimer.singleShot(0, look_and_cancel)
    OPENERS[opener](unlocked)
    assert seen == [(True, True, True)]  # no folders from earlier dialogs in its history
    assert "FileDialog" not in QSettings("QtProject").childGroups()
