"""Entrusting in the window: Tools → Entrust to colleagues… makes the shares; a holder's answer dialog shows the
request's safety number and saves nothing until the comparison is ticked; the welcome page's Recover with my
colleagues opens the vault from a backup with the answers, and refuses what it must."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from amanat.app.backup import create_backup
from amanat.app.ui.dialogs.entrust_answer_dialog import AnswerRequestDialog
from amanat.app.ui.dialogs.entrust_dialog import EntrustDialog
from amanat.app.ui.dialogs.rekey_dialog import RekeyDialog
from amanat.app.ui.shell.colleague_recovery_page import ColleagueRecoveryPage
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.shell.workspace import Workspace
from amanat.app.ui.widgets.context import UiContext
from amanat.app.vault import Vault
from amanat.crypto.identity import Identity
from amanat.sync.entrust_messages import make_request, parse_request
from amanat.sync.errors import NotAddressedToMe
from tests.sharing.conftest import Member, introduce, make_member

NEW = "a long new passphrase for after the raid"


def _circle(tmp_path: Path, owner: Member) -> list[Member]:
    holders = [make_member(tmp_path, name) for name in ("Farid", "Zahra")]
    for holder in holders:
        introduce(owner, holder)
        introduce(holder, owner)
    return holders


def _context(window: MainWindow, member: Member) -> UiContext:
    return UiContext(member.vault, window.settings, window.languages, window.clipboard)


def test_the_tools_menu_makes_a_set_and_the_holders_import_it(qtbot, unlocked: MainWindow,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    assert unlocked.context is not None
    unlocked.context.vault.sync.identities.set_display_name("Mariam")
    owner = Member("Mariam", unlocked.context.vault)
    holders = _circle(tmp_path, owner)
    try:
        action = unlocked.findChild(type(unlocked.lock_action), "entrustAction")
        assert action is not None and action in unlocked.menus.menus["tools"].actions() and action.isEnabled()
        action.trigger()
        dialog = unlocked.findChild(EntrustDialog)
        assert dialog is not None and dialog.isVisible()
        assert not dialog.make_button.isEnabled()  # nobody ticked yet
        for row in range(dialog.people.count()):
            dialog.people.item(row).setCheckState(Qt.CheckState.Checked)
        assert dialog.make_button.isEnabled() and dialog.threshold.maximum() == 2
        out = tmp_path / "out"
        out.mkdir()
        assert dialog.make_into(out)
        files = sorted(out.iterdir())
        assert len(files) == 2 and "Farid" in dialog.status.text()
        assert "entrusted to" in dialog.current.text() and "2 of 2" in dialog.current.text()
        rekey = RekeyDialog(unlocked.context, unlocked)
        assert "recovery shares will stop working" in rekey.heading.text()  # a re-key cannot keep the set
        rekey.close()
        outcomes = []
        for holder in holders:
            for path in files:
                try:
                    outcomes.append(holder.receive(path.read_bytes()).status)
                except NotAddressedToMe:
                    outcomes.append("not for me")
        assert sorted(outcomes) == ["entrusted", "entrusted", "not for me", "not for me"]  # each file opens once
        dialog.withdraw_button.click()
        question = dialog.findChild(QMessageBox, "entrustWithdrawQuestion")
        assert question is not None and question.isVisible()
        question.button(QMessageBox.StandardButton.Yes).click()
        assert unlocked.context.vault.key_file.entrust_terms() is None
        assert "not entrusted" in dialog.current.text() and "Replaced" in dialog.history.text()
    finally:
        for holder in holders:
            holder.vault.close()


def _answer(qtbot, window: MainWindow, holder: Member, request: str, out: Path) -> AnswerRequestDialog:  # type: ignore[no-untyped-def]
    dialog = AnswerRequestDialog(_context(window, holder), window)
    qtbot.addWidget(dialog)
    dialog.request_text.setPlainText(request)
    review = dialog.check_request()
    assert review is not None and dialog.grid.isVisibleTo(dialog) and dialog.warning.isVisibleTo(dialog)
    assert "pretending to be \u2068Mariam\u2069" in dialog.warning.text()
    assert not dialog.save_button.isEnabled() and not dialog.save_answer(out)  # not before the comparison
    dialog.confirm.setChecked(True)
    assert dialog.save_answer(out) and out.exists()
    return dialog


def test_recover_with_colleagues_from_the_welcome_page(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path, vault_dir: Path) -> None:
    owner = make_member(tmp_path, "Mariam")
    holders = _circle(tmp_path, owner)
    try:
        note = owner.vault.items.add_note("names", "kept with colleagues")
        made = owner.sync.entrust.create(owner.vault.keys, 2, [h.fingerprint for h in holders])
        for bundle, holder in zip(made.bundles, holders, strict=True):
            holder.receive(bundle.data)
        create_backup(owner.vault, tmp_path / "backup.amanat")
        button = window.pages.currentWidget().findChild(object, "colleagueRecoveryButton")
        assert button is not None and button.isVisible()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        page = window.pages.currentWidget()
        assert isinstance(page, ColleagueRecoveryPage)
        assert page.start() is None and "backup file first" in page.error.text()
        page.backup_file = tmp_path / "backup.amanat"
        progress = page.start()
        assert progress is not None and page.grid.isVisibleTo(page) and not page.open_button.isVisibleTo(page)
        assert page.grid.groups_shown() == progress.number.groups()

        impostor = make_request(Identity.generate(), "ab" * 16, "cd" * 16, parse_request(progress.request_text).created)
        stranger = AnswerRequestDialog(_context(window, holders[0]), window)
        qtbot.addWidget(stranger)
        stranger.request_text.setPlainText(impostor.to_text())
        assert stranger.check_request() is None and "You hold no recovery share" in stranger.status.text()
        assert not stranger.grid.isVisibleTo(stranger)

        answers = [tmp_path / f"answer-{n}.age" for n in range(2)]
        for holder, path in zip(holders, answers, strict=True):
            _answer(qtbot, window, holder, progress.request_text, path)
        assert page.add_answer_file(answers[0]) and not page.add_answer_file(answers[0])
        assert "added already" in page.error.text()
        assert page.add_answer_file(answers[1]) and page.open_button.isVisibleTo(page)
        page.passphrase.setText(NEW)
        page.repeat.setText(NEW)
        with qtbot.waitSignal(page.recovered, timeout=60_000):
            page.open_button.click()
        qtbot.waitUntil(lambda: isinstance(window.pages.currentWidget(), Workspace))
        notice = window.findChild(QMessageBox, "entrustRecoveredNotice")
        assert notice is not None and notice.isVisible() and "make a new set" in notice.text()
        assert window.context is not None and window.context.vault.items.get(note.id).body == "kept with colleagues"
        window.lock()
        Vault.unlock(vault_dir, NEW).close()
    finally:
        for member in (owner, *holders):
            member.vault.close()
