"""Sharing the item on screen with groups, opened from every item section."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from amanat.app.errors import AmanatError
from amanat.app.models import Draft
from amanat.app.ui.sections.language_versions_bar import language_names
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.text_direction import isolate
from amanat.app.ui.widgets.theme import set_type


class ShareDialog(QDialog):
    """Share one item with groups, and see with which groups it already is."""

    shared = Signal(str)

    def __init__(self, context: UiContext, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareDialog")
        self.context = context
        self.item_id = item_id
        sync = context.vault.sync
        self.groups = sync.groups.groups()
        already = {g.group_id for g in sync.groups.groups_sharing(item_id)}
        self.subject = QLabel()
        self.subject.setObjectName("shareSubject")
        set_type(self.subject, "subheading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.versions_note = QLabel()  # a linked draft's language versions travel with it
        self.versions_note.setObjectName("shareVersionsNote")
        self.versions_note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("shareGroupList")
        self.list.setAccessibleName(self.tr("Groups to share with"))
        for group in self.groups:
            entry = QListWidgetItem(f"{isolate(group.name)} · {group.group_id[:8]}")
            entry.setData(Qt.ItemDataRole.UserRole, group.group_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            shared = group.group_id in already
            entry.setCheckState(Qt.CheckState.Checked if shared else Qt.CheckState.Unchecked)
            if shared:  # sharing cannot be taken back: members already have a copy
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(entry)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.share_checked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject)
        layout.addWidget(self.intro)
        layout.addWidget(self.versions_note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        # Which item, inside the dialog only: titles reach task switchers, screen sharing and window logs.
        self.setWindowTitle(self.tr("Share with a group"))
        item = context.items.get(item_id)
        self.subject.setText(isolate(item.title or self.tr("(untitled)")))
        others = [v for v in context.vault.linked.versions(item) if v.id != item_id and v.link is not None] \
            if isinstance(item, Draft) else []
        names = language_names()
        self.versions_note.setText(self.tr("Its other language versions are shared with it: {0}.").format(
            self.tr(", ").join(names.get(v.link.language, "?") for v in others if v.link)) if others else "")
        self.versions_note.setVisible(bool(others))
        if self.groups:
            self.intro.setText(self.tr(
                "Members of the groups you tick receive this item with your next bundle, and their edits come "
                "back to you. Sharing cannot be taken back: they keep their copy."))
        else:
            self.intro.setText(self.tr("You are in no group yet. Create one in the Sync section."))

    def share_checked(self) -> None:
        try:
            for row in range(self.list.count()):
                entry = self.list.item(row)
                if entry.checkState() == Qt.CheckState.Checked and entry.flags() & Qt.ItemFlag.ItemIsEnabled:
                    self.context.vault.sync.groups.share(entry.data(Qt.ItemDataRole.UserRole), self.item_id)
        except AmanatError as error:
            self.context.show_error(self, error)
            return
        self.shared.emit(self.item_id)
        self.accept()
