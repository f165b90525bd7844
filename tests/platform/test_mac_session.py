"""macOS's lock on sleep, screen lock and user switch: the decisions and the poller, with fake clocks and sessions.

The IOKit and CoreGraphics calls themselves run in the macOS workflow (tests/platform/test_on_each_system.py).
"""

from __future__ import annotations

import sys

import pytest

from amanat.app.platform.mac_session import (
    IO_MESSAGE_CAN_SYSTEM_SLEEP,
    IO_MESSAGE_SYSTEM_WILL_SLEEP,
    ON_CONSOLE_KEY,
    SCREEN_LOCKED_KEY,
    SessionPoller,
    answer_power_message,
    read_session_dictionary,
    register_for_sleep,
    session_means_lock,
    slept_between,
)

IO_MESSAGE_SYSTEM_HAS_POWERED_ON = 0xE0000300


class Clock:
    def __init__(self) -> None:
        self.wall, self.monotonic = 1_800_000_000.0, 1000.0

    def tick(self, seconds: float, asleep: float = 0.0) -> None:
        self.wall += seconds + asleep
        self.monotonic += seconds  # macOS's monotonic clock stops while the machine sleeps


def poller(sessions: list[dict[str, bool | None] | None], clock: Clock) -> SessionPoller:
    return SessionPoller(lambda: sessions[0], lambda: clock.wall, lambda: clock.monotonic)


def test_the_session_dictionary_decides() -> None:
    assert session_means_lock({SCREEN_LOCKED_KEY: True, ON_CONSOLE_KEY: True}) == "screen locked"
    assert session_means_lock({SCREEN_LOCKED_KEY: None, ON_CONSOLE_KEY: False}) == "session switched"
    assert session_means_lock({SCREEN_LOCKED_KEY: None, ON_CONSOLE_KEY: True}) is None
    assert session_means_lock({}) is None  # keys missing: nothing known, nothing done


def test_a_locked_screen_locks_once_per_change() -> None:
    clock, sessions = Clock(), [{SCREEN_LOCKED_KEY: None, ON_CONSOLE_KEY: True}]
    watch = poller(sessions, clock)  # type: ignore[arg-type]
    clock.tick(2)
    assert watch.poll() is None
    sessions[0] = {SCREEN_LOCKED_KEY: True, ON_CONSOLE_KEY: True}
    clock.tick(2)
    assert watch.poll() == "screen locked"
    clock.tick(2)
    assert watch.poll() is None  # still locked: asked once
    sessions[0] = {SCREEN_LOCKED_KEY: None, ON_CONSOLE_KEY: False}
    clock.tick(2)
    assert watch.poll() == "session switched"
    sessions[0] = None  # the window server cannot be asked: nothing is invented
    clock.tick(2)
    assert watch.poll() is None


def test_a_sleep_nobody_announced_locks_on_waking() -> None:
    clock = Clock()
    watch = poller([{ON_CONSOLE_KEY: True}], clock)
    clock.tick(2, asleep=3600)
    assert watch.poll() == "woke from sleep"
    clock.tick(2)
    assert watch.poll() is None
    clock.tick(2, asleep=5)  # a busy machine's late timer is not a sleep
    assert watch.poll() is None
    assert slept_between((0, 100), (0, 80)) and not slept_between((0, 100), (0, 95))


@pytest.mark.parametrize("message,locks,answered", [
    (IO_MESSAGE_SYSTEM_WILL_SLEEP, True, True),
    (IO_MESSAGE_CAN_SYSTEM_SLEEP, False, True),  # idle sleep: allowed at once, never vetoed
    (IO_MESSAGE_SYSTEM_HAS_POWERED_ON, False, False),
])
def test_power_messages_lock_before_the_system_may_sleep(message: int, locks: bool, answered: bool) -> None:
    events: list[str] = []
    answer_power_message(message, 77, lambda: events.append("lock"), lambda n: events.append(f"allow {n}"))
    assert events == (["lock"] if locks else []) + (["allow 77"] if answered else [])


def test_a_failing_lock_still_lets_the_system_sleep() -> None:
    allowed: list[int] = []

    def broken_lock() -> None:
        raise RuntimeError("the lock failed")

    with pytest.raises(RuntimeError):
        answer_power_message(IO_MESSAGE_SYSTEM_WILL_SLEEP, 5, broken_lock, allowed.append)
    assert allowed == [5]


@pytest.mark.skipif(sys.platform == "darwin", reason="the real calls are checked on macOS itself")
def test_away_from_macos_the_calls_fail_soft() -> None:
    assert read_session_dictionary() is None
    assert register_for_sleep(lambda: None) is None
