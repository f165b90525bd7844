"""A member saying "I hold every vector member X announced in its bundle n, whose payload hashes to h".

A member's first answer after a full bundle used to announce its state vector of every item it had
just received (885 KB at 10,000 notes), because what a third member announced is never taken as what
another holds (docs/bundle-format.md, "Never what a third member says"). Most of those vectors are
exactly the ones the full bundle announced, so the answer names that bundle instead (payload `holds`,
one entry of about 150 bytes), and the others read the vectors from their own copy of it.

Why a third member cannot falsify this: the saying is the answering member's word about itself, as
an announced vector is, and it is bound to the exact bundle (member, seq and the SHA-256 of its
payload, which the envelope signs). A member says it only of a bundle it applied with step 36 (every
announced vector held after the merge; not a bundle that trusted it), so the saying is true from
then on, documents only growing. A sender that hands different members different bundles under one
seq (a lie to some) gives them different hashes: a member who holds another bundle under that name
cannot read the saying and takes nothing from it. A receiver reads it only from a copy it checked
itself (step 36): a copy of a bundle that trusted it may announce a vector it lacks of an item the
sender does not share in this group (its own copy left the item out), which no bundle of the sender
brings, so that step 36 would refuse every bundle of an honest sender. Having checked its copy, the
receiver holds those vectors itself (documents only grow): they need no second check.

A member names every kept bundle (up to `NAMED_PER_ITEM`) that announced exactly its vector of an
item, not just one: a receiver that lost one of them (or never kept it) may hold another, and would
otherwise go on sending the member what it holds until an acknowledgement comes round.

Each vault keeps the vectors of the newest `KEPT_BUNDLES` bundles per member that announced at least
`MIN_STATES_KEPT` (smaller ones cost less to announce again than to keep), and remembers which sayings
it took into account, so that a saying repeated until acknowledged is read once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from amanat.app.store.knowledge_rows import KnowledgeRows
from amanat.sync.bundle_payload import Holding
from amanat.sync.state_vector import merge_states

KEPT_BUNDLES = 3  # per member: a member's full bundle is kept until three larger ones follow it
MIN_STATES_KEPT = 16
NAMED_PER_ITEM = 3  # at most this many bundles named for one item's vector


def keep_announcements(rows: KnowledgeRows, group_id: str, sender: str, seq: int, payload_sha256: str,
                       states: Mapping[str, bytes], checked: bool) -> None:
    """Keep what an applied bundle announced (`checked`: by step 36 here), if it announced enough to matter."""
    if len(states) >= MIN_STATES_KEPT:
        rows.keep_announced(group_id, sender, seq, payload_sha256, checked, states, KEPT_BUNDLES)


def vouched_states(rows: KnowledgeRows, group_id: str, sender: str,
                   holds: Iterable[Holding]) -> tuple[dict[str, bytes], list[tuple[str, int]]]:
    """The vectors `sender` says it holds through `holds` that this vault can read and did not take yet,
    merged per item, and which sayings they come from (to remember once the bundle is applied)."""
    taken = rows.taken_holds(group_id, sender)
    states: dict[str, bytes] = {}
    read: list[tuple[str, int]] = []
    for about, seq, payload in holds:
        if (about, seq) in taken or about == sender:
            continue
        announced = rows.announced_in(group_id, about, seq, payload)
        if announced is None:
            continue  # not kept here, or another bundle under that name: nothing is taken from it
        read.append((about, seq))
        for item, vector in announced.items():
            states[item] = merge_states(states[item], vector) if item in states else vector
    return states, read


@dataclass
class Voucher:
    """At export: which items' vectors can be said through a bundle I checked instead of one by one."""

    rows: KnowledgeRows
    group_id: str
    holds: set[Holding] = field(default_factory=set)

    def vouch(self, item_id: str, vector: bytes) -> bool:
        """True (and the bundles added to `holds`) when a kept, checked bundle announced exactly `vector`:
        up to NAMED_PER_ITEM of them, those named already for other items first, then the newest."""
        found = [(member, seq, payload) for member, seq, payload, announced
                 in self.rows.checked_announcements(self.group_id, item_id) if announced == vector]
        if not found:
            return False
        named = [holding for holding in found if holding in self.holds]
        for holding in found:
            if len(named) >= NAMED_PER_ITEM:
                break
            if holding not in named and all(holding[0] != other[0] for other in named):  # another member's copy
                named.append(holding)
        self.holds.update(named)
        return True
