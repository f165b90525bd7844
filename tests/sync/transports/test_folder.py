"""The USB exchange folder: hidden temp files, removal, bounds, and full or read-only drives."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from amanat.sync.transports import DriveFull, DriveMissing, DriveReadOnly, FolderExchange, TransportError
from amanat.sync.transports.base import MAX_ENTRIES
from amanat.sync.transports.errors import write_error
from tests.sync.transports.conftest import age_bundle, age_bundle_of_exactly, remount


def test_a_half_written_bundle_is_not_listed(tmp_path: Path) -> None:
    exchange = FolderExchange(tmp_path)
    [done] = exchange.send([age_bundle(300)])
    # What amanat.crypto.atomic_write leaves while writing: a hidden temp name, renamed only when complete.
    (exchange.folder / ".0123456789abcdef.age.a1b2c3d4e5f6.tmp").write_bytes(age_bundle(300)[:100])
    received = exchange.receive()
    assert [bundle.name for bundle in received.bundles] == [Path(done).name]
    assert received.skipped == ()


def test_remove_deletes_consumed_bundles_only(tmp_path: Path) -> None:
    exchange = FolderExchange(tmp_path)
    sent = exchange.send([age_bundle(300), age_bundle(400), age_bundle(500)])
    (exchange.folder / "notes.txt").write_text("not a bundle")
    first = exchange.receive()
    exchange.remove([bundle.name for bundle in first.bundles[:2]])
    left = exchange.receive()
    assert len(left.bundles) == 1 and left.bundles[0].name in {Path(path).name for path in sent}
    assert (exchange.folder / "notes.txt").exists()
    exchange.remove(["already-gone.age"])  # nothing to do, no error
    for bad in ("../escape.age", "sub/dir.age", ".hidden", ".."):
        with pytest.raises(TransportError):
            exchange.remove([bad])


def test_the_folder_name_is_neutral_and_missing_folder_means_nothing_arrived(tmp_path: Path) -> None:
    exchange = FolderExchange(tmp_path)
    assert exchange.folder.name == "exchange"
    assert exchange.receive().bundles == ()
    assert exchange.is_usable() and exchange.free_bytes() > 0


def test_a_missing_drive_is_a_clear_error(tmp_path: Path) -> None:
    gone = FolderExchange(tmp_path / "unplugged")
    assert not gone.is_usable()
    with pytest.raises(DriveMissing):
        gone.receive()
    with pytest.raises(DriveMissing):
        gone.send([age_bundle(100)])


def test_a_link_or_file_in_place_of_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "exchange").symlink_to(tmp_path / "elsewhere")
    exchange = FolderExchange(tmp_path)
    assert exchange.receive().skipped
    with pytest.raises(TransportError):
        exchange.send([age_bundle(100)])
    assert not list((tmp_path / "elsewhere").iterdir())


def test_hidden_characters_in_a_name_are_not_passed_on(tmp_path: Path) -> None:
    exchange = FolderExchange(tmp_path)
    exchange.folder.mkdir()
    (exchange.folder / "invoice\u202egpj.age").write_bytes(age_bundle(100))  # right-to-left override
    received = exchange.receive()
    assert received.bundles == ()
    assert "\u202e" not in received.skipped[0].name and "hidden" in received.skipped[0].reason


def test_listing_is_bounded(tmp_path: Path) -> None:
    exchange = FolderExchange(tmp_path)
    exchange.folder.mkdir()
    for number in range(MAX_ENTRIES + 5):
        (exchange.folder / f"{number:05d}").touch()
    received = exchange.receive()
    assert len(received.skipped) == MAX_ENTRIES + 1
    assert "more than" in received.skipped[-1].reason


def test_the_real_enospc_of_dev_full_maps_to_drive_full() -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    with pytest.raises(OSError) as caught, open("/dev/full", "wb", buffering=0) as full:
        full.write(b"x")
    assert caught.value.errno == errno.ENOSPC
    assert isinstance(write_error(caught.value), DriveFull)


@pytest.mark.parametrize(("code", "expected"), [(errno.ENOSPC, DriveFull), (errno.EROFS, DriveReadOnly),
                                                (errno.EACCES, DriveReadOnly), (errno.EPERM, DriveReadOnly),
                                                (errno.ENOENT, DriveMissing), (errno.EIO, TransportError)])
def test_a_failure_at_the_write_boundary_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        code: int, expected: type[TransportError]) -> None:
    exchange = FolderExchange(tmp_path)
    real_fsync = os.fsync
    calls = {"count": 0}

    def failing_fsync(fd: int) -> None:
        calls["count"] += 1
        if calls["count"] == 3:  # the third bundle: two are complete, one half written
            raise OSError(code, os.strerror(code))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(expected) as caught:
        exchange.send([age_bundle(300), age_bundle(300), age_bundle(300)])
    assert "Nothing was written" in str(caught.value)
    assert list(exchange.folder.iterdir()) == []


def test_a_full_drive(tmpfs: Callable[[str], Path]) -> None:
    drive = tmpfs("size=256k")
    exchange = FolderExchange(drive)
    with pytest.raises(DriveFull):  # seen before writing: free space is checked first
        exchange.send([age_bundle(200_000), age_bundle(200_000)])
    assert list(exchange.folder.iterdir()) == []
    # Bundles of one page and one byte pass the free-space check (bytes) but take two pages each:
    # the drive fills up in the middle of the send, and the files already written are removed.
    page = os.statvfs(drive).f_frsize
    count = exchange.free_bytes() // (2 * page) + 2
    bundles = [age_bundle_of_exactly(page + 1) for _ in range(count)]
    assert sum(map(len, bundles)) + 64 * 1024 <= exchange.free_bytes()
    with pytest.raises(DriveFull):
        exchange.send(bundles)
    assert list(exchange.folder.iterdir()) == []
    exchange.send([age_bundle(10_000)])  # the failed sends left the drive usable


def test_a_read_only_drive(tmpfs: Callable[[str], Path]) -> None:
    drive = tmpfs("size=1m")
    exchange = FolderExchange(drive)
    exchange.send([age_bundle(300)])
    remount(drive, "ro")
    received = exchange.receive()
    assert len(received.bundles) == 1
    with pytest.raises(DriveReadOnly):
        exchange.send([age_bundle(300)])
    with pytest.raises(DriveReadOnly):
        exchange.remove([received.bundles[0].name])
    assert len(list(exchange.folder.iterdir())) == 1
    blank = FolderExchange(tmpfs("ro,size=64k"))
    with pytest.raises(DriveReadOnly):
        blank.send([age_bundle(300)])
