"""Issue 11, findings 5 and 13 in the window: short ids and look-alike flags in the people list, and a
decision about unverified members before anything is sealed for them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from amanat.app.ui.shell.gui_main import build_window
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.sync.sync_section import SyncSection
from amanat.app.ui.widgets.theme import current_scheme
from amanat.sync.bundle import open_bundle
from amanat.sync.errors import NotAddressedToMe
from tests.sharing.conftest import Member, introduce, make_member


@pytest.fixture
def mariam_window(qtbot, tmp_path: Path) -> Iterator[tuple[MainWindow, list[Member]]]:  # type: ignore[no-untyped-def]
    """Mariam's window; Farid and Zahra verified both ways, in a group Mariam administers."""
    mariam, farid, zahra = (make_member(tmp_path, name) for name in ("Mariam", "Farid", "Zahra"))
    for a in (mariam, farid, zahra):
        for b in (mariam, farid, zahra):
            if a is not b:
                introduce(a, b)
    group = mariam.sync.groups.create("Herat documentation")
    for other in (farid, zahra):
        mariam.sync.groups.add_member(group.group_id, other.fingerprint)
    _app, window = build_window(tmp_path / "mariam", tmp_path / "settings.json")
    qtbot.addWidget(window)
    window.show()
    window.open_workspace(mariam.vault)
    yield window, [mariam, farid, zahra]
    window.lock()
    for member in (farid, zahra):
        member.vault.close()


def sync_of(window: MainWindow) -> SyncSection:
    assert window.workspace is not None
    section = window.workspace.sections["sync"]
    assert isinstance(section, SyncSection)
    return section


def test_the_people_list_shows_short_ids_and_flags_a_look_alike(  # type: ignore[no-untyped-def]
        qtbot, mariam_window: tuple[MainWindow, list[Member]], tmp_path: Path) -> None:
    window, (_mariam, farid, _zahra) = mariam_window
    section = sync_of(window)
    section.tabs.setCurrentWidget(section.peers)
    impostor = make_member(tmp_path / "elsewhere", "F\u0430rid")  # Cyrillic а
    try:
        peer = section.peers.add_card(impostor.sync.identities.card_text())
        assert peer is not None and peer.peer_id == impostor.fingerprint[:16]
        assert "OTHER KEYS" in section.peers.status.text() and peer.peer_id in section.peers.status.text()
        rows = {section.peers.list.item(r).data(Qt.ItemDataRole.UserRole): section.peers.list.item(r)
                for r in range(section.peers.list.count())}
        assert len(rows) == 3  # nobody replaced: Farid, Zahra and the newcomer
        newcomer, real = rows[impostor.fingerprint], rows[farid.fingerprint]
        assert impostor.fingerprint[:16] in newcomer.text() and farid.fingerprint[:16] in real.text()
        assert "Name looks like" in newcomer.text() and farid.fingerprint[:16] + " (verified)" in newcomer.text()
        assert "different alphabets" in newcomer.text()
        assert "Name looks like" in real.text() and impostor.fingerprint[:16] in real.text()
        assert newcomer.foreground().color().name() == current_scheme().high_risk.lower()  # red, AA in light and dark
        assert "Verified" in real.text()
        section.peers._select(impostor.fingerprint)
        dialog = section.peers.open_verification()
        assert dialog is not None and dialog.warning.isVisibleTo(dialog)
        assert impostor.fingerprint[:16] in dialog.warning.text() and "Name looks like" in dialog.warning.text()
        dialog.reject()
    finally:
        impostor.vault.close()


def test_sending_asks_about_a_member_no_longer_verified_and_can_leave_them_out(  # type: ignore[no-untyped-def]
        qtbot, mariam_window: tuple[MainWindow, list[Member]], tmp_path: Path) -> None:
    window, (mariam, farid, zahra) = mariam_window
    group_id = mariam.sync.groups.groups()[0].group_id
    note = mariam.vault.items.add_note("Witness list", "three names")
    mariam.sync.groups.share(group_id, note.id)
    section = sync_of(window)
    section.tabs.setCurrentWidget(section.peers)
    section.peers._select(farid.fingerprint)
    box = section.peers.ask_to_withdraw_trust()  # Farid's laptop was seized
    assert box is not None and farid.fingerprint[:16] in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert not mariam.sync.identities.peer(farid.fingerprint).verified
    assert "no longer trusted" in section.peers.status.text()
    members = section.groups.member_list
    assert any(farid.fingerprint[:16] in members.item(r).text() and "NOT verified" in members.item(r).text()
               for r in range(members.count()))
    out = tmp_path / "out"
    out.mkdir()
    assert section.exchange.save_bundles_to(out) is None  # asks first; nothing sealed yet
    dialog = section.exchange.untrusted_dialog
    assert dialog is not None and dialog.isVisible() and list(out.iterdir()) == []
    listed = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert len(listed) == 1 and "Farid" in listed[0] and farid.fingerprint[:16] in listed[0]
    qtbot.mouseClick(dialog.leave_out, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.exchange.task is None, timeout=30_000)
    assert "Left out" in section.exchange.status.text() and farid.fingerprint[:16] in section.exchange.status.text()
    [bundle] = list(out.iterdir())
    with pytest.raises(NotAddressedToMe):
        open_bundle(bundle.read_bytes(), farid.sync.identities.identity())
    assert zahra.receive(bundle.read_bytes()).status == "applied"
