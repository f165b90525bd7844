"""`amanat` with no screen to open the window on says so in one line and points to the command line, instead
of Qt's abort about libxcb and platform plugins (which sends a defender looking for a missing library)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from amanat.app.ui.shell.display_check import NO_SCREEN, missing_screen, x_server_answers
from tests.conftest import PROJECT_ROOT, TEST_ENTRY_MODULE
from tests.ui.widgets.test_primary_selection import private_display  # noqa: F401 - a fixture

NOBODY_DISPLAY = ":87"  # no X server listens there in the test machine (checked below)


def start_amanat_without_screen(vault: Path, **display: str) -> subprocess.CompletedProcess[str]:
    env = {name: value for name, value in os.environ.items()
           if name not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(display, HOME=str(vault.parent), XDG_CONFIG_HOME=str(vault.parent / "config"))
    return subprocess.run([sys.executable, "-m", TEST_ENTRY_MODULE, "--vault", str(vault)], cwd=PROJECT_ROOT,
                          env=env, capture_output=True, text=True, timeout=60, check=False)


def test_no_reachable_display_gives_one_clear_line(made_vault: Path) -> None:
    assert not x_server_answers(NOBODY_DISPLAY)
    for display in ({"DISPLAY": NOBODY_DISPLAY}, {}):
        finished = start_amanat_without_screen(made_vault, **display)
        assert finished.returncode == 1, finished.stderr
        assert finished.stderr.strip().splitlines() == [NO_SCREEN]
        assert "libxcb" not in finished.stderr and "qt.qpa" not in finished.stderr
        assert finished.stdout == ""


def test_a_listening_display_is_found(private_display: str, tmp_path: Path) -> None:  # noqa: F811
    assert missing_screen({"DISPLAY": private_display}, "linux") is None
    assert missing_screen({"DISPLAY": private_display, "QT_QPA_PLATFORM": "xcb"}, "linux") is None
    # Told to use Wayland, an X server does not help.
    assert missing_screen({"DISPLAY": private_display, "QT_QPA_PLATFORM": "wayland"}, "linux") == NO_SCREEN


def test_a_wayland_socket_is_found_and_a_dead_one_is_not(tmp_path: Path) -> None:
    wayland = {"WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert missing_screen(wayland, "linux") == NO_SCREEN  # named, but nothing there
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as compositor:
        compositor.bind(str(tmp_path / "wayland-7"))
        compositor.listen(1)
        assert missing_screen(wayland, "linux") is None
        assert missing_screen({**wayland, "QT_QPA_PLATFORM": "xcb"}, "linux") == NO_SCREEN
    (tmp_path / "wayland-7").unlink()
    assert missing_screen(wayland, "linux") == NO_SCREEN  # the socket file is gone with its compositor


def test_platforms_that_need_no_display_are_left_to_qt() -> None:
    assert missing_screen({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert missing_screen({}, "win32") is None and missing_screen({}, "darwin") is None
    assert missing_screen({"DISPLAY": "not a display"}, "linux") == NO_SCREEN
