"""The window's shortcut table on each system: no key a system keeps for itself, no two commands on one key."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from amanat.app.platform.shortcuts import shortcut_for_system
from amanat.app.platform.system import System
from amanat.app.ui.widgets import shortcut_table
from amanat.app.ui.widgets.shortcut_table import SHORTCUTS


@pytest.mark.parametrize("system", list(System))
def test_every_key_is_usable_and_unique_on_each_system(system: System) -> None:
    by_place: dict[tuple[str, str], str] = {}
    for shortcut in SHORTCUTS:
        for key in shortcut.keys:
            used = shortcut_for_system(key, system)  # raises for a reserved key without an alternative
            place_key = (shortcut.place, QKeySequence(used).toString())
            assert place_key not in by_place, f"{shortcut.name} and {by_place[place_key]} share {used} on {system}"
            by_place[place_key] = shortcut.name


def test_on_macos_history_is_cmd_y_because_cmd_h_hides(monkeypatch: pytest.MonkeyPatch) -> None:
    history = next(shortcut for shortcut in SHORTCUTS if shortcut.name == "historyAction")
    assert [s.toString() for s in history.sequences()] == ["Ctrl+H"]  # here, Linux
    monkeypatch.setattr(shortcut_table, "current_system", lambda: System.MACOS)
    assert [s.toString() for s in history.sequences()] == ["Ctrl+Y"]  # Qt's Ctrl is Command on macOS
