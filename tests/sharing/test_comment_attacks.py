"""Attacks on comment threads by a group member who signs his own records with false times.

A record's time (`at`) is the author's to choose: a member can sign a "resolve" dated in the year
9999, or a reply dated 1970. Neither may freeze a thread's state (nobody could reopen it) nor put
his reply in place of the comment that started the thread. Both failed before.
"""

from __future__ import annotations

import secrets

from pycrdt import Doc, Map

from amanat.sync.comments import sign_record
from amanat.sync.hybrid_clock import format_timestamp
from tests.sharing.conftest import Workshop
from tests.sharing.test_comments_exchange import PASSAGE, _tampered_bundle, comment_on, send, shared_note


def _signed_by_farid(workshop: Workshop, note_id: str, thread_id: str, kind: str, at_ms: int, body: str = "") -> bytes:
    farid = workshop.members[1]
    identity = farid.vault.sync.identities.identity()
    record_id = secrets.token_hex(16)
    record = sign_record(identity, record_id=record_id, item=note_id, kind=kind, thread=thread_id, body=body,
                         at=format_timestamp(at_ms, 0, "farid"))

    def change(doc: Doc) -> None:  # type: ignore[type-arg]
        records: Map[str] = doc.get("comments", type=Map)
        records[record_id] = record.encode()

    return _tampered_bundle(workshop, note_id, change)


def test_a_resolve_dated_in_the_far_future_does_not_stop_the_others_reopening(workshop: Workshop) -> None:
    mariam, farid, zahra = workshop.members
    note = shared_note(workshop)
    thread = comment_on(mariam, note.id, PASSAGE, "منبع؟")
    send(mariam, workshop.group_id, farid, zahra)
    data = _signed_by_farid(workshop, note.id, thread.id, "resolve", 253_402_300_799_000)  # 9999-12-31
    mariam.receive(data)
    assert mariam.sync.comments.threads(note.id)[0].resolved
    reopened = mariam.sync.comments.set_resolved(note.id, thread.id, False)
    assert not reopened.resolved
    send(mariam, workshop.group_id, zahra)
    assert not zahra.sync.comments.threads(note.id)[0].resolved


def test_a_reply_dated_before_the_thread_does_not_take_the_first_comments_place(workshop: Workshop) -> None:
    mariam, farid, zahra = workshop.members
    note = shared_note(workshop)
    thread = comment_on(mariam, note.id, PASSAGE, "نظر مریم")
    send(mariam, workshop.group_id, farid, zahra)
    zahra.receive(_signed_by_farid(workshop, note.id, thread.id, "reply", 1_000, "جمله‌ی فرید"))
    (seen,) = zahra.sync.comments.threads(note.id)
    assert [c.body for c in seen.comments] == ["نظر مریم", "جمله‌ی فرید"]
    assert seen.comments[0].author == mariam.fingerprint
