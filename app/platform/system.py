"""Which operating system Amanat runs on: the one place `sys.platform` is read for the platform seam."""

from __future__ import annotations

import enum
import sys


class System(enum.Enum):
    """The three systems Amanat is built for (BSDs and others count as Linux: POSIX, X11 or Wayland)."""

    LINUX = "linux"
    WINDOWS = "windows"
    MACOS = "macos"


def system_of(platform: str) -> System:
    """The System of a `sys.platform` value ("win32", "darwin", "linux", "freebsd14", ...)."""
    if platform == "win32" or platform == "cygwin":
        return System.WINDOWS
    if platform == "darwin":
        return System.MACOS
    return System.LINUX


def current_system() -> System:
    """The system this process runs on."""
    return system_of(sys.platform)
