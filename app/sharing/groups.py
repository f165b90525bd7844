"""Groups: a name, an admin (its creator), verified members, and the items shared into it.

Membership lives in a log of operations signed by the admin (`sync.group_log`),
carried in every bundle of the group; only the admin changes it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from app.errors import InvalidValue, NotFound
from app.items import ItemService
from app.sharing.documents import DocumentKeeper
from app.sharing.identities import IdentityService, now_utc
from app.store.sync_repository import SyncRepository
from crypto.contact_card import display_name
from sync.group_log import GroupLog

MIN_GROUP_PREFIX = 4
MAX_GROUP_NAME_CHARS = 100


@dataclass(frozen=True)
class GroupMemberInfo:
    """A member as group lists show them."""

    peer_id: str
    fingerprint: str
    name: str
    is_admin: bool
    is_me: bool


@dataclass(frozen=True)
class GroupInfo:
    """A group as lists show it."""

    group_id: str
    name: str
    i_am_admin: bool
    members: tuple[GroupMemberInfo, ...]
    shared_items: tuple[str, ...]
    joined_at: str


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

    def resolve(self, prefix: str) -> str:
        """The full id of a group from a prefix of it (at least four hex digits) or its exact name."""
        cleaned = prefix.strip()
        by_name = [g.group_id for g in self._repository.groups() if self.log(g.group_id).name == cleaned]
        if len(by_name) == 1:
            return by_name[0]
        lowered = cleaned.lower()
        if len(lowered) >= MIN_GROUP_PREFIX and all(c in "0123456789abcdef" for c in lowered):
            matches = [g.group_id for g in self._repository.groups() if g.group_id.startswith(lowered)]
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                raise InvalidValue(f"more than one group has an id starting with {lowered}; give more digits")
        if len(by_name) > 1:
            raise InvalidValue(f"more than one group is called {cleaned!r}; give its id")
        raise NotFound(f"no group {cleaned[:40]!r}")

    def create(self, name: str) -> GroupInfo:
        """Make a group with me as its admin and only member."""
        name = name.strip()
        if not name or len(name) > MAX_GROUP_NAME_CHARS:
            raise InvalidValue(f"a group name has 1 to {MAX_GROUP_NAME_CHARS} characters")
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
        """Share an item with a group: its members receive it with the next bundles."""
        self.log(group_id)
        if self._items.is_in_trash(item_id):
            raise InvalidValue("this item is in the trash; restore it before sharing it")
        with self._repository.atomic():
            self._documents.refresh(item_id)
            self._repository.share(group_id, item_id, now_utc())
        return self.info(group_id)

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
            )
            for m in log.members
        )
        return GroupInfo(
            group_id=group_id, name=display_name(log.name), i_am_admin=log.admin.fingerprint == me, members=members,
            shared_items=tuple(self._repository.shared_items(group_id)), joined_at=record.joined_at,
        )

    def groups(self) -> list[GroupInfo]:
        """Every group I belong to."""
        return [self.info(g.group_id) for g in self._repository.groups()]

    def groups_sharing(self, item_id: str) -> list[GroupInfo]:
        """The groups an item is shared with."""
        return [self.info(g) for g in self._repository.groups_sharing(item_id)]
