"""Sync with a drive as a use case of the core (app/sharing/drive_sync.py): three real vaults, one real folder.

The window and `amanat sync drive` both call it; its own tests run without either.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from amanat.app.errors import AmanatError, Cancelled
from amanat.app.sharing.bundle_reports import LEAVE_OUT
from amanat.app.sharing.drive_sync import DriveSync
from amanat.sync.transports.folder import EXCHANGE_FOLDER
from tests.conftest import snapshot_files
from tests.sharing.conftest import Member, Workshop, introduce, make_member, vault_content, vault_fingerprint


def sync_round(member: Member, usb: Path, **options: bool) -> tuple[int, int]:
    """One member plugs the stick in: writes, reviews and imports everything for them; (written, applied)."""
    drive = DriveSync(member.sync, usb)
    result = drive.send_and_review(**options)  # type: ignore[arg-type]
    imported = drive.import_reviewed(result.to_decide, remove_from_drive=False)
    return result.written, imported.applied


def test_three_members_converge_through_one_drive_folder(workshop: Workshop, tmp_path: Path) -> None:
    mariam, farid, zahra = workshop.members
    usb = tmp_path / "usb"
    usb.mkdir()
    note = mariam.vault.items.add_note("گزارش ژنو", "متن گزارش")
    mariam.sync.groups.share(workshop.group_id, note.id)

    assert sync_round(mariam, usb) == (1, 0)
    assert sync_round(farid, usb)[1] == 1
    assert sync_round(zahra, usb)[1] == 1
    farid.vault.items.save(replace(farid.vault.items.get(note.id), body="متن گزارش — Farid"))
    sync_round(farid, usb)
    for member in (mariam, zahra, farid, mariam, zahra):
        sync_round(member, usb)
    contents = [vault_content(m.vault) for m in workshop.members]
    assert contents[0] == contents[1] == contents[2]
    assert "Farid" in contents[0]
    # File names on the drive say nothing about the group or its members.
    assert not any("Mariam" in p.name or "Geneva" in p.name for p in usb.rglob("*"))


def test_review_first_then_only_the_accepted_bundles_are_applied_and_removed(workshop: Workshop,
                                                                            tmp_path: Path) -> None:
    mariam, farid, _zahra = workshop.members
    usb = tmp_path / "usb"
    usb.mkdir()
    mariam.sync.groups.share(workshop.group_id, mariam.vault.items.add_note("Plan", "").id)
    DriveSync(mariam.sync, usb).send_and_review()
    drive = DriveSync(farid.sync, usb)
    result = drive.send_and_review()
    [pending] = result.to_decide
    assert pending.report is not None and pending.report.status == "preview"
    assert "Plan" not in vault_content(farid.vault)  # reviewing applies nothing
    imported = drive.import_reviewed([pending], remove_from_drive=True)
    assert imported.applied == 1 and imported.removed == 1
    assert "Plan" in vault_content(farid.vault)
    assert not (usb / EXCHANGE_FOLDER / pending.name).exists()


def test_a_declined_bundle_is_not_offered_again(workshop: Workshop, tmp_path: Path) -> None:
    mariam, farid, _zahra = workshop.members
    usb = tmp_path / "usb"
    usb.mkdir()
    mariam.sync.groups.share(workshop.group_id, mariam.vault.items.add_note("Plan", "").id)
    DriveSync(mariam.sync, usb).send_and_review()
    drive = DriveSync(farid.sync, usb)
    drive.set_aside(drive.send_and_review().to_decide)
    again = drive.send_and_review()
    assert again.to_decide == () and again.review.already_seen >= 1


def _stop_after(reports: int) -> tuple[list[tuple[int, int]], object]:
    seen: list[tuple[int, int]] = []

    def cancelled() -> bool:
        return len(seen) >= reports

    return seen, cancelled


@pytest.mark.parametrize("stop_at", [0, 1, 2])
def test_stopping_the_sync_leaves_the_vault_and_the_drive_as_they_were(workshop: Workshop, tmp_path: Path,
                                                                        stop_at: int) -> None:
    mariam, farid, zahra = workshop.members
    usb = tmp_path / "usb"
    usb.mkdir()
    # Farid learns of the group and sends Mariam something: a bundle for her waits on the drive.
    mariam.sync.groups.share(workshop.group_id, mariam.vault.items.add_note("From Mariam", "").id)
    sync_round(mariam, usb)
    sync_round(farid, usb)
    farid.sync.groups.share(workshop.group_id, farid.vault.items.add_note("From Farid", "").id)
    sync_round(farid, usb)
    # Mariam has two groups with changes, so that sealing reports twice.
    second = mariam.sync.groups.create("Second")
    mariam.sync.groups.add_member(second.group_id, zahra.fingerprint)
    mariam.sync.groups.share(second.group_id, mariam.vault.items.add_note("Two", "").id)
    mariam.vault.items.add_note("Not shared", "")
    drive_before = snapshot_files(usb)
    vault_before = vault_fingerprint(mariam.vault)

    seen, cancelled = _stop_after(stop_at)
    drive = DriveSync(mariam.sync, usb, progress=lambda done, total: seen.append((done, total)),
                      cancelled=cancelled)  # type: ignore[arg-type]
    with pytest.raises(Cancelled):
        drive.send_and_review()
    assert vault_fingerprint(mariam.vault) == vault_before
    assert snapshot_files(usb) == drive_before  # no bundle written, not even under a hidden name
    # Nothing is stuck: the same sync runs to the end afterwards.
    result = DriveSync(mariam.sync, usb).send_and_review()
    assert result.written == 2 and len(result.to_decide) == 1


def test_stopping_the_import_applies_none_of_the_accepted_bundles(workshop: Workshop, tmp_path: Path) -> None:
    mariam, farid, zahra = workshop.members
    usb = tmp_path / "usb"
    usb.mkdir()
    mariam.sync.groups.share(workshop.group_id, mariam.vault.items.add_note("From Mariam", "").id)
    sync_round(mariam, usb)
    sync_round(zahra, usb)
    zahra.sync.groups.share(workshop.group_id, zahra.vault.items.add_note("From Zahra", "").id)
    sync_round(zahra, usb)
    result = DriveSync(farid.sync, usb).send_and_review()
    assert len(result.to_decide) == 2
    before, drive_before = vault_fingerprint(farid.vault), snapshot_files(usb)
    seen, cancelled = _stop_after(1)  # after the first bundle was applied
    drive = DriveSync(farid.sync, usb, progress=lambda done, total: seen.append((done, total)),
                      cancelled=cancelled)  # type: ignore[arg-type]
    with pytest.raises(Cancelled):
        drive.import_reviewed(result.to_decide, remove_from_drive=True)
    assert seen == [(0, 2)]  # stopped at the report after the first bundle was applied
    assert vault_fingerprint(farid.vault) == before
    assert snapshot_files(usb) == drive_before


def test_a_progress_callback_that_raises_stops_even_an_empty_sync(workshop: Workshop, tmp_path: Path) -> None:
    """The window's worker stops work by raising from the progress callback; every stage reports at least once."""
    mariam = workshop.members[0]
    usb = tmp_path / "usb"
    usb.mkdir()
    mariam.sync.groups.share(workshop.group_id, mariam.vault.items.add_note("Plan", "").id)
    before = vault_fingerprint(mariam.vault)

    class Stop(Exception):
        pass

    def stopping_after(allowed: int) -> Callable[[int, int], None]:
        calls: list[tuple[int, int]] = []

        def progress(done: int, total: int) -> None:
            calls.append((done, total))
            if len(calls) > allowed:
                raise Stop

        return progress

    for allowed in range(3):
        with pytest.raises(Stop):
            DriveSync(mariam.sync, usb, progress=stopping_after(allowed)).send_and_review()
        assert vault_fingerprint(mariam.vault) == before
        assert not (usb / EXCHANGE_FOLDER).exists() or not list((usb / EXCHANGE_FOLDER).iterdir())


def test_an_interrupt_between_two_bundle_files_leaves_neither(workshop: Workshop, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+C (or the battery) while the second group's bundle is written: the first one goes too."""
    import amanat.sync.transports.base

    mariam, _farid, zahra = workshop.members
    second = mariam.sync.groups.create("Second")
    mariam.sync.groups.add_member(second.group_id, zahra.fingerprint)
    for group_id in (workshop.group_id, second.group_id):
        mariam.sync.groups.share(group_id, mariam.vault.items.add_note("Plan", "").id)
    usb = tmp_path / "usb"
    usb.mkdir()
    before = vault_fingerprint(mariam.vault)
    real_write = amanat.sync.transports.base.write_file_atomically
    written: list[Path] = []

    def write_then_interrupt(path: Path, data: bytes) -> None:
        if written:
            raise KeyboardInterrupt
        real_write(path, data)
        written.append(path)

    monkeypatch.setattr(amanat.sync.transports.base, "write_file_atomically", write_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        DriveSync(mariam.sync, usb).send_and_review()
    assert written and not written[0].exists()
    assert list((usb / EXCHANGE_FOLDER).iterdir()) == []
    assert vault_fingerprint(mariam.vault) == before


def test_a_drive_that_refuses_the_bundles_records_nothing_as_sent(workshop: Workshop, tmp_path: Path) -> None:
    mariam = workshop.members[0]
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / EXCHANGE_FOLDER).write_bytes(b"a file where the exchange folder should be")
    mariam.sync.groups.share(workshop.group_id, mariam.vault.items.add_note("Plan", "").id)
    before, drive_before = vault_fingerprint(mariam.vault), snapshot_files(usb)
    with pytest.raises(AmanatError, match="nothing was written"):
        DriveSync(mariam.sync, usb).send_and_review()
    assert vault_fingerprint(mariam.vault) == before  # the bundle is not logged as sent
    assert snapshot_files(usb) == drive_before


def test_unverified_members_are_left_out_when_asked(tmp_path: Path) -> None:
    mariam, farid, stranger = (make_member(tmp_path, name) for name in ("Mariam", "Farid", "Newcomer"))
    try:
        introduce(mariam, farid)
        introduce(farid, mariam)
        introduce(mariam, stranger)
        group = mariam.sync.groups.create("Mixed")
        for member in (farid, stranger):
            mariam.sync.groups.add_member(group.group_id, member.fingerprint)
        mariam.sync.identities.unverify_peer(stranger.fingerprint)  # their laptop was seized, say
        mariam.sync.groups.share(group.group_id, mariam.vault.items.add_note("Plan", "").id)
        usb = tmp_path / "usb"
        usb.mkdir()
        drive = DriveSync(mariam.sync, usb)
        assert [g.name for g in drive.unverified_recipients()] == ["Mixed"]
        refused = drive.send_and_review()
        assert refused.written == 0 and "not verified" in refused.failed[0].reason
        sent = drive.send_and_review(untrusted=LEAVE_OUT)
        assert sent.written == 1 and [m.name for m in sent.sent[0].left_out] == ["Newcomer"]
    finally:
        for member in (mariam, farid, stranger):
            member.vault.close()
