"""Sync, groups: create groups, add and remove members (as admin). Sharing an item: sections/share_dialog.py."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import AmanatError, NotFound
from amanat.app.sharing.groups import GroupInfo
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.text_direction import isolate
from amanat.app.ui.widgets.theme import current_scheme


class GroupsView(QWidget):
    """My groups; for the selected one, its members and shared items."""

    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupsView")
        self.context = context
        self.groups: list[GroupInfo] = []
        self.group_list = QListWidget()
        self.group_list.setObjectName("groupList")
        self.group_list.currentRowChanged.connect(lambda _row: self._show_selected())
        self.create_button = QPushButton()
        self.create_button.setObjectName("createGroupButton")
        self.create_button.clicked.connect(self.ask_new_group)
        self.members_label = QLabel()
        self.member_list = QListWidget()
        self.member_list.setObjectName("memberList")
        self.add_member_button = QPushButton()
        self.add_member_button.setObjectName("addMemberButton")
        self.add_member_button.clicked.connect(self.ask_member_to_add)
        self.remove_member_button = QPushButton()
        self.remove_member_button.setObjectName("removeMemberButton")
        self.remove_member_button.clicked.connect(self.remove_selected_member)
        self.shared_label = QLabel()
        self.shared_list = QListWidget()
        self.shared_list.setObjectName("sharedItemList")
        self.members_label.setBuddy(self.member_list)
        self.shared_label.setBuddy(self.shared_list)
        self.status = LiveLabel()
        self.status.setObjectName("groupsStatus")
        self.status.setWordWrap(True)

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.group_list, 1)
        left_column.addWidget(self.create_button)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.members_label)
        right_column.addWidget(self.member_list, 1)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.add_member_button)
        member_buttons.addWidget(self.remove_member_button)
        member_buttons.addStretch(1)
        right_column.addLayout(member_buttons)
        right_column.addWidget(self.shared_label)
        right_column.addWidget(self.shared_list, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        self.create_button.setText(self.tr("New group…"))
        self.members_label.setText(self.tr("Members"))
        self.add_member_button.setText(self.tr("Add a member…"))
        self.remove_member_button.setText(self.tr("Remove member"))
        self.shared_label.setText(self.tr("Shared with this group"))
        #: The list of groups of people who share items (not the groups of characters of a key)
        self.group_list.setAccessibleName(self.tr("Groups"))
        self._fill()

    def reload(self) -> None:
        self.groups = self.context.vault.sync.groups.groups()
        self._fill()

    def _fill(self) -> None:
        current = self.group_list.currentRow()
        self.group_list.blockSignals(True)
        self.group_list.clear()
        for group in self.groups:
            role = self.tr(" (you are its admin)") if group.i_am_admin else ""
            entry = QListWidgetItem(f"{isolate(group.name)} · {group.group_id[:8]}{role}")
            if group.name_looks_like_id:
                entry.setText(entry.text() + "\n" + self.tr("⚠ This name looks like a group id: go by the id"))
                entry.setForeground(QColor(current_scheme().high_risk))
            self.group_list.addItem(entry)
        self.group_list.blockSignals(False)
        if self.groups:
            self.group_list.setCurrentRow(min(max(current, 0), len(self.groups) - 1))
        self._show_selected()

    def selected(self) -> GroupInfo | None:
        row = self.group_list.currentRow()
        return self.groups[row] if 0 <= row < len(self.groups) else None

    def _show_selected(self) -> None:
        group = self.selected()
        self.member_list.clear()
        self.shared_list.clear()
        admin = group is not None and group.i_am_admin
        self.add_member_button.setEnabled(admin)
        self.remove_member_button.setEnabled(admin)
        if group is None:
            return
        for member in group.members:
            marks = []
            if member.is_admin:
                marks.append(self.tr("admin"))
            if member.is_me:
                marks.append(self.tr("you"))
            elif not member.verified:
                marks.append(self.tr("NOT verified by you: bundles you send ask first"))
            suffix = f" ({', '.join(marks)})" if marks else ""
            item = QListWidgetItem(f"{isolate(member.name)}  ·  {member.peer_id}{suffix}")
            item.setData(Qt.ItemDataRole.UserRole, member.fingerprint)
            if not member.verified:
                item.setForeground(QColor(current_scheme().high_risk))
            self.member_list.addItem(item)
        for item_id in group.shared_items:
            try:
                title = self.context.items.get(item_id).title or self.tr("(untitled)")
            except NotFound:
                title = self.tr("(deleted for good)")
            self.shared_list.addItem(isolate(title))

    def ask_new_group(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New group"), self.tr("Name of the group:"))
        if ok and name.strip():
            self.create_group(name)

    def create_group(self, name: str) -> GroupInfo | None:
        try:
            group = self.context.vault.sync.groups.create(name)
        except AmanatError as error:
            self.context.show_error(self, error)
            return None
        self.status.setText(self.tr("Created {0}. Add verified people to it.").format(isolate(group.name)))
        self.reload()
        self.group_list.setCurrentRow(len(self.groups) - 1)
        self.changed.emit()
        return group

    def ask_member_to_add(self) -> None:
        group = self.selected()
        if group is None:
            return
        present = {m.fingerprint for m in group.members}
        peers = [p for p in self.context.vault.sync.identities.peers() if p.verified and p.fingerprint not in present]
        if not peers:
            self.status.setText(self.tr("Only verified people can be members: add and verify someone first."))
            return
        labels = [f"{isolate(p.name)} · {p.peer_id}" for p in peers]
        choice, ok = QInputDialog.getItem(self, self.tr("Add a member"), self.tr("Verified people:"), labels, 0, False)
        if ok and choice in labels:
            self.add_member(peers[labels.index(choice)].fingerprint)

    def add_member(self, fingerprint: str) -> None:
        group = self.selected()
        if group is None:
            return
        try:
            self.context.vault.sync.groups.add_member(group.group_id, fingerprint)
        except AmanatError as error:
            self.context.show_error(self, error)
            return
        self.status.setText(self.tr("Added. They receive the group's items with your next bundle."))
        self.reload()
        self.changed.emit()

    def remove_selected_member(self) -> None:
        group = self.selected()
        item = self.member_list.currentItem()
        if group is None or item is None:
            return
        try:
            self.context.vault.sync.groups.remove_member(group.group_id, item.data(Qt.ItemDataRole.UserRole))
        except AmanatError as error:
            self.context.show_error(self, error)
            return
        self.status.setText(self.tr("Removed. They will receive nothing new from this group."))
        self.reload()
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
