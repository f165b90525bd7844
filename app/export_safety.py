"""Where a plaintext export would be copied or indexed without the user knowing, and its sealed alternative.

An export leaves the vault unencrypted. Written into a folder that a cloud client
(OneDrive, Dropbox, Google Drive, iCloud, Nextcloud, Syncthing…) uploads, it is on
someone else's server within seconds; written into Documents, Desktop or Downloads,
the desktop's search (Windows Search, Spotlight, GNOME Tracker, KDE Baloo) copies its
words into an index that outlives the file. This module tells, from the path and
the marker files sync clients leave, which of those a chosen folder is exposed to.
It cannot know every client or indexer setting: it errs towards saying so.

The sealed alternative is an age file for a passphrase (scrypt recipient), which a
partner opens with the standard `age -d` tool; the passphrase travels another way.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath

from amanat.app.errors import InvalidValue
from amanat.sync.bundle import MAX_PAYLOAD_BYTES, seal_for_passphrase

# The same minimum as the group export for partners (app/sharing/exchange.py).
MIN_SEALED_EXPORT_PASSPHRASE_CHARS = 12
SEALED_SUFFIX = ".age"
# A sealed export is made in memory, and holds at most what a bundle may.
MAX_SEALED_EXPORT_BYTES = MAX_PAYLOAD_BYTES

# Folder names that sync clients create (compared case-insensitively), and the service they belong to.
_CLOUD_FOLDER_NAMES = {
    "dropbox": "Dropbox", "onedrive": "OneDrive", "google drive": "Google Drive", "googledrive": "Google Drive",
    "my drive": "Google Drive", "icloud drive": "iCloud", "icloud drive (archive)": "iCloud",
    "mobile documents": "iCloud", "com~apple~clouddocs": "iCloud", "cloudstorage": "",
    "nextcloud": "Nextcloud", "owncloud": "ownCloud", "mega": "MEGA", "megasync": "MEGA", "box": "Box",
    "box sync": "Box", "pcloud drive": "pCloud", "yandex.disk": "Yandex Disk", "sync": "Sync.com",
    "proton drive": "Proton Drive", "tresorit": "Tresorit", "seafile": "Seafile",
}
# Prefixes of folder names that carry an account ("OneDrive - Example Org", "Nextcloud2").
_CLOUD_FOLDER_PREFIXES = {"onedrive - ": "OneDrive", "onedrive-": "OneDrive", "nextcloud": "Nextcloud",
                          "dropbox (": "Dropbox", "googledrive-": "Google Drive"}
# Files or folders a sync client keeps at the top of the folder it syncs.
_CLOUD_MARKERS = {".stfolder": "Syncthing", ".dropbox": "Dropbox", ".dropbox.cache": "Dropbox",
                  ".owncloudsync.log": "ownCloud", ".nextcloudsync.log": "Nextcloud", ".sync": "Resilio Sync",
                  ".tresorit": "Tresorit", ".megaignore": "MEGA"}
_CLOUD_MARKER_PREFIXES = {"._sync_": "Nextcloud", ".sync_": "Nextcloud"}  # the desktop client's journal (.db)
# The user folders that desktop search indexes by default on every system.
_INDEXED_FOLDERS = {"documents", "my documents", "desktop", "downloads", "pictures", "music", "videos", "movies"}


@dataclass(frozen=True)
class Exposure:
    """One way a file in a folder leaves the user's hands: kind 'cloud' or 'indexed', by what ('' when
    only the kind is known), and the folder that causes it."""

    kind: str
    service: str
    folder: PurePath


def _cloud_by_name(name: str) -> str | None:
    lowered = name.lower()
    if lowered in _CLOUD_FOLDER_NAMES:
        return _CLOUD_FOLDER_NAMES[lowered]
    return next((service for prefix, service in _CLOUD_FOLDER_PREFIXES.items() if lowered.startswith(prefix)), None)


def _cloud_by_marker(folder: Path) -> str | None:
    try:
        with os.scandir(folder) as entries:
            for count, entry in enumerate(entries):
                if count >= 10_000:  # a huge folder is not read whole to decide a dialog
                    break
                lowered = entry.name.lower()
                if lowered in _CLOUD_MARKERS:
                    return _CLOUD_MARKERS[lowered]
                if lowered.endswith(".db") and any(lowered.startswith(p) for p in _CLOUD_MARKER_PREFIXES):
                    return "Nextcloud"
    except OSError:
        return None
    return None


def _parts_below(folder: PurePath, home: PurePath, system: str) -> tuple[str, ...] | None:
    """`folder`'s parts below `home`, or None if it is not inside it (Windows ignores case)."""
    def fold(parts: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(p.lower() for p in parts) if system == "win32" else parts
    if fold(folder.parts[:len(home.parts)]) != fold(home.parts):
        return None
    return folder.parts[len(home.parts):]


def _indexed(folder: PurePath, home: PurePath, system: str) -> Exposure | None:
    below_home = _parts_below(folder, home, system)
    if below_home is None:
        return None
    if system == "darwin":  # Spotlight indexes the whole home folder unless told otherwise
        return Exposure("indexed", "Spotlight", home)
    if below_home and below_home[0].lower() in _INDEXED_FOLDERS:
        return Exposure("indexed", "Windows Search" if system == "win32" else "", home / below_home[0])
    return None


def folder_exposures(folder: PurePath, *, home: PurePath | None = None, system: str | None = None) -> list[Exposure]:
    """How a file written into `folder` could be copied or indexed (empty: nothing known).

    `system` is `sys.platform` ('linux', 'win32', 'darwin'); `home` the user's home folder. Marker files
    are looked for in `folder` and each folder above it when `folder` is a real path (not a pure one).
    A real path is judged as given and with its links resolved (~/notes may lead into ~/Documents).
    """
    system = system or sys.platform
    home = home if home is not None else Path.home()
    places: list[tuple[PurePath, PurePath]] = [(folder, home)]
    if isinstance(folder, Path):
        try:
            places.append((folder.resolve(), Path(home).resolve()))
        except (OSError, RuntimeError):
            pass
    exposures: list[Exposure] = []
    for place, place_home in places:
        for exposure in _exposures_of(place, place_home, system):
            if all((e.kind, e.service) != (exposure.kind, exposure.service) for e in exposures):
                exposures.append(exposure)
    return exposures


def _exposures_of(folder: PurePath, home: PurePath, system: str) -> list[Exposure]:
    exposures: list[Exposure] = []
    for candidate in (folder, *folder.parents):
        service = _cloud_by_name(candidate.name)
        if service is None and isinstance(candidate, Path):
            service = _cloud_by_marker(candidate)
        if service is not None:
            exposures.append(Exposure("cloud", service, candidate))
            break
    indexed = _indexed(folder, home, system)
    if indexed is not None:
        exposures.append(indexed)
    return exposures


def sealed_export(data: bytes, passphrase: str, confirmation: str) -> bytes:
    """`data` in an age file for `passphrase` (typed twice), which `age -d` opens; raises InvalidValue."""
    if passphrase != confirmation:
        raise InvalidValue("the two passphrases differ")
    if len(passphrase) < MIN_SEALED_EXPORT_PASSPHRASE_CHARS:
        raise InvalidValue(f"use a passphrase of at least {MIN_SEALED_EXPORT_PASSPHRASE_CHARS} characters")
    return seal_for_passphrase(data, passphrase)


def sealed_name(path: Path) -> Path:
    """Where the sealed file goes: the chosen name with `.age` added (report.pdf → report.pdf.age)."""
    return path if path.name.endswith(SEALED_SUFFIX) else path.with_name(path.name + SEALED_SUFFIX)
