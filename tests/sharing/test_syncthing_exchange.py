"""The exchange folder inside a folder that real Syncthing daemons keep in step (issue 16).

Three vaults (Mariam, Farid, Zahra), each on a "computer" with its own Syncthing daemon
(tests/sharing/syncthing.py: 127.0.0.1 only, no discovery, relays or NAT). Syncthing shares
each one's exchange folder; each member syncs with `DriveSync`, as the window's "Sync with
this drive" and `amanat sync drive PATH` do. What is checked: no bundle is lost, none is
read half-written, none is applied twice, and a conflict is resolved without asking anyone.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from amanat.app.sharing.drive_sync import DriveSync, DriveSyncResult
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE, run_cli
from tests.sharing.conftest import Member, Workshop, open_workshop, vault_content
from tests.sharing.syncthing import Daemon, in_step, syncthing_binary, syncthing_devices, visible_files, wait_until

BINARY = syncthing_binary()
pytestmark = pytest.mark.skipif(BINARY is None, reason="Syncthing is not installed (Debian: apt-get install "
                                                       "syncthing; .ci/run installs it)")
COMPUTERS = ("laptop-one", "laptop-two", "laptop-three")  # device names say nothing of their owners


class Group:
    """The workshop's three members, each with the drive folder their Syncthing keeps in step."""

    def __init__(self, workshop: Workshop, daemons: list[Daemon]) -> None:
        self.workshop = workshop
        self.daemons = daemons
        self.applied: Counter[str] = Counter()  # bundle id -> times applied, over every member

    def member(self, index: int) -> Member:
        return self.workshop.members[index]

    def sync(self, index: int, *, remove: bool = False) -> DriveSyncResult:
        """One member's 'Sync with this drive': write, review, and import everything (no question asked)."""
        drive = DriveSync(self.member(index).sync, self.daemons[index].folder.parent)
        result = drive.send_and_review()
        refused = [(p.name, str(p.error)) for p in result.review.pending if p.report is None]
        assert refused == [] and result.review.skipped == (), (refused, result.review.skipped)
        imported = drive.import_reviewed(result.to_decide, remove_from_drive=remove)
        for report in imported.reports:
            assert report.status == "applied", report
            self.applied[f"{index}:{report.bundle_id}"] += 1
        return result

    def everyone_syncs(self) -> None:
        for index in range(3):
            self.sync(index)
            in_step(self.daemons)

    def contents(self) -> list[str]:
        return [vault_content(m.vault) for m in self.workshop.members]

    def assert_converged(self) -> None:
        """Rounds until one changes no vault (at most four); then all hold the same, and none applied a bundle twice."""
        for _round in range(4):
            before = self.contents()
            self.everyone_syncs()
            if self.contents() == before and len(set(before)) == 1:
                break
        else:
            raise AssertionError("four more rounds and the vaults still differ or change")
        assert max(self.applied.values()) == 1  # no bundle applied twice by anyone


@pytest.fixture
def group(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Group]:
    assert BINARY is not None
    folder_options = getattr(request, "param", None)
    workshop = open_workshop(tmp_path / "vaults")
    try:
        with syncthing_devices(tmp_path / "computers", COMPUTERS, BINARY, folder_options) as daemons:
            yield Group(workshop, daemons)
    finally:
        for member in workshop.members:
            member.vault.close()


def share_note(member: Member, group_id: str, title: str, body: str) -> str:
    note = member.vault.items.add_note(title, body)
    member.sync.groups.share(group_id, note.id)
    return note.id


def edit(member: Member, item_id: str, body: str) -> None:
    member.vault.items.save(replace(member.vault.items.get(item_id), body=body))


def test_three_members_converge_and_the_engine_sees_only_random_names_and_sizes(group: Group) -> None:
    mariam, farid, zahra = (group.member(i) for i in range(3))
    group_id = group.workshop.group_id
    share_note(mariam, group_id, "گزارش ژنو", "متن گزارش")
    share_note(mariam, group_id, "Geneva report", "Draft")
    group.everyone_syncs()
    notes = {h.title: h.id for h in farid.vault.items.list()}
    edit(farid, notes["گزارش ژنو"], "متن گزارش — د فرید سمون")
    edit(zahra, {h.title: h.id for h in zahra.vault.items.list()}["Geneva report"], "Draft, read by Zahra")
    group.everyone_syncs()
    group.everyone_syncs()
    group.assert_converged()
    assert "د فرید سمون" in vault_content(mariam.vault) and "read by Zahra" in vault_content(mariam.vault)

    # Zahra syncs with `amanat sync drive PATH`, pointed at the folder that holds the one Syncthing shares.
    edit(farid, notes["Geneva report"], "Final, from Farid")
    group.sync(1)
    in_step(group.daemons)
    directory = zahra.vault.paths.directory
    zahra.vault.close()
    shown = run_cli("sync", "drive", str(group.daemons[2].folder.parent), "--json",
                    env={"AMANAT_VAULT": str(directory), "AMANAT_PASSPHRASE": PASSPHRASE})
    assert shown.returncode == 0, shown.stderr
    answer = json.loads(shown.stdout)
    assert [r["status"] for r in answer["imported"]] == ["applied"] and answer["review"]["skipped"] == []
    zahra.vault = Vault.unlock(directory, PASSPHRASE)
    assert vault_content(zahra.vault) == vault_content(farid.vault)

    # What Syncthing holds, on every computer (its database and configuration, and the shared files):
    # random names and sizes, never a title, a text or a person's name.
    for daemon in group.daemons:
        assert all(len(name) == len("0123456789abcdef.age") for name in visible_files(daemon.folder))
        for path in [*daemon.home.rglob("*"), *daemon.folder.rglob("*")]:
            if path.is_file():
                stored = path.read_bytes()
                for secret in ("گزارش ژنو", "Geneva", "Mariam", "Farid", "Zahra", "سمون"):
                    assert secret.encode() not in stored, (secret, path)


@pytest.mark.parametrize("group", [{"laptop-two": {"versioning": {"type": "simple", "params": {"keep": "5"}}}}],
                         indirect=True)
def test_two_bundles_written_under_one_name_are_both_applied_without_asking(group: Group) -> None:
    mariam, farid, zahra = (group.member(i) for i in range(3))
    note_id = share_note(mariam, group.workshop.group_id, "Plan", "one")
    group.everyone_syncs()
    # Mariam and Farid are offline from each other and edit the same note; their bundles collide under one name.
    for daemon in group.daemons[:2]:
        daemon.set_paused([d for d in group.daemons if d is not daemon], paused=True)
    for daemon in group.daemons:
        wait_until(lambda d=daemon: not any(d.connected([o]) for o in group.daemons if o is not d),
                   "the devices to part")
    edit(mariam, note_id, "one — Mariam's line")
    edit(farid, note_id, "one — Farid's line")
    group.sync(0)
    [mariam_file] = _new_files(group, 0)
    group.sync(1)
    [farid_file] = _new_files(group, 1)
    farid_file.rename(farid_file.with_name(mariam_file.name))
    for daemon in group.daemons[:2]:
        daemon.scan()
        daemon.set_paused([d for d in group.daemons if d is not daemon], paused=False)
    in_step(group.daemons)
    conflict_copies = [n for n in visible_files(group.daemons[2].folder) if ".sync-conflict-" in n]
    assert len(conflict_copies) == 1  # Syncthing kept both: one under the name, one as its conflict copy

    group.sync(0)  # each reads the other's bundle, under the name or as the conflict copy
    group.sync(1)
    in_step(group.daemons)
    # Zahra reads both, and removes what she imported; Farid's Syncthing keeps the removed files as versions
    # (.stversions), inside the exchange folder, where Amanat does not look.
    assert len(group.sync(2, remove=True).to_decide) >= 2
    in_step(group.daemons)
    assert list((group.daemons[1].folder / ".stversions").iterdir())
    group.everyone_syncs()
    group.assert_converged()
    assert "Mariam's line" in vault_content(zahra.vault) and "Farid's line" in vault_content(zahra.vault)


def _new_files(group: Group, index: int) -> list[Path]:
    """The files in a member's exchange folder that no other device has yet."""
    folder = group.daemons[index].folder
    elsewhere = set().union(*(visible_files(d.folder) for d in group.daemons if d is not group.daemons[index]))
    return [folder / name for name in visible_files(folder) if name not in elsewhere]


def test_a_bundle_still_arriving_is_not_read_and_is_applied_once_it_is_whole(group: Group) -> None:
    mariam, farid, zahra = (group.member(i) for i in range(3))
    group_id = group.workshop.group_id
    share_note(mariam, group_id, "Plan", "one")
    group.everyone_syncs()
    # Zahra's computer receives slowly. Syncthing lets a burst of 512 KiB through at full speed, so a bundle of
    # about 1 MB takes some 15 s: time enough for her to sync while it is still arriving.
    group.daemons[2].limit_receiving(32)
    large = "\n".join(f"سطر {n} — line {n} — کرښه {n}" for n in range(16_000))
    share_note(mariam, group_id, "Evidence list", large)
    share_note(farid, group_id, "Small note", "from Farid")
    group.sync(0)
    group.sync(1)
    group.daemons[1].scan()
    group.daemons[0].scan()
    zahra_folder = group.daemons[2].folder
    wait_until(lambda: any(p.name.startswith(".syncthing.") for p in zahra_folder.iterdir()),
               "Syncthing to start writing the large bundle on Zahra's computer")
    # While it arrives (under Syncthing's temporary name), Zahra syncs: nothing half-written is read or refused
    # (Group.sync checks that nothing is refused or skipped); what is whole is applied.
    group.sync(2)
    assert "Evidence list" not in vault_content(zahra.vault)
    group.daemons[2].limit_receiving(0)
    in_step(group.daemons)
    group.everyone_syncs()
    group.assert_converged()
    assert "Evidence list" in vault_content(zahra.vault) and "from Farid" in vault_content(zahra.vault)

