"""The window half of `amanat self-test`, and the start-up probe the frozen-build benchmark runs.

Qt is imported inside the functions, so that importing this module (the command
line does, for `self-test`) loads nothing of Qt until a window is really wanted.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

WINDOW_WIDTH, WINDOW_HEIGHT = 1200, 780
UNLOCK_PAGE = "UnlockPage"
PROBE_TIMEOUT_SECONDS = 60.0


class WindowCheckFailed(Exception):
    """The window did not render as it should; the message says how."""


def use_offscreen_without_display() -> None:
    """Render offscreen when there is no screen to draw on and no platform was asked for."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def render_main_window(vault_dir: Path, settings_path: Path) -> str:
    """Build the main window on an existing (locked) vault and grab it into an image in memory.

    Raises WindowCheckFailed unless the window opens on the unlock page and the image has
    real content (more than one colour). Also loads every compiled translation and draws every icon
    (a built program without Qt's SVG image plugin fails here, not in the user's first section).
    """
    use_offscreen_without_display()
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QGuiApplication, QImage

    import amanat.resources as resources
    from amanat.app.ui.shell.gui_main import build_window

    app, window = build_window(vault_dir, settings_path)
    try:
        page = window.pages.currentWidget()
        if type(page).__name__ != UNLOCK_PAGE:
            raise WindowCheckFailed(f"the window opened on {type(page).__name__}, not the unlock page")
        window.resize(WINDOW_WIDTH, WINDOW_HEIGHT)
        image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        if image.isNull() or image.width() == 0 or image.height() == 0:
            raise WindowCheckFailed("grabbing the window gave an empty image")
        pixels = bytes(image.constBits())
        if pixels == pixels[:4] * (len(pixels) // 4):
            raise WindowCheckFailed("the window's image is a single colour: nothing was drawn")
        for catalogue in sorted(resources.TRANSLATIONS_DIR.glob("*.qm")):
            if not QTranslator(app).load(str(catalogue)):
                raise WindowCheckFailed(f"Qt could not load the translation {catalogue.name}")
        icons = draw_every_icon()
        platform = QGuiApplication.platformName()
        watching = session_watch_check()
        return (f"unlock screen rendered, {image.width()}×{image.height()} pixels (Qt platform {platform!r}), "
                f"{icons} icons drawn; locks on {watching}")
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


def draw_every_icon() -> int:
    """Draw each shipped icon once; how many. Raises WindowCheckFailed when one cannot be drawn."""
    from amanat.app.ui.widgets.icons import TABLER_DIR, render_icon

    names = sorted(path.stem for path in TABLER_DIR.glob("*.svg"))
    if not names:
        raise WindowCheckFailed(f"no icons in {TABLER_DIR}")
    for name in names:
        try:
            render_icon(name, 24, "#000000", False)
        except RuntimeError as error:
            raise WindowCheckFailed(str(error)) from None
    return len(names)


def session_watch_check() -> str:
    """Start and stop the session watch the window runs with; what it watches (D-Bus needs QtDBus in the build)."""
    from amanat.app.ui.shell.session_watch import SessionWatch

    if sys.platform.startswith("linux"):
        try:
            import PySide6.QtDBus  # noqa: F401 - the lock on sleep and screen lock needs it
        except ImportError as error:
            raise WindowCheckFailed("this build lacks QtDBus: it cannot lock on sleep or the screen lock") from error
    watch = SessionWatch(None)
    try:
        return ", ".join(watch.watching)
    finally:
        watch.stop()
        watch.deleteLater()


def startup_probe(vault_dir: Path, settings_path: Path) -> int:
    """Show the window on a locked vault; print `time.monotonic()` once the unlock page is painted, and leave.

    The monotonic clock is shared by all processes on Linux, macOS and Windows, so the
    process that started this one can subtract its own reading taken before the start:
    that is the time from launching the program to the unlock screen on screen.
    """
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    from amanat.app.ui.shell.gui_main import build_window

    started = time.perf_counter()

    class FirstPaint(QObject):
        painted = False

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    app, window = build_window(vault_dir, settings_path)
    page = window.pages.currentWidget()
    if page is None or type(page).__name__ != UNLOCK_PAGE:
        print(f"the window opened on {type(page).__name__}, not the unlock page", file=sys.stderr)
        return 1
    watcher = FirstPaint()
    page.installEventFilter(watcher)
    window.resize(WINDOW_WIDTH, WINDOW_HEIGHT)
    window.show()
    heartbeat = QTimer()
    heartbeat.start(20)  # wakes the wait below even if no event comes
    while not watcher.painted and time.perf_counter() - started < PROBE_TIMEOUT_SECONDS:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    print(f"{time.monotonic():.6f}" if watcher.painted else "nan", flush=True)
    # Tearing the interpreter down is not something a user waits for (gui_bench's children do the same).
    os._exit(0 if watcher.painted else 1)
