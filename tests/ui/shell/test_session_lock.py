"""Finding 22 (lock on sleep, screen lock, user switch, logout, SIGTERM) and finding 17 (the X11 primary
selection), each with a real window in its own process: signals, a private D-Bus bus, a private X server."""

from __future__ import annotations

import ctypes
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from amanat.app.platform.session_events import (
    PBT_APMSUSPEND,
    WM_ENDSESSION,
    WM_POWERBROADCAST,
    WM_QUERYENDSESSION,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    WTS_SESSION_LOGOFF,
    WTS_SESSION_UNLOCK,
    login1_session_path,
    session_properties_mean_lock,
    windows_message_means_lock,
)
from amanat.app.ui.shell.session_watch import WindowsSessionFilter
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.window_process import HANG_GUARD, child_env, next_report, start_window

# -- SIGTERM, SIGHUP, SIGINT ---------------------------------------------------------------------------


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_stop_signal_locks_the_vault_cleanly_and_quits(made_vault: Path, window_process, signal_name: str) -> None:  # type: ignore[no-untyped-def]
    process = start_window(made_vault, "serve", child_env())
    window_process.append(process)
    assert next_report(process)["ready"]
    wal = made_vault / "vault.db-wal"
    assert wal.exists() and wal.stat().st_size > 0  # the contact the window added is still in the log
    process.send_signal(getattr(signal, signal_name))
    assert next_report(process) == {"locked": True, "vault_open": False}
    assert process.wait(timeout=HANG_GUARD) == 0
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed: closed, not killed
    Vault.unlock(made_vault, PASSPHRASE).close()  # the lock file is free and the vault whole


# -- D-Bus: the screen saver on the session bus, logind on the system bus --------------------------------


@pytest.fixture
def private_bus() -> Iterator[str]:
    if shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None:
        pytest.skip("needs Debian's `dbus` package (dbus-daemon, dbus-send) for a private bus")
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"],
                              stdout=subprocess.PIPE, text=True)
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    assert address, "dbus-daemon printed no address"
    yield address
    daemon.terminate()
    daemon.wait()


@pytest.mark.parametrize("interface,path", [("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                                            ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")])
def test_the_screen_saver_turning_on_locks_the_window(made_vault: Path, window_process, private_bus: str,  # type: ignore[no-untyped-def]
                                                     interface: str, path: str) -> None:
    env = child_env(DBUS_SESSION_BUS_ADDRESS=private_bus, DBUS_SYSTEM_BUS_ADDRESS=private_bus)
    process = start_window(made_vault, "serve", env)
    window_process.append(process)
    report = next_report(process)
    assert "screensaver" in report["watching"]

    def emit(active: str) -> None:
        subprocess.run(["dbus-send", f"--bus={private_bus}", "--type=signal", path, f"{interface}.ActiveChanged",
                        f"boolean:{active}"], check=True, timeout=HANG_GUARD)

    emit("false")  # the screen saver going off locks nothing; the next report is the lock below
    emit("true")
    assert next_report(process) == {"locked": True, "vault_open": False}


LOGIND_EVENTS = {
    "sleep": ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", [True]),
    "screen lock": ("/org/freedesktop/login1/session/_37", "org.freedesktop.login1.Session", "Lock", []),
    "user switch": ("/org/freedesktop/login1/session/_37", "org.freedesktop.DBus.Properties", "PropertiesChanged",
                    ["org.freedesktop.login1.Session", {"Active": False}, ["IdleHint"]]),
}


@pytest.mark.parametrize("event", sorted(LOGIND_EVENTS))
def test_logind_sleep_and_session_lock_lock_the_window(qapp, made_vault: Path, window_process,  # type: ignore[no-untyped-def]
                                                       private_bus: str, event: str) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    logind = QDBusConnection.connectToBus(private_bus, f"fake-logind-{event}")
    assert logind.registerService("org.freedesktop.login1")  # before the window asks who logind is
    try:
        env = child_env(DBUS_SESSION_BUS_ADDRESS=private_bus, DBUS_SYSTEM_BUS_ADDRESS=private_bus,
                        XDG_SESSION_ID="7")
        process = start_window(made_vault, "serve", env)
        window_process.append(process)
        assert "login1" in next_report(process)["watching"]
        path, interface, member, arguments = LOGIND_EVENTS[event]
        if member == "PrepareForSleep":  # waking up locks nothing; the next report is the lock below
            wake = QDBusMessage.createSignal(path, interface, member)
            wake.setArguments([False])
            assert logind.send(wake)
        message = QDBusMessage.createSignal(path, interface, member)
        message.setArguments(arguments)
        assert logind.send(message)
        assert next_report(process) == {"locked": True, "vault_open": False}
    finally:
        logind.unregisterService("org.freedesktop.login1")
        QDBusConnection.disconnectFromBus(f"fake-logind-{event}")


# -- the decisions, for every platform (Windows' messages cannot be sent here) ---------------------------


def test_windows_messages_that_lock() -> None:
    assert windows_message_means_lock(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    assert windows_message_means_lock(WM_WTSSESSION_CHANGE, WTS_SESSION_LOGOFF)
    assert windows_message_means_lock(WM_WTSSESSION_CHANGE, 0x2)  # console disconnect: another user
    assert windows_message_means_lock(WM_WTSSESSION_CHANGE, 0x4)  # remote disconnect
    assert not windows_message_means_lock(WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK)
    assert windows_message_means_lock(WM_POWERBROADCAST, PBT_APMSUSPEND)
    assert not windows_message_means_lock(WM_POWERBROADCAST, 0x12)  # resume automatic
    assert windows_message_means_lock(WM_QUERYENDSESSION, 0)
    assert windows_message_means_lock(WM_ENDSESSION, 1)
    assert not windows_message_means_lock(WM_ENDSESSION, 0)  # logout cancelled
    assert not windows_message_means_lock(0x0201, 0)  # a click


def test_the_native_filter_reads_a_windows_msg_from_memory() -> None:
    from amanat.app.ui.shell.session_watch import _Msg

    locks: list[str] = []
    native = WindowsSessionFilter(locks.append)
    for message, wparam in ((0x0201, 0), (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK),
                            (WM_POWERBROADCAST, PBT_APMSUSPEND)):
        msg = _Msg(hwnd=None, message=message, wParam=wparam, lParam=0, time=0, x=0, y=0)
        event_type = QByteArray(b"windows_generic_MSG")  # as Qt hands it over
        assert native.nativeEventFilter(event_type, ctypes.addressof(msg)) == (False, 0)
    assert native.nativeEventFilter(b"xcb_generic_event_t", 0) == (False, 0)
    assert locks == ["windows message 0x0218"]


def test_logind_session_paths_and_properties() -> None:
    assert login1_session_path("2") == "/org/freedesktop/login1/session/_32"
    assert login1_session_path("c1") == "/org/freedesktop/login1/session/c1"
    assert login1_session_path("12") == "/org/freedesktop/login1/session/_312"
    session = "org.freedesktop.login1.Session"
    assert session_properties_mean_lock(session, {"Active": False})
    assert session_properties_mean_lock(session, {"LockedHint": True})
    assert not session_properties_mean_lock(session, {"Active": True, "LockedHint": False})
    assert not session_properties_mean_lock("org.freedesktop.login1.User", {"Active": False})
