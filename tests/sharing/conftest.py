"""Three real vaults that know and trust each other, with a group: Mariam (admin), Farid, Zahra."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from amanat.app.sharing.bundle_reports import ImportReport
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE

NAMES = ("Mariam", "Farid", "Zahra")


@dataclass
class Member:
    name: str
    vault: Vault

    @property
    def sync(self):  # type: ignore[no-untyped-def]
        return self.vault.sync

    @property
    def fingerprint(self) -> str:
        return self.sync.identities.public().fingerprint.hex()

    def export(self, group_id: str, **options: bool) -> bytes:
        return self.sync.exchange.export(group_id, **options).data

    def receive(self, data: bytes) -> ImportReport:
        return self.sync.exchange.import_bundle(data)


def make_member(directory: Path, name: str) -> Member:
    vault, _recovery = Vault.create(directory / name.lower(), PASSPHRASE)
    vault.sync.identities.set_display_name(name)
    return Member(name, vault)


def introduce(a: Member, b: Member, *, verify: bool = True) -> None:
    """a imports b's card and (by default) verifies the safety number read out by b."""
    added = a.sync.identities.add_peer(b.sync.identities.card_file())
    if verify:
        digits = b.sync.identities.peer(a.fingerprint).safety_number if _knows(b, a) else added.peer.safety_number
        a.sync.identities.verify_peer(added.peer.fingerprint, digits)


def _knows(a: Member, b: Member) -> bool:
    return any(p.fingerprint == b.fingerprint for p in a.sync.identities.peers())


@dataclass
class Workshop:
    members: tuple[Member, ...]
    group_id: str

    @property
    def admin(self) -> Member:
        return self.members[0]


def open_workshop(directory: Path) -> Workshop:
    members = tuple(make_member(directory, name) for name in NAMES)
    for a in members:
        for b in members:
            if a is not b:
                introduce(a, b)
    admin = members[0]
    group = admin.sync.groups.create("Geneva advocacy")
    for other in members[1:]:
        admin.sync.groups.add_member(group.group_id, other.fingerprint)
    return Workshop(members, group.group_id)


@contextmanager
def newcomer(workshop: Workshop, directory: Path, name: str = "Omid") -> Iterator[Member]:
    """A member who knows everyone (and everyone them), added to the group by its admin; closed afterwards."""
    member = make_member(directory, name)
    try:
        for other in workshop.members:
            introduce(member, other)
            introduce(other, member)
        workshop.admin.sync.groups.add_member(workshop.group_id, member.fingerprint)
        yield member
    finally:
        member.vault.close()


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[Workshop]:
    opened = open_workshop(tmp_path)
    yield opened
    for member in opened.members:
        member.vault.close()


def vault_content(vault: Vault) -> str:
    """Everything a user can see in a vault (items live and trashed, with content), as one text."""
    items = vault.items
    live = sorted(items.list(), key=lambda h: h.id)
    trash = sorted(items.trash(), key=lambda h: h.id)
    rows = [("live", repr(_without_times(items.get(h.id)))) for h in live]
    rows += [("trash", repr(_without_times(items.get(h.id)))) for h in trash]
    return json.dumps(rows, ensure_ascii=False)


def vault_fingerprint(vault: Vault) -> str:
    """A digest of content, revisions, groups, documents and logs: to prove a refused bundle changed nothing."""
    sync = vault.sync
    parts = [vault_content(vault)]
    for header in vault.items.list() + vault.items.trash():
        parts.append(repr([r.number for r in vault.items.history(header.id)]))
    parts.append(repr([(g.group_id, g.members, g.shared_items) for g in sync.groups.groups()]))
    parts.append(repr([(p.fingerprint, p.verified) for p in sync.identities.peers()]))
    parts.append(repr(sync.exchange.history()))
    parts.append(repr([(e.id, e.reason) for e in sync.exchange.quarantined()]))
    for group in sync.groups.groups():
        for item_id in group.shared_items:
            stored = sync.documents.stored(item_id)
            parts.append(item_id + ":" + (stored.encode().hex() if stored else "-"))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _without_times(item: object) -> object:
    from dataclasses import replace

    return replace(item, created_at="", updated_at="", revision=0)  # type: ignore[type-var]
