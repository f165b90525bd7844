"""What a bundle carries inside its signed envelope: group log, document updates, what the sender has.

Payload version 6 (written; docs/bundle-format.md describes every byte) is canonical JSON:

    {"v": 6,
     "ops_from": index of the first group operation carried,
     "group_ops": [hex of each signed group operation from `ops_from` on, in log order],
     "documents": [{"item": 32 hex digits, "update": base64 Yjs update}, …],
     "states": [{"item": 32 hex digits, "since": n, "state_vector": base64}, …],
     "acks": [{"member": 64 hex digits, "seq": n}, …],
     "trusting": [64 hex digits, …],
     "holds": [{"member": 64 hex digits, "payload": 64 hex digits, "seq": n}, …],
     "full": true | false,
     "messages": []}

`states` holds the sender's state vector only for items whose vector the others cannot work
out themselves, each with the sender's sequence number from which it holds (`since`); `acks`
says, per member, the highest sequence number of theirs this sender has applied in the group (the
summary of what the sender has, see amanat.app.sharing.knowledge); `trusting` names the
recipients for whom items were left out on trust (they do not acknowledge it); `holds` says that the
sender holds every state vector a member announced in its bundle `seq` whose payload has this SHA-256
(amanat.app.sharing.vouched_bundles), in place of announcing those vectors one by one. Version 6 adds
`holds` to the keys of version 4 (version 5 was never written: the frozen format 4 test vectors use it
as "a newer version"). Version 4 has
the keys of version 3; it says that its documents may use item document layout 2 (comment
threads and the other additions of issue 17, `amanat.sync.item_document`), which a reader of
version 3 would merge with those parts silently dropped, so it must refuse the bundle instead.
Version 3 and version 1 payloads (every item's state vector, the whole group log) are still read. Version 2 was never
written: the frozen test vectors of format 1 use it as "a newer version".
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field

from amanat.crypto.encoding import (
    InvalidBase64,
    NonCanonicalBase64,
    canonical_json,
    decode_base64,
    encode_base64,
    load_json_object,
)
from amanat.crypto.errors import UnsupportedVersion
from amanat.sync.errors import DamagedBundle
from amanat.sync.state_vector import DamagedStateVector, decode_state_vector

PAYLOAD_VERSION = 6
READABLE_VERSIONS = (1, 3, 4, 6)
MAX_DOCUMENTS = 10_000
MAX_GROUP_OPS = 1_000
MAX_ACKS = 256
MAX_HOLDS = 1_024
MAX_MESSAGES = 1_000
MAX_SEQ = 2**63 - 1
MAX_UPDATE_BYTES = 32 * 2**20
_ITEM_ID_DIGITS = 32
_KEYS = {1: {"v", "group_ops", "documents", "states", "full"},
         3: {"v", "ops_from", "group_ops", "documents", "states", "acks", "trusting", "full", "messages"}}
_KEYS[4] = _KEYS[3]
_KEYS[6] = _KEYS[4] | {"holds"}
Holding = tuple[str, int, str]  # (member's fingerprint hex, their bundle's seq, SHA-256 hex of its payload)


@dataclass(frozen=True)
class BundlePayload:
    """The decoded payload of a bundle (a version 1 payload reads as `ops_from` 0 and no acks)."""

    group_ops: tuple[bytes, ...]
    documents: Mapping[str, bytes] = field(default_factory=dict)  # item id -> Yjs update
    states: Mapping[str, bytes] = field(default_factory=dict)  # item id -> sender's state vector
    since: Mapping[str, int] = field(default_factory=dict)  # item id -> the sender's seq from which it holds (v3)
    full: bool = False
    ops_from: int = 0  # index in the group log of group_ops[0]
    acks: Mapping[str, int] = field(default_factory=dict)  # member fingerprint (hex) -> their highest seq applied
    trusting: tuple[str, ...] = ()  # recipients (fingerprints, hex) for whom items were left out on trust
    holds: tuple[Holding, ...] = ()  # bundles of others whose announced vectors the sender holds (v6), sorted
    version: int = PAYLOAD_VERSION

    @property
    def log_length(self) -> int:
        """How long the sender's group log was: the ops it carries and those before them."""
        return self.ops_from + len(self.group_ops)


def _unb64(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise DamagedBundle(f"the bundle's {what} is not text")
    try:
        return decode_base64(text)
    except NonCanonicalBase64:
        raise DamagedBundle(f"the bundle's {what} is not canonical base64") from None
    except InvalidBase64:
        raise DamagedBundle(f"the bundle's {what} is not valid base64") from None


def _hex_id(value: object, digits: int, what: str) -> str:
    if (not isinstance(value, str) or len(value) != digits
            or any(c not in "0123456789abcdef" for c in value)):
        raise DamagedBundle(f"the bundle names {what} with a malformed id")
    return value


def encode_payload(payload: BundlePayload) -> bytes:
    """The payload's canonical bytes (in `payload.version`: 6, or 4, 3 and 1 for old test material)."""
    value: dict[str, object] = {
        "v": payload.version,
        "group_ops": [op.hex() for op in payload.group_ops],
        "documents": [{"item": item, "update": encode_base64(update)}
                      for item, update in sorted(payload.documents.items())],
        "states": [{"item": item, "state_vector": encode_base64(vector)}
                   if payload.version == 1 else
                   {"item": item, "since": payload.since[item], "state_vector": encode_base64(vector)}
                   for item, vector in sorted(payload.states.items())],
        "full": payload.full,
    }
    if payload.version != 1:
        value["ops_from"] = payload.ops_from
        value["acks"] = [{"member": member, "seq": seq} for member, seq in sorted(payload.acks.items())]
        value["trusting"] = sorted(payload.trusting)
        value["messages"] = []
    if payload.version >= 6:
        value["holds"] = [{"member": member, "payload": digest, "seq": seq}
                          for member, seq, digest in sorted(payload.holds)]
    return canonical_json(value)


def _list(value: object, what: str, limit: int) -> list[object]:
    if not isinstance(value, list):
        raise DamagedBundle(f"the bundle's {what} is not a list")
    if len(value) > limit:
        raise DamagedBundle(f"the bundle has more {what} than Amanat accepts ({limit:,})")
    return value


def _entries(value: object, what: str, data_key: str, since: dict[str, int] | None = None) -> dict[str, bytes]:
    """Entries {"item", data_key} (and "since", an integer >= 1, when `since` collects them)."""
    result: dict[str, bytes] = {}
    keys = {"item", data_key} if since is None else {"item", "since", data_key}
    for entry in _list(value, what, MAX_DOCUMENTS):
        if not isinstance(entry, dict) or set(entry) != keys:
            raise DamagedBundle(f"an entry of the bundle's {what} is malformed")
        item = _hex_id(entry["item"], _ITEM_ID_DIGITS, "an item")
        if since is not None:
            since[item] = _seq(entry["since"], 1, "sequence number of a state vector")
        encoded = entry[data_key]
        if not isinstance(encoded, str) or len(encoded) > MAX_UPDATE_BYTES * 4 // 3 + 4:
            raise DamagedBundle(f"an entry of the bundle's {what} is too large")
        if item in result:
            raise DamagedBundle(f"the bundle's {what} name an item twice")
        result[item] = _unb64(encoded, what)
    return result


def _seq(value: object, minimum: int, what: str) -> int:
    if type(value) is not int or not minimum <= value <= MAX_SEQ:
        raise DamagedBundle(f"the bundle's {what} is not a valid number")
    return value


def _acks(value: object) -> dict[str, int]:
    acks: dict[str, int] = {}
    for entry in _list(value, "acknowledgements", MAX_ACKS):
        if not isinstance(entry, dict) or set(entry) != {"member", "seq"}:
            raise DamagedBundle("an acknowledgement in the bundle is malformed")
        acks[_hex_id(entry["member"], 64, "a member")] = _seq(entry["seq"], 1, "acknowledged sequence number")
    members = list(acks)
    if len(members) != len(value) or any(a >= b for a, b in itertools.pairwise(members)):  # type: ignore[arg-type]
        raise DamagedBundle("the bundle's acknowledgements are not sorted or repeat a member")
    return acks


def _trusting(value: object) -> tuple[str, ...]:
    members = tuple(_hex_id(member, 64, "a member") for member in _list(value, "trusted members", MAX_ACKS))
    if any(a >= b for a, b in itertools.pairwise(members)):
        raise DamagedBundle("the bundle's trusted members are not sorted or repeat a member")
    return members


def _holds(value: object) -> tuple[Holding, ...]:
    holds: list[Holding] = []
    for entry in _list(value, "held bundles", MAX_HOLDS):
        if not isinstance(entry, dict) or set(entry) != {"member", "payload", "seq"}:
            raise DamagedBundle("an entry of the bundle's held bundles is malformed")
        holds.append((_hex_id(entry["member"], 64, "a member"), _seq(entry["seq"], 1, "held bundle's number"),
                      _hex_id(entry["payload"], 64, "a held bundle")))
    if any((a[0], a[1]) >= (b[0], b[1]) for a, b in itertools.pairwise(holds)):
        raise DamagedBundle("the bundle's held bundles are not sorted or repeat a bundle")
    return tuple(holds)


def _messages(value: object) -> None:
    for message in _list(value, "messages", MAX_MESSAGES):
        kind = message.get("kind") if isinstance(message, dict) else None
        if not isinstance(kind, str):
            raise DamagedBundle("a message in the bundle is malformed")
        raise UnsupportedVersion("this bundle carries a kind of message this Amanat does not know; update Amanat")


def _check_state_vector(vector: bytes) -> None:
    # Refused here, before anything is stored: a malformed vector kept as a member's state
    # would make every later export of the group fail (review finding 7).
    try:
        decode_state_vector(vector)
    except DamagedStateVector as error:
        raise DamagedBundle(f"the bundle carries a malformed state vector: {error}") from None


def _group_ops(value: object) -> tuple[bytes, ...]:
    ops = []
    for op in _list(value, "group operations", MAX_GROUP_OPS):
        if not isinstance(op, str):
            raise DamagedBundle("a group operation in the bundle is not text")
        try:
            ops.append(bytes.fromhex(op))
        except ValueError:
            raise DamagedBundle("a group operation in the bundle is not hexadecimal") from None
    return tuple(ops)


def decode_payload(data: bytes) -> BundlePayload:
    """Parse and check a payload (its size was limited by the envelope before it was read).

    Every state vector is decoded strictly (`amanat.sync.state_vector`), so a bundle carrying a
    malformed one is refused as a whole with `DamagedBundle`.
    """
    value = load_json_object(data, DamagedBundle, "bundle's payload")
    version = value.get("v")
    if type(version) is not int or version not in READABLE_VERSIONS:
        raise UnsupportedVersion("this bundle was made by a newer Amanat; update Amanat to open it")
    if set(value) != _KEYS[version]:
        raise DamagedBundle("the bundle's payload does not have the expected fields")
    if not isinstance(value["full"], bool):
        raise DamagedBundle("the bundle's 'full' flag is not true or false")
    ops_from = 0
    acks: dict[str, int] = {}
    trusting: tuple[str, ...] = ()
    holds: tuple[Holding, ...] = ()
    if version >= 6:
        holds = _holds(value["holds"])
    if version != 1:
        ops_from = _seq(value["ops_from"], 0, "first group operation")
        acks = _acks(value["acks"])
        trusting = _trusting(value["trusting"])
        _messages(value["messages"])
    group_ops = _group_ops(value["group_ops"])
    if ops_from + len(group_ops) > MAX_GROUP_OPS:
        raise DamagedBundle("the bundle's group log is longer than Amanat accepts")
    since: dict[str, int] | None = None if version == 1 else {}
    states = _entries(value["states"], "states", "state_vector", since)
    for vector in states.values():
        _check_state_vector(vector)
    payload = BundlePayload(group_ops=group_ops, documents=_entries(value["documents"], "documents", "update"),
                            states=states, since=since or {}, full=value["full"], ops_from=ops_from, acks=acks,
                            trusting=trusting, holds=holds, version=version)
    if encode_payload(payload) != data:
        raise DamagedBundle("the bundle's payload is not in canonical form")
    return payload


def payload_digest(data: bytes) -> str:
    """The SHA-256 (hex) of a payload's bytes, as a member names a bundle of another in `holds`
    (the envelope signs the same hash: two different payloads never share a name)."""
    return hashlib.sha256(data).hexdigest()


def base_state_digest(base_states: Mapping[str, bytes]) -> bytes:
    """A hash of the state a bundle was computed against (per item, the state vector it was diffed from)."""
    return hashlib.sha256(canonical_json({item: encode_base64(v) for item, v in sorted(base_states.items())})).digest()
