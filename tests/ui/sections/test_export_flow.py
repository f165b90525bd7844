"""A file leaving the vault from the window: the plaintext warning, the sealed alternative, exposed folders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyrage
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from amanat.app.ui.sections.notes_section import NotesSection
from amanat.app.ui.sections.strategy_section import StrategySection
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.widgets import file_dialogs
from amanat.app.ui.widgets.export_dialogs import PlaintextExportWarning, SealPassphraseDialog
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE

PERSIAN = "گزارش بازداشت مدافعان در هرات"
SEAL_PASSPHRASE = "a long passphrase told by phone"


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None], seen: list[QWidget]) -> None:
    """Act on the next modal dialog of `kind` once it is shown (the code under test runs it with exec())."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(10, poll)
    QTimer.singleShot(0, poll)


def _draft(window: MainWindow) -> StrategySection:
    assert window.workspace is not None and window.vault is not None
    draft = window.vault.items.new_draft("action-plan", "Plan for Geneva")
    section = window.workspace.sections["draft"]
    assert isinstance(section, StrategySection)
    section.open_item(draft.id)
    section.editor.edits["summary"].setPlainText(PERSIAN)  # type: ignore[union-attr]
    return section


def _choose(paths: list[Path], asked: list[tuple[object, ...]]) -> Callable[..., tuple[Path, str]]:
    def fake_save_file(*args: object) -> tuple[Path, str]:
        asked.append(args)
        return paths[min(len(asked), len(paths)) - 1], "Markdown (*.md)"
    return fake_save_file


def _unencrypted(dont_ask: bool) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, PlaintextExportWarning)
        dialog.dont_ask.setChecked(dont_ask)
        dialog.plain_button.click()
    return act


def test_the_warning_comes_first_and_dont_ask_lasts_until_the_lock(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, vault_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    asked: list[tuple[object, ...]] = []
    monkeypatch.setattr(file_dialogs, "save_file", _choose([out / "first.md"], asked))
    section = _draft(unlocked)
    warnings: list[QWidget] = []
    when_shown(PlaintextExportWarning, _unencrypted(dont_ask=True), warnings)
    section.export_current()
    assert len(warnings) == 1 and PERSIAN in (out / "first.md").read_text(encoding="utf-8")
    assert "not encrypted" in section.status_label.text()
    start = Path(str(asked[0][2]))
    assert start.parent == Path.home() and "Documents" not in start.parts  # asked where, from home
    # Not asked again while unlocked...
    (out / "first.md").unlink()
    section.export_current()
    assert len(warnings) == 1 and (out / "first.md").exists()
    # ...but again after a lock.
    unlocked.lock()
    unlocked.open_workspace(Vault.unlock(vault_dir, PASSPHRASE))
    section = _draft(unlocked)
    cancelled: list[QWidget] = []
    when_shown(PlaintextExportWarning, lambda d: d.reject(), cancelled)  # type: ignore[attr-defined]
    (out / "first.md").unlink()
    section.export_current()
    assert len(cancelled) == 1 and not (out / "first.md").exists() and len(asked) == 2


def test_sealed_instead_opens_with_the_passphrase_only(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(file_dialogs, "save_file", _choose([tmp_path / "for partner.md"], []))
    section = _draft(unlocked)
    seen: list[QWidget] = []
    when_shown(PlaintextExportWarning, lambda d: d.seal_button.click(), seen)  # type: ignore[attr-defined]

    def type_passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, SealPassphraseDialog)
        dialog.passphrase.setText(SEAL_PASSPHRASE)
        dialog.confirmation.setText(SEAL_PASSPHRASE[:-1])
        ok = dialog.buttons.buttons()[0]
        assert not ok.isEnabled() and dialog.problem.text() == "The two passphrases differ."
        dialog.confirmation.setText(SEAL_PASSPHRASE)
        assert ok.isEnabled()
        dialog.accept()

    QTimer.singleShot(0, lambda: when_shown(SealPassphraseDialog, type_passphrase, seen))
    section.export_current()
    qtbot.waitUntil(lambda: section.status_label.text().startswith("Sealed to"), timeout=20_000)
    assert len(seen) == 2
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".md", ".age")] == ["for partner.md.age"]
    sealed = (tmp_path / "for partner.md.age").read_bytes()
    assert PERSIAN.encode() not in sealed
    assert PERSIAN in pyrage.passphrase.decrypt(sealed, SEAL_PASSPHRASE).decode("utf-8")
    with pytest.raises(pyrage.DecryptError):
        pyrage.passphrase.decrypt(sealed, "another passphrase entirely")


def test_a_synced_folder_is_questioned_and_another_can_be_chosen(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    synced = tmp_path / "group share"
    (synced / ".stfolder").mkdir(parents=True)
    safe = tmp_path / "stick"
    safe.mkdir()
    asked: list[tuple[object, ...]] = []
    monkeypatch.setattr(file_dialogs, "save_file", _choose([synced / "plan.md", safe / "plan.md"], asked))
    section = _draft(unlocked)
    seen: list[QWidget] = []
    when_shown(PlaintextExportWarning, _unencrypted(dont_ask=False), seen)

    def choose_another(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and "Syncthing" in box.text()
        another = next(b for b in box.findChildren(QPushButton) if b.text() == "Choose another folder")
        another.click()

    QTimer.singleShot(0, lambda: when_shown(QMessageBox, choose_another, seen))
    section.export_current()
    assert len(seen) == 2 and len(asked) == 2
    assert not (synced / "plan.md").exists() and PERSIAN in (safe / "plan.md").read_text(encoding="utf-8")


def test_an_attachment_can_leave_sealed(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    assert unlocked.workspace is not None and unlocked.vault is not None
    note = unlocked.vault.items.add_note("Evidence", "")
    source = tmp_path / "testimony.txt"
    source.write_text(PERSIAN, encoding="utf-8")
    unlocked.vault.attachments.add_file(note.id, source)
    section = unlocked.workspace.sections["note"]
    assert isinstance(section, NotesSection)
    section.open_item(note.id)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(file_dialogs, "save_file", _choose([out / "testimony.txt"], []))
    seen: list[QWidget] = []
    when_shown(PlaintextExportWarning, lambda d: d.seal_button.click(), seen)  # type: ignore[attr-defined]

    def type_passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, SealPassphraseDialog)
        dialog.passphrase.setText(SEAL_PASSPHRASE)
        dialog.confirmation.setText(SEAL_PASSPHRASE)
        dialog.accept()

    QTimer.singleShot(0, lambda: when_shown(SealPassphraseDialog, type_passphrase, seen))
    section.attachments.refresh()
    chosen = section.attachments.selected()
    assert chosen is not None
    section.attachments.save_selected_dialog(chosen.id)
    qtbot.waitUntil(lambda: (out / "testimony.txt.age").exists(), timeout=20_000)
    assert sorted(p.name for p in out.iterdir()) == ["testimony.txt.age"]
    assert pyrage.passphrase.decrypt((out / "testimony.txt.age").read_bytes(), SEAL_PASSPHRASE).decode() == PERSIAN
