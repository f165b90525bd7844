"""The files a sync engine (Syncthing, Nextcloud, a cloud drive) leaves beside ours, told apart by their names.

An exchange folder may live inside a folder that such an engine keeps in step between
computers. Amanat never talks to the engine; it only has to read the folder right:

- A file still arriving sits under a temporary name that the engine renames once it is
  whole: Syncthing's `.syncthing.NAME.tmp` (`~syncthing~NAME.tmp` on Windows),
  Nextcloud's `.NAME.~1a2b`, Resilio's `NAME.!sync`, a browser's or ownCloud's
  `NAME.part`, `.partial`, `.crdownload`. It is never read and not reported: it becomes a
  bundle when renamed, or vanishes.
- A placeholder for a file not downloaded yet (Nextcloud's and ownCloud's virtual files,
  `NAME.age.nextcloud`) is reported as waiting, so the user knows something is on its way.
- A conflict copy, made when two computers wrote one name (Syncthing's
  `NAME.sync-conflict-20261204-134502-ABCDEFG.age`, Nextcloud's `NAME (conflicted copy
  2026-12-04 134502).age`), and an old version kept by the engine (Syncthing's
  `NAME~20261204-134502.age`) are whole files: they are read like any bundle. The same
  bytes as another file are the same bundle (one digest, imported once, and an imported
  bundle's id is refused a second time); other bytes are another bundle, imported too, and
  the merge of items keeps both sides' edits, so nobody is asked to choose.
- The engine's own records are hidden (`.stfolder`, `.stversions`, `.stignore`,
  `.sync_*.db`, `.dropbox`) or the system's (`desktop.ini`, `Thumbs.db`): not read, not reported.
"""

from __future__ import annotations

import re

# Names a sync engine is still writing; each is renamed to its final name when complete.
_IN_FLIGHT = re.compile(
    r"""^(?:
        ~syncthing~.*\.tmp            # Syncthing on Windows (elsewhere it writes .syncthing.NAME.tmp)
      | ~\$.*                         # Office and some cloud clients: a lock or partial file
      | .*\.(?:part|partial|crdownload|download|!sync|tmp)
    )$""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
_NOT_DOWNLOADED = re.compile(r"^.*\.(?:nextcloud|owncloud)$", re.IGNORECASE | re.DOTALL)
_SYSTEM_FILES = frozenset({"desktop.ini", "thumbs.db", "icon\r"})
_CONFLICT_COPY = re.compile(
    r"""\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}     # Syncthing
      | \ \([^()]*conflicted\ copy[^()]*\)          # Nextcloud, ownCloud, Dropbox
      | ~\d{8}-\d{6}(?=\.|$)                        # Syncthing's kept versions""",
    re.IGNORECASE | re.VERBOSE,
)


def is_ignored(name: str) -> bool:
    """A name never read nor reported: hidden, a system file, or a file a sync engine is still writing."""
    return name.startswith(".") or name.lower() in _SYSTEM_FILES or bool(_IN_FLIGHT.match(name))


def is_not_downloaded(name: str) -> bool:
    """A cloud client's placeholder for a file it has not downloaded yet."""
    return bool(_NOT_DOWNLOADED.match(name))


def is_engine_copy(name: str) -> bool:
    """A conflict copy or an old version kept by a sync engine: a whole file, read like any other
    (of two files with the same bytes, the one that is not a copy is the one listed)."""
    return bool(_CONFLICT_COPY.search(name))


def not_downloaded_note(shown_name: str) -> str:
    """What the user is told about a placeholder (Received.waiting)."""
    return (f"{shown_name}: the sync program has not downloaded this file yet; "
            "it is read at a later sync once it is here.")
