"""GUI fixtures: the real window, offscreen, over a real vault in a temporary folder."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from amanat.app.ui.shell.gui_main import build_window
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


@pytest.fixture
def window(qtbot, vault_dir: Path, settings_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window on a folder with no vault yet (first run)."""
    _app, main_window = build_window(vault_dir, settings_path)
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window
    main_window.lock()
    main_window.languages.switch("en")


@pytest.fixture
def unlocked(window: MainWindow, vault_dir: Path) -> MainWindow:
    """The main window with a fresh vault open (created directly, without the first-run pages)."""
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE)
    window.open_workspace(vault)
    return window


@pytest.fixture
def made_vault(tmp_path: Path) -> Path:
    vault_dir = tmp_path / "vault"
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE)
    vault.close()
    return vault_dir


@pytest.fixture
def window_process(made_vault: Path) -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait()
