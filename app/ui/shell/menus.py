"""The window's menu bar: Vault, Go, Item, Tools and Help, with every shortcut of the window.

Each action with keys takes them from the shortcut table (app/ui/widgets/shortcut_table.py), so the
menus, the Keyboard shortcuts dialog and the widgets always agree. Commands of a section (Save,
History, Restore...) live here once for the whole window and go to the section on screen: a
section only says which commands it has (`Section.commands`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar, QWidget

from amanat.app.ui.dialogs.help_dialogs import AboutDialog, ShortcutsDialog
from amanat.app.ui.shell.backup_entry import BackupEntry
from amanat.app.ui.shell.entrust_entry import EntrustEntry
from amanat.app.ui.shell.import_entry import ImportEntry
from amanat.app.ui.shell.section_order import SECTION_KINDS
from amanat.app.ui.widgets.shortcut_table import SECTION, SHORTCUTS, WINDOW, keys_of

if TYPE_CHECKING:
    from amanat.app.ui.shell.workspace import Workspace


class MenuOwner(Protocol):
    """What the menus need of the main window (app/ui/shell/main_window.py), which builds them."""

    backup: BackupEntry
    entrust: EntrustEntry
    imports: ImportEntry
    dialog: QDialog | None

    def menuBar(self) -> QMenuBar: ...
    def shown_workspace(self) -> Workspace | None: ...
    def lock(self) -> None: ...
    def ask_panic_wipe(self) -> object: ...
    def close(self) -> bool: ...
    def open_settings(self) -> None: ...
    def open_duress(self) -> object: ...
    def open_travel(self) -> object: ...
    def open_decoy_mode(self) -> object: ...
    def open_security(self) -> object: ...


MENU_ORDER = ("vault", "go", "item", "tools", "help")
# Also inside the search, settings and other windows: locking and wiping must never wait for a window to close.
APPLICATION_WIDE = frozenset({"lockAction", "panicWipeAction"})
# Actions that work while the vault is locked (the rest need an unlocked vault).
WHILE_LOCKED = frozenset({"panicWipeAction", "quitAction", "shortcutsAction", "securityAction", "aboutAction"})


class WindowMenus(QObject):
    """Builds the menu bar of `window` and keeps its actions (`actions`, by objectName)."""

    def __init__(self, window: MenuOwner, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = window
        self.host = parent  # the window as a widget: parent of the menus, actions and dialogs
        self.menus = {name: QMenu(parent) for name in MENU_ORDER}
        for name in MENU_ORDER:
            self.menus[name].setObjectName(f"{name}Menu")
            window.menuBar().addMenu(self.menus[name])
        self.menus["item"].aboutToShow.connect(self.update_section_commands)
        self.actions: dict[str, QAction] = {}
        handlers = self._handlers()
        for entry in SHORTCUTS:
            if entry.place in (WINDOW, SECTION):
                self._make(entry.name, handlers.get(entry.name) or self._section_command(entry.name))
        for name in ("duressAction", "travelAction", "fillDecoyAction", "securityAction", "aboutAction"):
            self._make(name, handlers[name])
        self._fill()

    def _handlers(self) -> dict[str, Callable[[], object]]:
        window = self.window
        handlers: dict[str, Callable[[], object]] = {
            "lockAction": window.lock, "panicWipeAction": window.ask_panic_wipe, "quitAction": window.close,
            "settingsAction": window.open_settings, "duressAction": window.open_duress,
            "travelAction": window.open_travel, "fillDecoyAction": window.open_decoy_mode,
            "securityAction": window.open_security, "shortcutsAction": self.open_shortcuts,
            "aboutAction": self.open_about,
            "searchAction": lambda: self._in_workspace(lambda workspace: workspace.open_search()),
            "newItemAction": lambda: self._in_workspace(lambda workspace: workspace.new_item()),
            "shareAction": lambda: self._in_workspace(lambda space: space.current_section().open_share()),
        }
        for row in range(len(SECTION_KINDS)):
            handlers[f"section{row + 1}Action"] = self._show_section(row)
        return handlers

    def _show_section(self, row: int) -> Callable[[], object]:
        return lambda: self._in_workspace(lambda space: space.sidebar.setCurrentRow(row))

    def _make(self, name: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self.host)
        action.setObjectName(name)
        if name in {entry.name for entry in SHORTCUTS}:
            action.setShortcuts(keys_of(name))
        if name in APPLICATION_WIDE:
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions[name] = action
        return action

    def _fill(self) -> None:
        layout = {
            "vault": ["lockAction", "", "backup", "imports", "", "panicWipeAction", "", "quitAction"],
            "go": ["searchAction", "", *(f"section{row + 1}Action" for row in range(len(SECTION_KINDS)))],
            "item": ["newItemAction", "saveAction", "historyAction", "shareAction", "", "filterAction",
                     "previewAction", "commentAction", "exportAction", "", "restoreAction", "emptyTrashAction"],
            "tools": ["settingsAction", "duressAction", "fillDecoyAction", "travelAction", "entrust"],
            "help": ["shortcutsAction", "securityAction", "", "aboutAction"],
        }
        for menu_name, names in layout.items():
            menu = self.menus[menu_name]
            for name in names:
                if not name:
                    menu.addSeparator()
                elif name == "backup":
                    menu.addAction(self.window.backup.action)
                elif name == "imports":
                    menu.addActions(list(self.window.imports.actions))
                elif name == "entrust":
                    menu.addAction(self.window.entrust.action)
                else:
                    menu.addAction(self.actions[name])

    def open_shortcuts(self) -> QDialog:
        """Help → Keyboard shortcuts (F1)."""
        dialog = ShortcutsDialog(self.host)
        self.window.dialog = dialog
        dialog.open()
        return dialog

    def open_about(self) -> QDialog:
        """Help → About Amanat: the version, the licence and the note on translations."""
        dialog = AboutDialog(self.host)
        self.window.dialog = dialog
        dialog.open()
        return dialog

    # -- where commands go --------------------------------------------------

    def _in_workspace(self, command: Callable[[Workspace], object]) -> None:
        workspace = self.window.shown_workspace()
        if workspace is not None:
            command(workspace)

    def _section_command(self, name: str) -> Callable[[], object]:
        def run() -> None:
            workspace = self.window.shown_workspace()
            action = workspace.current_section().commands.get(name) if workspace is not None else None
            if action is not None and action.isEnabled():
                action.trigger()
        return run

    def update_section_commands(self) -> None:
        """Enable the section commands the section on screen has (after a switch, and before the menu opens)."""
        workspace = self.window.shown_workspace()
        commands = workspace.current_section().commands if workspace is not None else {}
        for entry in SHORTCUTS:
            if entry.place == SECTION:
                self.actions[entry.name].setEnabled(entry.name in commands)

    def update(self, unlocked: bool, real: bool) -> None:
        """Enable what applies: `unlocked` (a vault is open), `real` (and it is not the decoy that is shown)."""
        for name, action in self.actions.items():
            if name not in WHILE_LOCKED:
                action.setEnabled(unlocked)
        for name in ("settingsAction", "duressAction", "fillDecoyAction", "travelAction"):
            self.actions[name].setEnabled(real)
        if unlocked:
            self.update_section_commands()

    def retranslate(self) -> None:
        # The window's context: its menus were always translated there (and the glossary test reads them there).
        titles = {
            "vault": QCoreApplication.translate("MainWindow", "&Vault"),
            "go": QCoreApplication.translate("MainWindow", "G&o"),
            "item": QCoreApplication.translate("MainWindow", "Ite&m"),
            "tools": QCoreApplication.translate("MainWindow", "&Tools"),
            "help": QCoreApplication.translate("MainWindow", "&Help"),
        }
        for name, title in titles.items():
            self.menus[name].setTitle(title)
        texts = {
            "lockAction": QCoreApplication.translate("MainWindow", "&Lock"),
            "settingsAction": QCoreApplication.translate("MainWindow", "&Settings…"),
            "quitAction": QCoreApplication.translate("MainWindow", "&Quit"),
            "panicWipeAction": QCoreApplication.translate("MainWindow", "&Panic wipe…"),
            "duressAction": QCoreApplication.translate("MainWindow", "&Duress passphrase…"),
            "travelAction": QCoreApplication.translate("MainWindow", "&Travel mode…"),
            "fillDecoyAction": QCoreApplication.translate("MainWindow", "Fill the &decoy…"),
            "securityAction": QCoreApplication.translate("MainWindow", "What Amanat &protects…"),
            "aboutAction": QCoreApplication.translate("MainWindow", "&About Amanat"),
            "shortcutsAction": QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
            "searchAction": QCoreApplication.translate("MainWindow", "&Search everything…"),
            "section1Action": QCoreApplication.translate("MainWindow", "&Notes"),
            "section2Action": QCoreApplication.translate("MainWindow", "&Contacts"),
            "section3Action": QCoreApplication.translate("MainWindow", "St&rategy"),
            "section4Action": QCoreApplication.translate("MainWindow", "Tr&ash"),
            "section5Action": QCoreApplication.translate("MainWindow", "S&ync"),
            "section6Action": QCoreApplication.translate("MainWindow", "&Tasks"),
            "newItemAction": QCoreApplication.translate("MainWindow", "&New"),
            "saveAction": QCoreApplication.translate("MainWindow", "&Save"),
            "historyAction": QCoreApplication.translate("MainWindow", "&History…"),
            "shareAction": QCoreApplication.translate("MainWindow", "S&hare with a group…"),
            "filterAction": QCoreApplication.translate("MainWindow", "&Filter the list"),
            "previewAction": QCoreApplication.translate("MainWindow", "&Preview (Notes)"),
            "commentAction": QCoreApplication.translate("MainWindow", "Co&mment on the selection"),
            "exportAction": QCoreApplication.translate("MainWindow", "&Export… (Notes, Strategy)"),
            "restoreAction": QCoreApplication.translate("MainWindow", "&Restore (Trash)"),
            "emptyTrashAction": QCoreApplication.translate("MainWindow", "&Empty the trash… (Trash)"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)
