"""Every dialog Amanat defines, built over a real vault with real data (peers, a group, a bundle, a note
with an attachment), for tests that must look at all of them: sizes, stale text, screenshots.

`every_dialog_class()` finds the QDialog subclasses under amanat.app.ui by walking the package, so a new
dialog is found without being listed; `DialogCatalogue.builders` says how to build each one, and
`missing_builders()` names a new dialog nobody has taught it to build yet (the tests fail on that).
"""

from __future__ import annotations

import importlib
import io
import pkgutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

import amanat.app.ui
from amanat.app.models import ActionRow, Draft
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
from amanat.app.vault import Vault
from amanat.app.version_links import SectionState
from amanat.crypto.recovery_key import RecoveryKey
from amanat.sync.transports.files import FileTransport
from tests.sharing.conftest import Member, introduce, make_member
from tests.ui.redaction_demo import CONTACTS, demo_note, demo_suggestions


def sample_meeting(vault: Vault, name: str) -> Draft:
    """A meeting with two action items, and an action plan shared with a group to send them into."""
    meeting = vault.items.new_draft("meeting", f"Meeting with {name}")
    saved = vault.items.save(replace(meeting, rows=(ActionRow(f"Letter to the rapporteur ({name})", name),
                                                    ActionRow("Book the room", "Mariam", "2026-12-20"))))
    assert isinstance(saved, Draft)
    vault.items.new_draft("action-plan", f"{name} plan 2027")
    return saved


def png_bytes() -> bytes:
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def every_dialog_class() -> set[type[QDialog]]:
    """Every concrete QDialog subclass under amanat.app.ui (a base with subclasses is left out)."""
    for module in pkgutil.walk_packages(amanat.app.ui.__path__, "amanat.app.ui."):
        importlib.import_module(module.name)
    found: set[type[QDialog]] = set()
    pending: list[type[QDialog]] = [QDialog]
    while pending:
        for subclass in pending.pop().__subclasses__():
            if subclass.__module__.startswith("amanat.app.ui.") and subclass not in found:
                found.add(subclass)
            pending.append(subclass)
    return {dialog_class for dialog_class in found if not dialog_class.__subclasses__()}


def out_of_date_version(vault: Vault, title: str) -> tuple[Draft, dict[str, SectionState]]:
    """A concept note (English) and its Dari version, out of date after the English changed."""
    english = vault.items.new_draft("concept-note", title)
    english = vault.items.save(replace(english, sections=(("background", "Detentions in Herat rose in 2026."),)))
    dari = vault.linked.make_version(english.id, "fa", title, this_language="en", prefill=True)
    vault.linked.mark_updated(dari.id, "background")
    english = vault.items.get(english.id)  # linked now: a copy from before would unlink it
    vault.items.save(replace(english, sections=(("background", "Detentions in Herat and Kabul rose in 2026."),)))
    dari = vault.items.get(dari.id)
    assert isinstance(dari, Draft)
    states = vault.linked.states(dari)
    assert states["background"].out_of_date
    return dari, states


class DialogCatalogue:
    """Real data in the window's vault, and a builder for every dialog that shows it."""

    def __init__(self, window: MainWindow, scratch: Path, name: str = "Zarghuna") -> None:
        assert window.vault is not None and window.context is not None
        context, vault = window.context, window.vault
        vault.sync.identities.set_display_name(f"Mariam {name}")
        me = Member("Mariam", vault)
        other = make_member(scratch / "others", f"Omid {name}")
        self.other_vault = other.vault
        introduce(me, other)
        introduce(other, me)
        theirs = other.sync.groups.create(f"{name} circle")
        other.sync.groups.add_member(theirs.group_id, me.fingerprint)
        shared = other.vault.items.add_note(f"{name}'s testimony", "shared with Mariam")
        other.sync.groups.share(theirs.group_id, shared.id)
        bundle = scratch / f"{name}.age"
        bundle.write_bytes(other.export(theirs.group_id))
        self.bundle = bundle  # addressed to the window's vault, not imported yet
        review = Transfers(vault.sync).review(FileTransport(sources=[bundle]).receive())
        ours = vault.sync.groups.add_member(vault.sync.groups.create(f"{name} group").group_id, other.fingerprint)
        note = vault.items.add_note(f"Meeting {name}", f"{name} brings the documents")
        self.note_id = note.id
        meeting = sample_meeting(vault, name)
        attachment = vault.attachments.add(note.id, io.BytesIO(png_bytes()), f"{name}.png", "image/png")
        peer = vault.sync.identities.peer(other.fingerprint)
        context.items_changed.emit("")
        trip = TravelIntent((note.id,), scratch / f"{name} trip.age", "0" * 64, 0)
        cards = scratch / f"{name} phone.vcf"
        cards.write_text(f"BEGIN:VCARD\nVERSION:3.0\nFN:{name} Karimi\nEND:VCARD\n", encoding="utf-8")

        def search() -> QDialog:
            assert window.workspace is not None
            window.workspace.open_search()
            assert window.workspace.search_dialog is not None
            return window.workspace.search_dialog

        self.builders: dict[type[QDialog], Callable[[], QDialog]] = {
            ImageViewDialog: lambda: ImageViewDialog(attachment, QImage.fromData(png_bytes()), window),
            SearchDialog: search,
            VerifyDialog: lambda: VerifyDialog(context, peer, window),
            PasteCardDialog: lambda: PasteCardDialog(window),
            PasteBundleDialog: lambda: PasteBundleDialog(lambda _text: None, window),
            UntrustedExportDialog: lambda: UntrustedExportDialog([ours], window),
            SettingsDialog: lambda: SettingsDialog(context, window),
            NewDraftDialog: lambda: NewDraftDialog(window),
            MakeVersionDialog: lambda: MakeVersionDialog(vault.items.new_draft("swot", f"{name} SWOT"), set(), window),
            VersionDiffDialog: lambda: VersionDiffDialog(out_of_date_version(vault, f"{name} note")[1], "", window),
            SendItemsDialog: lambda: SendItemsDialog(context, meeting_actions(context), meeting, [], window),
            ImportReviewDialog: lambda: ImportReviewDialog(context, review, window),
            PanicWipeDialog: lambda: PanicWipeDialog(window),
            DuressDialog: lambda: DuressDialog(context, window),
            TravelDialog: lambda: TravelDialog(context, window),
            BackupDialog: lambda: BackupDialog(context, window),
            EntrustDialog: lambda: EntrustDialog(context, window),
            AnswerRequestDialog: lambda: AnswerRequestDialog(context, window),
            SecurityDialog: lambda: SecurityDialog(window.languages.language, window),
            ShareDialog: lambda: ShareDialog(context, note.id, window),
            RekeyDialog: lambda: RekeyDialog(context, window),
            ChangePassphraseDialog: lambda: ChangePassphraseDialog(context, window),
            RecalibrateDialog: lambda: RecalibrateDialog(context, window),
            RecoveryKeyDialog: lambda: RecoveryKeyDialog(RecoveryKey.generate(), window),
            HistoryDialog: lambda: HistoryDialog(context, note.id, window),
            UnfinishedTravelDialog: lambda: UnfinishedTravelDialog(context, trip, 1, window),
            PlaintextExportWarning: lambda: PlaintextExportWarning(window),
            SealPassphraseDialog: lambda: SealPassphraseDialog(window),
            ShortcutsDialog: lambda: ShortcutsDialog(window),
            AboutDialog: lambda: AboutDialog(window),
            ImportDialog: lambda: ImportDialog(context, cards, window),
            RedactionReviewDialog: lambda: RedactionReviewDialog(
                context, demo_note(context.languages.language, name), RedactionKey(), demo_suggestions(name), window),
            VCardExportDialog: lambda: VCardExportDialog(context, list(CONTACTS), window),
        }

    def missing_builders(self) -> list[str]:
        """Dialogs found in the code that this catalogue cannot build yet."""
        return sorted(c.__name__ for c in every_dialog_class() if c not in self.builders)

    def close(self) -> None:
        self.other_vault.close()
