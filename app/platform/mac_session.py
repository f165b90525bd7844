"""macOS: lock before sleep, on the screen lock and on fast user switching, without PyObjC.

NSWorkspace's notifications are Objective-C; their C counterparts are reached through ctypes, in the
frameworks every macOS has had for fifteen years:
- **Sleep:** IOKit's `IORegisterForSystemPower` (the documented C API for "the system will sleep"). Its
  run-loop source is added to the main run loop, which Qt's event loop runs on macOS; on
  `kIOMessageSystemWillSleep` Amanat locks *before* it answers `IOAllowPowerChange`, so the vault key is
  gone from memory before the machine sleeps (as logind's PrepareForSleep on Linux). Idle-sleep
  questions (`kIOMessageCanSystemSleep`) are answered at once, never vetoed.
- **Screen lock, user switch:** CoreGraphics' `CGSessionCopyCurrentDictionary`, read every
  `POLL_SECONDS`: `CGSSessionScreenIsLocked` true, or `kCGSSessionOnConsoleKey` false (another user's
  session is on the screen), locks once per change.
- **A sleep the notification missed** (registration failed, a very fast lid close): the wall clock
  jumping ahead of the monotonic one (which stops during sleep on macOS) between two polls locks at the
  first moment after waking, before anyone can use the window.

What it cannot: an application that is not running cannot lock, and a sleep forced by a low battery
may not wait for the answer. Every call fails soft (None, no registration): the idle auto-lock and
"lock when minimised" remain. The decisions are pure functions, tested on every system; the calls are
exercised in the macOS workflow (tests/platform/test_on_each_system.py).
"""

from __future__ import annotations

import ctypes
import functools
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

POLL_SECONDS = 2.0
SLEEP_SLACK_SECONDS = 10.0  # wall clock ahead of the monotonic one by more than this between polls: it slept

# IOKit messages (IOKit/IOMessage.h: iokit_common_msg(n) = 0xE0000000 | n)
IO_MESSAGE_CAN_SYSTEM_SLEEP = 0xE0000270
IO_MESSAGE_SYSTEM_WILL_SLEEP = 0xE0000280
SCREEN_LOCKED_KEY = "CGSSessionScreenIsLocked"
ON_CONSOLE_KEY = "kCGSSessionOnConsoleKey"  # the value of CoreGraphics' kCGSessionOnConsoleKey
_FRAMEWORKS = "/System/Library/Frameworks/{0}.framework/{0}"
_UTF8 = 0x08000100  # kCFStringEncodingUTF8


def power_message_means_lock(message: int) -> bool:
    """True for IOKit's "the system will sleep now" (lock, then allow it)."""
    return message == IO_MESSAGE_SYSTEM_WILL_SLEEP


def power_message_needs_answer(message: int) -> bool:
    """True for the two messages IOKit waits for `IOAllowPowerChange` on (up to 30 s otherwise)."""
    return message in (IO_MESSAGE_CAN_SYSTEM_SLEEP, IO_MESSAGE_SYSTEM_WILL_SLEEP)


def session_means_lock(session: Mapping[str, bool | None]) -> str | None:
    """Why this CGSession dictionary should lock ("screen locked", "session switched"), or None."""
    if session.get(SCREEN_LOCKED_KEY) is True:
        return "screen locked"
    if session.get(ON_CONSOLE_KEY) is False:
        return "session switched"
    return None


def slept_between(wall: tuple[float, float], monotonic: tuple[float, float],
                  slack: float = SLEEP_SLACK_SECONDS) -> bool:
    """True when the wall clock ran ahead of the monotonic clock by more than `slack`: the machine slept."""
    return (wall[1] - wall[0]) - (monotonic[1] - monotonic[0]) > slack


SessionReader = Callable[[], Mapping[str, bool | None] | None]


@dataclass
class SessionPoller:
    """Called every POLL_SECONDS by the window's session watch; `poll` says why to lock, once per change."""

    read_session: SessionReader
    wall_clock: Callable[[], float] = time.time
    monotonic_clock: Callable[[], float] = time.monotonic
    _was: str | None = None
    _last: tuple[float, float] = field(default=(0.0, 0.0))

    def __post_init__(self) -> None:
        self._last = (self.wall_clock(), self.monotonic_clock())

    def poll(self) -> str | None:
        """The reason to lock now, or None."""
        now = (self.wall_clock(), self.monotonic_clock())
        slept = slept_between((self._last[0], now[0]), (self._last[1], now[1]))
        self._last = now
        session = self.read_session()
        reason = session_means_lock(session) if session is not None else None
        changed, self._was = reason != self._was, reason
        if reason is not None and changed:
            return reason
        return "woke from sleep" if slept else None


# -- the calls (macOS only) ------------------------------------------------------------------------


@functools.cache
def _framework(name: str) -> Any:
    """A system framework, loaded once (the session is read every 2 seconds)."""
    return ctypes.cdll.LoadLibrary(_FRAMEWORKS.format(name))


def read_session_dictionary() -> dict[str, bool | None] | None:
    """The two CGSession keys that matter (None where absent), or None without a window-server session."""
    try:
        cf, cg = _framework("CoreFoundation"), _framework("CoreGraphics")
        cg.CGSessionCopyCurrentDictionary.restype = ctypes.c_void_p
        cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
        cf.CFDictionaryGetValue.restype = ctypes.c_void_p
        cf.CFDictionaryGetValue.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        cf.CFGetTypeID.restype = ctypes.c_ulong
        cf.CFGetTypeID.argtypes = [ctypes.c_void_p]
        cf.CFBooleanGetTypeID.restype = ctypes.c_ulong
        cf.CFBooleanGetValue.restype = ctypes.c_bool
        cf.CFBooleanGetValue.argtypes = [ctypes.c_void_p]
        cf.CFRelease.argtypes = [ctypes.c_void_p]
    except (OSError, AttributeError):
        return None
    session = cg.CGSessionCopyCurrentDictionary()
    if not session:
        return None
    found: dict[str, bool | None] = {}
    try:
        for key in (SCREEN_LOCKED_KEY, ON_CONSOLE_KEY):
            name = cf.CFStringCreateWithCString(None, key.encode(), _UTF8)
            try:
                value = cf.CFDictionaryGetValue(session, name)
                boolean = bool(value) and cf.CFGetTypeID(value) == cf.CFBooleanGetTypeID()
                found[key] = bool(cf.CFBooleanGetValue(value)) if boolean else None
            finally:
                cf.CFRelease(name)
    finally:
        cf.CFRelease(session)
    return found


def answer_power_message(message: int, notification: int, on_sleep: Callable[[], None],
                         allow: Callable[[int], object]) -> None:
    """Lock on "will sleep", then (whatever happened) let the system go on: a lock that fails never vetoes sleep."""
    try:
        if power_message_means_lock(message):
            on_sleep()  # the vault is locked before the system may go on
    finally:
        if power_message_needs_answer(message):
            allow(notification)


_PowerCallback = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint32, ctypes.c_void_p)


@dataclass
class SleepRegistration:
    """Keeps IOKit's callback alive (a collected ctypes callback would crash the process when called)."""

    callback: Any
    root_port: int


def register_for_sleep(on_sleep: Callable[[], None]) -> SleepRegistration | None:
    """Call `on_sleep()` on the main thread before the system sleeps; None if IOKit cannot be reached."""
    try:
        cf, iokit = _framework("CoreFoundation"), _framework("IOKit")
        iokit.IORegisterForSystemPower.restype = ctypes.c_uint32
        iokit.IORegisterForSystemPower.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p), _PowerCallback,
                                                   ctypes.POINTER(ctypes.c_uint32)]
        iokit.IONotificationPortGetRunLoopSource.restype = ctypes.c_void_p
        iokit.IONotificationPortGetRunLoopSource.argtypes = [ctypes.c_void_p]
        iokit.IOAllowPowerChange.argtypes = [ctypes.c_uint32, ctypes.c_long]
        cf.CFRunLoopGetMain.restype = ctypes.c_void_p
        cf.CFRunLoopAddSource.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
        common_modes = ctypes.c_void_p.in_dll(cf, "kCFRunLoopCommonModes")
    except (OSError, AttributeError, ValueError):
        return None
    registration = SleepRegistration(None, 0)

    def answer(_refcon: Any, _service: int, message: int, argument: Any) -> None:
        answer_power_message(message, argument or 0, on_sleep,
                             lambda notification: iokit.IOAllowPowerChange(registration.root_port, notification))

    registration.callback = _PowerCallback(answer)
    port, notifier = ctypes.c_void_p(), ctypes.c_uint32()
    root = iokit.IORegisterForSystemPower(None, ctypes.byref(port), registration.callback, ctypes.byref(notifier))
    if not root or not port.value:
        return None
    registration.root_port = root
    cf.CFRunLoopAddSource(cf.CFRunLoopGetMain(), iokit.IONotificationPortGetRunLoopSource(port), common_modes)
    return registration
