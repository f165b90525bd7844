"""Every screen of Amanat, built for real over one filled vault: the start pages, each section in the
states that show different widgets, and every dialog Amanat defines (tests/ui/dialog_catalogue.py finds
them from QDialog's subclasses, so a new dialog that is not built there fails the tests that use this)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtWidgets import QTabWidget, QWidget

from amanat.app.models import TEMPLATES, ActionRow, Contact
from amanat.app.ui.dialogs.recovery_key_page import RecoveryKeyPage
from amanat.app.ui.sections.search_dialog import SearchDialog
from amanat.app.ui.shell.first_run import CreateVaultPage, WelcomePage
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.shell.restore_page import RestorePage
from amanat.app.ui.shell.unlock import RecoverPage, UnlockPage
from amanat.app.ui.shell.workspace import SECTION_KINDS
from amanat.crypto.recovery_key import RecoveryKey
from tests.ui.dialog_catalogue import DialogCatalogue


@dataclass
class Screen:
    """One screen as the user meets it: `root` is shown, in the state that `name` says."""

    name: str
    root: QWidget


class FilledWindow:
    """The main window over a vault holding one of everything a screen can show: the dialog catalogue's
    peer, groups, pending bundle and note with an attachment, and a sent bundle, a contact, a draft of
    each template and an item in the trash."""

    def __init__(self, window: MainWindow, scratch: Path) -> None:
        assert window.vault is not None
        self.window = window
        self.catalogue = DialogCatalogue(window, scratch)
        self.catalogue.close()
        vault = window.vault
        ours = next(group for group in vault.sync.groups.groups() if group.i_am_admin)
        vault.sync.groups.share(ours.group_id, self.catalogue.note_id)
        vault.sync.exchange.export(ours.group_id)
        self.note_id = self.catalogue.note_id
        self.contact = vault.items.add(Contact(id="", display_name="Ahmad", channels=(("phone", "+93 700 000"),)))
        self.drafts = {template: vault.items.new_draft(template, f"Draft {template}") for template in TEMPLATES}
        rows = tuple(ActionRow(f"Action {n}", "Farid", f"2026-12-0{n}") for n in range(1, 6))
        vault.items.save(replace(self.drafts["action-plan"], rows=rows))  # 20 cells for Tab to get lost in
        vault.items.delete(vault.items.add_note("Old", "gone").id)
        assert window.context is not None
        window.context.items_changed.emit("")

    def dialogs(self) -> Iterator[Screen]:
        """Every dialog, shown over the window; closed and deleted once the caller has looked."""
        missing = self.catalogue.missing_builders()
        assert not missing, f"teach tests/ui/dialog_catalogue.py to build {missing}"
        builders = self.catalogue.builders
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
        opened = {"note": self.note_id, "contact": self.contact.id}
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
