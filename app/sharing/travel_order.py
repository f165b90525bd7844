"""The travel seal as one use case: record the intent, write the travel file atomically, then remove the items.

The command line and the window both call `seal_and_remove`, so they cannot
disagree about the order. Before anything is written, the intent (which items,
where the file goes, the file's SHA-256) is stored in the encrypted database.
A process stopped halfway (a crash, the battery, a kill) leaves the intent
behind; the next unlock sees it (`pending`) and the user chooses:

- `finish`: the travel file is at its place with the recorded hash, so the
  items still here are removed;
- `undo`: every item is still here, so the travel file is deleted and the
  items stay.

Nothing is lost either way: an item is removed only while a travel file that
holds it is known to be intact.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from amanat.app.errors import InvalidValue, NotFound
from amanat.app.items import ItemService
from amanat.app.sharing.travel import TravelMode
from amanat.app.store.repository import Repository
from amanat.crypto.atomic_write import fsync_directory, write_file_atomically
from amanat.crypto.errors import DamagedInput

META_TRAVEL_SEAL = "travel_seal_pending"
SEAL_STEPS = 3
MAX_INTENT_ITEMS = 1_000_000

Progress = Callable[[int, int], None]


def _no_progress(_done: int, _total: int) -> None:
    return None


@dataclass(frozen=True)
class TravelIntent:
    """A travel seal that was started: its items, its file and the file's SHA-256 (hex)."""

    item_ids: tuple[str, ...]
    trip_file: Path
    sha256: str
    started: int
    in_trash: tuple[str, ...] = ()  # the items that were in the trash already (an undo leaves the others live)

    def to_json(self) -> str:
        return json.dumps({"v": 1, "items": list(self.item_ids), "file": str(self.trip_file),
                           "sha256": self.sha256, "started": self.started, "in_trash": list(self.in_trash)})

    @classmethod
    def parse(cls, text: str) -> TravelIntent:
        try:
            raw = json.loads(text)
            items, in_trash = raw["items"], raw["in_trash"]
            for ids in (items, in_trash):
                if not isinstance(ids, list) or len(ids) > MAX_INTENT_ITEMS or not all(isinstance(i, str) for i in ids):
                    raise ValueError
            if raw["v"] != 1:
                raise ValueError
            return cls(tuple(items), Path(str(raw["file"])), str(raw["sha256"]), int(raw["started"]),
                       tuple(in_trash))
        except (ValueError, KeyError, TypeError):
            raise DamagedInput("the record of an unfinished travel seal is damaged") from None


@dataclass(frozen=True)
class SealReport:
    """What `seal_and_remove` did."""

    trip_file: Path
    items: int
    attachments: int
    removed: int


def _file_sha256(path: Path) -> str | None:
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except (FileNotFoundError, IsADirectoryError):
        return None


class TravelOrder:
    """Seal items away for a trip in an order that survives being stopped at any moment."""

    def __init__(self, travel: TravelMode, items: ItemService, repository: Repository) -> None:
        self._travel = travel
        self._items = items
        self._repository = repository

    def seal_and_remove(
        self, item_ids: Sequence[str], trip_file: Path, *, peer_fingerprint: str | None = None,
        recovery_key: str | None = None, progress: Progress = _no_progress,
    ) -> SealReport:
        """Seal `item_ids` into `trip_file` (written atomically), then delete them for good here."""
        if self.pending() is not None:
            raise InvalidValue("an earlier travel seal did not finish: finish or undo it first")
        trip_file = Path(os.path.abspath(trip_file))
        trip = self._travel.seal(item_ids, peer_fingerprint=peer_fingerprint, recovery_key=recovery_key)
        progress(1, SEAL_STEPS)
        in_trash = tuple(i for i in item_ids if self._items.is_in_trash(i))
        intent = TravelIntent(tuple(item_ids), trip_file, hashlib.sha256(trip.data).hexdigest(), int(time.time()),
                              in_trash)
        self._repository.set_meta(META_TRAVEL_SEAL, intent.to_json())
        try:
            write_file_atomically(trip_file, trip.data)
        except BaseException:
            # Nothing was removed and the file was not written: as if the seal had not begun.
            self._repository.delete_meta(META_TRAVEL_SEAL)
            raise
        progress(2, SEAL_STEPS)
        removed = self._remove(intent)
        progress(3, SEAL_STEPS)
        return SealReport(trip_file, trip.items, trip.attachments, removed)

    def pending(self) -> TravelIntent | None:
        """The travel seal an earlier process started and did not finish, if any."""
        text = self._repository.meta(META_TRAVEL_SEAL)
        return None if text is None else TravelIntent.parse(text)

    def items_still_here(self, intent: TravelIntent) -> list[str]:
        """The intent's items that this vault still holds."""
        here = []
        for item_id in intent.item_ids:
            with contextlib.suppress(NotFound):
                self._items.get(item_id)
                here.append(item_id)
        return here

    def finish(self, trip_file: Path | None = None) -> int:
        """Complete an unfinished seal: remove the items still here; the number removed.

        Refused unless the travel file (at its recorded place, or `trip_file` if it was moved)
        is intact, since it is then the only copy of the items.
        """
        intent = self._require_pending()
        where = Path(trip_file) if trip_file is not None else intent.trip_file
        if _file_sha256(where) != intent.sha256:
            raise InvalidValue(f"the travel file is not at {where} or has changed, so the items stay here: "
                               "put it back (or name where it is now), or undo the travel seal")
        return self._remove(intent)

    def undo(self) -> bool:
        """Abandon an unfinished seal: the items stay, the travel file is deleted; True if it was there."""
        intent = self._require_pending()
        here = self.items_still_here(intent)
        missing = len(intent.item_ids) - len(here)
        if missing:
            raise InvalidValue(f"{missing} of the items were already removed and are only in the travel file: "
                               "finish the travel seal instead (you can bring them back later from the file)")
        for item_id in set(here) - set(intent.in_trash):
            self._items.restore(item_id)  # moved to the trash by the stopped removal: live again
        deleted = False
        if _file_sha256(intent.trip_file) == intent.sha256:
            intent.trip_file.unlink()
            fsync_directory(intent.trip_file.parent)
            deleted = True
        self._repository.delete_meta(META_TRAVEL_SEAL)
        return deleted

    def _require_pending(self) -> TravelIntent:
        intent = self.pending()
        if intent is None:
            raise InvalidValue("no travel seal is waiting to be finished or undone")
        return intent

    def _remove(self, intent: TravelIntent) -> int:
        removed = self._travel.remove(self.items_still_here(intent))
        self._repository.delete_meta(META_TRAVEL_SEAL)
        # The intent named the travel file: its old copies leave the file and the log as the items' did.
        self._repository.checkpoint()
        return removed
