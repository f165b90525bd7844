"""Bundles as single files: saved where the user chooses, opened from files the user picks or drops."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from amanat.sync.bundle import MAX_BUNDLE_BYTES, bundle_file_name
from amanat.sync.transports.base import (
    MAX_ENTRIES,
    IncomingBundle,
    Received,
    Skipped,
    check_bundle,
    check_outgoing,
    display_name,
    read_regular_file,
    write_new_files,
)
from amanat.sync.transports.errors import DestinationUnusable, DriveMissing


class FileTransport:
    """Save bundles to a chosen file or folder; read bundles from chosen files.

    `destination` is a folder (each bundle gets a random neutral name in it) or,
    for a single bundle, a file path. `sources` are the files to read, for
    example the ones dropped on the window; symlinks and folders among them are
    skipped, not followed.
    """

    def __init__(self, *, destination: Path | None = None, sources: Sequence[Path] = ()) -> None:
        self.destination = destination
        self.sources = tuple(sources)

    def send(self, bundles: Sequence[bytes]) -> list[str]:
        """Write each bundle atomically; return the paths written, in order."""
        check_outgoing(bundles)
        if self.destination is None:
            raise DestinationUnusable("Choose where to save the bundles.")
        destination = Path(self.destination)
        if destination.is_dir():
            targets = [destination / bundle_file_name() for _ in bundles]
        elif len(bundles) > 1:
            raise DestinationUnusable("Several bundles need a folder to go into, not a single file name.")
        elif not destination.parent.is_dir():
            raise DriveMissing("The folder to save the bundle in is not there (any more).")
        else:
            targets = [destination]
        return write_new_files(list(zip(targets, bundles, strict=True)))

    def receive(self) -> Received:
        """Read every source file; files that are not bundles are skipped with a reason."""
        bundles: list[IncomingBundle] = []
        skipped: list[Skipped] = []
        for path in self.sources[:MAX_ENTRIES]:
            name = display_name(os.fsdecode(path))
            data = read_regular_file(Path(path), name, max_bytes=MAX_BUNDLE_BYTES)
            result = data if isinstance(data, Skipped) else check_bundle(name, data)
            if isinstance(result, IncomingBundle):
                bundles.append(result)
            else:
                skipped.append(result)
        if len(self.sources) > MAX_ENTRIES:
            skipped.append(Skipped(f"{len(self.sources) - MAX_ENTRIES} more files",
                                   f"Only {MAX_ENTRIES} files are read at once; open the others separately."))
        return Received(tuple(bundles), tuple(skipped))
