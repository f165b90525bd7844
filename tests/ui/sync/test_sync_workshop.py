"""A whole workshop in the GUI: three laptops, cards exchanged and verified, a group, a SWOT edited by two
members at once, swapped through a USB folder and through .eml files; everyone ends with the same content.
A tampered file is refused and a stranger's bundle is quarantined."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from amanat.app.models import Draft
from amanat.app.ui.shell.gui_main import build_window
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.sync.sync_section import SyncSection
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.sharing.conftest import make_member, vault_content

NAMES = ("Mariam", "Farid", "Zahra")


@pytest.fixture
def laptops(qtbot, tmp_path: Path) -> Iterator[list[MainWindow]]:  # type: ignore[no-untyped-def]
    windows = []
    for name in NAMES:
        _app, window = build_window(tmp_path / name.lower(), tmp_path / f"{name}.json")
        qtbot.addWidget(window)
        window.show()
        vault, _recovery = Vault.create(tmp_path / name.lower(), PASSPHRASE)
        window.open_workspace(vault)
        windows.append(window)
    yield windows
    for window in windows:
        window.lock()


def sync_of(window: MainWindow) -> SyncSection:
    workspace = window.workspace
    assert workspace is not None
    workspace.sidebar.setCurrentRow(4)
    section = workspace.sections["sync"]
    assert isinstance(section, SyncSection)
    return section


def vault_of(window: MainWindow) -> Vault:
    assert window.workspace is not None
    return window.workspace.context.vault


def finish(qtbot, section: SyncSection) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: section.exchange.task is None, timeout=30_000)


def apply_review(qtbot, section: SyncSection) -> list[str]:  # type: ignore[no-untyped-def]
    """Press Apply in the review dialog the last exchange opened; return what it listed."""
    finish(qtbot, section)
    dialog = section.exchange.review_dialog
    assert dialog is not None and dialog.isVisible()
    texts = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    section.exchange.review_dialog = None
    if dialog.apply_button.isEnabled():
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        finish(qtbot, section)
    else:
        dialog.reject()
    return texts


def usb_round(qtbot, section: SyncSection, usb: Path) -> list[str]:  # type: ignore[no-untyped-def]
    section.exchange.review_dialog = None
    section.exchange.sync_with_drive(usb)
    finish(qtbot, section)
    return apply_review(qtbot, section) if section.exchange.review_dialog is not None else []


def test_a_workshop_ends_with_identical_content(qtbot, laptops: list[MainWindow], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sections = [sync_of(w) for w in laptops]
    mariam, farid, zahra = sections
    for section, name in zip(sections, NAMES, strict=True):
        section.tabs.setCurrentWidget(section.identity)
        section.identity.name.setText(name)
        qtbot.mouseClick(section.identity.save_name, Qt.MouseButton.LeftButton)
        assert not section.identity.qr.pixmap().isNull()  # the card's QR code is shown

    # Cards go round the table (copied as text), and every pair compares safety numbers.
    for reader in sections:
        for writer in sections:
            if reader is writer:
                continue
            writer.identity.copy_card()
            peer = reader.peers.add_card(QApplication.clipboard().text())
            assert peer is not None and not peer.verified
            dialog = reader.peers.open_verification()
            assert dialog is not None and not dialog.mark.isEnabled()
            theirs = [p for p in writer.peers.peers if p.name == reader.identity.name.text()]
            if theirs:  # the writer already added the reader: both see the same number
                assert theirs[0].safety_number == peer.safety_number
            dialog.confirm.setChecked(True)
            qtbot.mouseClick(dialog.mark, Qt.MouseButton.LeftButton)
            assert reader.peers.selected() is not None and reader.peers.selected().verified  # type: ignore[union-attr]

    # Mariam makes the group, adds both, and shares a SWOT from the strategy editor.
    group = mariam.groups.create_group("Workshop Kabul–Geneva")
    assert group is not None
    for window in laptops[1:]:
        mariam.groups.add_member(vault_of(window).sync.identities.public().fingerprint.hex())
    assert [m.name for m in mariam.groups.selected().members] == list(NAMES)  # type: ignore[union-attr]
    mariam_vault = vault_of(laptops[0])
    swot = mariam_vault.items.new_draft("swot", "SWOT ۱۴۰۵")
    strategy = laptops[0].workspace.sections["draft"]  # type: ignore[union-attr]
    strategy.open_item(swot.id)
    share = strategy.open_share()
    assert share is not None
    share.list.item(0).setCheckState(Qt.CheckState.Checked)
    share.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert vault_of(laptops[0]).sync.groups.groups_sharing(swot.id)[0].name == "Workshop Kabul–Geneva"

    usb = tmp_path / "usb-stick"
    usb.mkdir()
    usb_round(qtbot, mariam, usb)
    for section in (farid, zahra):
        listed = usb_round(qtbot, section, usb)
        assert any("Mariam" in text and "1 added" in text for text in listed), listed
    assert not any(p.name for p in usb.rglob("*") if "Mariam" in p.name or "Workshop" in p.name)

    # Farid and Zahra edit the same SWOT at once, offline.
    for window, text in ((laptops[1], "شبکه مدافعان در ۱۲ ولایت"), (laptops[2], "Access to UN rapporteurs")):
        vault = vault_of(window)
        draft = vault.items.get(swot.id)
        assert isinstance(draft, Draft)
        vault.items.save(replace(draft, sections=(("strengths", draft.section("strengths") + text),
                                                  *draft.sections[1:])))
    # Farid uses the USB stick; Zahra sends e-mail drafts, which Mariam imports as .eml files.
    usb_round(qtbot, farid, usb)
    opened: list[Path] = []
    zahra.exchange.open_mail_program = opened.append
    mail = tmp_path / "mail"
    mail.mkdir()
    zahra.exchange.write_email_drafts(mail)
    finish(qtbot, zahra)
    assert opened and opened[0].suffix == ".eml"
    usb_round(qtbot, mariam, usb)
    mariam.exchange.import_mail_files(sorted(mail.glob("*.eml")))
    assert any("Zahra" in text for text in apply_review(qtbot, mariam))
    usb_round(qtbot, mariam, usb)  # Mariam passes the merged SWOT on
    for section in (farid, zahra):
        usb_round(qtbot, section, usb)

    contents = [vault_content(vault_of(w)) for w in laptops]
    assert contents[0] == contents[1] == contents[2]
    merged = vault_of(laptops[0]).items.get(swot.id)
    assert isinstance(merged, Draft)
    assert "شبکه مدافعان در ۱۲ ولایت" in merged.section("strengths")
    assert "Access to UN rapporteurs" in merged.section("strengths")


def test_a_tampered_file_is_refused_and_a_strangers_bundle_quarantined(qtbot, laptops: list[MainWindow],  # type: ignore[no-untyped-def]
                                                                        tmp_path: Path) -> None:
    farid_window = laptops[1]
    farid = sync_of(farid_window)
    farid.identity.name.setText("Farid")
    farid.identity.save_display_name()
    stranger = make_member(tmp_path / "elsewhere", "Stranger")
    try:
        farid_card = vault_of(farid_window).sync.identities.card_file()
        stranger.sync.identities.add_peer(farid_card)
        peer = stranger.sync.identities.peers()[0]
        stranger.sync.identities.verify_peer(peer.fingerprint, peer.safety_number)
        group = stranger.sync.groups.create("Not a real group")
        stranger.sync.groups.add_member(group.group_id, peer.fingerprint)
        note = stranger.vault.items.add_note("Click this", "")
        stranger.sync.groups.share(group.group_id, note.id)
        data = stranger.export(group.group_id)
        good = tmp_path / "from-stranger.age"
        good.write_bytes(data)
        tampered = tmp_path / "tampered.age"
        damaged = bytearray(data)
        damaged[len(damaged) // 2] ^= 0x10
        tampered.write_bytes(bytes(damaged))

        farid.exchange.open_files([tampered])
        finish(qtbot, farid)
        dialog = farid.exchange.review_dialog
        assert dialog is not None and not dialog.apply_button.isEnabled()
        assert dialog.list.item(0).text().startswith("Refused")
        dialog.reject()

        before = vault_content(vault_of(farid_window))
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(good))])
        drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
        farid_window.workspace.dropEvent(drop)  # type: ignore[union-attr]  # the file dropped on the window
        texts = apply_review(qtbot, farid)
        assert "NOT verified" in texts[0]
        assert farid.exchange.quarantine.count() == 1
        assert vault_content(vault_of(farid_window)) == before
    finally:
        stranger.vault.close()


def test_history_shows_whose_edit_arrived_and_an_overwritten_field_can_be_restored(  # type: ignore[no-untyped-def]
        qtbot, laptops: list[MainWindow], tmp_path: Path) -> None:
    from amanat.app.models import Contact
    from amanat.app.ui.sections.history_dialog import HistoryDialog
    from tests.sharing.conftest import Member, introduce

    window = laptops[0]
    mariam = Member("Mariam", vault_of(window))
    mariam.sync.identities.set_display_name("Mariam")
    farid = make_member(tmp_path / "elsewhere", "Farid")
    try:
        introduce(mariam, farid)
        introduce(farid, mariam)
        group = mariam.sync.groups.create("Lawyers")
        mariam.sync.groups.add_member(group.group_id, farid.fingerprint)
        contact = mariam.vault.items.add(Contact(id="", display_name="Lawyer", city="Herat", risk_level="high"))
        mariam.sync.groups.share(group.group_id, contact.id)
        farid.receive(mariam.export(group.group_id))
        farid.vault.items.save(replace(farid.vault.items.get(contact.id), city="Kabul"))
        mariam.receive(farid.export(group.group_id))
        assert mariam.vault.items.get(contact.id).city == "Kabul"  # type: ignore[union-attr]

        assert window.workspace is not None
        dialog = HistoryDialog(window.workspace.context, contact.id, window)
        qtbot.addWidget(dialog)
        rows = [dialog.revisions.topLevelItem(i) for i in range(dialog.revisions.topLevelItemCount())]
        assert [row.text(3).strip("\u2068\u2069") for row in rows] == ["Farid", "you"]  # newest first
        dialog.select_revision(1)
        dialog.restore_selected()
        assert mariam.vault.items.get(contact.id).city == "Herat"  # type: ignore[union-attr]
    finally:
        farid.vault.close()
