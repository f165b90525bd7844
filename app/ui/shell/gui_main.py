"""Start the desktop app: `amanat` with no command."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from amanat.app import __version__
from amanat.app.settings import default_settings_path, load_settings
from amanat.app.ui.shell.display_check import missing_screen
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.shell.preload import preload_later
from amanat.app.ui.shell.session_watch import SessionWatch
from amanat.app.ui.shell.unexpected_error import install_unexpected_error_reporter
from amanat.app.ui.widgets.bundled_fonts import load_bundled_fonts
from amanat.app.ui.widgets.i18n import LanguageManager
from amanat.app.ui.widgets.icons import app_icon
from amanat.app.ui.widgets.theme import apply_theme

NO_SCREEN_EXIT = 1
# What a window's frame and title bar take beyond its contents (Windows 10/11 at 100 % scaling: a
# title bar of about 32 px and borders of 8): the window must fit the screen's free area with them.
TITLE_BAR_ROOM, FRAME_ROOM = 32, 8


def size_within(available: QSize, wanted: QSize) -> QSize:
    """`wanted`, made smaller where a screen with `available` free area (taskbar excluded) cannot show it."""
    return QSize(min(wanted.width(), available.width() - 2 * FRAME_ROOM),
                 min(wanted.height(), available.height() - TITLE_BAR_ROOM - FRAME_ROOM))


def fit_on_screen(window: QWidget) -> None:
    """On a 1366x768 laptop with a taskbar, the window's first size must leave its bottom on screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        window.resize(size_within(screen.availableGeometry().size(), window.size()))


def create_application(argv: list[str]) -> QApplication:
    """The QApplication with Amanat's names; Fusion follows the system's light or dark scheme."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Amanat")
    app.setApplicationDisplayName("Amanat")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Amanat")
    app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    QGuiApplication.setDesktopFileName("amanat")
    load_bundled_fonts()  # Dari and Pashto in the same shipped faces on every system
    return app


def build_window(vault_dir: Path, settings_path: Path | None = None) -> tuple[QApplication, MainWindow]:
    """Application, translations and main window, ready to show (used by tests and screenshots too)."""
    app = create_application(sys.argv[:1])
    settings = load_settings(settings_path)
    languages = LanguageManager(app)
    languages.switch(settings.language)
    apply_theme(settings.theme)
    window = MainWindow(vault_dir, settings, languages, settings_path)
    preload_later(window)  # the vault's and the workspace's modules, once the page shows
    return app, window


def watch_session(window: MainWindow) -> SessionWatch:
    """Lock on sleep, screen lock, user switch and logout; lock and quit on SIGTERM, SIGHUP and SIGINT."""
    watch = SessionWatch(window, int(window.winId()))
    watch.lock_requested.connect(lambda _reason: window.lock())

    def stop(_signal_number: int) -> None:
        watch.stop()  # a second signal ends the process the ordinary way
        try:
            window.lock()  # closes the vault: checkpointed, key wiped, lock file released
        finally:
            QApplication.quit()  # even when the checkpoint failed (it is reported; the vault is closed)

    watch.stop_requested.connect(stop)
    return watch


def run_gui(vault_dir: Path) -> int:
    """Show the window and run until it closes (or a stop signal locks it and quits).

    With no screen to show it on, one line on stderr points to the command line (exit code 1),
    instead of Qt's abort about libxcb and platform plugins.
    """
    no_screen = missing_screen()
    if no_screen is not None:
        print(no_screen, file=sys.stderr)
        return NO_SCREEN_EXIT
    app, window = build_window(vault_dir, default_settings_path())
    install_unexpected_error_reporter()  # an error nobody caught: logged, redacted, and a calm dialog
    fit_on_screen(window)
    window.show()
    watch_session(window)
    return app.exec()
