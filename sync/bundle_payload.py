"""What a bundle carries inside its signed envelope: group log, document updates, state vectors.

The payload is canonical JSON (UTF-8, sorted keys, no spaces):

    {"v": 1,
     "group_ops": [hex of each signed group operation, in log order],
     "documents": [{"item": 32 hex digits, "update": base64 Yjs update}, …],
     "states": [{"item": 32 hex digits, "state_vector": base64}, …],
     "full": true | false}

`documents` holds, for each item the group shares, what the recipients are
not known to have (an empty update is left out); `states` is the sender's
state vector of every shared item after this bundle, which tells the
others what to leave out of the bundles they send back. docs/bundle-format.md
describes every byte.
"""

from __future__ import annotations

import hashlib
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

PAYLOAD_VERSION = 1
MAX_DOCUMENTS = 10_000
MAX_GROUP_OPS = 1_000
MAX_UPDATE_BYTES = 32 * 2**20
_ITEM_ID_DIGITS = 32


@dataclass(frozen=True)
class BundlePayload:
    """The decoded payload of a bundle."""

    group_ops: tuple[bytes, ...]
    documents: Mapping[str, bytes] = field(default_factory=dict)  # item id -> Yjs update
    states: Mapping[str, bytes] = field(default_factory=dict)  # item id -> sender's state vector
    full: bool = False


def _unb64(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise DamagedBundle(f"the bundle's {what} is not text")
    try:
        return decode_base64(text)
    except NonCanonicalBase64:
        raise DamagedBundle(f"the bundle's {what} is not canonical base64") from None
    except InvalidBase64:
        raise DamagedBundle(f"the bundle's {what} is not valid base64") from None


def _item_id(value: object) -> str:
    if (not isinstance(value, str) or len(value) != _ITEM_ID_DIGITS
            or any(c not in "0123456789abcdef" for c in value)):
        raise DamagedBundle("the bundle names an item with a malformed id")
    return value


def encode_payload(payload: BundlePayload) -> bytes:
    """The payload's canonical bytes."""
    return canonical_json({
        "v": PAYLOAD_VERSION,
        "group_ops": [op.hex() for op in payload.group_ops],
        "documents": [{"item": item, "update": encode_base64(update)}
                      for item, update in sorted(payload.documents.items())],
        "states": [{"item": item, "state_vector": encode_base64(vector)}
                   for item, vector in sorted(payload.states.items())],
        "full": payload.full,
    })


def _list(value: object, what: str, limit: int) -> list[object]:
    if not isinstance(value, list):
        raise DamagedBundle(f"the bundle's {what} is not a list")
    if len(value) > limit:
        raise DamagedBundle(f"the bundle has more {what} than Amanat accepts ({limit:,})")
    return value


def _entries(value: object, what: str, data_key: str) -> dict[str, bytes]:
    result: dict[str, bytes] = {}
    for entry in _list(value, what, MAX_DOCUMENTS):
        if not isinstance(entry, dict) or set(entry) != {"item", data_key}:
            raise DamagedBundle(f"an entry of the bundle's {what} is malformed")
        item = _item_id(entry["item"])
        encoded = entry[data_key]
        if not isinstance(encoded, str) or len(encoded) > MAX_UPDATE_BYTES * 4 // 3 + 4:
            raise DamagedBundle(f"an entry of the bundle's {what} is too large")
        if item in result:
            raise DamagedBundle(f"the bundle's {what} name an item twice")
        result[item] = _unb64(encoded, what)
    return result


def _check_state_vector(vector: bytes) -> None:
    # Refused here, before anything is stored: a malformed vector kept as a member's state
    # would make every later export of the group fail (review finding 7).
    try:
        decode_state_vector(vector)
    except DamagedStateVector as error:
        raise DamagedBundle(f"the bundle carries a malformed state vector: {error}") from None


def decode_payload(data: bytes) -> BundlePayload:
    """Parse and check a payload (its size was limited by the envelope before it was read).

    Every state vector is decoded strictly (`amanat.sync.state_vector`), so a bundle carrying a
    malformed one is refused as a whole with `DamagedBundle`.
    """
    value = load_json_object(data, DamagedBundle, "bundle's payload")
    if value.get("v") != PAYLOAD_VERSION:
        raise UnsupportedVersion("this bundle was made by a newer Amanat; update Amanat to open it")
    if set(value) != {"v", "group_ops", "documents", "states", "full"}:
        raise DamagedBundle("the bundle's payload does not have the expected fields")
    ops = []
    for op in _list(value["group_ops"], "group operations", MAX_GROUP_OPS):
        if not isinstance(op, str):
            raise DamagedBundle("a group operation in the bundle is not text")
        try:
            ops.append(bytes.fromhex(op))
        except ValueError:
            raise DamagedBundle("a group operation in the bundle is not hexadecimal") from None
    if not isinstance(value["full"], bool):
        raise DamagedBundle("the bundle's 'full' flag is not true or false")
    states = _entries(value["states"], "states", "state_vector")
    for vector in states.values():
        _check_state_vector(vector)
    payload = BundlePayload(
        group_ops=tuple(ops),
        documents=_entries(value["documents"], "documents", "update"),
        states=states,
        full=value["full"],
    )
    if encode_payload(payload) != data:
        raise DamagedBundle("the bundle's payload is not in canonical form")
    return payload


def base_state_digest(base_states: Mapping[str, bytes]) -> bytes:
    """A hash of the state a bundle was computed against (per item, the state vector it was diffed from)."""
    return hashlib.sha256(canonical_json({item: encode_base64(v) for item, v in sorted(base_states.items())})).digest()
