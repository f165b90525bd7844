"""Sync demo content for screenshots: my card's name, people (verified, not yet, keys changed), a group,
and a bundle from a verified member waiting for review. Invented names only; throwaway vaults."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from amanat.app.vault import Vault
from amanat.crypto.contact_card import card_to_file_bytes, make_card
from amanat.crypto.identity import Identity

NAMES = {
    "en": ("Mariam Ahmadi", "Farid", "Zahra", "Omid", "Geneva advocacy", "Notes from the UPR pre-session"),
    "fa": ("مریم احمدی", "فرید", "زهرا", "امید", "دادخواهی ژنو", "یادداشت‌های پیش‌جلسه UPR"),
    "ps": ("مریم احمدۍ", "فرید", "زهره", "امید", "د ژنیو مدافعه", "د UPR مخکینۍ غونډې یادښتونه"),
}


@dataclass(frozen=True)
class SyncDemo:
    """What the screenshots open: the unverified peer, and a bundle file to review."""

    unverified_peer: str
    bundle_file: Path


def fill_sync_demo(vault: Vault, language: str, workdir: Path, passphrase: str, shared_item: str) -> SyncDemo:
    """Make `vault` a member of a group with Farid (who sends a bundle) and Zahra; Omid's keys changed."""
    me, farid_name, zahra_name, omid_name, group_name, note_title = NAMES[language]
    sync = vault.sync
    sync.identities.set_display_name(me)
    farid_vault, _recovery = Vault.create(workdir / "farid", passphrase)
    with farid_vault:
        farid = farid_vault.sync
        farid.identities.set_display_name(farid_name)
        added = sync.identities.add_peer(farid.identities.card_file()).peer
        sync.identities.verify_peer(added.fingerprint, added.safety_number)
        mine = farid.identities.add_peer(sync.identities.card_file()).peer
        farid.identities.verify_peer(mine.fingerprint, mine.safety_number)
        zahra = sync.identities.add_peer(card_to_file_bytes(make_card(Identity.generate(), zahra_name, 1))).peer
        sync.identities.verify_peer(zahra.fingerprint, zahra.safety_number)
        group = farid.groups.create(group_name)
        farid.groups.add_member(group.group_id, mine.fingerprint)
        note = farid_vault.items.add_note(note_title, "…")
        farid.groups.share(group.group_id, note.id)
        bundle = workdir / "bundle.age"
        bundle.write_bytes(farid.exchange.export(group.group_id).data)
    sync.exchange.import_bundle(bundle.read_bytes())
    sync.groups.share(group.group_id, shared_item)
    omid_old = sync.identities.add_peer(card_to_file_bytes(make_card(Identity.generate(), omid_name, 1))).peer
    sync.identities.verify_peer(omid_old.fingerprint, omid_old.safety_number)
    omid_new = sync.identities.add_peer(card_to_file_bytes(make_card(Identity.generate(), omid_name, 2))).peer
    # A second bundle from Farid, for the review screen: he edits the shared note again.
    with Vault.unlock(workdir / "farid", passphrase) as farid_vault:
        farid = farid_vault.sync
        farid_vault.items.save(replace(farid_vault.items.get(note.id), title=note_title + " ✓"))
        second = workdir / "bundle-2.age"
        second.write_bytes(farid.exchange.export(group.group_id).data)
    return SyncDemo(unverified_peer=omid_new.fingerprint, bundle_file=second)
