"""The Sync section: my card, people and their verification, groups, exchanging bundles, and history."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QListWidget, QTabWidget, QVBoxLayout, QWidget

from amanat.app.ui.sections.section import Section
from amanat.app.ui.sync.identity_view import IdentityView
from amanat.app.ui.sync.peer_labels import who
from amanat.app.ui.sync.sync_exchange import ExchangeView
from amanat.app.ui.sync.sync_groups import GroupsView
from amanat.app.ui.sync.sync_people import PeersView
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.text_direction import isolate


class BundleHistoryView(QWidget):
    """Every bundle sent and received, newest first."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bundleHistoryView")
        self.context = context
        self.list = QListWidget()
        self.list.setObjectName("bundleHistoryList")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)

    def reload(self) -> None:
        sync = self.context.vault.sync
        names = {p.fingerprint: p.name for p in sync.identities.peers()}
        groups = {g.group_id: g.name for g in sync.groups.groups()}
        self.list.clear()
        for entry in sync.exchange.history():
            when = self.context.format_time(entry.at)
            group = isolate(groups.get(entry.group_id, entry.group_id[:8]))
            summary = json.loads(entry.summary)
            if entry.direction == "sent":
                text = self.tr("{0} · sent to {1} · {2} items").format(when, group, summary.get("items", 0))
            else:
                sender = who(names.get(entry.peer, self.tr("someone unknown")), entry.peer[:16])
                changed = sum(n for what, n in summary.items() if what != "unchanged")
                text = self.tr("{0} · received from {1} for {2} · {3} items changed").format(
                    when, sender, group, changed)
            self.list.addItem(self.context.localise_digits(text))


class SyncSection(Section):
    """Tabs: You, People, Groups, Exchange, History."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("syncSection")
        self.identity = IdentityView(context)
        self.peers = PeersView(context)
        self.groups = GroupsView(context)
        self.exchange = ExchangeView(context)
        self.history = BundleHistoryView(context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("syncTabs")
        for view in (self.identity, self.peers, self.groups, self.exchange, self.history):
            self.tabs.addTab(view, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        for view in (self.identity, self.peers, self.groups):
            view.changed.connect(self.reload)
        self.exchange.imported.connect(self._imported)
        self._forgotten = False  # locking: the vault is closing, nothing is read from it again
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        tabs = (
            self.tr("You"),
            self.tr("People"),
            #: A tab: groups of people who share items (not the groups of characters of a key)
            self.tr("Groups"),
            self.tr("Exchange"),
            self.tr("History"),
        )
        for index, name in enumerate(tabs):
            self.tabs.setTabText(index, name)
        self.history.list.setAccessibleName(self.tr("Bundles sent and received"))

    def reload(self) -> None:
        for view in (self.identity, self.peers, self.groups, self.exchange, self.history):
            view.reload()

    def _imported(self, _reports: list[object]) -> None:
        self.reload()
        self.context.items_changed.emit("")

    def forget(self) -> None:
        self._forgotten = True
        # Work still running ends before the vault closes: a drive sync is stopped (stopped, it changes nothing),
        # anything else is waited for.
        if self.exchange.task is not None and not self.exchange.stop_button.isHidden():
            self.exchange.task.cancel()
        for task in (self.exchange.task, self.exchange.quarantine_view.task):
            if task is not None:
                task.wait()
        for lst in (self.peers.list, self.groups.group_list, self.groups.member_list, self.groups.shared_list,
                    self.exchange.quarantine, self.history.list):
            lst.clear()
        self.identity.qr.clear()
        self.identity.fingerprint.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if not self._forgotten:
                self.reload()  # dates and digits in the history and the quarantine follow the language
        super().changeEvent(event)
