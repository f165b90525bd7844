"""The signed group log: membership from admin-signed ops, and refusal of anything else."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest

from amanat.crypto.encoding import canonical_json
from amanat.crypto.encoding import encode_base64 as b64
from amanat.crypto.errors import DamagedInput, UnsupportedVersion
from amanat.crypto.identity import Identity
from amanat.sync.errors import DamagedGroupLog, ForgedGroupOp, GroupTooLarge, NotGroupAdmin
from amanat.sync.group_log import MAX_MEMBERS, MAX_OP_BYTES, MAX_OPS, SIGNATURE_CONTEXT, GroupLog, GroupMember

ADMIN = Identity.from_secrets(bytes(range(32)), bytes(range(32, 64)))
BOB = Identity.from_secrets(bytes(range(1, 33)), bytes(range(33, 65)))
CAROL = Identity.from_secrets(bytes(range(2, 34)), bytes(range(34, 66)))


def _log() -> GroupLog:
    log = GroupLog.create(ADMIN, "Admin", "Lawyers", 1_700_000_000)
    log = log.add_member(ADMIN, BOB.public, "Bob", 1_700_000_001)
    return log.add_member(ADMIN, CAROL.public, "Carol", 1_700_000_002)


LOG = _log()


def _body(op: bytes) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(op[64:])
    return loaded


def _sign(fields: dict[str, Any], signer: Identity = ADMIN) -> bytes:
    body = canonical_json(fields)
    return signer.sign(SIGNATURE_CONTEXT + body) + body


def _next(log: GroupLog, kind: str, signer: Identity = ADMIN, **fields: Any) -> bytes:
    common = {"v": 1, "op": kind, "group_id": log.group_id.hex(), "seq": log.seq + 1, "prev": log.head.hex(), "at": 5}
    return _sign({**common, **fields}, signer)


def test_create_add_remove_rename() -> None:
    assert LOG.name == "Lawyers"
    assert LOG.admin == ADMIN.public
    assert LOG.members == (
        GroupMember(ADMIN.public, "Admin"),
        GroupMember(BOB.public, "Bob"),
        GroupMember(CAROL.public, "Carol"),
    )
    assert len(LOG.ops) == 3 and LOG.seq == 2
    assert LOG.group_id == hashlib.sha256(LOG.ops[0]).digest()[:16]
    renamed = LOG.remove_member(ADMIN, BOB.public.fingerprint, 10).rename(ADMIN, "Lawyers' circle", 11)
    assert [member.name for member in renamed.members] == ["Admin", "Carol"]
    assert renamed.name == "Lawyers' circle"
    assert renamed.group_id == LOG.group_id
    # Immutable: the earlier log did not change.
    assert len(LOG.members) == 3 and LOG.name == "Lawyers"
    assert LOG.is_member(BOB.public) and not renamed.is_member(BOB.public)
    assert renamed.member(CAROL.public.fingerprint) == GroupMember(CAROL.public, "Carol")


def test_ops_are_signed_chained_canonical_json() -> None:
    create = _body(LOG.ops[0])
    assert create["op"] == "create" and create["admin_name"] == "Admin" and len(bytes.fromhex(create["nonce"])) == 16
    for seq in (1, 2):
        body = _body(LOG.ops[seq])
        assert body["seq"] == seq
        assert body["prev"] == hashlib.sha256(LOG.ops[seq - 1]).hexdigest()
        assert body["group_id"] == LOG.group_id.hex()
        ADMIN.public.verify(SIGNATURE_CONTEXT + LOG.ops[seq][64:], LOG.ops[seq][:64])
        assert canonical_json(body) == LOG.ops[seq][64:]


def test_from_ops_round_trip() -> None:
    again = GroupLog.from_ops(LOG.ops)
    assert again.members == LOG.members and again.group_id == LOG.group_id and again.name == LOG.name
    assert again.head == LOG.head


def test_two_groups_with_the_same_name_and_admin_have_different_ids() -> None:
    assert (
        GroupLog.create(ADMIN, "Admin", "Lawyers", 1).group_id != GroupLog.create(ADMIN, "Admin", "Lawyers", 1).group_id
    )


def test_only_the_admin_can_change_the_group() -> None:
    with pytest.raises(NotGroupAdmin):
        LOG.add_member(BOB, BOB.public, "Bob again", 3)
    # A member's signature on an otherwise perfect op is refused.
    forged = _next(LOG, "remove", signer=BOB, member=CAROL.public.fingerprint.hex())
    with pytest.raises(ForgedGroupOp):
        GroupLog.from_ops([*LOG.ops, forged])
    with pytest.raises(ForgedGroupOp):
        LOG.merge([*LOG.ops, forged])


def test_the_chain_is_checked() -> None:
    rename = {"group_name": "x"}
    bad_seq = _sign({**_body(_next(LOG, "rename", **rename)), "seq": LOG.seq + 2})
    bad_prev = _sign({**_body(_next(LOG, "rename", **rename)), "prev": "00" * 32})
    other_group = _sign({**_body(_next(LOG, "rename", **rename)), "group_id": "00" * 16})
    for op in (bad_seq, bad_prev, other_group):
        with pytest.raises(ForgedGroupOp):
            GroupLog.from_ops([*LOG.ops, op])
    # Reordered or missing ops break the chain too.
    with pytest.raises(ForgedGroupOp):
        GroupLog.from_ops([LOG.ops[0], LOG.ops[2], LOG.ops[1]])
    with pytest.raises(ForgedGroupOp):
        GroupLog.from_ops([LOG.ops[0], LOG.ops[2]])


def test_create_must_be_signed_by_its_admin() -> None:
    create = _body(LOG.ops[0])
    with pytest.raises(ForgedGroupOp):
        GroupLog.from_ops([BOB.sign(SIGNATURE_CONTEXT + LOG.ops[0][64:]) + LOG.ops[0][64:]])
    # A log whose create op was replaced (another admin) does not continue the group.
    keys = {"admin_signing_key": b64(BOB.public.signing_key), "admin_age_key": b64(BOB.public.age_key)}
    hijacked = _sign({**create, **keys}, BOB)
    assert GroupLog.from_ops([hijacked]).admin == BOB.public
    with pytest.raises(ForgedGroupOp):
        GroupLog.from_ops([hijacked, *LOG.ops[1:]])


def test_rules_of_membership() -> None:
    with pytest.raises(DamagedGroupLog):
        LOG.add_member(ADMIN, BOB.public, "Bob twice", 3)
    with pytest.raises(DamagedGroupLog):
        LOG.remove_member(ADMIN, ADMIN.public.fingerprint, 3)
    with pytest.raises(DamagedGroupLog):
        LOG.remove_member(ADMIN, bytes(32), 3)
    for bad_name in ("", "x" * 101, "a\nb"):
        with pytest.raises(DamagedGroupLog):
            LOG.rename(ADMIN, bad_name, 3)
        with pytest.raises(DamagedGroupLog):
            GroupLog.create(ADMIN, bad_name, "Group", 3)
    assert GroupLog.create(ADMIN, "Jose\u0301", "Grupo", 3).members[0].name == "José"


def test_merge() -> None:
    short = GroupLog.from_ops(LOG.ops[:2])
    longer = LOG.rename(ADMIN, "New name", 9)
    assert short.merge(LOG.ops).ops == LOG.ops
    assert LOG.merge(short.ops) is LOG
    assert LOG.merge(LOG.ops) is LOG
    assert short.merge(longer.ops).name == "New name"
    # A fork: two different admin-signed ops with the same seq.
    fork = LOG.rename(ADMIN, "Other name", 9)
    with pytest.raises(ForgedGroupOp):
        longer.merge(fork.ops)
    with pytest.raises(ForgedGroupOp):
        LOG.merge(GroupLog.create(ADMIN, "Admin", "Lawyers", 1_700_000_000).ops)


def test_unknown_version_and_kinds() -> None:
    with pytest.raises(UnsupportedVersion):
        GroupLog.from_ops([*LOG.ops, _sign({**_body(_next(LOG, "rename", group_name="x")), "v": 2})])
    for op in (
        _next(LOG, "promote", member=BOB.public.fingerprint.hex()),
        _next(LOG, "rename", group_name="x", extra=1),
        _next(LOG, "rename"),
        _next(LOG, "create", group_name="x"),
        _sign({**_body(_next(LOG, "rename", group_name="x")), "at": -1}),
        _sign({**_body(_next(LOG, "rename", group_name="x")), "seq": True}),
        _next(LOG, "add", member_signing_key="AAAA", member_age_key="AAAA", member_name="x"),
        _next(LOG, "remove", member="ZZ" * 32),
    ):
        with pytest.raises(DamagedGroupLog):
            GroupLog.from_ops([*LOG.ops, op])


@pytest.mark.parametrize("kind", [{"v": "create"}, ["create"], 1, None])
def test_a_kind_that_is_not_text_is_damaged_not_a_crash(kind: object) -> None:
    """Found by the fuzzer: a create op whose "op" is an object made `kind in _KEYS` raise TypeError
    (unhashable), before any signature was checked, so anyone could crash a bundle's import."""
    create = {**_body(LOG.ops[0]), "op": kind}
    with pytest.raises(DamagedGroupLog):
        GroupLog.from_ops([_sign(create)])
    with pytest.raises(DamagedGroupLog):
        GroupLog.from_ops([*LOG.ops, _sign({**_body(_next(LOG, "rename", group_name="x")), "op": kind})])


@pytest.mark.parametrize(
    "ops",
    [[], [b""], [b"x" * 64], [b"x" * 100], ["not bytes"], [b"\x00" * 64 + b"{}"]],
)
def test_garbage_is_damaged(ops: list[Any]) -> None:
    with pytest.raises(DamagedGroupLog):
        GroupLog.from_ops(ops)


def test_limits() -> None:
    with pytest.raises(GroupTooLarge):
        GroupLog.from_ops([LOG.ops[0]] * (MAX_OPS + 1))
    with pytest.raises(GroupTooLarge):
        GroupLog.from_ops([LOG.ops[0], b"x" * (MAX_OP_BYTES + 1)])


def test_op_count_limit() -> None:
    log = GroupLog.create(ADMIN, "Admin", "G", 0)
    for step in range(MAX_OPS - 1):
        log = log.rename(ADMIN, f"G{step}", step)
    assert len(log.ops) == MAX_OPS
    assert GroupLog.from_ops(log.ops).name == log.name
    with pytest.raises(GroupTooLarge):
        log.rename(ADMIN, "one too many", 0)


def test_member_limit() -> None:
    log = GroupLog.create(ADMIN, "Admin", "G", 0)
    for step in range(MAX_MEMBERS - 1):
        log = log.add_member(ADMIN, Identity.generate().public, f"M{step}", step)
    assert len(log.members) == MAX_MEMBERS
    with pytest.raises(GroupTooLarge):
        log.add_member(ADMIN, Identity.generate().public, "one too many", 0)


def test_every_flipped_byte_is_refused() -> None:
    for index in range(0, len(LOG.ops[1]), 3):
        damaged = bytearray(LOG.ops[1])
        damaged[index] ^= 0x04
        with pytest.raises(DamagedInput):
            GroupLog.from_ops([LOG.ops[0], bytes(damaged), LOG.ops[2]])
