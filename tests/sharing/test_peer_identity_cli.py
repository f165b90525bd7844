"""Issue 11, findings 5, 6 and 13 on the command line: ids first, look-alikes and untrusted members named."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, run_cli
from tests.sharing.conftest import Workshop, make_member, open_workshop
from tests.sharing.test_peer_identity import _hostile_group


def amanat(vault: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env={"AMANAT_VAULT": str(vault), "AMANAT_PASSPHRASE": PASSPHRASE}, stdin=stdin)


@pytest.fixture
def closed_workshop(tmp_path: Path) -> Iterator[tuple[Workshop, Path]]:
    """The workshop, vaults closed so that the command line can open them; an impostor's card; and a group
    Farid made, named like the first digits of the workshop group's id."""
    workshop = open_workshop(tmp_path)
    _hostile_group(workshop, workshop.group_id[:6])
    impostor = make_member(tmp_path / "elsewhere", "Farid")
    card = tmp_path / "farid-new.card"
    card.write_bytes(impostor.sync.identities.card_file())
    impostor.vault.close()
    for member in workshop.members:
        member.vault.close()
    yield workshop, card


def test_peer_add_and_list_name_the_look_alike_by_id_and_keep_the_verified_peer(
        closed_workshop: tuple[Workshop, Path]) -> None:
    workshop, card = closed_workshop
    mariam = workshop.members[0].vault.paths.directory
    before = json.loads(amanat(mariam, "peer", "list", "--json").stdout)
    farid_id = next(p["id"] for p in before if p["name"] == "Farid")
    added = amanat(mariam, "peer", "add", str(card))
    assert added.returncode == 0, added.stderr
    assert "OTHER KEYS" in added.stderr and farid_id in added.stderr
    peers = json.loads(amanat(mariam, "peer", "list", "--json").stdout)
    faridish = [p for p in peers if p["name"] == "Farid"]
    assert len(faridish) == 2 and sum(p["verified"] for p in faridish) == 1
    newcomer = next(p for p in faridish if not p["verified"])
    assert newcomer["keys_changed"] and newcomer["looks_like"][0]["id"] == farid_id
    listed = amanat(mariam, "peer", "list").stdout
    assert f"NAME LOOKS LIKE Farid ({farid_id}, verified)" in listed
    assert f"NAME LOOKS LIKE Farid ({newcomer['id']}, not verified)" in listed


def test_group_share_by_an_id_prefix_that_is_also_a_group_name_is_refused(
        closed_workshop: tuple[Workshop, Path]) -> None:
    workshop, _card = closed_workshop
    mariam = workshop.members[0].vault.paths.directory
    prefix = workshop.group_id[:6]
    note = amanat(mariam, "note", "add", "--title", "Secret list", stdin="names").stdout.strip()
    groups_before = json.loads(amanat(mariam, "group", "list", "--json").stdout)
    hostile = next(g["id"] for g in groups_before if g["id"] != workshop.group_id)
    refused = amanat(mariam, "group", "share", prefix, note[:8])
    assert refused.returncode == 2, refused.stdout
    assert workshop.group_id in refused.stderr and hostile in refused.stderr
    assert json.loads(amanat(mariam, "group", "list", "--json").stdout) == groups_before  # nothing shared
    assert "NAME LOOKS LIKE AN ID" in amanat(mariam, "group", "list").stdout

    refused = amanat(mariam, "group", "create", "cafe 42")
    assert refused.returncode == 2 and "0-9" in refused.stderr
    assert amanat(mariam, "group", "create", workshop.group_id[:6]).returncode == 2
    assert len(json.loads(amanat(mariam, "group", "list", "--json").stdout)) == 2


def test_sync_export_refuses_a_member_no_longer_verified_unless_told(
        closed_workshop: tuple[Workshop, Path], tmp_path: Path) -> None:
    workshop, _card = closed_workshop
    mariam = workshop.members[0].vault.paths.directory
    peers = json.loads(amanat(mariam, "peer", "list", "--json").stdout)
    farid_id = next(p["id"] for p in peers if p["name"] == "Farid")
    assert amanat(mariam, "peer", "unverify", farid_id).returncode == 0
    listed = amanat(mariam, "group", "list").stdout
    assert f"{farid_id}  Farid (NOT VERIFIED here)" in listed

    out = tmp_path / "bundle.age"
    refused = amanat(mariam, "sync", "export", "--group", workshop.group_id[:8], "--out", str(out))
    assert refused.returncode == 2 and farid_id in refused.stderr and "Farid" in refused.stderr
    assert not out.exists()
    history = json.loads(amanat(mariam, "sync", "history", "--json").stdout)
    assert [h for h in history if h["direction"] == "sent"] == []

    left_out = amanat(mariam, "sync", "export", "--group", workshop.group_id[:8], "--out", str(out),
                      "--leave-out-untrusted")
    assert left_out.returncode == 0, left_out.stderr
    assert f"Left out (not verified here): Farid ({farid_id})" in left_out.stdout and "for 2 members" in left_out.stdout
    included = amanat(mariam, "sync", "export", "--group", workshop.group_id[:8], "--out", str(out),
                      "--include-untrusted")
    assert included.returncode == 0 and farid_id in included.stderr and "for 3 members" in included.stdout
