"""Start the desktop app: `amanat` with no command."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from amanat.app import __version__
from amanat.app.settings import default_settings_path, load_settings
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.shell.session_watch import SessionWatch
from amanat.app.ui.shell.unexpected_error import install_unexpected_error_reporter
from amanat.app.ui.widgets.i18n import LanguageManager
from amanat.app.ui.widgets.icons import app_icon
from amanat.app.ui.widgets.theme import apply_theme


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
    return app


def build_window(vault_dir: Path, settings_path: Path | None = None) -> tuple[QApplication, MainWindow]:
    """Application, translations and main window, ready to show (used by tests and screenshots too)."""
    app = create_application(sys.argv[:1])
    settings = load_settings(settings_path)
    languages = LanguageManager(app)
    languages.switch(settings.language)
    apply_theme(settings.theme)
    window = MainWindow(vault_dir, settings, languages, settings_path)
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
    """Show the window and run until it closes (or a stop signal locks it and quits)."""
    app, window = build_window(vault_dir, default_settings_path())
    install_unexpected_error_reporter()  # an error nobody caught: logged, redacted, and a calm dialog
    window.show()
    watch_session(window)
    return app.exec()
