"""Review finding 12: a crafted CRDT update is refused before pycrdt builds it, and no update is applied twice.

A one-character insertion takes five bytes on the wire and a block of about two hundred bytes in
pycrdt (measured: 5 MB of them grew a process by 213 MB). pycrdt allocates in Rust, which
tracemalloc does not see, so memory is measured as the peak resident size of a fresh process.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pycrdt import Doc, Map, Text

from amanat.sync.hybrid_clock import HybridClock
from amanat.sync.item_document import MAX_CHANGES, ItemDocument, ItemState
from amanat.sync.state_vector import decode_state_vector
from amanat.sync.update_budget import UpdateTooLarge, count_update
from tests.adversarial.mutations import byte_mutations


def _varuint(n: int) -> bytes:
    out = bytearray()
    while n > 0x7F:
        out.append(0x80 | (n & 0x7F))
        n >>= 7
    out.append(n)
    return bytes(out)


def crafted_update(structs: int, client: int = 5) -> bytes:
    """`structs` one-character insertions, each right after the first: none can merge with its neighbour."""
    name = b"text:body"
    first = b"\x04" + _varuint(1) + _varuint(len(name)) + name + _varuint(1) + b"a"
    rest = (b"\x84" + _varuint(client) + _varuint(0) + _varuint(1) + b"a") * (structs - 1)
    return _varuint(1) + _varuint(structs) + _varuint(client) + _varuint(0) + first + rest + _varuint(0)


def test_a_crafted_update_is_refused_before_it_is_built() -> None:
    update = crafted_update(MAX_CHANGES + 1)
    with pytest.raises(UpdateTooLarge, match="more than 250,000 changes"):
        ItemDocument.from_update(update)
    clock = HybridClock("me")
    document = ItemDocument.create(ItemState("note", {}, {"body": "سلام"}), clock)
    before = document.encode()
    with pytest.raises(UpdateTooLarge):
        document.apply_update(update, clock)
    assert document.encode() == before


_MEASURE = """
import resource, sys
from tests.sync.test_update_budget import crafted_update
from amanat.sync.item_document import ItemDocument
from amanat.crypto.errors import AmanatError
update = crafted_update(1_000_000)  # 5 MB
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    ItemDocument.from_update(update)
except AmanatError as error:
    print(type(error).__name__)
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024)
"""


def test_refusing_a_crafted_update_keeps_memory_bounded() -> None:
    result = subprocess.run([sys.executable, "-c", _MEASURE], capture_output=True, text=True, check=True,
                            timeout=600)
    name, grown = result.stdout.split()
    assert name == "UpdateTooLarge"
    # Applied, this update grows the process by some 200 MB; refused, by what counting it takes.
    assert int(grown) < 48 * 2**20, f"the process grew by {int(grown) / 2**20:.0f} MiB"


def _real_updates() -> list[bytes]:
    doc: Doc = Doc()  # type: ignore[type-arg]
    text = doc.get("text:body", type=Text)
    meta = doc.get("meta", type=Map)
    updates = []
    for step in range(30):
        state = doc.get_state()
        text.insert(min(step * 3, len(str(text))), "سلام 😀 "[: step % 7 + 1])
        if step % 4 == 3:
            del text[0:2]
        meta[f"k{step % 5}"] = [step, {"x": None, "y": "z"}, True, 1.5]
        updates.append(doc.get_update(state))
    updates.append(doc.get_update())
    return updates


REAL_UPDATES = _real_updates()


def test_counting_agrees_with_pycrdt_on_where_each_writer_ends() -> None:
    doc: Doc = Doc()  # type: ignore[type-arg]
    for update in REAL_UPDATES[:-1]:
        doc.apply_update(update)
    assert count_update(REAL_UPDATES[-1], MAX_CHANGES).reaches == decode_state_vector(doc.get_state())


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(REAL_UPDATES).flatmap(byte_mutations))
def test_counting_a_mutated_update_raises_only_amanat_errors(update: bytes) -> None:
    from amanat.crypto.errors import DamagedInput

    try:
        summary = count_update(update, 10_000)
    except DamagedInput:
        return
    assert summary.changes <= 10_000
