"""Everything sync offers, on one database connection: identity, peers, groups, bundles."""

from __future__ import annotations

from contextlib import AbstractContextManager

from amanat.app.attachments import AttachmentService
from amanat.app.items import ItemService
from amanat.app.sharing.comment_threads import CommentThreads
from amanat.app.sharing.documents import DocumentKeeper
from amanat.app.sharing.entrust import EntrustService
from amanat.app.sharing.exchange import BundleExchange
from amanat.app.sharing.groups import GroupService
from amanat.app.sharing.identities import IdentityService
from amanat.app.sharing.travel import TravelMode
from amanat.app.sharing.travel_order import TravelOrder
from amanat.app.store.connection import Connection, Transaction
from amanat.app.store.entrust_rows import EntrustRows
from amanat.app.store.repository import Repository
from amanat.app.store.sync_repository import SyncRepository


class SyncService:
    """The sync services of one connection (the CLI's, the GUI thread's, or a worker's)."""

    def __init__(self, conn: Connection, items: ItemService, attachments: AttachmentService) -> None:
        repository = SyncRepository(conn)
        self._repository = repository
        self.items = items  # the items of the same connection (a worker's deletion for good)
        self.identities = IdentityService(repository)
        self.documents = DocumentKeeper(repository, self.identities, items)
        self.groups = GroupService(repository, self.identities, items, self.documents)
        self.entrust = EntrustService(EntrustRows(conn), self.identities)
        self.exchange = BundleExchange(repository, self.identities, self.groups, self.documents, items)
        self.exchange.entrust = self.entrust  # shares arrive in bundles too
        self.comments: CommentThreads = self.exchange.comments  # read by exports, written by the window
        self.travel = TravelMode(repository, self.identities, items, attachments)
        self.travel_order = TravelOrder(self.travel, items, Repository(conn))

    def transaction(self) -> AbstractContextManager[Transaction]:
        """One transaction around several services' writes on this connection: all of them, or none."""
        return self._repository.atomic()
