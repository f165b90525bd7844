"""Finding 17: the X11 primary selection (middle-click paste, readable by any program on the display) does
not keep text selected in Amanat after locking or after the clipboard time. Tested for real: a window in its
own process on a private Xvfb display, read back with xclip as another program would."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.shell.test_session_lock import HANG_GUARD, child_env, next_report, start_window
from tests.ui.window_process import EMAIL

NEEDED = {"Xvfb": "xvfb", "xclip": "xclip"}
XCB_LIBRARIES = ("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0")


def missing_packages() -> list[str]:
    missing = [package for program, package in NEEDED.items() if shutil.which(program) is None]
    for name in XCB_LIBRARIES:  # Qt's xcb platform plugin needs them
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(f"{name} (libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0)")
    return missing


@pytest.fixture
def private_display() -> Iterator[str]:
    missing = missing_packages()
    if missing:
        pytest.skip(f"needs Debian's {', '.join(missing)} for a private X display (see .ci/run)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp", "-screen", "0", "1280x800x24"],
                              pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()  # Xvfb writes its display number once it accepts clients
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait()


def test_locking_and_the_clipboard_time_clear_the_primary_selection(tmp_path: Path, made_vault: Path,  # type: ignore[no-untyped-def]
                                                                    window_process, private_display: str) -> None:
    env = child_env(DISPLAY=private_display, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path),
                    XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_RUNTIME_DIR=str(tmp_path))
    env.pop("WAYLAND_DISPLAY", None)
    process = start_window(made_vault, "selection", env)
    window_process.append(process)
    report = next_report(process)
    assert process.wait(timeout=HANG_GUARD) == 0
    assert report["supports_selection"]
    assert report["selected"] == EMAIL  # the test sees what any program on the display would
    assert report["selection_after_lock"] == ""
    assert report["selected_again"] == EMAIL
    assert report["released_by_timer"] and report["selection_after_timer"] == ""
    # Finding 18 for Ctrl+C in a field: the copy carries the secret mark, and locking takes it back.
    assert "x-kde-passwordManagerHint" in report["clipboard_targets"]
    assert report["clipboard_after_lock"] == ""
