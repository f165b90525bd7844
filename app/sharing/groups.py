"""Groups: a name, an admin (its creator), verified members, and the items shared into it.

Membership lives in a log of operations signed by the admin (`amanat.sync.group_log`),
carried in every bundle of the group; only the admin changes it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from amanat.app.errors import InvalidValue, NotFound
from amanat.app.items import ItemService
from amanat.app.models import Draft
from amanat.app.sharing.documents import DocumentKeeper
from amanat.app.sharing.identities import IdentityService, now_utc
from amanat.app.store.sync_repository import SyncRepository
from amanat.crypto.contact_card import display_name
from amanat.sync.group_log import GroupLog

MIN_GROUP_PREFIX = 4
MAX_GROUP_NAME_CHARS = 100
_HEX_DIGITS = frozenset("0123456789abcdef")


def _hex_only(text: str) -> bool:
    cleaned = "".join(text.split()).lower()
    return bool(cleaned) and all(char in _HEX_DIGITS for char in cleaned)


def name_looks_like_id(name: str, known_ids: list[str]) -> bool:
    """True when a group name could be taken for a group id: hex digits only, or the start of a known id."""
    cleaned = "".join(name.split()).lower()
    if len(cleaned) < MIN_GROUP_PREFIX:
        return False  # shorter references never match ids
    return _hex_only(cleaned) or any(known.startswith(cleaned) for known in known_ids)


@dataclass(frozen=True)
class GroupMemberInfo:
    """A member as group lists show them."""

    peer_id: str
    fingerprint: str
    name: str
    is_admin: bool
    is_me: bool
    verified: bool = False  # I verified these keys (always True for me)


@dataclass(frozen=True)
class GroupInfo:
    """A group as lists show it."""

    group_id: str
    name: str
    i_am_admin: bool
    members: tuple[GroupMemberInfo, ...]
    shared_items: tuple[str, ...]
    joined_at: str
    name_looks_like_id: bool = False  # the name is hex digits or the start of a group id: go by the id

    def untrusted_members(self) -> tuple[GroupMemberInfo, ...]:
        """Members other than me whose keys I have not verified (or no longer trust)."""
        return tuple(m for m in self.members if not m.is_me and not m.verified)


class GroupService:
    """Create groups, change their members (as admin), share items into them."""

    def __init__(self, repository: SyncRepository, identities: IdentityService, items: ItemService,
                 documents: DocumentKeeper) -> None:
        self._repository = repository
        self._identities = identities
        self._items = items
        self._documents = documents

    def log(self, group_id: str) -> GroupLog:
        """A group's verified membership log."""
        record = self._repository.group(group_id)
        if record is None:
            raise NotFound(f"no group {group_id[:16]}")
        return GroupLog.from_ops(record.ops)

    def resolve(self, reference: str) -> str:
        """The full id of a group from its id, a prefix of its id (four hex digits or more), or its exact name.

        Ids win over names: a reference that is the start of one group's id and the name of another
        is refused, naming both, so that nobody can capture a reference by naming a group after
        another group's id.
        """
        cleaned = reference.strip()
        records = self._repository.groups()
        lowered = "".join(cleaned.split()).lower()
        by_id: list[str] = []
        if len(lowered) >= MIN_GROUP_PREFIX and _hex_only(lowered):
            by_id = [g.group_id for g in records if g.group_id.startswith(lowered)]
        if len(by_id) == 1 and by_id[0] == lowered:
            return by_id[0]  # the whole id: nothing can be confused with it
        by_name = [g.group_id for g in records if self.log(g.group_id).name == cleaned and g.group_id not in by_id]
        candidates = by_id + by_name
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            listed = "; ".join(f"{group_id} ({display_name(self.log(group_id).name)})" for group_id in candidates)
            raise InvalidValue(f"{cleaned[:40]!r} could mean more than one group: {listed}. Give the whole id.")
        raise NotFound(f"no group {cleaned[:40]!r}")

    def check_name(self, name: str) -> str:
        """`name` stripped, or InvalidValue when it is empty, too long, or could be taken for a group id."""
        name = name.strip()
        if not name or len(name) > MAX_GROUP_NAME_CHARS:
            raise InvalidValue(f"a group name has 1 to {MAX_GROUP_NAME_CHARS} characters")
        if name_looks_like_id(name, [g.group_id for g in self._repository.groups()]):
            raise InvalidValue("a group name made only of the digits 0-9 and the letters a-f could be taken for "
                               "a group's id; choose another name")
        return name

    def create(self, name: str) -> GroupInfo:
        """Make a group with me as its admin and only member."""
        name = self.check_name(name)
        my_name = self._identities.display_name()
        if not my_name:
            raise InvalidValue("set the name on your card first ('amanat identity set-name NAME')")
        log = GroupLog.create(self._identities.identity(), my_name, name, int(time.time()))
        self._repository.save_group(log.group_id.hex(), log.ops, now_utc())
        return self.info(log.group_id.hex())

    def _admin_log(self, group_id: str) -> GroupLog:
        log = self.log(group_id)
        if log.admin.fingerprint != self._identities.public().fingerprint:
            raise InvalidValue("only the group's admin can change its members")
        return log

    def add_member(self, group_id: str, peer_fingerprint: str) -> GroupInfo:
        """Add a verified peer to a group I administer."""
        log = self._admin_log(group_id)
        peer = self._identities.peer(peer_fingerprint)
        if not peer.verified:
            raise InvalidValue(f"verify {peer.name} ({peer.peer_id}) before adding them to a group")
        if any(m.identity.fingerprint == peer.identity.fingerprint for m in log.members):
            return self.info(group_id)
        log = log.add_member(self._identities.identity(), peer.identity, peer.name, int(time.time()))
        self._repository.save_group(group_id, log.ops, now_utc())
        return self.info(group_id)

    def remove_member(self, group_id: str, peer_fingerprint: str) -> GroupInfo:
        """Remove a member from a group I administer; they get nothing new afterwards."""
        log = self._admin_log(group_id)
        fingerprint = bytes.fromhex(peer_fingerprint)
        if fingerprint == log.admin.fingerprint:
            raise InvalidValue("the admin cannot leave their own group")
        if not any(m.identity.fingerprint == fingerprint for m in log.members):
            raise NotFound("that peer is not a member of this group")
        log = log.remove_member(self._identities.identity(), fingerprint, int(time.time()))
        self._repository.save_group(group_id, log.ops, now_utc())
        return self.info(group_id)

    def share(self, group_id: str, item_id: str) -> GroupInfo:
        """Share an item with a group: its members receive it with the next bundles.

        A draft's language versions travel together: sharing one shares every version linked in this
        vault (one that a bundle linked in is shared on its own: `_linked_here`).
        """
        self.share_many(group_id, [item_id])
        return self.info(group_id)

    def share_many(self, group_id: str, item_ids: list[str]) -> None:
        """Share several items (and their language versions) with a group in one transaction.

        All, or none if one is in the trash.
        """
        self.log(group_id)
        with self._repository.atomic():
            for item_id in self._with_versions(item_ids):
                if self._items.is_in_trash(item_id):
                    raise InvalidValue("this item is in the trash; restore it before sharing it")
                self._documents.refresh(item_id)
                self._repository.share(group_id, item_id, now_utc())

    def _with_versions(self, item_ids: list[str]) -> list[str]:
        """The items, each followed by the other language versions of a linked draft (once each)."""
        result: dict[str, None] = {}
        for item_id in item_ids:
            result[item_id] = None
            item = self._items.get(item_id)
            if isinstance(item, Draft) and item.link is not None:
                result.update((version.id, None) for version in self._items.linked_versions(item.link.group)
                              if self._linked_here(version.id, item.link.group))
        return list(result)

    def _linked_here(self, version_id: str, link_group: str) -> bool:
        """True if the version joined `link_group` by an edit made in this vault, not by a bundle.

        A member may set any shared draft's link group to one of ours (a register like any other):
        sharing our draft with another group must not carry their group's draft along. A version
        a colleague made elsewhere is shared on its own (the versions bar shows it).
        """
        for revision in self._items.history(version_id):
            link = getattr(revision.item, "link", None)
            if link is not None and link.group == link_group:
                return revision.source == ""
        return False

    def share_like(self, existing_id: str, new_id: str) -> None:
        """Share `new_id` with every group that shares `existing_id` (a new language version of a shared draft)."""
        with self._repository.atomic():
            for group_id in self._repository.groups_sharing(existing_id):
                self._documents.refresh(new_id)
                self._repository.share(group_id, new_id, now_utc())

    def info(self, group_id: str) -> GroupInfo:
        """A group's name, members and shared items."""
        record = self._repository.group(group_id)
        if record is None:
            raise NotFound(f"no group {group_id[:16]}")
        log = GroupLog.from_ops(record.ops)
        me = self._identities.public().fingerprint
        members = tuple(
            GroupMemberInfo(
                peer_id=m.identity.peer_id, fingerprint=m.identity.fingerprint.hex(), name=display_name(m.name),
                is_admin=m.identity.fingerprint == log.admin.fingerprint, is_me=m.identity.fingerprint == me,
                verified=m.identity.fingerprint == me
                or self._identities.verified_identity(m.identity.fingerprint.hex()) == m.identity,
            )
            for m in log.members
        )
        other_ids = [g.group_id for g in self._repository.groups() if g.group_id != group_id]
        return GroupInfo(
            group_id=group_id, name=display_name(log.name), i_am_admin=log.admin.fingerprint == me, members=members,
            shared_items=tuple(self._repository.shared_items(group_id)), joined_at=record.joined_at,
            name_looks_like_id=name_looks_like_id(log.name, other_ids),
        )

    def groups(self) -> list[GroupInfo]:
        """Every group I belong to."""
        return [self.info(g.group_id) for g in self._repository.groups()]

    def groups_sharing(self, item_id: str) -> list[GroupInfo]:
        """The groups an item is shared with."""
        return [self.info(g) for g in self._repository.groups_sharing(item_id)]
