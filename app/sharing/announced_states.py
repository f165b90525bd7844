"""A bundle must bring its receiver up to every state vector it announces (docs/bundle-format.md, step 36).

An honest bundle always does: its updates are computed from what each recipient is known to hold, a
lower bound. One that announces more than it carries is a compromised member claiming someone's newest
edit (the others once took an acknowledgement of such a bundle as holding it and stopped sending that
edit; no member's knowledge rests on a third member's word any more, "Never what a third member says"),
or it meets a vault older than its sender thinks (restored from a backup), which would otherwise miss
those changes without a word. Either way, after its documents are merged, in the import's transaction,
this vault checks that it holds every vector the bundle announces, and refuses the bundle whole otherwise
(nothing kept, nothing acknowledged), saying what to do. The vectors a bundle says its sender holds by
naming another member's bundle (`holds`, amanat.app.sharing.vouched_bundles) are read only from copies
this vault checked so when it applied them: it holds them already.
"""

from __future__ import annotations

from collections.abc import Container, Mapping

from amanat.app.errors import RejectedBundle
from amanat.app.sharing.knowledge import remember_what_sender_has
from amanat.app.sharing.vouched_bundles import keep_announcements, vouched_states
from amanat.app.store.sync_repository import SyncRepository
from amanat.sync.bundle_payload import BundlePayload
from amanat.sync.item_document import ItemDocument
from amanat.sync.state_vector import decode_state_vector, encode_state_vector


def learn_what_sender_has(repository: SyncRepository, group_id: str, sender: str, seq: int, payload_sha256: str,
                          payload: BundlePayload, shared_here: Container[str], me: str, source: str) -> None:
    """Inside the import's transaction, after the merge: check the vectors the bundle announces (step 36,
    unless it trusted me), then record what it says its sender holds, and keep what it announced for others'
    `holds`. What `holds` names is read only from copies this vault checked when it applied them (step 36
    then), so this vault holds it already: it is not checked again (10,000 look-ups for a full bundle)."""
    rows = repository.knowledge
    checked = me not in payload.trusting
    vouched, read = vouched_states(rows, group_id, sender, payload.holds)
    if checked:
        check_announced_states(repository, payload.states, source)
    # Checked vectors, and those read from copies checked here, name only writers my documents name.
    announced = {item: v if checked else _within_mine(repository, item, v) for item, v in payload.states.items()
                 if item in payload.documents or item in shared_here}
    told = {item: v for item, v in vouched.items() if item in payload.documents or item in shared_here}
    remember_what_sender_has(rows, group_id, sender, seq, payload, told | announced)
    rows.take_holds(group_id, sender, read)
    if checked:  # a copy not checked is never read (amanat.app.sharing.vouched_bundles): not kept either
        keep_announcements(rows, group_id, sender, seq, payload_sha256, announced, checked)


def _within_mine(repository: SyncRepository, item_id: str, vector: bytes) -> bytes:
    """What a sender says it holds of an item, less the writers this vault's document (merged) does not name:
    they say nothing about what to send it, and a union of such (made-up writers, in bundles that trusted
    this vault) could name more than a state vector may, which failed the import, or every export."""
    held, told = held_state(repository, item_id), decode_state_vector(vector)
    if told.keys() <= held.keys():
        return vector  # as it came (others compare a vector's bytes: amanat.app.sharing.vouched_bundles)
    return encode_state_vector({client: n for client, n in told.items() if client in held})


def check_announced_states(repository: SyncRepository, states: Mapping[str, bytes], sender: str) -> None:
    """Raise RejectedBundle unless this vault's documents (merged already) hold every announced vector.

    `sender` names the sender for the message ("name · peer id")."""
    for item_id, announced in states.items():
        held = held_state(repository, item_id)
        if any(held.get(client, 0) < clock for client, clock in decode_state_vector(announced).items()):
            raise RejectedBundle(
                f"the bundle from {sender} says its sender holds changes it does not bring you. Either its "
                "Amanat is not honest (applying it would make the others stop sending you those changes) or "
                "this vault is older than its sender thinks (restored from a backup): ask for a full bundle "
                "(sync export --full)")


def held_state(repository: SyncRepository, item_id: str) -> dict[int, int]:
    """The state vector of this vault's document of an item, as stored ({} without a document)."""
    recorded = repository.recorded_revision(item_id)
    if recorded is None:
        return {}
    if recorded[2]:
        return decode_state_vector(recorded[2])
    encoded = repository.document(item_id)  # a row written before state vectors were stored with it
    return {} if encoded is None else decode_state_vector(ItemDocument.from_update(encoded).state_vector())
