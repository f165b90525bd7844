"""Hybrid logical clocks: timestamps that order last-writer-wins edits between members.

A timestamp is text of fixed width, ``"%015d.%06d.%s" % (milliseconds, counter, actor)``,
so comparing two timestamps as strings compares them as clock values; the actor (a random
id per member device) breaks every tie, so two different writers never produce equal
timestamps.

The clock never runs behind the wall clock and never repeats itself: when the wall clock
stalls or jumps backwards (a laptop whose battery died, a manual correction) the counter
grows instead. Observing a remote timestamp moves the clock past it, so an edit made after
reading someone's change is ordered after that change even if the reader's wall clock is
slow.

Far-future timestamps. A member whose laptop believes it is 2090 writes timestamps from
2090. Such a timestamp still orders the write it stamps (every replica must order writes
the same way, so nobody may drop or rewrite it), but `observe` does not let our clock jump
to it when it is more than `MAX_DRIFT_MS` (one day) ahead of our wall clock: otherwise one
wrong clock would drag every member's clock to 2090 with it. A local write that must beat
such a value (the user edits a field whose winning value carries it) asks `now_after`,
which returns a timestamp just past it for that one write without moving the clock.
`parse_timestamp` refuses milliseconds past the year 9999 so that there is always room
for such a write.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from amanat.crypto.errors import DamagedInput

MAX_DRIFT_MS = 24 * 60 * 60 * 1000
# 9999-12-31T23:59:59.999Z. Timestamps beyond it are refused so that a write can always be
# stamped past any accepted timestamp without leaving the fixed width of 15 digits.
MAX_TIMESTAMP_MS = 253_402_300_799_999
_MAX_MS_FIELD = 10**15 - 1
_MAX_COUNTER = 999_999
_ACTOR_PATTERN = re.compile(r"[0-9A-Za-z_-]{1,64}")
_TIMESTAMP_PATTERN = re.compile(r"([0-9]{15})\.([0-9]{6})\.([0-9A-Za-z_-]{1,64})")


class DamagedTimestamp(DamagedInput):
    """A clock timestamp received or stored is not well formed."""


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


def format_timestamp(ms: int, counter: int, actor: str) -> str:
    """Return the fixed-width text of a timestamp; string order equals clock order."""
    return "%015d.%06d.%s" % (ms, counter, actor)  # noqa: UP031 - the fixed-width format is the spec


def parse_timestamp(text: str) -> tuple[int, int, str]:
    """Split a timestamp into (milliseconds, counter, actor); raise `DamagedTimestamp` if it is malformed."""
    if not isinstance(text, str) or len(text) > 15 + 1 + 6 + 1 + 64:
        raise DamagedTimestamp("A clock timestamp in a shared item is damaged.")
    match = _TIMESTAMP_PATTERN.fullmatch(text)
    if match is None:
        raise DamagedTimestamp("A clock timestamp in a shared item is damaged.")
    ms, counter = int(match.group(1)), int(match.group(2))
    if ms > MAX_TIMESTAMP_MS:
        raise DamagedTimestamp("A clock timestamp in a shared item lies beyond the year 9999.")
    return ms, counter, match.group(3)


def _successor(ms: int, counter: int) -> tuple[int, int]:
    if counter < _MAX_COUNTER:
        return ms, counter + 1
    return ms + 1, 0


class HybridClock:
    """A hybrid logical clock for one actor (one member device).

    `last` is the greatest value the clock has issued or observed; persist it and pass it
    back when the clock is recreated so that timestamps keep increasing across restarts.
    """

    def __init__(self, actor: str, last: str | None = None, wall: Callable[[], int] = _wall_ms) -> None:
        if not isinstance(actor, str) or _ACTOR_PATTERN.fullmatch(actor) is None:
            raise ValueError("a clock actor is 1 to 64 letters, digits, '-' or '_'")
        self._actor = actor
        self._wall = wall
        self._ms = 0
        self._counter = 0
        if last is not None:
            self._ms, self._counter, _ = parse_timestamp(last)

    @property
    def actor(self) -> str:
        """The actor id written into every timestamp of this clock."""
        return self._actor

    @property
    def last(self) -> str:
        """The greatest timestamp issued or observed so far (with our actor), to persist."""
        return format_timestamp(self._ms, self._counter, self._actor)

    def _read_wall(self) -> int:
        # A broken local wall clock must not produce a timestamp we would refuse to parse.
        return min(max(int(self._wall()), 0), MAX_TIMESTAMP_MS)

    def now(self) -> str:
        """Return a new timestamp, greater than every one issued or observed before."""
        wall = self._read_wall()
        if wall > self._ms:
            self._ms, self._counter = wall, 0
        else:
            self._ms, self._counter = _successor(self._ms, self._counter)
        if self._ms > _MAX_MS_FIELD:  # pragma: no cover - needs ~750,000 years of counters
            raise OverflowError("the hybrid clock ran out of timestamps")
        return self.last

    def observe(self, remote: str) -> bool:
        """Move the clock past a remote timestamp; return False if it was ignored as too far in the future."""
        ms, counter, _ = parse_timestamp(remote)
        if ms > self._read_wall() + MAX_DRIFT_MS:
            return False
        if (ms, counter) > (self._ms, self._counter):
            self._ms, self._counter = ms, counter
        return True

    def now_after(self, floor: str | None) -> str:
        """Return a new timestamp greater than `floor` too, even if `floor` is too far ahead to observe.

        For a write that must beat a value the user saw. The clock itself only moves past
        `floor` if `observe` would accept it; otherwise the returned value is a one-off.
        """
        if floor is None:
            return self.now()
        self.observe(floor)
        stamp = self.now()
        if stamp > floor:
            return stamp
        ms, counter, _ = parse_timestamp(floor)
        ms, counter = _successor(ms, counter)
        return format_timestamp(ms, counter, self._actor)
