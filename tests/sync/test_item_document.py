"""Shared items as CRDT documents: round trips, concurrent edits, LWW registers, hostile updates."""

from __future__ import annotations

import itertools
import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amanat.crypto.errors import DamagedInput
from amanat.sync.hybrid_clock import HybridClock, format_timestamp
from amanat.sync.item_document import DamagedUpdate, ItemDocument, ItemState

BODY = "ما حقوق بشر را می‌خواهیم. این پاراگراف مشترک است."


class FakeWall:
    """A wall clock the test sets by hand."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def note(body: str = BODY, **changes: object) -> ItemState:
    values: dict[str, object] = {
        "kind": "note",
        "registers": {"tags": ["sources"], "pinned": False},
        "texts": {"title": "گزارش", "body": body},
        "rows": ({"action": "call", "owner": "Maryam", "due": "", "status": "open"},),
        "deleted": False,
    }
    values.update(changes)
    return ItemState(**values)  # type: ignore[arg-type]


def replicas(count: int, state: ItemState | None = None) -> tuple[list[ItemDocument], list[HybridClock]]:
    clocks = [HybridClock(f"actor{i}") for i in range(count)]
    first = ItemDocument.create(state or note(), clocks[0])
    docs = [first] + [ItemDocument.from_update(first.encode()) for _ in range(count - 1)]
    return docs, clocks


def sync_pair(a: ItemDocument, ca: HybridClock, b: ItemDocument, cb: HybridClock) -> None:
    b.apply_update(a.update_since(b.state_vector()), cb)
    a.apply_update(b.update_since(a.state_vector()), ca)


def edit(doc: ItemDocument, clock: HybridClock, **changes: object) -> None:
    current = doc.read()
    values = {
        "kind": current.kind,
        "registers": dict(current.registers),
        "texts": dict(current.texts),
        "rows": current.rows,
        "deleted": current.deleted,
    }
    values.update(changes)
    assert doc.record_local(ItemState(**values), clock)  # type: ignore[arg-type]


def test_create_load_round_trip_and_fresh_client_ids() -> None:
    state = note()
    doc = ItemDocument.create(state, HybridClock("me"))
    assert doc.read() == state
    loaded = [ItemDocument.from_update(doc.encode()) for _ in range(3)]
    assert all(other.read() == state for other in loaded)
    assert len({other._doc.client_id for other in [doc, *loaded]}) == 4


def test_state_equality_compares_content() -> None:
    assert note() == note()
    assert note() != note(body="x")
    assert ItemState("note", {}, {}) == ItemState("note", {}, {}, (), False)


def test_record_local_is_minimal() -> None:
    clock = HybridClock("me")
    doc = ItemDocument.create(note(), clock)
    assert not doc.record_local(note(), clock)  # nothing changed, nothing written
    vector = doc.state_vector()
    doc.record_local(note(BODY.replace("مشترک", "مشترکِ ما")), clock)
    update = doc.update_since(vector)
    assert len(update) < 120  # a few characters, not the whole paragraph again
    assert doc.read().texts["body"] == BODY.replace("مشترک", "مشترکِ ما")


def test_concurrent_edits_of_one_persian_paragraph_both_survive() -> None:
    (a, b), (ca, cb) = replicas(2)
    edit(a, ca, texts={"title": "گزارش", "body": BODY.replace("حقوق بشر", "حقوق بشر و آزادی")})
    edit(b, cb, texts={"title": "گزارش", "body": BODY.replace("مشترک است", "مشترک ماست 😀")})
    sync_pair(a, ca, b, cb)
    assert a.read() == b.read()
    body = a.read().texts["body"]
    assert "حقوق بشر و آزادی" in body and "مشترک ماست 😀" in body


def test_later_register_write_wins_in_any_delivery_order() -> None:
    wall = FakeWall(time.time_ns() // 1_000_000)
    (a, b, c), _ = replicas(3)
    ca, cb, cc = (HybridClock(f"w{i}", wall=wall) for i in range(3))
    base = b.state_vector()
    edit(a, ca, registers={"tags": ["early"], "pinned": False})
    wall.ms += 1000
    edit(b, cb, registers={"tags": ["late"], "pinned": False})
    first, second = a.update_since(base), b.update_since(base)
    c.apply_update(second, cc)
    c.apply_update(first, cc)
    a.apply_update(second, ca)
    b.apply_update(first, cb)
    assert a.read().registers["tags"] == b.read().registers["tags"] == c.read().registers["tags"] == ["late"]


def test_a_write_after_seeing_a_fast_clock_wins_even_with_a_slow_wall_clock() -> None:
    (a, b), _ = replicas(2)
    now = time.time_ns() // 1_000_000
    fast, slow = HybridClock("fast", wall=FakeWall(now + 600_000)), HybridClock("slow", wall=FakeWall(now - 600_000))
    edit(a, fast, registers={"tags": ["fast"], "pinned": False})
    b.apply_update(a.update_since(b.state_vector()), slow)
    assert slow.last > fast.last[:22]  # observed: the slow clock moved past the fast write
    edit(b, slow, registers={"tags": ["slow, but later"], "pinned": False})
    a.apply_update(b.update_since(a.state_vector()), fast)
    assert a.read() == b.read() and a.read().registers["tags"] == ["slow, but later"]


def test_far_future_write_can_still_be_overwritten() -> None:
    (a, b), _ = replicas(2)
    now = time.time_ns() // 1_000_000
    broken = HybridClock("broken", wall=FakeWall(now + 10 * 365 * 86_400_000))
    sane = HybridClock("sane", wall=FakeWall(now))
    edit(a, broken, registers={"tags": ["from 2033"], "pinned": False})
    b.apply_update(a.update_since(b.state_vector()), sane)
    assert sane.now() < format_timestamp(now + 86_400_001, 0, "x")  # our clock was not dragged along
    edit(b, sane, registers={"tags": ["fixed"], "pinned": False})
    a.apply_update(b.update_since(a.state_vector()), broken)
    assert a.read() == b.read() and a.read().registers["tags"] == ["fixed"]


def test_removed_register_and_text_and_readd() -> None:
    (a, b), (ca, cb) = replicas(2)
    edit(a, ca, registers={"tags": ["sources"]}, texts={"title": "گزارش"})
    sync_pair(a, ca, b, cb)
    assert "pinned" not in b.read().registers and "body" not in b.read().texts
    edit(b, cb, texts={"title": "گزارش", "body": "دوباره"})
    sync_pair(a, ca, b, cb)
    assert a.read() == b.read() and a.read().texts["body"] == "دوباره"


def test_delete_versus_edit_then_restore() -> None:
    (a, b), (ca, cb) = replicas(2)
    edit(a, ca, deleted=True)
    edit(b, cb, texts={"title": "گزارش", "body": BODY + " ویرایش آفلاین"})
    sync_pair(a, ca, b, cb)
    assert a.read() == b.read()
    assert a.read().deleted and a.read().texts["body"].endswith("ویرایش آفلاین")  # the edit is kept
    edit(b, cb, deleted=False)
    sync_pair(a, ca, b, cb)
    assert not a.read().deleted and a.read() == b.read()


def test_rows_concurrent_insert_and_cell_edit() -> None:
    (a, b), (ca, cb) = replicas(2)
    rows = note().rows
    edit(a, ca, rows=(*rows, {"action": "write report", "owner": "Ali", "due": "2025-01-01", "status": "open"}))
    edit(b, cb, rows=({**rows[0], "status": "done"},))
    sync_pair(a, ca, b, cb)
    assert a.read() == b.read()
    assert [r["status"] for r in a.read().rows] == ["done", "open"]
    edit(a, ca, rows=a.read().rows[1:])
    sync_pair(a, ca, b, cb)
    assert a.read() == b.read() and [r["owner"] for r in b.read().rows] == ["Ali"]


def test_three_replicas_every_order_with_duplicates_and_gaps() -> None:
    for order in itertools.permutations(range(3)):
        docs, clocks = replicas(3)
        base = [doc.state_vector() for doc in docs]
        edit(docs[0], clocks[0], texts={"title": "گزارش", "body": "الف " + BODY})
        edit(docs[1], clocks[1], texts={"title": "گزارش", "body": BODY + " ب"}, deleted=True)
        edit(docs[2], clocks[2], registers={"tags": ["c"], "pinned": True})
        early = [doc.update_since(base[i]) for i, doc in enumerate(docs)]
        edit(docs[order[0]], clocks[order[0]], rows=())  # a second edit after the first updates were cut
        for target in order:
            for source in order:
                if source != target:
                    docs[target].apply_update(early[source], clocks[target])
                    docs[target].apply_update(early[source], clocks[target])  # duplicate
        for _ in range(2):  # the full exchange fills the gap left by the second edit
            for source, target in itertools.permutations(range(3), 2):
                docs[target].apply_update(docs[source].update_since(docs[target].state_vector()), clocks[target])
        states = [doc.read() for doc in docs]
        assert states[0] == states[1] == states[2]
        assert states[0].texts["body"] == "الف " + BODY + " ب"
        assert states[0].deleted and states[0].registers["tags"] == ["c"] and states[0].rows == ()


def test_apply_update_reports_change_and_observes_remote_clock() -> None:
    (a, b), _ = replicas(2)
    now = time.time_ns() // 1_000_000
    ca = HybridClock("a", wall=FakeWall(now + 3_600_000))  # an hour fast
    cb = HybridClock("b", wall=FakeWall(now - 3_600_000))  # an hour slow
    edit(a, ca, registers={"tags": [], "pinned": True})
    update = a.update_since(b.state_vector())
    assert b.apply_update(update, cb)
    assert not b.apply_update(update, cb)  # a duplicate changes nothing
    assert cb.last > ca.last[:22]


def _hostile_variants(update: bytes) -> list[bytes]:
    rng = random.Random(1)
    variants = [b"", b"\x00", b"\xff" * 40, update[: len(update) // 2], update[:-1], update + b"\x00"]
    variants += [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200))) for _ in range(40)]
    for _ in range(150):
        flipped = bytearray(update)
        flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
        variants.append(bytes(flipped))
    return variants


def test_hostile_updates_raise_damaged_update_and_leave_the_document_unchanged() -> None:
    (a, b), (ca, cb) = replicas(2)
    edit(a, ca, texts={"title": "تغییر", "body": BODY + " 😀"})
    real = a.update_since(b.state_vector())
    before, encoded = b.read(), b.encode()
    refused = 0
    for variant in _hostile_variants(real):
        try:
            b.apply_update(variant, cb)
        except DamagedUpdate:
            refused += 1
            assert b.read() == before and b.encode() == encoded
        else:
            before, encoded = b.read(), b.encode()  # some flips still decode as a valid (different) edit
        assert isinstance(b.read(), ItemState)
    assert refused > 50
    assert issubclass(DamagedUpdate, DamagedInput)


def test_oversized_and_non_shared_item_updates_are_refused() -> None:
    doc = ItemDocument.create(note(), HybridClock("me"))
    with pytest.raises(DamagedUpdate):
        ItemDocument.from_update(doc.encode(), max_bytes=10)
    with pytest.raises(DamagedUpdate):
        ItemDocument.from_update(b"\x00\x00")  # a valid Yjs update, but no kind: not a shared item
    big = ItemDocument.create(note(body="x" * 5000), HybridClock("me"))
    small = ItemDocument.from_update(doc.encode(), max_bytes=1000)
    with pytest.raises(DamagedUpdate):
        small.apply_update(big.encode(), HybridClock("me"))


def test_foreign_document_content_is_refused() -> None:
    from pycrdt import Doc, Map

    foreign: Doc = Doc()  # type: ignore[type-arg]
    foreign.get("meta", type=Map)["kind\u001fnot-a-clock"] = '"note"'
    with pytest.raises(DamagedUpdate):
        ItemDocument.from_update(foreign.get_update())
    doc = ItemDocument.create(note(), HybridClock("me"))
    before = doc.read()
    with pytest.raises(DamagedUpdate):
        doc.apply_update(foreign.get_update(), HybridClock("me"))
    assert doc.read() == before


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_raise_only_damaged_update(data: bytes) -> None:
    doc = ItemDocument.create(note(), HybridClock("me"))
    try:
        doc.apply_update(data, HybridClock("me"))
    except DamagedUpdate:
        assert doc.read() == note()


def test_bad_state_vector_for_update_since() -> None:
    doc = ItemDocument.create(note(), HybridClock("me"))
    with pytest.raises(DamagedInput):
        doc.update_since(b"\x05\x01")
    assert ItemDocument.from_update(doc.update_since(b"")).read() == note()


def test_record_local_refuses_bad_states() -> None:
    doc = ItemDocument.create(note(), HybridClock("me"))
    for bad in (
        note(registers={"a\u001fb": 1}),
        note(registers={"x": 1.5}),
        note(kind=""),
        note(rows=({"a": 1},)),
    ):
        with pytest.raises(ValueError):
            doc.record_local(bad, HybridClock("me"))
    assert doc.read() == note()
