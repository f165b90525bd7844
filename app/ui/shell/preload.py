"""What the window needs once the vault is unlocked, loaded after the first page has shown.

The unlock (or welcome) page needs little; the vault's machinery (SQLCipher, the CRDT documents, the
sharing services) and the workspace's sections take a few hundred milliseconds to import, which made the
window take 0.8 s to show (target 0.5 s). They are imported here instead, one module per turn of the event
loop so that typing the passphrase stays responsive, starting PRELOAD_AFTER_MS after the window shows; most
of it is done before the passphrase is typed, the rest while the key is derived. A module that fails to
import is left to fail, with its message, where it is used.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

PRELOAD_AFTER_MS = 300
# Roughly from the leaves up, so that each step stays short (the last ones find most of theirs loaded).
AFTER_UNLOCK = (
    "pycrdt",
    "amanat.sync.item_document",
    "amanat.app.items",
    "amanat.app.sharing.documents",
    "amanat.app.sharing.exchange",
    "amanat.app.vault",
    "amanat.app.duress",
    "amanat.app.keychain",
    "amanat.app.wipe",
    "amanat.sync.transports",
    "amanat.app.ui.sections.notes_section",
    "amanat.app.ui.sections.contacts_section",
    "amanat.app.ui.sections.strategy_section",
    "amanat.app.ui.sections.tasks_section",
    "amanat.app.ui.sync.sync_section",
    "amanat.app.ui.shell.workspace",
)
log = logging.getLogger(__name__)


def preload_later(owner: QObject, modules: tuple[str, ...] = AFTER_UNLOCK,
                  done: Callable[[], None] | None = None) -> QTimer:
    """Import `modules` one per event-loop turn, beginning PRELOAD_AFTER_MS from now, while `owner` lives."""
    waiting = [name for name in modules if name not in sys.modules]
    timer = QTimer(owner)
    timer.setSingleShot(True)

    def step() -> None:
        while waiting and waiting[0] in sys.modules:
            waiting.pop(0)
        if not waiting:
            if done is not None:
                done()
            return
        name = waiting.pop(0)
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - imported again, and reported, where it is used
            log.debug("preloading %s failed", name)
        timer.start(0)

    timer.timeout.connect(step)
    timer.start(PRELOAD_AFTER_MS)
    return timer
