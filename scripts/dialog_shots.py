"""Every dialog of the window, at 1366×768 (the commonest laptop screen), for scripts/screenshots.py.

The dialogs are found by walking amanat.app.ui for QDialog subclasses, as tests/ui/test_window_sizes.py
does, and each is built over the language's demo vault with its own data (a note with an attachment, the
demo group, a peer, Farid's bundle). A dialog found but not known here is reported as a screen that
could not be produced, so a new dialog is not forgotten. Each picture is the main window at 1366×768
with the dialog over its middle, as the user would see it:

    OUTDIR/{en,fa,ps}/dialogs/NN-name.png
"""

from __future__ import annotations

import importlib
import io
import pkgutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage
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
from amanat.app.ui.dialogs.settings_dialog import SECURITY_TAB, SettingsDialog
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
from amanat.crypto.recovery_key import RecoveryKey
from amanat.sync.transports.files import FileTransport
from tests.ui.redaction_demo import CONTACTS, demo_note, demo_suggestions  # the dialog tests' made-up report

SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 768
CIRCLE_NAME = {"en": "Border monitors", "fa": "ناظران مرز", "ps": "د پولې څارونکي"}
MEETING = {  # title, two action items (action, owner), the plan to send them into
    "en": ("Geneva follow-up", (("Letter to the Special Rapporteur", "Mariam"), ("Book the room", "Farid")),
           "Advocacy plan 2027"),
    "fa": ("جلسهٔ پیگیری ژنو", (("نامه به گزارشگر ویژه", "مریم"), ("رزرو اتاق", "فرید")), "پلان دادخواهی ۲۰۲۷"),
    "ps": ("د ژنیو تعقیبي غونډه", (("ځانګړي راپور ورکوونکي ته لیک", "مریم"), ("د کوټې نیول", "فرید")),
           "د ۲۰۲۷ د مدافعې پلان"),
}
PHOTO_NAME = {"en": "meeting-room.png", "fa": "اتاق-جلسه.png", "ps": "د-غونډې-کوټه.png"}


def every_dialog_class() -> set[type[QDialog]]:
    """Every concrete QDialog subclass under amanat.app.ui."""
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


def demo_meeting(vault: Vault, language: str) -> Draft:
    """A meeting with two action items, and a plan shared with a group (so the dialog shows its warning)."""
    title, items, plan_title = MEETING[language]
    meeting = vault.items.new_draft("meeting", title)
    saved = vault.items.save(replace(meeting, rows=tuple(ActionRow(action, owner) for action, owner in items)))
    plan = vault.items.new_draft("action-plan", plan_title)
    groups = vault.sync.groups.groups()
    if groups:
        vault.sync.groups.share(groups[0].group_id, plan.id)
    assert isinstance(saved, Draft)
    return saved


def demo_photo() -> bytes:
    """A small picture for the image viewer (a made-up one: the demo vault holds nothing real)."""
    image = QImage(480, 320, QImage.Format.Format_RGB32)
    image.fill(QColor("#5b7db1"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def untrusted_circle(vault: Any, peer: str, name: str) -> Any:
    """A group of mine with one member whose trust I withdrew: the old keys of the peer whose keys changed."""
    identities, groups = vault.sync.identities, vault.sync.groups
    changed = identities.peer(peer)
    old = next(p for p in identities.peers() if p.verified and p.name == changed.name)
    circle = groups.add_member(groups.create(name).group_id, old.fingerprint)
    identities.unverify_peer(old.fingerprint)
    return next(group for group in groups.groups() if group.group_id == circle.group_id)


PHONE_CARDS = {
    "en": "BEGIN:VCARD\nVERSION:3.0\nFN:Mariam Ahmadi\nTEL:+93 70 000 0001\nEND:VCARD\n"
          "BEGIN:VCARD\nVERSION:3.0\nFN:Tomas Reinholt\nEMAIL:t.reinholt@example.org\nEND:VCARD\n",
    "fa": "BEGIN:VCARD\nVERSION:3.0\nFN:مریم احمدی\nTEL:+93 70 000 0001\nEND:VCARD\n"
          "BEGIN:VCARD\nVERSION:3.0\nFN:توماس راینهولت\nEMAIL:t.reinholt@example.org\nEND:VCARD\n",
    "ps": "BEGIN:VCARD\nVERSION:3.0\nFN:مریم احمدي\nTEL:+93 70 000 0001\nEND:VCARD\n"
          "BEGIN:VCARD\nVERSION:3.0\nFN:توماس راینهولټ\nEMAIL:t.reinholt@example.org\nEND:VCARD\n",
}


def out_of_date_states(vault: Any) -> Any:
    """The sections of an English concept note's Dari version, out of date after the English changed."""
    english = vault.items.new_draft("concept-note", "Concept note")
    english = vault.items.save(replace(english, sections=(("background", "Detentions in Herat rose in 2026."),)))
    dari = vault.linked.make_version(english.id, "fa", "یادداشت مفهومی", this_language="en")
    dari = vault.items.save(replace(dari, sections=(("background", "بازداشت‌ها در هرات در سال ۱۴۰۵ بیشتر شد."),)))
    vault.linked.mark_updated(dari.id, "background")
    english = vault.items.get(english.id)  # linked now: a copy from before would unlink it
    vault.items.save(replace(english, sections=(("background", "Detentions in Herat and Kabul rose in 2026."),)))
    return vault.linked.states(vault.items.get(dari.id))


def dialog_builders(window: MainWindow, note_id: str, peer: str, bundle: Path, language: str
                    ) -> list[tuple[str, type[QDialog], Callable[[], QDialog]]]:
    """(file name, class, builder) for every dialog, in the order the pictures are numbered."""
    context, vault = window.context, window.vault
    assert context is not None and vault is not None and window.workspace is not None
    workspace = window.workspace
    photo = demo_photo()
    attachment = vault.attachments.add(note_id, io.BytesIO(photo), PHOTO_NAME[language], "image/png")
    circle = untrusted_circle(vault, peer, CIRCLE_NAME[language])
    review = Transfers(vault.sync).review(FileTransport(sources=[bundle]).receive())
    trip = TravelIntent((note_id,), bundle.parent / "trip.age", "0" * 64, 0)
    cards = bundle.parent / "phone.vcf"  # two phone contacts, one already in the demo vault
    cards.write_text(PHONE_CARDS[language], encoding="utf-8")
    meeting = demo_meeting(vault, language)

    def settings(tab: int) -> QDialog:
        dialog = SettingsDialog(context, window)
        dialog.tabs.setCurrentIndex(tab)
        return dialog

    def search() -> QDialog:
        workspace.open_search()
        assert workspace.search_dialog is not None
        return workspace.search_dialog

    built: list[tuple[str, type[QDialog], Callable[[], Any]]] = [
        ("settings-general", SettingsDialog, lambda: settings(0)),
        ("settings-security", SettingsDialog, lambda: settings(SECURITY_TAB)),
        ("change-passphrase", ChangePassphraseDialog, lambda: ChangePassphraseDialog(context, window)),
        ("recalibrate", RecalibrateDialog, lambda: RecalibrateDialog(context, window)),
        ("rekey", RekeyDialog, lambda: RekeyDialog(context, window)),
        ("recovery-key", RecoveryKeyDialog, lambda: RecoveryKeyDialog(RecoveryKey.generate(), window)),
        ("backup", BackupDialog, lambda: BackupDialog(context, window)),
        ("panic-wipe", PanicWipeDialog, lambda: PanicWipeDialog(window)),
        ("duress", DuressDialog, lambda: DuressDialog(context, window)),
        ("travel", TravelDialog, lambda: TravelDialog(context, window)),
        ("travel-unfinished", UnfinishedTravelDialog, lambda: UnfinishedTravelDialog(context, trip, 1, window)),
        ("what-amanat-protects", SecurityDialog, lambda: SecurityDialog(language, window)),
        ("search", SearchDialog, search),
        ("history", HistoryDialog, lambda: HistoryDialog(context, note_id, window)),
        ("share", ShareDialog, lambda: ShareDialog(context, note_id, window)),
        ("new-draft", NewDraftDialog, lambda: NewDraftDialog(window)),
        ("send-action-items", SendItemsDialog,
         lambda: SendItemsDialog(context, meeting_actions(context), meeting, [], window)),
        ("image", ImageViewDialog, lambda: ImageViewDialog(attachment, QImage.fromData(photo), window)),
        ("verify", VerifyDialog, lambda: VerifyDialog(context, vault.sync.identities.peer(peer), window)),
        ("paste-card", PasteCardDialog, lambda: PasteCardDialog(window)),
        ("paste-bundle", PasteBundleDialog, lambda: PasteBundleDialog(lambda _text: None, window)),
        ("import-review", ImportReviewDialog, lambda: ImportReviewDialog(context, review, window)),
        ("untrusted-export", UntrustedExportDialog, lambda: UntrustedExportDialog([circle], window)),
        ("export-plaintext-warning", PlaintextExportWarning, lambda: PlaintextExportWarning(window)),
        ("export-sealed-passphrase", SealPassphraseDialog, lambda: SealPassphraseDialog(window)),
        ("export-redacted-review", RedactionReviewDialog, lambda: RedactionReviewDialog(
            context, demo_note(language), RedactionKey(), demo_suggestions(), window,
            profiles=["UN Special Rapporteur"], load_key=lambda _profile: None)),
        ("export-vcard", VCardExportDialog, lambda: VCardExportDialog(context, list(CONTACTS), window)),
        ("entrust", EntrustDialog, lambda: EntrustDialog(context, window)),
        ("entrust-answer", AnswerRequestDialog, lambda: AnswerRequestDialog(context, window)),
        ("keyboard-shortcuts", ShortcutsDialog, lambda: ShortcutsDialog(window)),
        ("about", AboutDialog, lambda: AboutDialog(window)),
        ("import-contacts", ImportDialog, lambda: ImportDialog(context, cards, window)),
        ("make-version", MakeVersionDialog, lambda: MakeVersionDialog(vault.items.new_draft("swot", "SWOT"), set(),
                                                                      window)),
        ("version-changes", VersionDiffDialog, lambda: VersionDiffDialog(out_of_date_states(vault), "", window)),
    ]
    return [(f"{number:02d}-{name}", cls, build) for number, (name, cls, build) in enumerate(built, 1)]


def unknown_dialogs(known: list[tuple[str, type[QDialog], Callable[[], QDialog]]]) -> list[str]:
    """Dialogs in the code that `dialog_builders` does not build yet."""
    classes = {cls for _name, cls, _build in known}
    return sorted(cls.__name__ for cls in every_dialog_class() if cls not in classes)
