"""Three replicas, random local edits and random deliveries: after a full exchange all agree."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from amanat.sync.hybrid_clock import HybridClock
from amanat.sync.item_document import ItemDocument, ItemState

WORDS = ["hello ", "world", "سلام ", "دنیا", "می\u200cخواهم", "😀", "e\u0301", "\n"]

text_insert = st.tuples(
    st.just("insert"), st.integers(0, 2), st.sampled_from(["title", "body"]), st.floats(0, 1), st.sampled_from(WORDS)
)
text_delete = st.tuples(
    st.just("delete"), st.integers(0, 2), st.sampled_from(["title", "body"]), st.floats(0, 1), st.integers(1, 6)
)
register = st.tuples(
    st.just("register"),
    st.integers(0, 2),
    st.sampled_from(["tags", "pinned", "status"]),
    st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.sampled_from(WORDS)),
)
row_edit = st.tuples(
    st.just("row"), st.integers(0, 2), st.sampled_from(["add", "drop", "cell"]), st.floats(0, 1), st.sampled_from(WORDS)
)
flag = st.tuples(st.just("deleted"), st.integers(0, 2), st.booleans())
# A delivery computes an update from the receiver's state vector as known when it was cut,
# holds it back for a while (reordering, drops), and may deliver it twice.
cut = st.tuples(st.just("cut"), st.integers(0, 2), st.integers(0, 2))
deliver = st.tuples(st.just("deliver"), st.floats(0, 1), st.booleans())
steps = st.lists(st.one_of(text_insert, text_delete, register, row_edit, flag, cut, deliver), max_size=40)


def _position(fraction: float, length: int) -> int:
    return min(int(fraction * (length + 1)), length)


def _local_edit(doc: ItemDocument, clock: HybridClock, step: tuple) -> None:  # type: ignore[type-arg]
    state = doc.read()
    texts, registers, rows = dict(state.texts), dict(state.registers), [dict(r) for r in state.rows]
    deleted = state.deleted
    kind = step[0]
    if kind == "insert":
        _, _, name, where, word = step
        current = texts.get(name, "")
        at = _position(where, len(current))
        texts[name] = current[:at] + word + current[at:]
    elif kind == "delete":
        _, _, name, where, length = step
        current = texts.get(name, "")
        at = _position(where, len(current))
        texts[name] = current[:at] + current[at + length :]
    elif kind == "register":
        registers[step[2]] = step[3]
    elif kind == "row":
        _, _, what, where, word = step
        at = _position(where, len(rows))
        if what == "add":
            rows.insert(at, {"action": word, "owner": "", "due": "", "status": "open"})
        elif rows and what == "drop":
            del rows[min(at, len(rows) - 1)]
        elif rows:
            rows[min(at, len(rows) - 1)]["action"] = word
    elif kind == "deleted":
        deleted = step[2]
    doc.record_local(ItemState(state.kind, registers, texts, tuple(rows), deleted), clock)


@settings(max_examples=50, deadline=None)
@given(steps)
def test_three_replicas_converge(script: list[tuple]) -> None:  # type: ignore[type-arg]
    clocks = [HybridClock(f"replica{i}") for i in range(3)]
    origin = ItemState("draft", {"status": "draft"}, {"title": "عنوان", "body": "متن مشترک"})
    first = ItemDocument.create(origin, clocks[0])
    docs = [first, ItemDocument.from_update(first.encode()), ItemDocument.from_update(first.encode())]
    in_flight: list[tuple[int, bytes]] = []
    for step in script:
        if step[0] == "cut":
            _, source, target = step
            if source != target:
                in_flight.append((target, docs[source].update_since(docs[target].state_vector())))
        elif step[0] == "deliver":
            _, which, duplicate = step
            if in_flight:
                index = _position(which, len(in_flight) - 1)
                target, update = in_flight[index] if duplicate else in_flight.pop(index)
                docs[target].apply_update(update, clocks[target])
        else:
            _local_edit(docs[step[1]], clocks[step[1]], step)
    # Whatever was dropped is recomputed from state vectors by the full exchange.
    for _ in range(2):
        for source, target in itertools.permutations(range(3), 2):
            docs[target].apply_update(docs[source].update_since(docs[target].state_vector()), clocks[target])
    states = [doc.read() for doc in docs]
    assert states[0] == states[1] == states[2]
    for doc in docs:  # and what each stores reloads to the same content
        assert ItemDocument.from_update(doc.encode()).read() == states[0]
