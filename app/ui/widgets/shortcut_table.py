"""Every keyboard shortcut of the window, declared once.

The menus (app/ui/shell/menus.py) make their actions from this table, the widgets with keys of their
own (a list's Delete, the action-plan table's Insert) read their keys from it, and the Keyboard
shortcuts dialog lists it; a test checks that every shortcut in the window is here and in a menu.

`place` says where a shortcut works:
- "window": anywhere in the main window; the action sits in a menu of the menu bar ("menu");
- "section": in the main window while a section that has the command is shown; also in a menu;
- any other place (the item list, the action-plan table...): only while that widget has the keyboard;
  the action sits in that widget's right-click menu.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from amanat.app.platform.shortcuts import shortcut_for_system
from amanat.app.platform.system import current_system


@dataclass(frozen=True)
class Shortcut:
    """One command with its keys: the action's objectName, where it works, its menu, what it does.

    Keys are written out ("Ctrl+S", not QKeySequence.Save): the same on every platform (Windows has no
    standard Quit key), and never a multimedia key (X11's Save key) that no laptop has.
    """

    name: str
    keys: tuple[str, ...]  # Qt's portable text: "Ctrl+Shift+W"
    place: str
    menu: str
    describe: Callable[[], str]

    def sequences(self) -> list[QKeySequence]:
        """The keys as Qt key sequences, on this system: where the system keeps a key for itself (Cmd+H
        hides an application on macOS), its alternative (app/platform/shortcuts.py)."""
        return [QKeySequence(shortcut_for_system(key, current_system())) for key in self.keys]

    def native_text(self) -> str:
        """The keys as this platform writes them ("Ctrl+Shift+W"), several joined by " / "."""
        return " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in self.sequences())


WINDOW, SECTION = "window", "section"
ITEM_LIST, TRASH_LIST, ATTACHMENTS, ACTION_PLAN = "itemList", "trashList", "attachments", "actionPlan"
HISTORY_WINDOW = "historyWindow"

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("lockAction", ("Ctrl+L",), WINDOW, "vault",
             lambda: QCoreApplication.translate("Shortcuts", "Lock the vault (also in every window)")),
    Shortcut("panicWipeAction", ("Ctrl+Shift+W",), WINDOW, "vault",
             lambda: QCoreApplication.translate("Shortcuts", "Panic wipe: destroy the vault (asks once)")),
    Shortcut("quitAction", ("Ctrl+Q",), WINDOW, "vault",
             lambda: QCoreApplication.translate("Shortcuts", "Lock and quit")),
    Shortcut("searchAction", ("Ctrl+K",), WINDOW, "go",
             lambda: QCoreApplication.translate("Shortcuts", "Search everything")),
    Shortcut("section1Action", ("Ctrl+1",), WINDOW, "go",
             lambda: QCoreApplication.translate("Shortcuts", "Go to Notes")),
    Shortcut("section2Action", ("Ctrl+2",), WINDOW, "go",
             lambda: QCoreApplication.translate("Shortcuts", "Go to Contacts")),
    Shortcut("section3Action", ("Ctrl+3",), WINDOW, "go",
             lambda: QCoreApplication.translate("Shortcuts", "Go to Strategy")),
    Shortcut("section4Action", ("Ctrl+4",), WINDOW, "go",
             lambda: QCoreApplication.translate("Shortcuts", "Go to Trash")),
    Shortcut("section5Action", ("Ctrl+5",), WINDOW, "go",
             lambda: QCoreApplication.translate("Shortcuts", "Go to Sync")),
    Shortcut("section6Action", ("Ctrl+6",), WINDOW, "go",
             lambda: QCoreApplication.translate("Shortcuts", "Go to Tasks: every action-plan row")),
    Shortcut("newItemAction", ("Ctrl+N",), WINDOW, "item",
             lambda: QCoreApplication.translate("Shortcuts", "New note, contact or draft (in its section)")),
    Shortcut("saveAction", ("Ctrl+S",), SECTION, "item",
             lambda: QCoreApplication.translate("Shortcuts", "Save")),
    Shortcut("filterAction", ("Ctrl+F",), SECTION, "item",
             lambda: QCoreApplication.translate("Shortcuts", "Filter the list")),
    Shortcut("historyAction", ("Ctrl+H",), SECTION, "item",
             lambda: QCoreApplication.translate("Shortcuts", "History: earlier versions")),
    Shortcut("shareAction", ("Ctrl+Shift+S",), WINDOW, "item",
             lambda: QCoreApplication.translate("Shortcuts", "Share with a group")),
    Shortcut("previewAction", ("Ctrl+Shift+P",), SECTION, "item",
             lambda: QCoreApplication.translate("Shortcuts", "Notes: switch between writing and preview")),
    Shortcut("commentAction", ("Ctrl+Shift+M",), SECTION, "item",
             lambda: QCoreApplication.translate("Shortcuts", "Notes and Strategy: comment on the selected passage")),
    Shortcut("exportAction", ("Ctrl+Shift+E",), SECTION, "item",
             lambda: QCoreApplication.translate("Shortcuts", "Notes and Strategy: export the note or draft")),
    Shortcut("restoreAction", ("Ctrl+R",), SECTION, "item",
             lambda: QCoreApplication.translate("Shortcuts", "Trash: restore the chosen item")),
    Shortcut("emptyTrashAction", ("Ctrl+Shift+Delete",), SECTION, "item",
             lambda: QCoreApplication.translate("Shortcuts", "Trash: empty the trash")),
    Shortcut("settingsAction", ("Ctrl+,",), WINDOW, "tools",
             lambda: QCoreApplication.translate("Shortcuts", "Settings")),
    Shortcut("shortcutsAction", ("F1",), WINDOW, "help",
             lambda: QCoreApplication.translate("Shortcuts", "This list of keyboard shortcuts")),
    Shortcut("moveToTrashAction", ("Del",), ITEM_LIST, "",
             lambda: QCoreApplication.translate("Shortcuts", "In a list: move the chosen item to the trash")),
    Shortcut("purgeAction", ("Shift+Delete",), TRASH_LIST, "",
             lambda: QCoreApplication.translate("Shortcuts", "In the trash: delete the chosen item for good")),
    Shortcut("attachmentRemoveAction", ("Del",), ATTACHMENTS, "",
             lambda: QCoreApplication.translate("Shortcuts", "In the attachments: remove the chosen file")),
    Shortcut("addRowAction", ("Ins", "Ctrl+Return", "Ctrl+Enter"), ACTION_PLAN, "",
             lambda: QCoreApplication.translate("Shortcuts", "In the action plan: add a row")),
    Shortcut("removeRowAction", ("Ctrl+Delete",), ACTION_PLAN, "",
             lambda: QCoreApplication.translate("Shortcuts", "In the action plan: remove the chosen rows")),
    Shortcut("clearCellsAction", ("Del", "Backspace"), ACTION_PLAN, "",
             lambda: QCoreApplication.translate("Shortcuts", "In the action plan: empty the chosen cells")),
    Shortcut("restoreRevisionAction", ("Ctrl+R",), HISTORY_WINDOW, "",
             lambda: QCoreApplication.translate("Shortcuts", "In the history window: restore the chosen version")),
)

_BY_NAME = {shortcut.name: shortcut for shortcut in SHORTCUTS}


def shortcut(name: str) -> Shortcut:
    """The table's entry for the action called `name`."""
    return _BY_NAME[name]


def keys_of(name: str) -> list[QKeySequence]:
    """The key sequences of the action called `name`, for QAction.setShortcuts."""
    return _BY_NAME[name].sequences()


def place_names() -> dict[str, str]:
    """What each place is called in the shortcuts dialog."""
    return {
        WINDOW: QCoreApplication.translate("Shortcuts", "Everywhere in the window"),
        SECTION: QCoreApplication.translate("Shortcuts", "In the section shown"),
        ITEM_LIST: QCoreApplication.translate("Shortcuts", "In a list of notes, contacts or drafts"),
        TRASH_LIST: QCoreApplication.translate("Shortcuts", "In the trash"),
        ATTACHMENTS: QCoreApplication.translate("Shortcuts", "In a note's attachments"),
        ACTION_PLAN: QCoreApplication.translate("Shortcuts", "In an action plan's table"),
        HISTORY_WINDOW: QCoreApplication.translate("Shortcuts", "In the history window"),
    }
