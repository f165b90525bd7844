"""What each member of a group is known to hold, so that a bundle carries only the change.

Three sources, each a lower bound of a member's real state (so a bundle computed from them can be
larger than needed, never miss anything) -- docs/bundle-format.md, "Why incremental bundles stay
correct", says why each is sound:

1. the state vectors a member put in its own bundles (`member_vectors`, tagged with the member's
   sequence number of the bundle that said it);
2. acknowledgements: a member that applied my bundle `s` holds at least every vector I recorded in
   `own_vectors` at or before `s`;
3. a vector every recipient was known to hold at an earlier export, by 1 to 3 then (`known_floors`,
   kept with a digest of those recipients and used only for the same ones). The first two say what
   is known from the newest vectors and acknowledgements; when a vector moves on, what was known of
   the older one would otherwise be lost until the next acknowledgement comes round, and the item
   would go out whole again.

What a third member announced is never taken as what another holds, even once that other
acknowledged the third's bundle: a compromised member could announce someone's newest edit without
carrying it, and everyone would then leave the edit out for the members who acknowledged it (an
acknowledgement is cumulative, so it also covers bundles that member never saw). Each member
announces its own vector instead whenever it changed, and again in every bundle until every recipient
acknowledged one after it; where the vector is exactly one another member announced in a bundle this
member checked, it names that bundle instead (amanat.app.sharing.vouched_bundles), which the others
read as (1).

A member not heard from at all yet is assumed to hold what another member sent them in a full
bundle (only to leave an item out, never to compute a difference from), so that the first answers
after a full bundle are small; the one who sent the full bundle keeps sending its content until
that member acknowledges it. Such a bundle names the members it trusted (`trusting`): they do not
acknowledge it, and the item's `own_vectors` row keeps sequence number 0, so that 2 never rests
on what it left out. Once that member is heard from, only 1 to 3 count.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

from amanat.app.store.knowledge_rows import KnowledgeRows, Vector
from amanat.sync.bundle_payload import BundlePayload, Holding
from amanat.sync.state_vector import DamagedStateVector, decode_state_vector, encode_state_vector, merge_states

logger = logging.getLogger(__name__)
NOTHING = encode_state_vector({})


@dataclass(frozen=True)
class ItemPlan:
    """What a bundle does with one item."""

    include: bool  # carry a document update
    base: bytes  # the state vector to compute it from
    announce: bool  # carry the sender's state vector
    record: bytes | None  # the vector to record in own_vectors at this bundle's seq (None: keep)
    on_trust: bool = False  # left out on trust: `record` is kept with seq 0, which no acknowledgement reaches
    since: int = 0  # the seq of mine from which an announced vector holds (0: this bundle's)
    fresh: bool = False  # my vector changed since I last recorded it: news for the others


@dataclass
class BundleContents:
    """What an export puts in a bundle, per item id."""

    items: int = 0  # how many items the group shares
    documents: dict[str, bytes] = field(default_factory=dict)  # Yjs updates
    states: dict[str, bytes] = field(default_factory=dict)  # my state vectors announced
    since: dict[str, int] = field(default_factory=dict)  # from which of my bundles each announced vector holds
    bases: dict[str, bytes] = field(default_factory=dict)  # what each update was computed from
    holds: set[Holding] = field(default_factory=set)  # others' bundles whose announced vectors I say I hold
    news: bool = False  # something changed for the others (an announcement repeated until acknowledged is not)


def remember_what_sender_has(rows: KnowledgeRows, group_id: str, sender: str, seq: int, payload: BundlePayload,
                             states: Mapping[str, bytes]) -> None:
    """Record an applied bundle's state vectors (merged with what was known) and, if it is the sender's
    newest, its acknowledgements and group log length."""
    merged: list[tuple[str, bytes, int]] = []
    known = rows.vectors_of(group_id, sender) if len(states) > 64 else None  # one query for a large bundle
    for item_id, vector in states.items():
        # True from the sender's bundle `since` on (checked <= seq on import); version 1 says nothing: seq.
        told = (vector, payload.since.get(item_id, seq))
        before = known.get(item_id) if known is not None else rows.member_vector(group_id, sender, item_id)
        merged.append((item_id, *told) if before is None else (item_id, *_union(before, told)))
    rows.set_member_vectors(group_id, sender, merged)
    newest = rows.reports(group_id).get(sender)
    if newest is None or newest[0] < seq:
        rows.save_report(group_id, sender, seq, payload.log_length, dict(payload.acks))


@dataclass
class GroupKnowledge:
    """What the members of one group are known to hold, for one export."""

    rows: KnowledgeRows
    group_id: str
    me: str  # my fingerprint, hex
    recipients: list[str]  # everyone else the bundle goes to, fingerprints in hex
    own: dict[str, Vector] = field(default_factory=dict)
    acks: dict[tuple[str, str], int] = field(default_factory=dict)
    heard: set[str] = field(default_factory=set)
    applied: dict[str, int] = field(default_factory=dict)  # what I applied per sender: the acks I send
    log_lengths: dict[str, int] = field(default_factory=dict)
    trusted: set[str] = field(default_factory=set)  # recipients for whom this bundle left items out on trust
    floors: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # item -> (vector all hold, recipients digest)
    new_floors: list[tuple[str, bytes, str]] = field(default_factory=list)  # floors this export raised: to store
    recipients_digest: str = field(init=False, default="")
    _recipients_of: dict[tuple[str, int], frozenset[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, rows: KnowledgeRows, group_id: str, me: str, recipients: list[str]) -> GroupKnowledge:
        reports = rows.reports(group_id)
        return cls(rows, group_id, me, recipients, own=rows.own_vectors(group_id), acks=rows.acks(group_id),
                    heard=set(reports), applied=rows.applied(group_id),
                    log_lengths={member: length for member, (_seq, length) in reports.items()},
                    floors=rows.floors(group_id))

    def __post_init__(self) -> None:
        # Names the set of recipients a floor holds for: it is used for exactly these, not for a newcomer.
        self.recipients_digest = hashlib.sha256(" ".join(sorted(self.recipients)).encode("ascii")).hexdigest()

    def min_ack(self) -> int:
        """The highest seq of mine that every recipient is known to have applied (0: none)."""
        return min((self.acks.get((p, self.me), 0) for p in self.recipients), default=0)

    def acks_advanced(self, acks: dict[str, int]) -> bool:
        """True when `acks` says more than my last bundle that carried news did."""
        return any(n > self.acks.get((self.me, member), 0) for member, n in acks.items())

    def ops_from(self, log_length: int) -> int:
        """How many group ops every recipient is known to hold already (0 unless all of them told me)."""
        if any(p not in self.log_lengths for p in self.recipients):
            return 0
        return min([log_length, *(self.log_lengths[p] for p in self.recipients)])

    def plan(self, item_id: str, vector: bytes, min_ack: int) -> ItemPlan:
        """Whether to carry an item's update and vector; `vector` is mine now."""
        own = self.own.get(item_id)
        if own is not None and own[0] == vector and 1 <= own[1] <= min_ack:
            self._raise_floor(item_id, vector)
            return ItemPlan(False, b"", False, None)  # everyone acknowledged a bundle after it last changed
        told = self.rows.member_vectors(self.group_id, item_id)
        mine = decode_state_vector(vector)
        floor = self._floor(item_id)
        known = {p: self._known(p, own, told, floor) for p in self.recipients}
        if known:
            self._raise_floor(item_id, encode_state_vector(_common(list(known.values()))))
        missing = [p for p, state in known.items() if not _covers(state, mine)]
        changed = own is None or own[0] != vector
        # Announced in every bundle until everyone acknowledged one after it was recorded (the return above):
        # the others learn what I hold from me alone (1), never from a third, and a lost bundle must not
        # leave them without it for good (they would keep sending me what I hold).
        if missing and all(self._trusted_to_have(p, vector, told) for p in missing):
            self.trusted.update(missing)
            return ItemPlan(False, b"", True, vector, on_trust=True, fresh=changed)
        include = bool(missing) or not self.recipients
        base = encode_state_vector(_common(list(known.values()))) if include else b""
        # An unchanged vector recorded at my bundle s holds from s on (as 2 says), whatever this bundle carries.
        since = own[1] if own is not None and not changed else 0
        # A vector recorded on trust (seq 0) is recorded again now: this bundle brings it to everyone.
        return ItemPlan(include, base, True, vector if changed or own is None or own[1] < 1 else None,
                        since=since, fresh=changed)

    def plan_full(self, item_id: str, vector: bytes) -> ItemPlan:
        """A full bundle carries the item whole; an unchanged vector keeps the bundle it was recorded at, so
        that it is not announced again in every bundle until everyone acknowledged the full one."""
        own = self.own.get(item_id)
        kept = own is not None and own[0] == vector and own[1] >= 1
        return ItemPlan(True, NOTHING, True, None if kept else vector, fresh=not kept)

    def _floor(self, item_id: str) -> dict[int, int]:
        """What every recipient of this export is known to hold of an item by source 3 (empty if unknown)."""
        stored = self.floors.get(item_id)
        if stored is None or stored[1] != self.recipients_digest:
            return {}
        return _decoded(stored[0])

    def _raise_floor(self, item_id: str, vector: bytes) -> None:
        """Remember that every recipient holds at least `vector` (and what the stored floor said)."""
        stored = self.floors.get(item_id)
        if stored is not None and stored[1] == self.recipients_digest:
            state = _decoded(stored[0])
            _merge(state, vector)
            vector = encode_state_vector(state)
        if vector != NOTHING and stored != (vector, self.recipients_digest):
            self.floors[item_id] = (vector, self.recipients_digest)
            self.new_floors.append((item_id, vector, self.recipients_digest))

    def _known(self, member: str, own: Vector | None, told: dict[str, Vector],
               floor: dict[int, int]) -> dict[int, int]:
        state: dict[int, int] = dict(floor)
        if member in told:
            _merge(state, told[member][0])
        if own is not None and 1 <= own[1] <= self.acks.get((member, self.me), 0):
            _merge(state, own[0])
        return state  # never what a third member announced (see the module's docstring)

    def _trusted_to_have(self, member: str, vector: bytes, told: dict[str, Vector]) -> bool:
        """A member never heard from, to whom someone else sent exactly this in a full bundle."""
        if member in self.heard:
            return False
        return any(v == vector and seq >= 1 and member in self._sent_to(other, seq) for other, (v, seq) in told.items())

    def _sent_to(self, sender: str, seq: int) -> frozenset[str]:
        key = (sender, seq)
        if key not in self._recipients_of:
            self._recipients_of[key] = self.rows.bundle_recipients(self.group_id, sender, seq)
        return self._recipients_of[key]


def _union(known: Vector, told: Vector) -> Vector:
    """Two vectors a member told (each true from its bundle on): their union, tagged with the earliest
    bundle it is true from. A late bundle never takes back what a newer one said."""
    merged = merge_states(encode_state_vector(_decoded(known[0])), told[0])
    if merged == known[0] and merged == told[0]:
        return merged, min(known[1], told[1])
    if merged == known[0]:
        return merged, known[1]
    if merged == told[0]:
        return merged, told[1]
    return merged, max(known[1], told[1])


def _decoded(vector: bytes) -> dict[int, int]:
    """A stored vector; a damaged one (as a vault written by an older Amanat may hold) counts as empty."""
    try:
        return decode_state_vector(vector)
    except DamagedStateVector:
        logger.warning("A stored sync state vector is damaged; it counts as empty (the next bundle is larger).")
        return {}


def _merge(state: dict[int, int], vector: bytes) -> None:
    for client, clock in _decoded(vector).items():
        if clock > state.get(client, 0):
            state[client] = clock


def _covers(have: dict[int, int], wanted: dict[int, int]) -> bool:
    return all(have.get(client, 0) >= clock for client, clock in wanted.items())


def _common(states: list[dict[int, int]]) -> dict[int, int]:
    if not states:
        return {}
    common = dict(states[0])
    for state in states[1:]:
        common = {client: min(clock, state[client]) for client, clock in common.items() if client in state}
    return common
