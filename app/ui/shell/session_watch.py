"""Lock when the computer sleeps, the screen locks, the session switches or ends, or Amanat is told to stop.

What is watched, by platform (KeePassXC watches the same events):
- Everywhere: SIGTERM, SIGHUP and SIGINT lock the vault (closing it cleanly) and quit. The signal is
  written to a socket (`signal.set_wakeup_fd`) that a QSocketNotifier reads, so the lock runs in the Qt
  event loop like any click, never inside a signal handler. Qt's session manager asking the app to save
  before logout (`commitDataRequest`) and the application being suspended also lock.
- Linux (D-Bus, through QtDBus): logind's `PrepareForSleep(true)` (suspend, hibernate) on the system bus;
  this session's `Lock` signal (`loginctl lock-session`, most desktops' screen lock) and its `Active`
  property turning false (another user's session switched to) or `LockedHint` turning true; the screen
  saver's `ActiveChanged(true)` (`org.freedesktop.ScreenSaver` for KDE and others, `org.gnome.ScreenSaver`)
  on the session bus. Without D-Bus (some minimal window managers) only the signals above apply.
- Windows: session notifications (`WTSRegisterSessionNotification`: lock, log off, console or remote
  disconnect, i.e. switching user), suspend (`WM_POWERBROADCAST` / `PBT_APMSUSPEND`) and logout or
  shutdown (`WM_QUERYENDSESSION`, `WM_ENDSESSION`), read by a native event filter.
- macOS (app/platform/mac_session.py, through ctypes, no PyObjC): IOKit's "system will sleep" (the vault
  locks before the sleep is allowed), and every 2 seconds the CGSession dictionary (screen locked,
  another user's session on the console) and the clocks (a sleep that was not announced). Where the
  frameworks cannot be reached, the idle auto-lock and "lock when minimised" remain.

The decisions are pure functions in app/platform/session_events.py (`windows_message_means_lock`,
`session_properties_mean_lock`, `login1_session_path`), so they are tested on every platform.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import sys
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QObject, QSocketNotifier, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from amanat.app.platform.mac_session import POLL_SECONDS, SessionPoller, read_session_dictionary, register_for_sleep
from amanat.app.platform.session_events import (
    LOGIN1,
    LOGIN1_SESSION,
    NOTIFY_FOR_THIS_SESSION,
    SCREEN_SAVERS,
    login1_session_path,
    session_properties_mean_lock,
    windows_message_means_lock,
)

STOP_SIGNAL_NAMES = ("SIGTERM", "SIGHUP", "SIGINT")


def _connect(bus: Any, service: str, path: str, interface: str, name: str, receiver: QObject, slot: str) -> bool:
    """QDBusConnection.connect to one of `receiver`'s slots (PySide6's stubs want bytes; it takes SLOT's str)."""
    return bool(bus.connect(service, path, interface, name, receiver, SLOT(slot)))


class _Msg(ctypes.Structure):
    """Windows' MSG, as Qt hands it to a native event filter (`windows_generic_MSG`)."""

    _fields_ = [("hwnd", ctypes.c_void_p), ("message", ctypes.c_uint), ("wParam", ctypes.c_size_t),
                ("lParam", ctypes.c_ssize_t), ("time", ctypes.c_uint32), ("x", ctypes.c_long),
                ("y", ctypes.c_long)]


class WindowsSessionFilter(QAbstractNativeEventFilter):
    """Reads Windows messages for the ones that should lock; `on_lock(reason)` is called for them."""

    def __init__(self, on_lock: Any) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(self, eventType: Any, message: int) -> object:
        if bytes(eventType) in (b"windows_generic_MSG", b"windows_dispatcher_MSG") and message:
            msg = _Msg.from_address(int(message))
            if windows_message_means_lock(msg.message, msg.wParam):
                self._on_lock(f"windows message 0x{msg.message:04x}")
        return False, 0  # never swallow the message: Windows and Qt still need it


class SessionWatch(QObject):
    """Emits `lock_requested(reason)` for sleep, screen lock, user switch and logout, and
    `stop_requested(signal number)` for SIGTERM, SIGHUP and SIGINT."""

    lock_requested = Signal(str)
    stop_requested = Signal(int)

    def __init__(self, parent: QObject | None = None, window_id: int | None = None) -> None:
        super().__init__(parent)
        self._previous_handlers: dict[int, Any] = {}
        self._previous_wakeup_fd = -1
        self._reader: socket.socket | None = None
        self._writer: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._native_filter: WindowsSessionFilter | None = None
        self.watching: list[str] = []
        self._watch_stop_signals()
        self._watch_qt()
        if sys.platform.startswith("linux") or "bsd" in sys.platform:
            self._watch_dbus()
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            self._watch_windows(window_id)
        self._mac_poll: QTimer | None = None
        self._mac_sleep: object | None = None
        if sys.platform == "darwin":  # pragma: no cover - exercised on macOS only
            self.watch_macos(SessionPoller(read_session_dictionary), register_for_sleep)

    # -- signals ----------------------------------------------------------------------------------

    def _watch_stop_signals(self) -> None:
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_wakeup_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for name in STOP_SIGNAL_NAMES:
            number = getattr(signal, name, None)
            if number is not None:
                # A Python handler must exist for the C handler to write to the wakeup socket; it does nothing.
                self._previous_handlers[number] = signal.signal(number, lambda *_args: None)
                self.watching.append(name)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read_signals)

    def _read_signals(self) -> None:
        assert self._reader is not None
        try:
            received = self._reader.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        stops = [number for number in received if number in self._previous_handlers]
        if stops:
            self.stop_requested.emit(stops[0])

    # -- Qt's own ---------------------------------------------------------------------------------

    def _watch_qt(self) -> None:
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.commitDataRequest.connect(lambda _manager: self.lock_requested.emit("session ends"))
            application.applicationStateChanged.connect(self._application_state)
            self.watching.append("qt-session")

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_requested.emit("suspended")

    # -- D-Bus (Linux) ----------------------------------------------------------------------------

    def _watch_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus ships with PySide6-Essentials
            return
        system, session = QDBusConnection.systemBus(), QDBusConnection.sessionBus()
        if system.isConnected():
            _connect(system, LOGIN1, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep",
                     self, "_prepare_for_sleep(bool)")
            # Our own session's object; unknown (no XDG_SESSION_ID), any session: a lock too many is harmless.
            session_id = os.environ.get("XDG_SESSION_ID", "")
            path = login1_session_path(session_id) if session_id else ""
            _connect(system, LOGIN1, path, LOGIN1_SESSION, "Lock", self, "_session_lock()")
            # Typed arguments: QtDBus turns a{sv} into a dict only for a QVariantMap parameter.
            _connect(system, LOGIN1, path, "org.freedesktop.DBus.Properties", "PropertiesChanged",
                     self, "_session_properties(QString,QVariantMap,QStringList)")
            self.watching.append("login1")
        if session.isConnected():
            for interface, path in SCREEN_SAVERS:
                # Any sender: a program that fakes the signal can only make Amanat lock.
                _connect(session, "", path, interface, "ActiveChanged", self, "_screen_saver(bool)")
            self.watching.append("screensaver")

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit("sleep")

    @Slot()
    def _session_lock(self) -> None:
        self.lock_requested.emit("session locked")

    @Slot(str, "QVariantMap", "QStringList")
    def _session_properties(self, interface: str, changed: Any, _invalidated: Any) -> None:
        if isinstance(changed, Mapping) and session_properties_mean_lock(interface, changed):
            self.lock_requested.emit("session switched")

    @Slot(bool)
    def _screen_saver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screen locked")

    # -- Windows ----------------------------------------------------------------------------------

    def _watch_windows(self, window_id: int | None) -> None:  # pragma: no cover - Windows only
        application = QGuiApplication.instance()
        if application is None:
            return
        self._native_filter = WindowsSessionFilter(self.lock_requested.emit)
        application.installNativeEventFilter(self._native_filter)
        if window_id:
            with contextlib.suppress(OSError, AttributeError):
                ctypes.windll.wtsapi32.WTSRegisterSessionNotification(  # type: ignore[attr-defined]
                    ctypes.c_void_p(window_id), NOTIFY_FOR_THIS_SESSION)
        self.watching.append("windows")

    # -- macOS ------------------------------------------------------------------------------------

    def watch_macos(self, poller: SessionPoller, register: Callable[[Callable[[], None]], object | None]) -> None:
        """Lock before sleep (`register`'s callback) and on what `poller` finds (public: tests give fakes)."""
        self._mac_sleep = register(lambda: self.lock_requested.emit("sleep"))
        if self._mac_sleep is not None:
            self.watching.append("macos-sleep")
        self._mac_poll = QTimer(self)
        self._mac_poll.setInterval(int(POLL_SECONDS * 1000))
        self._mac_poll.timeout.connect(lambda: self._mac_polled(poller))
        self._mac_poll.start()
        self.watching.append("macos-session")

    def _mac_polled(self, poller: SessionPoller) -> None:
        reason = poller.poll()
        if reason is not None:
            self.lock_requested.emit(reason)

    def stop(self) -> None:
        """Give the signals back to their previous handlers (tests, and before the process exits)."""
        for number, handler in self._previous_handlers.items():
            signal.signal(number, handler)
        self._previous_handlers.clear()
        if self._mac_poll is not None:
            self._mac_poll.stop()
        signal.set_wakeup_fd(self._previous_wakeup_fd)
        self._previous_wakeup_fd = -1
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        for end in (self._reader, self._writer):
            if end is not None:
                end.close()
        self._reader = self._writer = None
        if self._native_filter is not None:
            application = QGuiApplication.instance()
            if application is not None:
                application.removeNativeEventFilter(self._native_filter)
            self._native_filter = None
