"""Review findings 7 and 10 in the window: a group whose bundle cannot be made is reported while the others
still go out; the quarantine says what it dropped when full."""

from __future__ import annotations

from pathlib import Path

from amanat.app.store.sync_repository import SyncRepository
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.sync.sync_section import SyncSection
from tests.sharing.conftest import Member, introduce, make_member


def test_the_window_saves_the_other_groups_bundles_and_names_the_broken_one(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, tmp_path: Path, monkeypatch) -> None:
    workspace = unlocked.workspace
    assert workspace is not None
    mariam = Member("Mariam", workspace.context.vault)
    mariam.sync.identities.set_display_name("Mariam")
    farid = make_member(tmp_path / "others", "Farid")
    introduce(mariam, farid)
    introduce(farid, mariam)
    groups = []
    for name in ("Geneva advocacy", "Kabul lawyers"):
        group = mariam.sync.groups.create(name)
        mariam.sync.groups.add_member(group.group_id, farid.fingerprint)
        note = mariam.vault.items.add_note(f"For {name}", "متن")
        mariam.sync.groups.share(group.group_id, note.id)
        groups.append((group.group_id, note.id))
    _broken_group, broken_item = groups[0]
    SyncRepository(mariam.vault._conn).save_document(broken_item, b"\x00damaged", "2026-01-01T00:00:00Z")
    workspace.sidebar.setCurrentRow(4)
    section = workspace.sections["sync"]
    assert isinstance(section, SyncSection)
    out = tmp_path / "out"
    out.mkdir()

    errors: list[BaseException] = []
    monkeypatch.setattr(unlocked.context, "show_error", lambda _parent, error: errors.append(error))

    section.exchange.save_bundles_to(out)
    qtbot.waitUntil(lambda: section.exchange.task is None, timeout=30_000)

    assert errors == []
    saved = sorted(out.iterdir())
    assert len(saved) == 1
    status = section.exchange.status.text()
    assert "Saved one bundle" in status and "Geneva advocacy" in status and "could not be made" in status
    report = farid.receive(saved[0].read_bytes())
    assert report.group_id == groups[1][0] and report.outcomes == {groups[1][1]: "added"}
    farid.vault.close()


def test_the_exchange_view_says_when_the_full_quarantine_dropped_bundles(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, tmp_path: Path) -> None:
    """Review finding 10 in the window: the notice appears beside the quarantine list."""
    from amanat.app.sharing.quarantine import DEFAULT_LIMITS
    from amanat.app.sharing.transfer import PendingBundle
    from tests.sharing.test_quarantine_limits import Stranger

    workspace = unlocked.workspace
    assert workspace is not None
    mariam = Member("Mariam", workspace.context.vault)
    mariam.sync.identities.set_display_name("Mariam")
    stranger = Stranger(tmp_path / "others", "Stranger", mariam)
    pending = [PendingBundle(f"{n}.age", str(n), stranger.bundle(10_000), None)
               for n in range(DEFAULT_LIMITS.bundles_per_sender + 1)]
    workspace.sidebar.setCurrentRow(4)
    section = workspace.sections["sync"]
    assert isinstance(section, SyncSection)

    with qtbot.waitSignal(section.exchange.imported, timeout=30_000):
        section.exchange.apply(pending)

    assert "The quarantine was full: 1 older bundles were deleted from it." in section.exchange.status.text()
    assert section.exchange.quarantine.count() == DEFAULT_LIMITS.bundles_per_sender
    assert "at most 5 bundles" in section.exchange.quarantine_label.toolTip()
    stranger.close()
