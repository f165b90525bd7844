"""Hybrid logical clock: monotonic whatever the wall clock does, strict parsing, bounded drift."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amanat.crypto.errors import DamagedInput
from amanat.sync.hybrid_clock import (
    MAX_DRIFT_MS,
    DamagedTimestamp,
    HybridClock,
    format_timestamp,
    parse_timestamp,
)


class FakeWall:
    """A wall clock the test moves by hand (no mocks: just a callable)."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


@given(st.lists(st.integers(min_value=-(10**6), max_value=10**6), min_size=1, max_size=60))
def test_timestamps_strictly_increase_and_never_fall_behind_the_wall(steps: list[int]) -> None:
    wall = FakeWall(1_700_000_000_000)
    clock = HybridClock("me", wall=wall)
    previous = ""
    for step in steps:
        wall.ms = max(0, wall.ms + step)  # goes backwards as often as forwards
        stamp = clock.now()
        assert stamp > previous
        assert parse_timestamp(stamp)[0] >= wall.ms
        previous = stamp


def test_string_order_is_clock_order() -> None:
    assert format_timestamp(9, 0, "a") < format_timestamp(10, 0, "a")
    assert format_timestamp(10, 2, "a") < format_timestamp(10, 10, "a")
    assert format_timestamp(10, 2, "a") < format_timestamp(10, 2, "b")


def test_stalled_wall_clock_uses_the_counter() -> None:
    clock = HybridClock("me", wall=FakeWall(5000))
    assert [parse_timestamp(clock.now())[:2] for _ in range(3)] == [(5000, 0), (5000, 1), (5000, 2)]


def test_counter_overflow_moves_to_the_next_millisecond() -> None:
    clock = HybridClock("me", last=format_timestamp(5000, 999_999, "me"), wall=FakeWall(10))
    assert parse_timestamp(clock.now())[:2] == (5001, 0)


def test_observe_moves_past_a_remote_timestamp() -> None:
    wall = FakeWall(1_000_000)
    clock = HybridClock("slow", wall=wall)
    remote = format_timestamp(1_000_000 + 60_000, 7, "fast")
    assert clock.observe(remote)
    assert clock.now() > remote
    assert clock.last > remote


def test_last_survives_a_restart_even_if_the_wall_clock_went_back() -> None:
    first = HybridClock("me", wall=FakeWall(9_000_000))
    stamp = first.now()
    again = HybridClock("me", last=first.last, wall=FakeWall(1_000))
    assert again.now() > stamp


def test_far_future_timestamp_does_not_drag_the_clock_but_can_be_beaten() -> None:
    wall = FakeWall(1_700_000_000_000)
    clock = HybridClock("me", wall=wall)
    future = format_timestamp(wall.ms + MAX_DRIFT_MS + 1, 0, "broken")
    assert clock.observe(future) is False
    ordinary = clock.now()
    assert ordinary < future and parse_timestamp(ordinary)[0] == wall.ms  # our clock stayed sane
    beating = clock.now_after(future)
    assert beating > future
    assert clock.now() < future  # the one-off did not move the clock either
    near = format_timestamp(wall.ms + MAX_DRIFT_MS - 1, 0, "fine")
    assert clock.observe(near) is True and clock.now() > near


def test_now_after_a_tie_on_time_with_a_greater_actor() -> None:
    wall = FakeWall(1000)
    clock = HybridClock("aaa", wall=wall)
    floor = format_timestamp(1001, 0, "zzz")
    assert clock.now_after(floor) > floor


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1.2.x",
        "000000000001000.000000.",  # no actor
        "000000000001000.000000.bad actor",
        "00000000001000.000000.me",  # 14 digits
        "000000000001000.0000001.me",
        "999999999999999.000000.me",  # beyond year 9999
        "000000000001000.000000.me\n",
        "٠٠٠٠٠٠٠٠٠٠٠١٠٠٠.٠٠٠٠٠٠.me",  # Arabic-Indic digits are digits to \d, not to us
        "000000000001000.000000." + "a" * 65,
    ],
)
def test_parse_refuses_malformed_timestamps(text: str) -> None:
    with pytest.raises(DamagedTimestamp):
        parse_timestamp(text)
    assert issubclass(DamagedTimestamp, DamagedInput)


@given(st.text(max_size=100))
def test_parse_raises_only_damaged_timestamp(text: str) -> None:
    try:
        ms, counter, actor = parse_timestamp(text)
    except DamagedTimestamp:
        return
    assert format_timestamp(ms, counter, actor) == text


def test_bad_actor_is_refused() -> None:
    with pytest.raises(ValueError):
        HybridClock("with.dot")
