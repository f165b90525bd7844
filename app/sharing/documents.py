"""Keeping each shared item's CRDT document and the item itself in step.

Local edits go through `ItemService` as always (the one write path); a
shared item's document catches up with them when it is next needed — when
the item is shared, before a bundle is made, and before a bundle's updates
are merged — by recording the difference as CRDT operations. After a merge,
the document's state is written back to the item through `ItemService`,
as a new revision.
"""

from __future__ import annotations

from dataclasses import replace

from amanat.app.errors import DamagedInput, NotFound
from amanat.app.items import ItemService
from amanat.app.models import Item
from amanat.app.sharing.identities import IdentityService, now_utc
from amanat.app.sharing.item_states import item_from_state, state_of
from amanat.app.store.sync_repository import SyncRepository
from amanat.app.validation import validated
from amanat.sync.hybrid_clock import HybridClock
from amanat.sync.item_document import ItemDocument


class DocumentKeeper:
    """Shared items' documents: load, catch up with local edits, write merges back."""

    def __init__(self, repository: SyncRepository, identities: IdentityService, items: ItemService) -> None:
        self._repository = repository
        self._identities = identities
        self._items = items

    def _local_item(self, item_id: str) -> tuple[Item | None, bool]:
        try:
            item = self._items.get(item_id)
        except NotFound:
            return None, True
        return item, self._items.is_in_trash(item_id)

    def stored(self, item_id: str) -> ItemDocument | None:
        """The stored document of an item, or None if it was never shared."""
        encoded = self._repository.document(item_id)
        return None if encoded is None else ItemDocument.from_update(encoded)

    def _save(self, item_id: str, document: ItemDocument, recorded: tuple[int, bool]) -> None:
        self._repository.save_document(item_id, document.encode(), now_utc(), recorded, document.state_vector())

    def state_vector(self, item_id: str, clock: HybridClock) -> bytes:
        """The state vector of the item's document after catching up with local edits.

        Loads nothing but two small rows when the item did not change since its document last
        recorded it: what makes an incremental bundle of a large group cheap to compute.
        """
        item, deleted = self._local_item(item_id)
        known = self._repository.recorded_revision(item_id)
        if item is not None and known is not None and known[:2] == (item.revision, deleted) and known[2]:
            return known[2]
        return self.refresh(item_id, clock).state_vector()

    def refresh(self, item_id: str, clock: HybridClock | None = None) -> ItemDocument:
        """The item's document, made or brought up to date with the item as it is now, and stored."""
        own_clock = clock or self._identities.clock()
        document = self.stored(item_id)
        item, deleted = self._local_item(item_id)
        recorded = None if item is None else (item.revision, deleted)
        known = self._repository.recorded_revision(item_id)
        if document is not None and recorded is not None and known is not None and known[:2] == recorded:
            return document  # the item has not changed since its document last recorded it
        if item is None:
            if document is None:
                raise NotFound(f"no item with id {item_id}")
            # Deleted for good here: to the others it is deleted (they keep their copy in the trash).
            changed = document.record_local(replace(document.read(), deleted=True), own_clock)
        elif document is None:
            document, changed = ItemDocument.create(state_of(item, deleted=deleted), own_clock), True
        else:
            changed = document.record_local(state_of(item, deleted=deleted), own_clock)
        if changed or recorded is not None:
            self._save(item_id, document, recorded or (0, True))
        if clock is None:
            self._identities.save_clock(own_clock)
        return document

    def keep(self, item_id: str, document: ItemDocument) -> None:
        """Store a document changed here beyond the item itself (a comment), as of the item now."""
        item, deleted = self._local_item(item_id)
        self._save(item_id, document, (0, True) if item is None else (item.revision, deleted))

    def write_back(self, item_id: str, document: ItemDocument, source: str = "") -> str:
        """Make the item what the merged document says (a new revision); return what happened.

        'added', 'changed', 'deleted', 'restored' or 'unchanged'. Raises InvalidValue
        (nothing written) when the merged state is not a valid item.
        """
        state = document.read()
        merged = validated(item_from_state(item_id, state))
        item, deleted = self._local_item(item_id)
        known_before = self._repository.document(item_id) is not None
        outcome = self._write_item(item_id, item, deleted, merged, state.deleted, known_before, source)
        after, after_deleted = self._local_item(item_id)
        recorded = (0, True) if after is None else (after.revision, after_deleted)
        self._save(item_id, document, recorded)
        return outcome

    def _write_item(self, item_id: str, item: Item | None, deleted: bool, merged: Item, state_deleted: bool,
                    known_before: bool, source: str) -> str:
        if item is None:
            if state_deleted and known_before:
                return "unchanged"  # deleted for good here, and deleted there too: nothing to bring back
            self._items.add(merged, source=source)
            if state_deleted:  # new here but in the sender's trash: it goes to the trash here too
                self._items.delete(item_id)
                return "deleted"
            return "added"
        if item.kind != merged.kind:
            raise DamagedInput("a shared item changed its kind")
        outcome = "unchanged"
        if deleted and not state_deleted:
            self._items.restore(item_id)
            outcome = "restored"
        if not state_deleted:
            saved = self._items.save(replace(merged, revision=item.revision), source=source)
            if outcome == "unchanged" and saved.revision != item.revision:
                outcome = "changed"
        elif not deleted:
            self._items.save(replace(merged, revision=item.revision), source=source)
            self._items.delete(item_id)
            outcome = "deleted"
        elif _content(merged) != _content(item):
            # In the trash on both sides, but edited elsewhere before it was deleted: the copy in
            # the trash takes the edit too, so a later restore brings back the same item everywhere.
            self._items.restore(item_id)
            self._items.save(replace(merged, revision=item.revision), source=source)
            self._items.delete(item_id)
            outcome = "changed"
        return outcome


def _content(item: Item) -> Item:
    return replace(item, created_at="", updated_at="", revision=0)
