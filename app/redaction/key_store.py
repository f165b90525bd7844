"""Where an item's key of pseudonyms is kept: in the vault (SQLCipher), beside the item, never outside.

The key is kept per item, so the same person is "Person A" in every export of that item, made
from the window or the command line. It never goes into an export, a bundle or a log; deleting
the item for good deletes its key (app/store/erasure.py).
"""

from __future__ import annotations

from amanat.app.redaction.pseudonyms import RedactionKey
from amanat.app.store.erasure import META_REDACTION_KEY_PREFIX
from amanat.app.store.repository import Repository


class RedactionKeys:
    """The keys of pseudonyms of a vault's items."""

    def __init__(self, repository: Repository) -> None:
        self._repository = repository

    def load(self, item_id: str) -> RedactionKey | None:
        """The item's key, or None if nothing was ever marked for it."""
        text = self._repository.meta(META_REDACTION_KEY_PREFIX + item_id)
        return None if text is None else RedactionKey.from_json(text)

    def save(self, item_id: str, key: RedactionKey) -> None:
        self._repository.set_meta(META_REDACTION_KEY_PREFIX + item_id, key.to_json())

    def forget(self, item_id: str) -> None:
        self._repository.delete_meta(META_REDACTION_KEY_PREFIX + item_id)
