"""A group's membership as a chain of operations signed by its admin.

A group has a name, an admin (its creator, always a member) and members. Every change is an
operation the admin signs; members receive the operations in bundles and replay them, so each of
them can check who is in the group without trusting whoever relayed the bundle.

Encoding of one operation: the 64-byte Ed25519 signature, then the operation's canonical JSON
(UTF-8, keys sorted, no spaces, no ASCII escaping). The signature covers
``b"amanat group op v1\\x00"`` followed by the JSON. The operations:

* ``create``: ``{"v":1,"op":"create","group_name":..,"admin_signing_key":b64,"admin_age_key":b64,
  "admin_name":..,"nonce":hex(16 bytes),"created":int}``, signed by the admin it names. The group id
  is the first 16 bytes of SHA-256 of this op's whole encoding (signature included), so an id
  cannot be reused with another admin or another starting state.
* every later op carries ``"group_id"``, ``"seq"`` (1, 2, 3, ... without gaps), ``"prev"`` (hex
  SHA-256 of the previous op's whole encoding) and ``"at"`` (Unix seconds), plus:
  ``add``: ``"member_signing_key"``, ``"member_age_key"``, ``"member_name"``;
  ``remove``: ``"member"`` (hex fingerprint); ``rename``: ``"group_name"``.

Only the admin's signature is accepted on ops after ``create``. Names follow the contact card rules
(NFC, 1 to 100 characters, no control characters). Limits: 1000 ops, 256 members, 16 KiB per op.

`GroupLog` is immutable: `add_member`, `remove_member` and `rename` return a new log. Each new op
goes through the same checks as an op received from someone else, so whatever we write, others
can read.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from amanat.crypto.contact_card import name_problem
from amanat.crypto.encoding import canonical_json, encode_base64, load_json_object
from amanat.crypto.errors import UnsupportedVersion
from amanat.crypto.identity import DamagedKey, ForgedSignature, Identity, PublicIdentity
from amanat.sync.envelope import field_hex, field_int, field_key
from amanat.sync.errors import DamagedGroupLog, ForgedGroupOp, GroupTooLarge, NotGroupAdmin

OP_VERSION = 1
SIGNATURE_CONTEXT = b"amanat group op v1\x00"
SIGNATURE_BYTES = 64
MAX_OPS = 1000
MAX_MEMBERS = 256
MAX_OP_BYTES = 16 * 1024
GROUP_ID_BYTES = 16
_WHAT = "group operation"
_COMMON_KEYS = frozenset({"v", "op", "group_id", "seq", "prev", "at"})
_KEYS = {
    "create": frozenset(
        {"v", "op", "group_name", "admin_signing_key", "admin_age_key", "admin_name", "nonce", "created"}
    ),
    "add": _COMMON_KEYS | {"member_signing_key", "member_age_key", "member_name"},
    "remove": _COMMON_KEYS | {"member"},
    "rename": _COMMON_KEYS | {"group_name"},
}


@dataclass(frozen=True)
class GroupMember:
    """A member of a group and the name the admin gave them."""

    identity: PublicIdentity
    name: str


def _name(document: dict[str, Any], key: str) -> str:
    value = document[key]
    problem = name_problem(value) if isinstance(value, str) else "The name is not text."
    if problem is not None:
        raise DamagedGroupLog(f"A group operation carries an unacceptable name: {problem}")
    return str(value)


def _identity(document: dict[str, Any], signing_field: str, age_field: str) -> PublicIdentity:
    try:
        return PublicIdentity(
            field_key(document, signing_field, DamagedGroupLog, _WHAT),
            field_key(document, age_field, DamagedGroupLog, _WHAT),
        )
    except DamagedKey:
        raise DamagedGroupLog("A group operation carries a key that is not valid.") from None


def _split(op: bytes) -> tuple[bytes, bytes]:
    if not isinstance(op, bytes | bytearray):
        raise DamagedGroupLog("A group operation is not bytes.")
    if len(op) > MAX_OP_BYTES:
        raise GroupTooLarge("A group operation is larger than Amanat accepts.")
    if len(op) <= SIGNATURE_BYTES:
        raise DamagedGroupLog("A group operation is cut short.")
    return bytes(op[:SIGNATURE_BYTES]), bytes(op[SIGNATURE_BYTES:])


def _document(body: bytes, expected_op: str | None) -> dict[str, Any]:
    document = load_json_object(body, DamagedGroupLog, _WHAT)
    version = document.get("v")
    if type(version) is not int:
        raise DamagedGroupLog("A group operation has no version.")
    if version != OP_VERSION:
        raise UnsupportedVersion("This group was changed by a newer version of Amanat.")
    kind = document.get("op")
    if not isinstance(kind, str) or kind not in _KEYS:  # a list or an object is not a kind (nor hashable)
        raise DamagedGroupLog("A group operation is of an unknown kind.")
    if (kind == "create") != (expected_op == "create"):
        raise DamagedGroupLog("A group log must start with exactly one create operation.")
    if set(document) != _KEYS[kind]:
        raise DamagedGroupLog("A group operation has missing or unknown fields.")
    return document


class GroupLog:
    """A verified chain of group operations and the membership it results in."""

    __slots__ = ("_admin", "_ever", "_group_id", "_members", "_name", "_ops")

    def __init__(self, create_op: bytes) -> None:
        """Start from a signed create op (use `create` or `from_ops`, which verify more)."""
        signature, body = _split(create_op)
        document = _document(body, "create")
        admin = _identity(document, "admin_signing_key", "admin_age_key")
        try:
            admin.verify(SIGNATURE_CONTEXT + body, signature)
        except ForgedSignature:
            raise ForgedGroupOp("The group's create operation is not signed by its admin.") from None
        field_hex(document, "nonce", 16, DamagedGroupLog, _WHAT)
        field_int(document, "created", 0, DamagedGroupLog, _WHAT)
        self._ops: tuple[bytes, ...] = (bytes(create_op),)
        self._group_id = hashlib.sha256(create_op).digest()[:GROUP_ID_BYTES]
        self._admin = admin
        self._name = _name(document, "group_name")
        self._members: dict[bytes, GroupMember] = {admin.fingerprint: GroupMember(admin, _name(document, "admin_name"))}
        self._ever: dict[bytes, GroupMember] = dict(self._members)

    @classmethod
    def create(cls, admin: Identity, admin_name: str, group_name: str, created_at: int) -> GroupLog:
        """Start a new group with `admin` as its admin and only member."""
        public = admin.public
        body = canonical_json(
            {
                "v": OP_VERSION,
                "op": "create",
                "group_name": unicodedata.normalize("NFC", group_name),
                "admin_signing_key": encode_base64(public.signing_key),
                "admin_age_key": encode_base64(public.age_key),
                "admin_name": unicodedata.normalize("NFC", admin_name),
                "nonce": secrets.token_bytes(16).hex(),
                "created": created_at,
            }
        )
        return cls(admin.sign(SIGNATURE_CONTEXT + body) + body)

    @classmethod
    def from_ops(cls, ops: Sequence[bytes]) -> GroupLog:
        """Verify a whole log received from someone else.

        Raises `GroupTooLarge` over the limits, `ForgedGroupOp` for a signature that is not the
        admin's or a broken chain, `UnsupportedVersion`, and `DamagedGroupLog` for anything else.
        """
        if len(ops) > MAX_OPS:
            raise GroupTooLarge("The group log has more operations than Amanat accepts.")
        if not ops:
            raise DamagedGroupLog("The group log is empty.")
        log = cls(ops[0])
        for op in ops[1:]:
            log._append(op)
        return log

    # Reading.

    @property
    def group_id(self) -> bytes:
        """16 bytes naming the group; derived from its create operation."""
        return self._group_id

    @property
    def name(self) -> str:
        """The group's current name (may contain bidi marks; strip them with `display_name` to show it)."""
        return self._name

    @property
    def admin(self) -> PublicIdentity:
        """The group's creator, the only identity whose ops are accepted."""
        return self._admin

    @property
    def members(self) -> tuple[GroupMember, ...]:
        """Current members, the admin first, then in the order they were added."""
        return tuple(self._members.values())

    @property
    def everyone(self) -> tuple[GroupMember, ...]:
        """Everyone who was ever a member (removed members too): who may have written what the group holds."""
        return tuple(self._ever.values())

    @property
    def ops(self) -> tuple[bytes, ...]:
        """The signed op encodings, oldest first, for putting in bundles."""
        return self._ops

    @property
    def seq(self) -> int:
        """The sequence number of the newest op (0 for a log holding only the create op)."""
        return len(self._ops) - 1

    @property
    def head(self) -> bytes:
        """SHA-256 of the newest op's encoding: names the state of the membership."""
        return hashlib.sha256(self._ops[-1]).digest()

    def member(self, fingerprint: bytes) -> GroupMember | None:
        """The member with this fingerprint, or None if there is none."""
        return self._members.get(fingerprint)

    def is_member(self, identity: PublicIdentity) -> bool:
        """Whether `identity` (both its keys) is a current member."""
        found = self._members.get(identity.fingerprint)
        return found is not None and found.identity == identity

    # Changing (each returns a new log).

    def add_member(self, admin: Identity, member: PublicIdentity, name: str, at: int) -> GroupLog:
        """A new log in which the admin has added `member` under `name`."""
        return self._signed(
            admin,
            "add",
            at,
            {
                "member_signing_key": encode_base64(member.signing_key),
                "member_age_key": encode_base64(member.age_key),
                "member_name": unicodedata.normalize("NFC", name),
            },
        )

    def remove_member(self, admin: Identity, fingerprint: bytes, at: int) -> GroupLog:
        """A new log in which the admin has removed the member with this fingerprint."""
        return self._signed(admin, "remove", at, {"member": bytes(fingerprint).hex()})

    def rename(self, admin: Identity, name: str, at: int) -> GroupLog:
        """A new log in which the admin has renamed the group."""
        return self._signed(admin, "rename", at, {"group_name": unicodedata.normalize("NFC", name)})

    def merge(self, other_ops: Sequence[bytes]) -> GroupLog:
        """Combine with a log received from someone else.

        The longer chain wins when one extends the other; a shorter prefix of ours changes
        nothing. Two different valid ops with the same sequence number (a fork) raise
        `ForgedGroupOp`, as does a log of another group.
        """
        other = GroupLog.from_ops(other_ops)
        if other.group_id != self._group_id or other.ops[0] != self._ops[0]:
            raise ForgedGroupOp("The group log belongs to another group.")
        for ours, theirs in zip(self._ops, other.ops, strict=False):
            if ours != theirs:
                raise ForgedGroupOp("The group log forks: its admin signed two different changes at the same step.")
        return other if len(other.ops) > len(self._ops) else self

    # Inside.

    def _copy(self) -> GroupLog:
        clone = object.__new__(GroupLog)
        clone._ops = self._ops
        clone._group_id = self._group_id
        clone._admin = self._admin
        clone._name = self._name
        clone._members = dict(self._members)
        clone._ever = dict(self._ever)
        return clone

    def _signed(self, admin: Identity, kind: str, at: int, fields: dict[str, Any]) -> GroupLog:
        if admin.public != self._admin:
            raise NotGroupAdmin("Only the group's admin can change its members or name.")
        body = canonical_json(
            {
                "v": OP_VERSION,
                "op": kind,
                "group_id": self._group_id.hex(),
                "seq": len(self._ops),
                "prev": self.head.hex(),
                "at": at,
                **fields,
            }
        )
        clone = self._copy()
        clone._append(admin.sign(SIGNATURE_CONTEXT + body) + body)
        return clone

    def _append(self, op: bytes) -> None:
        # Mutates: only ever called on a log no one else holds yet.
        if len(self._ops) >= MAX_OPS:
            raise GroupTooLarge("The group log has more operations than Amanat accepts.")
        signature, body = _split(op)
        # The signature first, so nothing an outsider wrote is ever interpreted.
        try:
            self._admin.verify(SIGNATURE_CONTEXT + body, signature)
        except ForgedSignature:
            raise ForgedGroupOp("A group operation is not signed by the group's admin.") from None
        document = _document(body, None)
        if field_hex(document, "group_id", GROUP_ID_BYTES, DamagedGroupLog, _WHAT) != self._group_id:
            raise ForgedGroupOp("A group operation belongs to another group.")
        if field_int(document, "seq", 1, DamagedGroupLog, _WHAT) != len(self._ops):
            raise ForgedGroupOp("A group operation is out of sequence.")
        if field_hex(document, "prev", 32, DamagedGroupLog, _WHAT) != self.head:
            raise ForgedGroupOp("A group operation does not follow the one before it.")
        field_int(document, "at", 0, DamagedGroupLog, _WHAT)
        kind = document["op"]
        if kind == "add":
            self._apply_add(document)
        elif kind == "remove":
            fingerprint = field_hex(document, "member", 32, DamagedGroupLog, _WHAT)
            if fingerprint == self._admin.fingerprint:
                raise DamagedGroupLog("The group's admin cannot be removed.")
            if self._members.pop(fingerprint, None) is None:
                raise DamagedGroupLog("A group operation removes someone who is not a member.")
        else:
            self._name = _name(document, "group_name")
        self._ops = (*self._ops, bytes(op))

    def _apply_add(self, document: dict[str, Any]) -> None:
        member = _identity(document, "member_signing_key", "member_age_key")
        name = _name(document, "member_name")
        if any(existing.identity.signing_key == member.signing_key for existing in self._members.values()):
            raise DamagedGroupLog("A group operation adds someone who is already a member.")
        if any(existing.identity.age_key == member.age_key for existing in self._members.values()):
            raise DamagedGroupLog("A group operation adds someone who is already a member.")
        if len(self._members) >= MAX_MEMBERS:
            raise GroupTooLarge("The group has more members than Amanat accepts.")
        self._members[member.fingerprint] = GroupMember(member, name)
        self._ever.setdefault(member.fingerprint, GroupMember(member, name))

    def __repr__(self) -> str:
        return f"GroupLog(group_id={self._group_id.hex()}, seq={self.seq}, members={len(self._members)})"
