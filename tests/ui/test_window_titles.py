"""Finding 19: window titles say what the window is, never whose or which. Task switchers, screen sharing
and window-history logs see titles; a name or an item's title there leaves the vault."""

from __future__ import annotations

import ast
import importlib
import io
import pkgutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMessageBox

import amanat.app.ui
from amanat.app.errors import InvalidValue
from amanat.app.models import Contact
from amanat.app.redaction.pseudonyms import RedactionKey
from amanat.app.sharing.transfer import Transfers
from amanat.app.sharing.travel_order import TravelIntent
from amanat.app.ui.dialogs.backup_dialog import BackupDialog
from amanat.app.ui.dialogs.border_dialogs import DuressDialog, PanicWipeDialog, SecurityDialog
from amanat.app.ui.dialogs.entrust_answer_dialog import AnswerRequestDialog
from amanat.app.ui.dialogs.entrust_dialog import EntrustDialog
from amanat.app.ui.dialogs.help_dialogs import AboutDialog, ShortcutsDialog
from amanat.app.ui.dialogs.import_dialog import ImportDialog
from amanat.app.ui.dialogs.passphrase_dialogs import ChangePassphraseDialog, RecalibrateDialog, RecoveryKeyDialog
from amanat.app.ui.dialogs.rekey_dialog import RekeyDialog
from amanat.app.ui.dialogs.settings_dialog import SettingsDialog
from amanat.app.ui.dialogs.travel_dialog import TravelDialog
from amanat.app.ui.dialogs.travel_resume import UnfinishedTravelDialog
from amanat.app.ui.sections.history_dialog import HistoryDialog
from amanat.app.ui.sections.image_view_dialog import ImageViewDialog
from amanat.app.ui.sections.make_version_dialog import MakeVersionDialog
from amanat.app.ui.sections.meeting_editor import meeting_actions
from amanat.app.ui.sections.redaction_review import RedactionReviewDialog
from amanat.app.ui.sections.search_dialog import SearchDialog
from amanat.app.ui.sections.send_items_dialog import SendItemsDialog
from amanat.app.ui.sections.share_dialog import ShareDialog
from amanat.app.ui.sections.strategy_section import NewDraftDialog
from amanat.app.ui.sections.vcard_export import VCardExportDialog
from amanat.app.ui.sections.version_diff_dialog import VersionDiffDialog
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.sync.peer_dialogs import PasteCardDialog, VerifyDialog
from amanat.app.ui.sync.sync_export_review import UntrustedExportDialog
from amanat.app.ui.sync.sync_review import ImportReviewDialog
from amanat.app.ui.sync.sync_sources import PasteBundleDialog
from amanat.app.ui.widgets.export_dialogs import PlaintextExportWarning, SealPassphraseDialog
from amanat.crypto.recovery_key import RecoveryKey
from amanat.sync.transports.files import FileTransport
from tests.sharing.conftest import Member, introduce, make_member
from tests.ui.dialog_catalogue import out_of_date_version, sample_meeting
from tests.ui.redaction_demo import demo_note, demo_suggestions

CANARY = "Zarghuna"
ROOT = Path(__file__).resolve().parents[2]


def png_bytes() -> bytes:
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def every_dialog_class() -> set[type[QDialog]]:
    """Every QDialog subclass Amanat defines (a new one must be added to BUILT below)."""
    for module in pkgutil.walk_packages(amanat.app.ui.__path__, "amanat.app.ui."):
        importlib.import_module(module.name)
    found: set[type[QDialog]] = set()
    pending: list[type[QDialog]] = [QDialog]
    while pending:
        for subclass in pending.pop().__subclasses__():
            if subclass.__module__.startswith("amanat.app.ui.") and subclass not in found:
                found.add(subclass)
            pending.append(subclass)
    return found


def test_no_window_title_names_a_person_or_an_item(qtbot, unlocked: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.vault is not None and unlocked.context is not None and unlocked.workspace is not None
    context, vault = unlocked.context, unlocked.vault
    vault.sync.identities.set_display_name(f"Mariam {CANARY}")
    me = Member("Mariam", vault)
    omid = make_member(tmp_path / "others", f"Omid {CANARY}")
    introduce(me, omid)
    introduce(omid, me)
    theirs = omid.sync.groups.create(f"{CANARY} circle")
    omid.sync.groups.add_member(theirs.group_id, me.fingerprint)
    shared = omid.vault.items.add_note(f"{CANARY}'s testimony", "shared with Mariam")
    omid.sync.groups.share(theirs.group_id, shared.id)
    bundle = tmp_path / f"{CANARY}.age"
    bundle.write_bytes(omid.export(theirs.group_id))
    review = Transfers(vault.sync).review(FileTransport(sources=[bundle]).receive())
    assert review.pending and review.pending[0].report is not None
    ours = vault.sync.groups.create(f"{CANARY} group")
    ours = vault.sync.groups.add_member(ours.group_id, omid.fingerprint)
    note = vault.items.add_note(f"Meeting {CANARY}", f"{CANARY} brings the documents")
    meeting = sample_meeting(vault, CANARY)
    attachment = vault.attachments.add(note.id, io.BytesIO(png_bytes()), f"{CANARY}.png", "image/png")
    peer = vault.sync.identities.peer(omid.fingerprint)
    context.items_changed.emit("")
    unlocked.workspace.show_item("note", note.id)
    unlocked.workspace.open_search()
    assert unlocked.workspace.search_dialog is not None
    unlocked.workspace.search_dialog.field.setText(CANARY)

    cards = tmp_path / f"{CANARY} phone.vcf"
    cards.write_text(f"BEGIN:VCARD\nVERSION:3.0\nFN:{CANARY} Karimi\nEND:VCARD\n", encoding="utf-8")
    built: dict[type[QDialog], Callable[[], QDialog]] = {
        ImageViewDialog: lambda: ImageViewDialog(attachment, QImage.fromData(png_bytes()), unlocked),
        SearchDialog: lambda: unlocked.workspace.search_dialog,  # type: ignore[union-attr,return-value]
        VerifyDialog: lambda: VerifyDialog(context, peer, unlocked),
        PasteCardDialog: lambda: PasteCardDialog(unlocked),
        PasteBundleDialog: lambda: PasteBundleDialog(lambda _text: None, unlocked),
        UntrustedExportDialog: lambda: UntrustedExportDialog([ours], unlocked),
        SettingsDialog: lambda: SettingsDialog(context, unlocked),
        NewDraftDialog: lambda: NewDraftDialog(unlocked),
        MakeVersionDialog: lambda: MakeVersionDialog(vault.items.new_draft("swot", f"{CANARY} SWOT"), set(), unlocked),
        VersionDiffDialog: lambda: VersionDiffDialog(out_of_date_version(vault, f"{CANARY} note")[1], "", unlocked),
        SendItemsDialog: lambda: SendItemsDialog(context, meeting_actions(context), meeting, [], unlocked),
        ImportReviewDialog: lambda: ImportReviewDialog(context, review, unlocked),
        PanicWipeDialog: lambda: PanicWipeDialog(unlocked),
        DuressDialog: lambda: DuressDialog(context, unlocked),
        TravelDialog: lambda: TravelDialog(context, unlocked),
        BackupDialog: lambda: BackupDialog(context, unlocked),
        EntrustDialog: lambda: EntrustDialog(context, unlocked),
        AnswerRequestDialog: lambda: AnswerRequestDialog(context, unlocked),
        SecurityDialog: lambda: SecurityDialog("en", unlocked),
        ShortcutsDialog: lambda: ShortcutsDialog(unlocked),
        AboutDialog: lambda: AboutDialog(unlocked),
        ShareDialog: lambda: ShareDialog(context, note.id, unlocked),
        RekeyDialog: lambda: RekeyDialog(context, unlocked),
        ChangePassphraseDialog: lambda: ChangePassphraseDialog(context, unlocked),
        RecalibrateDialog: lambda: RecalibrateDialog(context, unlocked),
        RecoveryKeyDialog: lambda: RecoveryKeyDialog(RecoveryKey.generate(), unlocked),
        HistoryDialog: lambda: HistoryDialog(context, note.id, unlocked),
        PlaintextExportWarning: lambda: PlaintextExportWarning(unlocked),
        ImportDialog: lambda: ImportDialog(context, cards, unlocked),
        SealPassphraseDialog: lambda: SealPassphraseDialog(unlocked),
        RedactionReviewDialog: lambda: RedactionReviewDialog(context, demo_note("en", CANARY), RedactionKey(),
                                                             demo_suggestions(CANARY), unlocked),
        VCardExportDialog: lambda: VCardExportDialog(context, [Contact(id="", display_name=f"{CANARY} Karimi")],
                                                     unlocked),
        UnfinishedTravelDialog: lambda: UnfinishedTravelDialog(
            context, TravelIntent((note.id,), tmp_path / f"{CANARY} trip.age", "0" * 64, 0), 1, unlocked),
    }
    for dialog_class in sorted(every_dialog_class(), key=lambda c: c.__name__):
        if dialog_class.__subclasses__():
            continue  # a base (PassphraseTaskDialog): its subclasses are built
        assert dialog_class in built, f"build {dialog_class.__name__} here with names and titles in its data"
        dialog = built[dialog_class]()
        dialog.show()
        assert isinstance(dialog, dialog_class)

    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    shown = {type(w) for w in windows}
    assert set(built) <= shown and MainWindow in shown
    labels = [w.text() for w in QApplication.allWidgets() if isinstance(w, QLabel | QLineEdit)]
    assert sum(CANARY in text for text in labels) >= 3  # names and titles really are on screen
    titles = {type(w).__name__: w.windowTitle() for w in windows}
    titles.update({f"{name} (platform)": w.windowHandle().title() for name, w in
                   ((type(w).__name__, w) for w in windows) if w.windowHandle() is not None})
    assert {name: title for name, title in titles.items() if CANARY in title} == {}
    assert unlocked.windowTitle() == "Amanat"
    unlocked.switch_language("fa")
    assert unlocked.windowTitle() == "Amanat"  # the same in every language: it says only which program


def test_no_title_is_built_from_data() -> None:
    """A window or message title is a fixed, translated text: never formatted, joined or an f-string."""

    def built_from_data(node: ast.expr) -> bool:
        return isinstance(node, ast.JoinedStr | ast.BinOp) or (
            isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format")

    offenders = []
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name)):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            if name == "setWindowTitle" and node.args:
                title = node.args[0]
            elif name in ("question", "warning", "information", "critical", "getText", "getItem",
                          "getInt", "getDouble", "getMultiLineText") and len(node.args) >= 2:
                title = node.args[1]
            elif name == "QMessageBox" and len(node.args) >= 2:
                title = node.args[1]
            else:
                continue
            if built_from_data(title):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_an_error_message_is_titled_amanat_in_every_language(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.context is not None
    unlocked.switch_language("ps")
    titles: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        titles.append(box.windowTitle())
        box.close()

    QTimer.singleShot(0, read_and_close)
    unlocked.context.show_error(unlocked, InvalidValue(f"no {CANARY} here"))
    assert titles == ["Amanat"]
