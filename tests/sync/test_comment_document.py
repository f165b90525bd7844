"""Comment records and their passages inside an item document (sync/comments.py, sync/comment_document.py)."""

from __future__ import annotations

import secrets
import subprocess
import sys
import textwrap

import pytest
from pycrdt import Doc, Map

from amanat.crypto.errors import UnsupportedVersion
from amanat.crypto.identity import Identity
from amanat.sync.comments import (
    MAX_BODY_CHARS,
    MAX_RECORDS,
    DamagedComment,
    ForgedComment,
    parse_record,
    sign_record,
    verify_record,
)
from amanat.sync.hybrid_clock import HybridClock
from amanat.sync.item_document import DamagedUpdate, ItemDocument, ItemState

ITEM = "0123456789abcdef0123456789abcdef"
BODY = "گزارش جلسه‌ی ژنو: وضعیت مدافعان حقوق بشر در ولایت هرات 😀 و پیشنهادها."


def new_id() -> str:
    return secrets.token_hex(16)


def note(body: str = BODY) -> ItemDocument:
    return ItemDocument.create(ItemState("note", {}, {"title": "یادداشت", "body": body}), HybridClock("a"))


def thread_record(author: Identity, passage: str, body: str = "این را بررسی کنیم") -> tuple[str, object]:
    record_id = new_id()
    record = sign_record(author, record_id=record_id, item=ITEM, kind="thread", thread=record_id, body=body,
                         at=HybridClock("a").now(), text="body", quote=passage)
    return record_id, record


def test_a_record_round_trips_and_verifies() -> None:
    author = Identity.generate()
    record_id, record = thread_record(author, "مدافعان")
    stored = ItemDocument.from_update(_with_thread(note(), record, "مدافعان").encode())
    (parsed,) = stored.comments()
    assert parsed == record and parsed.id == record_id
    verify_record(parsed, ITEM)
    assert parsed.author_fingerprint == author.public.fingerprint.hex()


def _with_thread(document: ItemDocument, record: object, passage: str) -> ItemDocument:
    body = document.read().texts["body"]
    start = body.index(passage)
    document.add_comment(record, ("body", start, start + len(passage)))  # type: ignore[arg-type]
    return document


def test_a_record_is_bound_to_its_item_and_its_bytes() -> None:
    author = Identity.generate()
    _, record = thread_record(author, "مدافعان")
    with pytest.raises(ForgedComment):
        verify_record(record, "f" * 32)  # type: ignore[arg-type]
    text = record.encode()  # type: ignore[attr-defined]
    changed = text.replace("این را بررسی کنیم", "این را حذف کنیم")
    with pytest.raises(ForgedComment):
        verify_record(parse_record(record.id, changed), ITEM)  # type: ignore[attr-defined]


@pytest.mark.parametrize("mutate", [
    lambda t: t.replace('"v":1', '"v":1.0'),
    lambda t: t.replace('"kind":"thread"', '"kind":"edit"'),
    lambda t: t[:-1] + ',"extra":1}',
    lambda t: t.replace(",", ", ", 1),
    lambda t: "[]",
    lambda t: "x" * 20_000,
])
def test_malformed_records_are_refused(mutate) -> None:  # type: ignore[no-untyped-def]
    _, record = thread_record(Identity.generate(), "مدافعان")
    with pytest.raises(DamagedComment):
        parse_record(record.id, mutate(record.encode()))  # type: ignore[attr-defined]


def test_a_newer_record_version_is_unsupported() -> None:
    _, record = thread_record(Identity.generate(), "مدافعان")
    with pytest.raises(UnsupportedVersion):
        parse_record(record.id, record.encode().replace('"v":1', '"v":2'))  # type: ignore[attr-defined]


def test_limits_refuse_before_signing() -> None:
    with pytest.raises(ValueError, match="longer"):
        thread_record(Identity.generate(), "مدافعان", body="ب" * (MAX_BODY_CHARS + 1))
    with pytest.raises(ValueError):
        thread_record(Identity.generate(), "مدافعان", body="   ")


def test_the_passage_follows_its_characters_through_concurrent_persian_edits() -> None:
    mine = note()
    _, record = thread_record(Identity.generate(), "مدافعان حقوق بشر")
    _with_thread(mine, record, "مدافعان حقوق بشر")
    theirs = ItemDocument.from_update(mine.encode())
    clock = HybridClock("b")
    state = theirs.read()
    theirs.record_local(ItemState("note", {}, {**state.texts, "body": "پیشگفتار 😀\u200c " + state.texts["body"]
                                               .replace("حقوق", "حقوقِ")}), clock)
    state = mine.read()
    mine.record_local(ItemState("note", {}, {**state.texts, "body": state.texts["body"].replace("ژنو", "ژنیو")}),
                      HybridClock("c"))
    mine.apply_update(theirs.update_since(b""), HybridClock("c"))
    theirs.apply_update(mine.update_since(b""), clock)
    for document in (mine, theirs):
        body = document.read().texts["body"]
        start, end = document.comment_passages({record.thread: "body"})[record.thread]  # type: ignore[attr-defined]
        assert body[start:end] == "مدافعان حقوقِ بشر"
        assert body.startswith("پیشگفتار") and "ژنیو" in body


def test_a_deleted_passage_leaves_no_range() -> None:
    document = note()
    _, record = thread_record(Identity.generate(), "مدافعان")
    _with_thread(document, record, "مدافعان")
    state = document.read()
    document.record_local(ItemState("note", {}, {**state.texts, "body": BODY.replace("مدافعان ", "")}),
                          HybridClock("a"))
    assert document.comment_passages({record.thread: "body"}) == {}  # type: ignore[attr-defined]
    assert document.comments()[0].quote == "مدافعان"


def test_a_document_with_an_unknown_root_is_from_a_newer_amanat() -> None:
    doc = Doc()
    doc.apply_update(note().encode())
    doc.get("tasks_of_2030", type=Map)["x"] = "y"
    with pytest.raises(UnsupportedVersion):
        ItemDocument.from_update(doc.get_update())


def test_too_many_or_too_large_records_are_refused_when_read() -> None:
    doc = Doc()
    doc.apply_update(note().encode())
    records: Map[str] = doc.get("comments", type=Map)
    records[new_id()] = "x" * 20_000
    with pytest.raises(DamagedUpdate):
        ItemDocument.from_update(doc.get_update())
    doc = Doc()
    doc.apply_update(note().encode())
    records = doc.get("comments", type=Map)
    with doc.transaction():
        for _ in range(MAX_RECORDS + 1):
            records[new_id()] = "{}"
    with pytest.raises(DamagedUpdate):
        ItemDocument.from_update(doc.get_update())


def test_pycrdt_sticky_index_is_not_usable_for_persian_text() -> None:
    """Why passages are formatting, not pycrdt 0.14's StickyIndex (docs/bundle-format.md, "Comments").

    Run in a child process: the index panics (a Rust unwrap), which prints to stderr.
    """
    script = textwrap.dedent('''
        from pycrdt import Assoc, Doc, StickyIndex, Text
        doc = Doc(client_id=1)
        text = doc.get("t", type=Text)
        text.insert(0, "ab سلام 😀دوستان xy")
        anchor = StickyIndex.new(text, 10, Assoc.AFTER).to_json()
        del text[12:14]  # the first letter of the passage (UTF-8 bytes, as Text counts)
        with doc.transaction() as txn:
            offset = StickyIndex.from_json(anchor).get_index(txn)
        units = len(str(text).encode("utf-16-le")) // 2
        print("beyond" if offset > units else "fine")  # past the end of the text
        fresh = Doc(client_id=2).get("t", type=Text)
        fresh.insert(0, "سلام")
        try:
            StickyIndex.new(fresh, 4, Assoc.AFTER).get_index()  # the end of the text
        except BaseException as error:
            print(type(error).__name__)
    ''')
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=60)
    assert result.stdout.split() == ["beyond", "PanicException"], result.stdout + result.stderr


def test_a_thread_on_a_root_that_is_not_a_text_has_no_passage() -> None:
    author = Identity.generate()
    record_id = new_id()
    record = sign_record(author, record_id=record_id, item=ITEM, kind="thread", thread=record_id, body="نظر",
                         at=HybridClock("a").now(), text="xyz", quote="x")
    document = note()
    document.add_comment(record)
    doc = Doc()
    doc.apply_update(document.encode())
    doc.get("text:xyz", type=Map)["comment:" + record_id] = "true"
    crafted = ItemDocument.from_update(doc.get_update())
    assert crafted.comment_passages({record_id: "xyz"}) in ({}, {record_id: (0, 0)})
