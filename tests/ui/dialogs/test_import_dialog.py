"""Vault → Import contacts… / a folder of notes… / a Word document…, in the real window over a real vault."""

from __future__ import annotations

from pathlib import Path

from amanat.app.models import Contact
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.widgets import file_dialogs
from tests.transfer.samples import ANDROID_21, IPHONE_30
from tests.transfer.test_docx_hostile import HOSTILE
from tests.transfer.test_docx_import import word_report


def _contacts(window: MainWindow) -> dict[str, Contact]:
    assert window.vault is not None
    found = {}
    for header in window.vault.items.list("contact"):
        contact = window.vault.items.get(header.id)
        assert isinstance(contact, Contact)
        found[contact.display_name] = contact
    return found


def test_contacts_are_shown_first_then_imported_with_duplicates_completed_only_when_ticked(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    assert unlocked.vault is not None
    unlocked.vault.items.add(Contact(id="", display_name="Zahra Karimi", risk_level="high"))
    cards = tmp_path / "phone.vcf"
    cards.write_text(ANDROID_21 + IPHONE_30, encoding="utf-8")
    monkeypatch.setattr(file_dialogs, "open_file", lambda *args: cards)
    action = unlocked.menus.actions.get("importContactsAction") or unlocked.imports.contacts_action
    assert action in unlocked.menus.menus["vault"].actions() and action.isEnabled()
    action.trigger()
    dialog = unlocked.imports.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    rows = [dialog.entries.item(i).text() for i in range(dialog.entries.count())]
    assert any("Zahra Karimi" in row and "already here" in row for row in rows) and len(rows) == 4
    assert dialog.merge.isVisible() and not dialog.merge.isChecked()
    assert set(_contacts(unlocked)) == {"Zahra Karimi"}  # nothing stored before Import
    dialog.merge.setChecked(True)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=20_000)
    stored = _contacts(unlocked)
    assert len(stored) == 4 and stored["Zahra Karimi"].channel("email") == "zahra@example.org"
    assert stored["Zahra Karimi"].risk_level == "high"


def test_a_folder_of_notes_comes_in_and_a_damaged_file_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    assert unlocked.vault is not None
    folder = tmp_path / "Obsidian vault"
    folder.mkdir()
    (folder / "Herat.md").write_text("# د هرات قضیه\n![[list.pdf]]\n", encoding="utf-8")
    (folder / "list.pdf").write_bytes(b"%PDF-1.4")
    monkeypatch.setattr(file_dialogs, "existing_folder", lambda *args: folder)
    unlocked.imports.notes_action.trigger()
    dialog = unlocked.imports.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert "1 notes" in dialog.summary.text() or "1 note" in dialog.summary.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=20_000)
    [header] = unlocked.vault.items.list("note")
    assert header.title == "د هرات قضیه"
    assert [a.name for a in unlocked.vault.attachments.list(header.id)] == ["list.pdf"]

    broken = tmp_path / "broken.vcf"
    broken.write_text(IPHONE_30 + "BEGIN:VCARD\nFN;X=\"", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(type(unlocked.context), "show_error", lambda _self, _parent, error: shown.append(str(error)))
    dialog = unlocked.imports.open(broken)
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "damaged" in shown[0] and not dialog.import_button.isEnabled()
    assert dialog.summary.text() == "Nothing was imported." and _contacts(unlocked) == {}


def test_a_word_document_comes_in_as_a_note_or_as_a_draft_and_a_bomb_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    assert unlocked.vault is not None
    report = tmp_path / "Monthly report.docx"
    report.write_bytes(word_report())
    monkeypatch.setattr(file_dialogs, "open_file", lambda *args: report)
    action = unlocked.imports.document_action
    assert action in unlocked.menus.menus["vault"].actions() and action.isEnabled()
    action.trigger()
    dialog = unlocked.imports.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    rows = [dialog.entries.item(i).text() for i in range(dialog.entries.count())]
    assert "گزارش ماهانه" in rows[0] and any("1 images" in row for row in rows), rows
    dialog.choice.as_draft.setChecked(True)
    dialog.choice.template.setCurrentIndex(dialog.choice.template.findData("concept-note"))
    rows = [dialog.entries.item(i).text() for i in range(dialog.entries.count())]
    assert any("Background" in row and "paragraphs" in row for row in rows) and any("empty" in r for r in rows)
    dialog.choice.as_note.setChecked(True)
    assert unlocked.vault.items.count() == 0  # nothing stored before Import
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=20_000)
    [header] = unlocked.vault.items.list("note")
    assert header.title == "گزارش ماهانه"
    assert [a.name for a in unlocked.vault.attachments.list(header.id)] == ["image1.png"]

    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(HOSTILE["a zip bomb"]())
    shown: list[str] = []
    monkeypatch.setattr(type(unlocked.context), "show_error", lambda _self, _parent, error: shown.append(str(error)))
    dialog = unlocked.imports.open(bomb)
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "ZIP bomb" in shown[0] and not dialog.import_button.isEnabled()
    assert dialog.summary.text() == "Nothing was imported." and unlocked.vault.items.count() == 1
