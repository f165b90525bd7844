"""The Help menu's windows: every keyboard shortcut, and About Amanat."""

from __future__ import annotations

import importlib.metadata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from amanat.app import DISTRIBUTION, __version__
from amanat.app.ui.widgets.shortcut_table import SHORTCUTS, place_names
from amanat.app.ui.widgets.text_direction import isolate

DECLARED_LICENCE = "GPL-3.0-or-later"  # pyproject.toml's; used when the installed metadata does not say


def licence() -> str:
    """The licence as the installed package's metadata states it (an SPDX name)."""
    try:
        metadata = importlib.metadata.metadata(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return DECLARED_LICENCE
    for field in ("License-Expression", "License"):
        values = metadata.get_all(field) or []
        if values and values[0].strip():
            return str(values[0]).strip()
    return DECLARED_LICENCE


class ShortcutsDialog(QDialog):
    """Every shortcut of the shortcut table, grouped by where it works, in the interface's language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro = QLabel(self.tr("Every shortcut also sits in a menu: the menu bar, or the right-click menu of "
                                    "the list or table it works in."))
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutList")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.setWordWrap(True)
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(720, 600)

    def _fill(self) -> None:
        names = place_names()
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in SHORTCUTS:
            group = groups.get(entry.place)
            if group is None:
                group = QTreeWidgetItem([names[entry.place], ""])
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.tree.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)
                groups[entry.place] = group
            row = QTreeWidgetItem(group, [isolate(entry.native_text()), entry.describe()])
            row.setData(0, Qt.ItemDataRole.AccessibleTextRole, entry.native_text())
        self.tree.expandAll()

    def rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) of every shortcut listed, for tests and screen readers' sake."""
        found: list[tuple[str, str]] = []
        for group_row in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(group_row)
            children = [group.child(row) for row in range(group.childCount())] if group is not None else []
            found.extend((child.text(0), child.text(1)) for child in children if child is not None)
        return found


class AboutDialog(QDialog):
    """Which Amanat this is, under which licence, and how far to trust the translations."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Amanat"))
        self.heading = QLabel(f"<h2>Amanat {isolate(__version__)}</h2>")
        self.heading.setObjectName("aboutVersion")
        self.text = QLabel(self.tr(
            "<p>An encrypted vault for notes, contacts and strategy drafts, for human rights defenders. It works "
            "without the internet and without any server: groups exchange sealed files by USB stick, e-mail or "
            "a shared folder.</p>"
            "<p>Free software under the licence {0} (the GNU General Public License, version 3 or later): you may "
            "use, study, share and change it.</p>"
            "<p>The Dari and Pashto translations are complete but still need review by native speakers. If a "
            "word is unclear, the English text is the reference.</p>").format(isolate(licence())))
        self.text.setObjectName("aboutText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.resize(560, self.sizeHint().height())
