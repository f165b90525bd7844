"""The window's session watch with macOS's sources replaced by fakes (app/platform/mac_session.py): the real
window locks on the sleep callback and on the screen lock the poller finds."""

from __future__ import annotations

from collections.abc import Callable

from amanat.app.platform.mac_session import ON_CONSOLE_KEY, SCREEN_LOCKED_KEY, SessionPoller
from amanat.app.ui.shell.gui_main import watch_session
from amanat.app.ui.shell.main_window import MainWindow


def test_the_window_locks_on_macos_sleep_and_screen_lock(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    watch = watch_session(unlocked)
    sleep_callbacks: list[Callable[[], None]] = []
    sessions: list[dict[str, bool | None]] = [{SCREEN_LOCKED_KEY: None, ON_CONSOLE_KEY: True}]
    try:
        watch.watch_macos(SessionPoller(lambda: sessions[0]), lambda callback: sleep_callbacks.append(callback) or 1)
        assert {"macos-sleep", "macos-session"} <= set(watch.watching)
        with qtbot.waitSignal(watch.lock_requested, timeout=2_000) as sleeping:
            sleep_callbacks[0]()  # IOKit's "will sleep": the lock runs before the callback returns
        assert sleeping.args == ["sleep"] and unlocked.vault is None
        unlocked.open_workspace(_reopen(unlocked))
        assert unlocked.vault is not None
        sessions[0] = {SCREEN_LOCKED_KEY: True, ON_CONSOLE_KEY: True}
        with qtbot.waitSignal(watch.lock_requested, timeout=6_000) as locked:
            pass  # the next poll (every 2 s) sees the locked screen
        assert locked.args == ["screen locked"] and unlocked.vault is None
    finally:
        watch.stop()


def _reopen(window: MainWindow):  # type: ignore[no-untyped-def]
    from amanat.app.vault import Vault
    from tests.conftest import PASSPHRASE

    return Vault.unlock(window.vault_dir, PASSPHRASE)
