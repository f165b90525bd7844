"""Comment threads on notes and draft sections: the one write path the window and the command line use.

Comments live in the item's CRDT document (`amanat.sync.comment_document`), shared or not: an
item that was never shared gets a document when its first comment is written, and loses it when
it is deleted for good (`purge_items`). Every record is signed with this vault's identity, so
wherever it travels it names its author by key; names shown here come from this vault's own
knowledge (my name, my contacts, the members of my groups), never from the record.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from amanat.app.errors import InvalidValue, NotFound
from amanat.app.items import ItemService
from amanat.app.models import Draft, Item, Note
from amanat.app.sharing.documents import DocumentKeeper
from amanat.app.sharing.identities import IdentityService
from amanat.app.store.sync_repository import SyncRepository
from amanat.sync.comments import (
    MAX_BODY_CHARS,
    MAX_LOCAL_RECORDS,
    MAX_QUOTE_CHARS,
    MAX_REPLIES,
    CommentRecord,
    sign_record,
)
from amanat.sync.group_log import GroupLog
from amanat.sync.hybrid_clock import parse_timestamp
from amanat.sync.item_document import ItemDocument

SECTION_PREFIX = "section:"


@dataclass(frozen=True)
class Comment:
    """One comment of a thread, as shown."""

    id: str
    author: str  # fingerprint, hex
    author_name: str  # from this vault's knowledge; "" when the author is nobody known here
    mine: bool
    body: str
    written_at: datetime


@dataclass(frozen=True)
class CommentThread:
    """A thread on a passage: its comments oldest first, and whether it is resolved (and by whom)."""

    id: str
    text: str  # "body", or "section:<key>"
    quote: str
    passage: tuple[int, int] | None  # (start, end) in code points of the text as saved; None: deleted
    comments: tuple[Comment, ...]
    resolved: bool
    state_by: Comment | None = None  # who resolved or reopened it last, with when (body "")

    @property
    def section(self) -> str:
        """The draft section's key, or "" for a note's body."""
        return self.text[len(SECTION_PREFIX):] if self.text.startswith(SECTION_PREFIX) else ""


def text_of(item: Item, name: str) -> str | None:
    """The text named `name` in `item` ("body" of a note, "section:<key>" of a draft), None if none."""
    if isinstance(item, Note):
        return item.body if name == "body" else None
    if isinstance(item, Draft) and name.startswith(SECTION_PREFIX):
        return dict(item.sections).get(name[len(SECTION_PREFIX):], "")
    return None


def written_at(stamp: str) -> datetime:
    """When a record says it was written (its hybrid clock milliseconds), in UTC."""
    milliseconds = parse_timestamp(stamp)[0]
    return datetime.fromtimestamp(min(milliseconds, 253_402_300_799_000) / 1000, tz=UTC)


class CommentThreads:
    """Read, start, answer, resolve and reopen comment threads of one vault's items."""

    def __init__(self, repository: SyncRepository, identities: IdentityService, items: ItemService,
                 documents: DocumentKeeper) -> None:
        self._repository = repository
        self._identities = identities
        self._items = items
        self._documents = documents

    def threads(self, item_id: str) -> list[CommentThread]:
        """The item's threads, oldest first (none for an item that never had a comment)."""
        if self._repository.document(item_id) is None:
            return []
        document = self._documents.refresh(item_id)  # the passages are those of the item as saved
        return self._threads_of(document)

    def count(self, item_id: str) -> tuple[int, int]:
        """(open threads, all threads) of the item."""
        threads = self.threads(item_id)
        return sum(1 for thread in threads if not thread.resolved), len(threads)

    def start(self, item_id: str, text: str, start: int, end: int, body: str) -> CommentThread:
        """Start a thread on characters [start, end) of the item's text `text` as saved (else InvalidValue)."""
        item = self._items.get(item_id)
        current = text_of(item, text)
        if current is None:
            raise InvalidValue("comments can be written on a note's text or a draft's sections")
        if not 0 <= start < end <= len(current):
            raise InvalidValue("select the passage to comment on first")
        quote = current[start:end]
        if len(quote) > MAX_QUOTE_CHARS:
            quote = quote[:MAX_QUOTE_CHARS - 1] + "…"
        thread_id = secrets.token_hex(16)
        self._write(item_id, "thread", thread_id, body, passage=(text, start, end), quote=quote)
        return next(thread for thread in self.threads(item_id) if thread.id == thread_id)

    def reply(self, item_id: str, thread_id: str, body: str) -> CommentThread:
        """Answer a thread."""
        thread = self._thread(item_id, thread_id)
        if len(thread.comments) > MAX_REPLIES:
            raise InvalidValue(f"a thread holds at most {MAX_REPLIES} replies: start a new thread")
        self._write(item_id, "reply", thread_id, body)
        return self._thread(item_id, thread_id)

    def set_resolved(self, item_id: str, thread_id: str, resolved: bool) -> CommentThread:
        """Resolve or reopen a thread (nothing is written when it already is)."""
        thread = self._thread(item_id, thread_id)
        if thread.resolved != resolved:
            self._write(item_id, "resolve" if resolved else "reopen", thread_id, "")
        return self._thread(item_id, thread_id)

    # -- inside ----------------------------------------------------------------

    def _thread(self, item_id: str, thread_id: str) -> CommentThread:
        for thread in self.threads(item_id):
            if thread.id == thread_id:
                return thread
        raise NotFound("this comment thread is not there any more")

    def _write(self, item_id: str, kind: str, thread_id: str, body: str, *,
               passage: tuple[str, int, int] | None = None, quote: str = "") -> None:
        body = body.strip() if kind in ("thread", "reply") else ""
        if kind in ("thread", "reply") and not body:
            raise InvalidValue("write the comment first")
        if len(body) > MAX_BODY_CHARS:
            raise InvalidValue(f"a comment can be at most {MAX_BODY_CHARS:,} characters long")
        with self._repository.atomic():
            clock = self._identities.clock()
            document = self._documents.refresh(item_id, clock)
            if len(document.comment_records()) >= MAX_LOCAL_RECORDS:
                raise InvalidValue(f"this item holds {MAX_LOCAL_RECORDS:,} comments already, the most it can")
            record_id = thread_id if kind == "thread" else secrets.token_hex(16)
            # After every record of the thread the user saw, even one dated ahead by a skewed or hostile
            # clock: a reopen must beat the resolve it answers (a "resolve" dated 9999 froze the thread).
            seen = [record.at for record in document.comments() if record.thread == thread_id]
            try:
                record = sign_record(self._identities.identity(), record_id=record_id, item=item_id, kind=kind,
                                     thread=thread_id, body=body, at=clock.now_after(max(seen, default=None)),
                                     text=passage[0] if passage else "", quote=quote)
                document.add_comment(record, passage)
            except ValueError as error:
                raise InvalidValue(str(error)) from None
            self._documents.keep(item_id, document)
            self._identities.save_clock(clock)

    def _names(self) -> dict[str, str]:
        """Names this vault knows people by (fingerprint → name): group members, then contacts, then me."""
        names: dict[str, str] = {}
        for group in self._repository.groups():
            for member in GroupLog.from_ops(group.ops).everyone:
                names[member.identity.fingerprint.hex()] = member.name
        for peer in self._identities.peers():
            if peer.verified:  # a name from a card someone sent is theirs to claim until verified
                names[peer.fingerprint] = peer.name
        return names

    def _threads_of(self, document: ItemDocument) -> list[CommentThread]:
        records = sorted(document.comments(), key=lambda r: (r.at, r.id))
        if not records:
            return []
        me = self._identities.public().fingerprint.hex()
        names = self._names()
        names[me] = self._identities.display_name()

        def shown(record: CommentRecord) -> Comment:
            author = record.author_fingerprint
            return Comment(record.id, author, names.get(author, ""), author == me, record.body, written_at(record.at))

        starts = {record.id: record for record in records if record.kind == "thread"}
        passages = document.comment_passages({thread_id: record.text for thread_id, record in starts.items()})
        threads = []
        for thread_id, start in starts.items():
            # The comment that started the thread first, whatever time a reply claims (a reply signed
            # "1970" took its place).
            own = [start, *(record for record in records if record.thread == thread_id and record.kind != "thread")]
            comments = tuple(shown(record) for record in own if record.kind in ("thread", "reply"))
            states = [record for record in own if record.kind in ("resolve", "reopen")]
            last = states[-1] if states else None
            threads.append(CommentThread(thread_id, start.text, start.quote, passages.get(thread_id), comments,
                                         last is not None and last.kind == "resolve",
                                         shown(last) if last else None))
        return threads
