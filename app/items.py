"""Notes, contacts and drafts: the one write path the CLI and the GUI share."""

from __future__ import annotations

import builtins
import datetime
import functools
import uuid
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace

from amanat.app.errors import InvalidValue, NotFound
from amanat.app.id_prefix import resolve_id_prefix
from amanat.app.item_codec import ItemRecord, from_record, search_body, searchable_text_of, to_record
from amanat.app.models import (
    ITEM_KINDS,
    TEMPLATE_SECTIONS,
    Draft,
    Item,
    ItemHeader,
    Note,
    Revision,
    SearchHit,
)
from amanat.app.readable_text import readable_markdown
from amanat.app.search_results import SearchResults
from amanat.app.search_snippet import make_snippet
from amanat.app.search_text import build_match_query, fold_for_search, query_terms
from amanat.app.store.connection import Transaction
from amanat.app.store.repository import FoldedText, Repository
from amanat.app.validation import validated
from amanat.app.version_links import with_news

MAX_SEARCH_RESULTS = 200


def now_utc() -> str:
    """The current time as stored: ISO 8601, UTC, microseconds."""
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="microseconds")


def _valid_time(text: str) -> str | None:
    """`text` as a stored UTC time if it is a valid ISO time with a zone, else None."""
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(datetime.UTC).isoformat(timespec="microseconds")


def new_item_id() -> str:
    """A random, globally unique item id (32 hex digits)."""
    return uuid.uuid4().hex


def folded_text(item: Item) -> FoldedText:
    """What the search index stores for an item."""
    return FoldedText(title=fold_for_search(item.title), body=fold_for_search(search_body(item)))


@functools.lru_cache(maxsize=32)
def _terms_of(query: str) -> tuple[str, ...]:
    """`query_terms(query)`: the rows of one search ask for the same query's."""
    return tuple(query_terms(query))


def _searchable_text(hit: SearchHit) -> str:
    """The searchable text of a hit found by `ItemService.find` but its tags (its stored fields decoded now)."""
    if not hit.content:
        return ""
    record = ItemRecord(id=hit.id, kind=hit.kind, title=hit.title, content=hit.content, tags=(),
                        pinned=False, created_at=hit.updated_at, updated_at=hit.updated_at)
    return searchable_text_of(record)


def _same_content(a: ItemRecord, b: ItemRecord) -> bool:
    return (a.title, a.content, a.tags, a.pinned) == (b.title, b.content, b.tags, b.pinned)


class ItemService:
    """Create, read, change, delete, search and restore items."""

    def __init__(self, repository: Repository) -> None:
        self._repository = repository

    # -- creating ---------------------------------------------------------

    def add(self, item: Item, *, source: str = "") -> Item:
        """Store a new item (its id is assigned when empty) and return it as stored."""
        return self.add_many([item], source=source)[0]

    def add_many(self, items: Iterable[Item], *, source: str = "", keep_created: bool = False) -> builtins.list[Item]:
        """Store many new items in one transaction: all of them, or none (`source`: see `save`).

        With `keep_created`, an item's own `created_at` (a valid ISO time, as an import reads it from
        the other program's file) is kept; else, and always for the last change, it is now.
        """
        when = now_utc()
        stored: list[Item] = []
        rows: list[tuple[ItemRecord, FoldedText]] = []
        for item in items:
            item = validated(replace(item, id=item.id or new_item_id()))
            created = _valid_time(item.created_at) if keep_created else None
            record = to_record(item, created_at=created or when, updated_at=when, revision=1)
            rows.append((record, folded_text(item)))
            stored.append(from_record(record))
        self._repository.insert_items(rows, source)
        return stored

    def atomic(self) -> AbstractContextManager[Transaction]:
        """One transaction around several of these writes: all of them, or none (an import, say)."""
        return self._repository.atomic()

    def add_note(self, title: str, body: str = "", tags: Iterable[str] = (), pinned: bool = False) -> Note:
        """Store a new note."""
        note = self.add(Note(id="", title=title, body=body, tags=tuple(tags), pinned=pinned))
        assert isinstance(note, Note)
        return note

    def new_draft(self, template: str, title: str) -> Draft:
        """Store a new, empty draft made from a template."""
        if template not in TEMPLATE_SECTIONS:
            raise InvalidValue(f"unknown template {template!r}; templates are {', '.join(TEMPLATE_SECTIONS)}")
        sections = tuple((key, "") for key in TEMPLATE_SECTIONS[template])
        draft = self.add(Draft(id="", template=template, title=title, sections=sections))
        assert isinstance(draft, Draft)
        return draft

    # -- reading ----------------------------------------------------------

    def get(self, item_id: str, kind: str | None = None) -> Item:
        """One item by full id, live or in the trash."""
        item = from_record(self._repository.item(item_id))
        if kind is not None and item.kind != kind:
            raise NotFound(f"no {kind} with id {item_id}")
        return item

    def linked_versions(self, group: str) -> builtins.list[Draft]:
        """The live drafts of one link group: a document's language versions, oldest first."""
        versions = [from_record(record) for record in self._repository.live_drafts_in_link_group(group)]
        return [v for v in versions if isinstance(v, Draft)]

    def is_in_trash(self, item_id: str) -> bool:
        """True when the item is in the trash."""
        return self._repository.item(item_id).deleted_at is not None

    def resolve(self, prefix: str, kind: str | None = None) -> str:
        """The full id for a unique id prefix (at least four characters)."""
        if kind is not None and kind not in ITEM_KINDS:
            raise InvalidValue(f"unknown kind {kind!r}")
        return resolve_id_prefix(prefix, kind or "item",
                                 lambda start, limit: self._repository.ids_starting_with(start, kind, limit),
                                 id_name="item")

    def list(
        self, kind: str | None = None, *, tag: str | None = None, limit: int = -1, offset: int = 0
    ) -> builtins.list[ItemHeader]:
        """Live items, pinned first, most recently changed first."""
        return self._repository.headers(kind, tag=tag, limit=limit, offset=offset)

    def count(self, kind: str | None = None) -> int:
        """How many live items (of one kind)."""
        return self._repository.count(kind)

    def high_risk_contact_ids(self) -> set[str]:
        """Ids of the live contacts marked high risk (lists mark them beside the name)."""
        return self._repository.live_contact_ids_with_risk("high")

    def tags(self) -> builtins.list[tuple[str, int]]:
        """Every tag in use on live items, with counts."""
        return self._repository.tags()

    # -- changing ---------------------------------------------------------

    def save(self, item: Item, *, source: str = "", link_change: bool = False) -> Item:
        """Store a changed item as a new revision; unchanged items are left alone.

        `source` names where the change came from when it is not from this vault's user
        (a group member's bundle), for the item's history. A draft's link to its language
        versions is bookkeeping: a local save keeps the stored one (a form or a copy read before
        a mark or a merge cannot undo it) unless `link_change` says the link is what changes
        (app/linked_versions.py).
        """
        current = self._repository.item(item.id)
        if current.deleted_at is not None:
            raise InvalidValue("this item is in the trash; restore it before changing it")
        if current.kind != item.kind:
            raise InvalidValue("an item cannot change its kind")
        item = validated(item)
        if isinstance(item, Draft) and not source:
            before = from_record(current)
            if isinstance(before, Draft) and not link_change:
                item = replace(item, link=before.link)
            if isinstance(before, Draft) and item.link is not None:
                # A change made here to a section that was in line is news for the other language versions
                # (app/version_links.py); a merge from a bundle brings the sender's tokens instead.
                item = with_news(before, item, self.linked_versions(item.link.group))
        record = to_record(item, created_at=current.created_at, updated_at=now_utc(), revision=current.revision + 1)
        if _same_content(record, current):
            return from_record(current)
        self._repository.update_item(record, folded_text(item), source)
        return from_record(record)

    # -- trash ------------------------------------------------------------

    def delete(self, item_id: str) -> None:
        """Move an item to the trash (it leaves search results)."""
        if self.is_in_trash(item_id):
            return
        self._repository.move_to_trash(item_id, now_utc())

    def trash(self, kind: str | None = None) -> builtins.list[ItemHeader]:
        """Items in the trash, most recently deleted first."""
        return self._repository.headers(kind, in_trash=True)

    def restore(self, item_id: str) -> Item:
        """Bring an item back from the trash."""
        item = self.get(item_id)
        if self.is_in_trash(item_id):
            self._repository.restore_from_trash(item_id, folded_text(item))
        return item

    def empty_trash(self) -> int:
        """Delete everything in the trash for good: nothing of it stays in the vault's files."""
        return self._purge([header.id for header in self.trash()])

    def purge(self, item_id: str) -> None:
        """Delete one item in the trash for good: nothing of it stays in the vault's files."""
        self.purge_many([item_id])

    def purge_many(self, item_ids: Iterable[str]) -> int:
        """Delete items in the trash for good, together (what follows a deletion runs once)."""
        item_ids = builtins.list(item_ids)
        for item_id in item_ids:
            if not self.is_in_trash(item_id):
                raise InvalidValue("only items in the trash can be deleted for good")
        return self._purge(item_ids)

    def _purge(self, item_ids: builtins.list[str]) -> int:
        return self._repository.purge(item_ids)

    # -- history ----------------------------------------------------------

    def history(self, item_id: str) -> builtins.list[Revision]:
        """Every saved version of an item, oldest first."""
        return [
            Revision(item_id=item_id, number=r.number, saved_at=r.saved_at, item=from_record(r.record),
                     source=r.source)
            for r in self._repository.revisions(item_id)
        ]

    def revision(self, item_id: str, number: int) -> Revision:
        """One saved version."""
        for revision in self.history(item_id):
            if revision.number == number:
                return revision
        raise NotFound(f"item {item_id} has no revision {number}")

    def restore_revision(self, item_id: str, number: int) -> Item:
        """Make an old version current again, as a new revision (nothing is lost)."""
        old = self.revision(item_id, number).item
        current = self.get(item_id)
        return self.save(replace(old, revision=current.revision))

    # -- search -----------------------------------------------------------

    def search(
        self, query: str, *, limit: int = 50, kind: str | None = None,
        mark_start: str = "[", mark_end: str = "]", snippets: bool = True,
    ) -> builtins.list[SearchHit]:
        """Live items matching every word of `query` (as prefixes), best first, each with its snippet.

        A snippet costs about a tenth of a millisecond; a list that filters as the user types
        asks for none (`snippets=False`), and a view that shows a few rows at a time uses
        `find` and makes the snippets of the rows it shows with `snippet_of`.
        """
        if not snippets:
            return self._hits(query, limit, kind, keep_text=False)
        return [replace(hit, snippet=self.snippet_of(hit, query, mark_start=mark_start, mark_end=mark_end), content="")
                for hit in self._hits(query, limit, kind, keep_text=True)]

    def find(self, query: str, *, limit: int = 50, kind: str | None = None) -> Sequence[SearchHit]:
        """The hits of `search`, without snippets but holding the text `snippet_of` cuts them from.

        Without a kind the hits are ranked now and each read when first asked for, a screenful at a time
        (`SearchResults`: what a search window needs before it paints); with one, all are read now."""
        if kind is not None:
            return self._hits(query, limit, kind, keep_text=True)
        match = build_match_query(query)
        if match is None:
            return []
        ranked = self._repository.ranked_matches(match, min(max(limit, 1), MAX_SEARCH_RESULTS))
        return SearchResults(ranked, self._repository.search_rows)

    def snippet_of(self, hit: SearchHit, query: str, *, mark_start: str = "[", mark_end: str = "]") -> str:
        """The snippet `search` would give `hit` (found by `find` for the same `query`)."""
        text = "\n".join(part for part in (_searchable_text(hit), *hit.tags) if part) or hit.title
        return make_snippet(text, _terms_of(query), mark_start=mark_start, mark_end=mark_end)

    def readable_snippet_of(self, hit: SearchHit, query: str, *, mark_start: str = "[", mark_end: str = "]") -> str:
        """A snippet of `hit` as a reader sees it (the window's search): Markdown's marks taken out, the
        fields of a contact or draft kept apart by a middle dot, and the tags left out (shown beside it)."""
        separator = " " if hit.kind == "note" else " · "
        text = readable_markdown(_searchable_text(hit), separator) or hit.title
        return make_snippet(text, _terms_of(query), mark_start=mark_start, mark_end=mark_end)

    def _hits(self, query: str, limit: int, kind: str | None, *, keep_text: bool) -> builtins.list[SearchHit]:
        match = build_match_query(query)
        if match is None:
            return []
        hits = []
        for row in self._repository.search(match, min(max(limit, 1), MAX_SEARCH_RESULTS), kind):
            content, tags = (row.content, row.tags) if keep_text else ("", "[]")
            hits.append(SearchHit(id=row.id, kind=row.kind, title=row.title, snippet="", rank=row.rank,
                                  updated_at=row.updated_at, content=content, stored_tags=tags))
        return hits
