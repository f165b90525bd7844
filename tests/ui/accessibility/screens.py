"""Every screen of Amanat, built for real over one filled vault: the start pages, each section in the
states that show different widgets, and every dialog Amanat defines (found by walking QDialog's
subclasses, so a new dialog that is not built here fails the tests that use this catalogue)."""

from __future__ import annotations

import importlib
import io
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

import amanat.app.ui
from amanat.app.models import TEMPLATES, Contact
from amanat.app.sharing.transfer import Transfers
from amanat.app.sharing.travel_order import TravelIntent
from amanat.app.ui.dialogs.backup_dialog import BackupDialog
from amanat.app.ui.dialogs.border_dialogs import DuressDialog, PanicWipeDialog, SecurityDialog
from amanat.app.ui.dialogs.passphrase_dialogs import ChangePassphraseDialog, RecalibrateDialog, RecoveryKeyDialog
from amanat.app.ui.dialogs.recovery_key_page import RecoveryKeyPage
from amanat.app.ui.dialogs.rekey_dialog import RekeyDialog
from amanat.app.ui.dialogs.settings_dialog import SettingsDialog
from amanat.app.ui.dialogs.travel_dialog import TravelDialog
from amanat.app.ui.dialogs.travel_resume import UnfinishedTravelDialog
from amanat.app.ui.sections.history_dialog import HistoryDialog
from amanat.app.ui.sections.image_view_dialog import ImageViewDialog
from amanat.app.ui.sections.search_dialog import SearchDialog
from amanat.app.ui.sections.share_dialog import ShareDialog
from amanat.app.ui.sections.strategy_section import NewDraftDialog
from amanat.app.ui.shell.first_run import CreateVaultPage, WelcomePage
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.shell.restore_page import RestorePage
from amanat.app.ui.shell.unlock import RecoverPage, UnlockPage
from amanat.app.ui.shell.workspace import SECTION_KINDS
from amanat.app.ui.sync.peer_dialogs import PasteCardDialog, VerifyDialog
from amanat.app.ui.sync.sync_export_review import UntrustedExportDialog
from amanat.app.ui.sync.sync_review import ImportReviewDialog
from amanat.app.ui.sync.sync_sources import PasteBundleDialog
from amanat.crypto.recovery_key import RecoveryKey
from amanat.sync.transports.files import FileTransport
from tests.sharing.conftest import Member, introduce, make_member


@dataclass
class Screen:
    """One screen as the user meets it: `root` is shown, in the state that `name` says."""

    name: str
    root: QWidget


def png_bytes() -> bytes:
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def every_dialog_class() -> set[type[QDialog]]:
    """Every QDialog subclass Amanat defines, bases excluded (their subclasses are built)."""
    for module in pkgutil.walk_packages(amanat.app.ui.__path__, "amanat.app.ui."):
        importlib.import_module(module.name)
    found: set[type[QDialog]] = set()
    pending: list[type[QDialog]] = [QDialog]
    while pending:
        for subclass in pending.pop().__subclasses__():
            if subclass.__module__.startswith("amanat.app.ui."):
                found.add(subclass)
            pending.append(subclass)
    return {dialog for dialog in found if not dialog.__subclasses__()}


class FilledWindow:
    """The main window over a vault holding one of everything a screen can show."""

    def __init__(self, window: MainWindow, others: Path) -> None:
        assert window.vault is not None and window.context is not None
        self.window = window
        self.context = window.context
        vault = window.vault
        vault.sync.identities.set_display_name("Mariam")
        me = Member("Mariam", vault)
        omid = make_member(others, "Omid")
        introduce(me, omid)
        introduce(omid, me)
        theirs = omid.sync.groups.create("Omid's circle")
        omid.sync.groups.add_member(theirs.group_id, me.fingerprint)
        shared = omid.vault.items.add_note("Testimony", "shared with Mariam")
        omid.sync.groups.share(theirs.group_id, shared.id)
        bundle = others / "from-omid.age"
        bundle.write_bytes(omid.export(theirs.group_id))
        self.review = Transfers(vault.sync).review(FileTransport(sources=[bundle]).receive())
        self.group = vault.sync.groups.add_member(vault.sync.groups.create("Geneva").group_id, omid.fingerprint)
        self.note = vault.items.add_note("Meeting", "Bring the documents", tags=("geneva",))
        vault.sync.groups.share(self.group.group_id, self.note.id)
        vault.sync.exchange.export(self.group.group_id)
        self.attachment = vault.attachments.add(self.note.id, io.BytesIO(png_bytes()), "photo.png", "image/png")
        self.contact = vault.items.add(Contact(id="", display_name="Ahmad", channels=(("phone", "+93 700 000"),)))
        self.drafts = {template: vault.items.new_draft(template, f"Draft {template}") for template in TEMPLATES}
        trashed = vault.items.add_note("Old", "gone")
        vault.items.delete(trashed.id)
        self.peer = vault.sync.identities.peer(omid.fingerprint)
        self.others = others
        omid.vault.close()
        self.context.items_changed.emit("")

    def dialog_builders(self) -> dict[type[QDialog], Callable[[], QDialog]]:
        window, context, others = self.window, self.context, self.others

        def search() -> QDialog:
            assert window.workspace is not None
            window.workspace.open_search()
            assert window.workspace.search_dialog is not None
            window.workspace.search_dialog.field.setText("Meeting")
            return window.workspace.search_dialog

        return {
            ImageViewDialog: lambda: ImageViewDialog(self.attachment, QImage.fromData(png_bytes()), window),
            SearchDialog: search,
            VerifyDialog: lambda: VerifyDialog(context, self.peer, window),
            PasteCardDialog: lambda: PasteCardDialog(window),
            PasteBundleDialog: lambda: PasteBundleDialog(lambda _text: None, window),
            UntrustedExportDialog: lambda: UntrustedExportDialog([self.group], window),
            SettingsDialog: lambda: SettingsDialog(context, window),
            NewDraftDialog: lambda: NewDraftDialog(window),
            ImportReviewDialog: lambda: ImportReviewDialog(context, self.review, window),
            PanicWipeDialog: lambda: PanicWipeDialog(window),
            DuressDialog: lambda: DuressDialog(context, window),
            TravelDialog: lambda: TravelDialog(context, window),
            BackupDialog: lambda: BackupDialog(context, window),
            SecurityDialog: lambda: SecurityDialog(window.languages.language, window),
            ShareDialog: lambda: ShareDialog(context, self.note.id, window),
            RekeyDialog: lambda: RekeyDialog(context, window),
            ChangePassphraseDialog: lambda: ChangePassphraseDialog(context, window),
            RecalibrateDialog: lambda: RecalibrateDialog(context, window),
            RecoveryKeyDialog: lambda: RecoveryKeyDialog(RecoveryKey.generate(), window),
            HistoryDialog: lambda: HistoryDialog(context, self.note.id, window),
            UnfinishedTravelDialog: lambda: UnfinishedTravelDialog(
                context, TravelIntent((self.note.id,), others / "trip.age", "0" * 64, 0), 1, window),
        }

    def dialogs(self) -> Iterator[Screen]:
        """Every dialog, shown over the window; closed and deleted once the caller has looked."""
        builders = self.dialog_builders()
        missing = sorted(d.__name__ for d in every_dialog_class() - set(builders))
        assert not missing, f"build these dialogs in tests/ui/accessibility/screens.py: {missing}"
        for dialog_class in sorted(builders, key=lambda c: c.__name__):
            dialog = builders[dialog_class]()
            dialog.show()
            yield Screen(dialog_class.__name__, dialog)
            dialog.close()
            if dialog_class is not SearchDialog:
                dialog.deleteLater()

    def sections(self) -> Iterator[Screen]:
        """Each section with an item open; Strategy once per template; Sync once per tab."""
        workspace = self.window.workspace
        assert workspace is not None
        opened = {"note": self.note.id, "contact": self.contact.id}
        for row, kind in enumerate(SECTION_KINDS):
            workspace.sidebar.setCurrentRow(row)
            section = workspace.sections[kind]
            if kind in opened:
                section.open_item(opened[kind])
            if kind == "draft":
                for template, draft in self.drafts.items():
                    section.open_item(draft.id)
                    yield Screen(f"Strategy ({template})", self.window)
            elif kind == "trash":
                section.list_view.setCurrentIndex(section.list_view.model().index(0, 0))
                yield Screen("Trash", self.window)
            elif kind == "sync":
                tabs = section.findChild(QTabWidget, "syncTabs")
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    yield Screen(f"Sync ({tabs.widget(index).objectName()})", self.window)
            else:
                yield Screen(kind.capitalize(), self.window)


def start_pages(vault_dir: Path, language: str) -> Iterator[Screen]:
    """The pages before a vault is open, each on its own."""
    builders: dict[str, Callable[[], QWidget]] = {
        "WelcomePage": lambda: WelcomePage(language),
        "CreateVaultPage": lambda: CreateVaultPage(vault_dir / "new"),
        "UnlockPage": lambda: UnlockPage(vault_dir, language),
        "RecoverPage": lambda: RecoverPage(vault_dir),
        "RestorePage": lambda: RestorePage(vault_dir / "restored"),
        "RecoveryKeyPage": lambda: RecoveryKeyPage(RecoveryKey.generate()),
    }
    for name, build in builders.items():
        page = build()
        page.resize(1100, 700)
        page.show()
        yield Screen(name, page)
        page.close()
        page.deleteLater()
