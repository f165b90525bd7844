"""A real Amanat window in its own process, for tests that need a display, signals or D-Bus.

    python -m tests.ui.window_process VAULT_DIR SCENARIO

Opens the vault (made by the test, same passphrase and test key derivation as tests/conftest.py), unlocks
the window as the unlock page would, watches the session as `amanat` does (amanat.app.ui.shell.gui_main.watch_session),
and reports on stdout, one JSON object per line, flushed. Scenarios:
- `serve`: prints {"ready": ...}, then {"locked": true, "vault_open": ...} whenever the window locks, until
  it quits (a signal, or the test ends it).
- `selection`: selects an e-mail address in a contact field, reads the X11 primary selection and the
  clipboard's formats with xclip before and after locking, and after the clipboard time; prints the results.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QProcess, Qt, QTimer
from PySide6.QtGui import QClipboard
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

import tests.conftest  # noqa: F401 - the test key derivation, exactly as in the suite
from amanat.app.models import Contact
from amanat.app.ui.shell.gui_main import build_window
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE, PROJECT_ROOT

EMAIL = "zarghuna.canary@example.org"


# -- used by the tests, in the test process ------------------------------------------------------------

HANG_GUARD = 120  # seconds; only ever reached when something is broken


def child_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), **extra}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def start_window(vault_dir: Path, scenario: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tests.ui.window_process", str(vault_dir), scenario],
                            cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def next_report(process: subprocess.Popen[str]) -> dict[str, Any]:
    """The next JSON line the window prints (skipping anything else it prints)."""
    assert process.stdout is not None
    while True:
        ready, _, _ = select.select([process.stdout], [], [], HANG_GUARD)
        assert ready, "the window process said nothing"
        line = process.stdout.readline()
        assert line, f"the window process ended: {process.wait()} {process.stderr.read() if process.stderr else ''}"
        if line.startswith("{"):
            return dict(json.loads(line))


# -- the window process ---------------------------------------------------------------------------------


def say(**report: Any) -> None:
    print(json.dumps(report), flush=True)


def xclip(*args: str) -> str:
    """xclip's output; the event loop keeps running meanwhile, so this window can answer it."""
    process = QProcess()
    loop = QEventLoop()
    process.finished.connect(loop.quit)
    process.start("xclip", ["-o", *args])
    QTimer.singleShot(20_000, loop.quit)  # a hang guard, not a measurement
    loop.exec()
    return bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")


def wait_until(condition: Any) -> bool:
    for _ in range(2_000):
        if condition():
            return True
        QTest.qWait(10)
    return bool(condition())


def main(vault_dir: Path, scenario: str) -> int:
    app, window = build_window(vault_dir, vault_dir.parent / "settings.json")
    window.show()
    QTest.qWaitForWindowExposed(window)
    try:
        from amanat.app.ui.shell.gui_main import watch_session
    except ImportError:  # main before finding 22: no watching at all
        watch = None
    else:
        watch = watch_session(window)
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    window.open_workspace(vault)
    contact = vault.items.add(Contact(id="", display_name="Zarghuna", channels=(("email", EMAIL),)))
    if scenario == "serve":
        original_lock = window.lock

        def lock_and_report() -> None:
            was_open = window.vault is not None
            original_lock()
            if was_open:
                say(locked=True, vault_open=vault.is_open)

        window.lock = lock_and_report  # type: ignore[method-assign]
        say(ready=True, watching=[] if watch is None else watch.watching)
        return app.exec()
    assert window.workspace is not None
    window.workspace.show_item("contact", contact.id)
    field = window.workspace.findChild(QLineEdit, "channel_email")
    assert field is not None and field.text() == EMAIL
    window.activateWindow()
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # selecting sets the selection
    clipboard = QApplication.clipboard()
    results: dict[str, Any] = {"supports_selection": clipboard.supportsSelection()}
    results["selected"] = xclip("-selection", "primary")
    QTest.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # Ctrl+C in the field
    wait_until(lambda: clipboard.text(QClipboard.Mode.Clipboard) == EMAIL)
    results["clipboard_targets"] = xclip("-selection", "clipboard", "-t", "TARGETS").split()
    window.lock()
    results["selection_after_lock"] = xclip("-selection", "primary")
    results["clipboard_after_lock"] = xclip("-selection", "clipboard")
    # Unlocked again: a selection left alone is cleared after the clipboard time (1 s here).
    window.open_workspace(Vault.unlock(vault_dir, PASSPHRASE))
    window.clipboard.seconds = 1
    window.workspace.show_item("contact", contact.id)
    field = window.workspace.findChild(QLineEdit, "channel_email")
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    results["selected_again"] = xclip("-selection", "primary")
    results["released_by_timer"] = wait_until(lambda: not clipboard.ownsSelection())
    results["selection_after_timer"] = xclip("-selection", "primary")
    window.lock()
    say(**results)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
