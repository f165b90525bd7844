"""Finding 18: every copy is marked secret, so clipboard managers (Klipper, Win+V history, the cloud
clipboard, macOS managers) do not keep it; one function makes every copy."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from amanat.app.models import Contact
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.sync.sync_section import SyncSection
from tests.ui.sections.test_contacts import PHONE, contacts

ROOT = Path(__file__).resolve().parents[3]
WINDOWS = 'application/x-qt-windows-mime;value="{0}"'
EXPECTED_MARKS = {
    "x-kde-passwordManagerHint": b"secret",
    WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing"): b"\0\0\0\0",
    WINDOWS.format("CanIncludeInClipboardHistory"): b"\0\0\0\0",  # DWORD 0: not in Win+V history
    WINDOWS.format("CanUploadToCloudClipboard"): b"\0\0\0\0",  # DWORD 0: not synced to other devices
}


def clipboard_marks(text: str) -> dict[str, bytes]:
    mime = QApplication.clipboard().mimeData()
    assert mime is not None and mime.text() == text
    assert bytes(mime.data("application/x-nspasteboard-concealed-type").data()) == text.encode()  # macOS
    return {name: bytes(mime.data(name).data()) for name in EXPECTED_MARKS if mime.hasFormat(name)}


def test_a_copied_phone_number_carries_every_platforms_secret_mark(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.vault is not None and unlocked.context is not None
    unlocked.vault.items.add(Contact(id="", display_name="Ahmad", channels=(("phone", PHONE),)))
    unlocked.context.items_changed.emit("contact")
    section = contacts(unlocked)
    section.open_item(unlocked.vault.items.list("contact")[0].id)
    qtbot.mouseClick(section.copy_buttons["phone"], Qt.MouseButton.LeftButton)
    assert clipboard_marks(PHONE) == EXPECTED_MARKS
    unlocked.clipboard.clear_if_ours()
    assert QApplication.clipboard().text() == ""


def test_a_copied_contact_card_is_marked_too(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.workspace is not None and unlocked.vault is not None
    section = unlocked.workspace.sections["sync"]
    assert isinstance(section, SyncSection)
    unlocked.vault.sync.identities.set_display_name("Mariam")
    section.reload()
    qtbot.mouseClick(section.identity.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard_marks(unlocked.vault.sync.identities.card_text()) == EXPECTED_MARKS
    unlocked.clipboard.clear_if_ours()


def test_only_the_clipboard_guard_writes_to_the_clipboard() -> None:
    """`clipboard()` anywhere else could put unmarked text there, never cleared."""
    guard = ROOT / "app" / "ui" / "widgets" / "clipboard_guard.py"
    offenders = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        if path == guard:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "clipboard":
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
