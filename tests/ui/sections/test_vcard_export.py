"""Export as vCard… from the Contacts list: several contacts chosen, safety fields only if ticked."""

from __future__ import annotations

from pathlib import Path

import pyrage
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QWidget

from amanat.app.models import Contact
from amanat.app.ui.models.item_list_model import IdRole
from amanat.app.ui.sections.contacts_section import ContactsSection
from amanat.app.ui.sections.vcard_export import VCardExportDialog
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.widgets import file_dialogs
from amanat.app.ui.widgets.export_dialogs import PlaintextExportWarning, SealPassphraseDialog
from tests.ui.sections.test_export_flow import when_shown

SEAL = "a passphrase said by phone"


def _contacts(window: MainWindow) -> ContactsSection:
    assert window.workspace is not None and window.vault is not None
    for name, risk in (("مریم احمدی", "high"), ("Zahra Karimi", "low"), ("Left Out", "unknown")):
        window.vault.items.add(Contact(id="", display_name=name, risk_level=risk, never_contact_via=("whatsapp",),
                                       channels=(("phone", "+93 700 111 222"),)))
    section = window.workspace.sections["contact"]
    assert isinstance(section, ContactsSection)
    window.context.items_changed.emit("contact")  # type: ignore[union-attr]
    section.pane.reload()
    return section


def _choose(section: ContactsSection, names: set[str]) -> None:
    selection = section.list_view.selectionModel()
    selection.clearSelection()
    for row in range(section.model.rowCount()):
        index = section.model.index(row, 0)
        item = section.context.items.get(str(index.data(IdRole)))
        if item.title in names:
            selection.select(index, QItemSelectionModel.SelectionFlag.Select)


def test_chosen_contacts_leave_without_safety_fields_unless_ticked(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    section = _contacts(unlocked)
    targets = iter([tmp_path / "two", tmp_path / "sealed.vcf"])
    monkeypatch.setattr(file_dialogs, "save_file", lambda *_a: (next(targets), ""))
    _choose(section, {"مریم احمدی", "Zahra Karimi"})
    seen: list[QWidget] = []

    def look_and_continue(dialog: QWidget) -> None:
        assert isinstance(dialog, VCardExportDialog)
        assert not dialog.safety_fields.isChecked() and len(dialog.contacts) == 2
        assert dialog.findChild(QWidget, "vcardHighRisk").isVisibleTo(dialog)  # type: ignore[union-attr]
        dialog.buttons.accepted.emit()

    when_shown(VCardExportDialog, look_and_continue, seen)
    when_shown(PlaintextExportWarning, lambda d: d.plain_button.click(), seen)  # type: ignore[attr-defined]
    section.vcard_button.click()
    text = (tmp_path / "two.vcf").read_text(encoding="utf-8")
    assert "مریم احمدی" in text and "Zahra Karimi" in text and "Left Out" not in text
    assert "RISK" not in text and "whatsapp" not in text.lower() and "+93 700 111 222" in text
    assert "not encrypted" in section.status_label.text()

    def with_safety(dialog: QWidget) -> None:
        assert isinstance(dialog, VCardExportDialog)
        dialog.safety_fields.setChecked(True)
        dialog.buttons.accepted.emit()

    def passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, SealPassphraseDialog)
        dialog.passphrase.setText(SEAL)
        dialog.confirmation.setText(SEAL)
        dialog.buttons.accepted.emit()

    when_shown(VCardExportDialog, with_safety, seen)
    when_shown(PlaintextExportWarning, lambda d: d.seal_button.click(), seen)  # type: ignore[attr-defined]
    when_shown(SealPassphraseDialog, passphrase, seen)
    section.vcard_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "sealed.vcf.age").exists(), timeout=20_000)
    assert not (tmp_path / "sealed.vcf").exists()
    opened = pyrage.passphrase.decrypt((tmp_path / "sealed.vcf.age").read_bytes(), SEAL).decode()
    assert "X-AMANAT-RISK-LEVEL:high" in opened and "Left Out" not in opened
