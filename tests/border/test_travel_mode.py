"""Travel mode: items sealed away before a crossing are gone from the laptop, and come back afterwards."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from amanat.app.errors import InvalidValue
from amanat.app.models import Contact
from amanat.app.vault import Vault
from amanat.crypto.errors import AmanatError
from tests.conftest import PASSPHRASE, run_cli
from tests.sharing.conftest import Workshop, introduce, make_member, vault_content


def test_sealed_for_the_recovery_key_gone_then_back(vault_dir: Path) -> None:
    vault, recovery = Vault.create(vault_dir, PASSPHRASE)
    with vault:
        note = vault.items.add_note("Testimony", "CANARY-travel شاهد")
        vault.attachments.add(note.id, io.BytesIO(b"scan bytes"), "scan.png")
        vault.items.add(Contact(id="", display_name="Witness", risk_level="high"))
        gone = vault.items.add_note("Old", "")
        vault.items.delete(gone.id)
        before = vault_content(vault)
        ids = vault.sync.travel.all_item_ids()
        trip = vault.sync.travel.seal(ids, recovery_key=recovery.display())
        vault.sync.travel.remove(ids)
        assert vault.items.list() == [] and vault.items.trash() == []
        assert b"CANARY-travel" not in trip.data
        with pytest.raises(AmanatError):
            vault.sync.travel.restore(trip.data)  # not addressed to the vault's own key
        assert vault.sync.travel.restore(trip.data, recovery_key=recovery.display()) == 3
        assert vault_content(vault) == before
        [attachment] = vault.attachments.list(note.id)
        assert vault.attachments.read_all(attachment.id) == b"scan bytes"


def test_sealed_for_a_peer_who_returns_it(workshop: Workshop) -> None:
    mariam, farid, _zahra = workshop.members
    note = mariam.vault.items.add_note("Shelter list", "addresses")
    trip = mariam.sync.travel.seal([note.id], peer_fingerprint=farid.fingerprint)
    mariam.sync.travel.remove([note.id])
    with pytest.raises(AmanatError):
        mariam.sync.travel.restore(trip.data)  # only Farid can open it now
    with pytest.raises(AmanatError):
        farid.sync.travel.restore(trip.data)  # and it is not his to restore
    back = farid.sync.travel.return_to(trip.data, mariam.fingerprint)
    assert mariam.sync.travel.restore(back) == 1
    assert mariam.vault.items.get(note.id).title == "Shelter list"


def test_items_shared_with_a_group_and_unverified_peers_are_refused(workshop: Workshop, tmp_path: Path) -> None:
    mariam = workshop.admin
    note = mariam.vault.items.add_note("Shared", "")
    mariam.sync.groups.share(workshop.group_id, note.id)
    with pytest.raises(InvalidValue):
        mariam.sync.travel.seal([note.id], peer_fingerprint=workshop.members[1].fingerprint)
    assert note.id not in mariam.sync.travel.all_item_ids()
    stranger = make_member(tmp_path / "s", "Stranger")
    try:
        introduce(mariam, stranger, verify=False)
        private = mariam.vault.items.add_note("Private", "")
        with pytest.raises(InvalidValue):
            mariam.sync.travel.seal([private.id], peer_fingerprint=stranger.fingerprint)
    finally:
        stranger.vault.close()


def test_travel_on_the_command_line(vault_dir: Path, tmp_path: Path) -> None:
    vault, recovery = Vault.create(vault_dir, PASSPHRASE)
    with vault:
        vault.items.add_note("Testimony", "text")
    env = {"AMANAT_VAULT": str(vault_dir), "AMANAT_PASSPHRASE": PASSPHRASE,
           "AMANAT_RECOVERY_KEY": recovery.display()}
    sealed = run_cli("travel", "seal", "--recovery-key", "--all", "--out", str(tmp_path / "trip.age"), env=env)
    assert sealed.returncode == 0, sealed.stderr
    assert run_cli("note", "list", env=env).stdout.strip() == ""
    restored = run_cli("travel", "restore", str(tmp_path / "trip.age"), "--recovery-key", env=env)
    assert restored.returncode == 0, restored.stderr
    assert "Testimony" in run_cli("note", "list", env=env).stdout
