"""An exchange folder inside a folder kept in step by Syncthing, Nextcloud or a cloud drive, without the engine:
files shaped like the ones those engines leave (tests/sharing/test_syncthing_exchange.py runs the real Syncthing)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from amanat.sync.bundle import bundle_file_name
from amanat.sync.transports import FolderExchange
from amanat.sync.transports.sync_engines import is_engine_copy, is_ignored, is_not_downloaded
from tests.sync.transports.conftest import age_bundle

# What the engines write while a file is still arriving, each renamed to NAME once whole.
IN_FLIGHT = (
    ".syncthing.{name}.tmp",  # Syncthing (Linux, macOS)
    "~syncthing~{name}.tmp",  # Syncthing on Windows
    ".{name}.~1a2b",  # Nextcloud's desktop client
    "{name}.part",  # ownCloud, browsers
    "{name}.partial",
    "{name}.crdownload",
    "{name}.!sync",  # Resilio
    "~${name}",
)
ENGINE_RECORDS = (".stignore", ".sync_a1b2c3d4e5f6.db", ".owncloudsync.log", ".DS_Store", "desktop.ini", "Thumbs.db")
CONFLICT_COPIES = (
    "{stem}.sync-conflict-20261204-134502-ABCDEF7.age",  # Syncthing
    "{stem} (conflicted copy 2026-12-04 134502).age",  # Nextcloud
    "{stem} (Farid's conflicted copy 2026-12-04).age",  # Dropbox
    "{stem}~20261204-134502.age",  # Syncthing's kept version
)


@pytest.fixture
def exchange(tmp_path: Path) -> FolderExchange:
    return FolderExchange(tmp_path)


def test_files_still_arriving_and_the_engines_records_are_neither_read_nor_reported(exchange: FolderExchange) -> None:
    whole = age_bundle(70_000)
    [done] = exchange.send([whole])
    arriving = bundle_file_name()
    for shape in IN_FLIGHT:
        # The first block of a bundle: it starts like an age file, so only its name keeps it out.
        (exchange.folder / shape.format(name=arriving)).write_bytes(age_bundle(70_000)[:65_536])
    for record in ENGINE_RECORDS:
        (exchange.folder / record).write_bytes(b"engine state")
    (exchange.folder / ".stfolder").mkdir()
    (exchange.folder / ".stversions").mkdir()
    shutil.copy(done, exchange.folder / ".stversions" / f"{Path(done).stem}~20261204-134502.age")
    received = exchange.receive()
    assert [bundle.data for bundle in received.bundles] == [whole]
    assert received.skipped == () and received.waiting == ()


def test_a_placeholder_not_downloaded_yet_is_reported_as_waiting(exchange: FolderExchange) -> None:
    exchange.folder.mkdir()
    name = bundle_file_name()
    (exchange.folder / f"{name}.nextcloud").write_bytes(b"")
    received = exchange.receive()
    assert received.bundles == () and received.skipped == ()
    [note] = received.waiting
    assert name in note and "not downloaded" in note


@pytest.mark.parametrize("shape", CONFLICT_COPIES)
def test_a_conflict_copy_with_the_same_bytes_is_listed_once_under_the_original_name(exchange: FolderExchange,
                                                                                    shape: str) -> None:
    [done] = exchange.send([age_bundle(3000)])
    original = Path(done)
    # Written first, so the folder lists the copy before the original where the file system keeps order.
    copy = original.with_name(shape.format(stem=original.stem))
    os.rename(original, copy)
    shutil.copy(copy, original)
    received = exchange.receive()
    assert [bundle.name for bundle in received.bundles] == [original.name]
    assert received.skipped == ()


@pytest.mark.parametrize("shape", CONFLICT_COPIES)
def test_a_conflict_copy_with_other_bytes_is_another_bundle_and_both_are_read(exchange: FolderExchange,
                                                                             shape: str) -> None:
    mine, theirs = age_bundle(3000), age_bundle(5000)
    [done] = exchange.send([mine])
    original = Path(done)
    original.with_name(shape.format(stem=original.stem)).write_bytes(theirs)
    received = exchange.receive()
    assert sorted(bundle.data for bundle in received.bundles) == sorted([mine, theirs])
    assert received.skipped == ()


def test_the_rules_never_touch_the_names_amanat_gives_its_bundles() -> None:
    for _ in range(200):
        name = bundle_file_name()
        assert not is_ignored(name) and not is_not_downloaded(name) and not is_engine_copy(name)
    for shape in IN_FLIGHT:
        assert is_ignored(shape.format(name=bundle_file_name()))
    for shape in CONFLICT_COPIES:
        name = shape.format(stem="0123456789abcdef")
        assert is_engine_copy(name) and not is_ignored(name)
    # A user's own files with such words in them are still read (and skipped as not bundles, with a reason).
    for name in ("partner notes.age", "sync-conflict.txt", "report~draft.age", "temporary.txt"):
        assert not is_ignored(name) and not is_engine_copy(name)
