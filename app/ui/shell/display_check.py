"""Is there a screen to open the window on? Asked before Qt is started.

Without one, Qt's xcb plugin aborts the process with a message about libxcb and plugins that
sends a defender hunting for a missing library. On Linux and the BSDs this module looks for the
display the way Qt would (Wayland's socket, then the X server's) and, when none answers, the
window is not attempted: one line says so and points to the command line. Windows and macOS
always have a screen for a logged-in user. A platform chosen in QT_QPA_PLATFORM that needs no
display (offscreen, vnc, eglfs…) is left to Qt.
"""

from __future__ import annotations

import os
import re
import socket
import sys
from collections.abc import Mapping
from pathlib import Path

NO_SCREEN = ("No screen found (DISPLAY/WAYLAND_DISPLAY unset or unreachable): "
             "use `amanat --help` for the command line")
X_SOCKET_FOLDER = "/tmp/.X11-unix"  # noqa: S108 - the X server's well-known socket folder, only connected to
X_TCP_BASE_PORT = 6000
CONNECT_SECONDS = 1.0
DISPLAY_PATTERN = re.compile(r"^(?P<host>[^:]*):(?P<number>\d+)(\.\d+)?$")
WINDOWED_PLATFORMS = ("xcb", "wayland")  # QT_QPA_PLATFORM values that need a display server


def _answers_unix(path: str) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(CONNECT_SECONDS)
        try:
            probe.connect(path)
        except OSError:
            return False
    return True


def _answers_tcp(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=CONNECT_SECONDS):
            return True
    except OSError:
        return False


def x_server_answers(display: str) -> bool:
    """True when the X server named by DISPLAY (":0", "host:10.0", "unix:1") accepts a connection."""
    match = DISPLAY_PATTERN.match(display.strip())
    if match is None:
        return False
    host, number = match["host"], int(match["number"])
    if host in ("", "unix"):
        path = f"{X_SOCKET_FOLDER}/X{number}"
        # Linux X servers also listen on an abstract socket of the same name (seen through containers).
        return _answers_unix(path) or (sys.platform.startswith("linux") and _answers_unix("\0" + path))
    return _answers_tcp(host, X_TCP_BASE_PORT + number)


def wayland_answers(environ: Mapping[str, str]) -> bool:
    """True when the Wayland compositor named by WAYLAND_DISPLAY accepts a connection."""
    name = environ.get("WAYLAND_DISPLAY", "")
    if not name:
        return False
    path = Path(name)
    if not path.is_absolute():
        runtime = environ.get("XDG_RUNTIME_DIR", "")
        if not runtime:
            return False
        path = Path(runtime) / name
    return _answers_unix(str(path))


def missing_screen(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """NO_SCREEN when the window has nowhere to appear; None when it has (or when Qt is told where)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform in ("win32", "cygwin", "darwin"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0].strip()
    if chosen and chosen not in WINDOWED_PLATFORMS:
        return None
    if chosen != "xcb" and wayland_answers(environ):
        return None
    if chosen != "wayland" and x_server_answers(environ.get("DISPLAY", "")):
        return None
    return NO_SCREEN
