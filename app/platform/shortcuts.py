"""Keyboard shortcuts that follow the system: keys the system keeps for itself, and how keys are written.

Qt's portable key names say "Ctrl", which Qt turns into Command (⌘) on macOS, so one table serves every
system -- except where the system has already taken a key. On macOS Cmd+H hides the application,
Cmd+Option+H hides the others, Cmd+M minimises, Cmd+Space opens Spotlight, Cmd+Tab and Cmd+` switch
applications and windows, Cmd+Option+Esc force-quits: a shortcut there never reaches Amanat (or does
something else first). `shortcut_for_system` gives the key to use instead (Cmd+Y for History, as in
Safari); the window's shortcut table (app/ui/widgets/shortcut_table.py) asks it for every key.
On Windows, Win+L locks and Alt+Tab, Alt+F4 belong to the system; on Linux desktops Super+L and
Ctrl+Alt+Delete/T/L do. Amanat uses none of those.

`shown_keys` writes keys the way the system does (⇧⌘W on macOS, Ctrl+Shift+W elsewhere), for texts
made without Qt; Qt's NativeText format does the same for tooltips.
"""

from __future__ import annotations

from amanat.app.platform.system import System

# Keys (in Qt's portable spelling, "Ctrl" = Command on macOS) each system keeps for itself.
RESERVED: dict[System, frozenset[str]] = {
    System.MACOS: frozenset({"Ctrl+H", "Ctrl+Alt+H", "Ctrl+M", "Ctrl+Space", "Ctrl+Tab", "Ctrl+`",
                             "Ctrl+Alt+Esc", "Ctrl+Alt+D", "Ctrl+Shift+3", "Ctrl+Shift+4", "Ctrl+Shift+5"}),
    System.WINDOWS: frozenset({"Meta+L", "Alt+Tab", "Alt+F4", "Ctrl+Alt+Del", "Ctrl+Esc", "Meta+D"}),
    System.LINUX: frozenset({"Meta+L", "Alt+Tab", "Ctrl+Alt+Del", "Ctrl+Alt+T", "Ctrl+Alt+L"}),
}
# What Amanat uses instead where a system keeps the key.
ALTERNATIVES: dict[System, dict[str, str]] = {
    System.MACOS: {"Ctrl+H": "Ctrl+Y", "Ctrl+M": "Ctrl+Shift+M"},
}
_MODIFIER_ORDER = ("Ctrl", "Alt", "Shift", "Meta")
_MAC_SYMBOLS = {"Meta": "⌃", "Alt": "⌥", "Shift": "⇧", "Ctrl": "⌘"}  # Qt's Ctrl is Command, Meta is Control
_MAC_SYMBOL_ORDER = ("Meta", "Alt", "Shift", "Ctrl")  # Apple's order: ⌃⌥⇧⌘


def normalised(keys: str) -> str:
    """`keys` in one spelling: modifiers in Qt's order, capitalised ("shift+ctrl+h" -> "Ctrl+Shift+H")."""
    text = keys.replace(" ", "")
    if text.endswith("++") or text == "+":
        head, key = text[:-2], "+"
    else:
        head, _, key = text.rpartition("+")
    if not key:
        return ""
    modifiers = {"Ctrl" if m.capitalize() == "Control" else m.capitalize() for m in head.split("+") if m}
    key = key.upper() if len(key) == 1 else key[:1].upper() + key[1:]
    return "+".join([*(m for m in _MODIFIER_ORDER if m in modifiers), key])


def reserved_by_system(keys: str, system: System) -> bool:
    """True if `system` keeps `keys` for itself, so an application never gets them."""
    return normalised(keys) in RESERVED[system]


def shortcut_for_system(keys: str, system: System) -> str:
    """The keys to use on `system` for a shortcut declared as `keys` (itself, unless the system keeps them).

    ValueError for a reserved key with no alternative: the table must name one.
    """
    key = normalised(keys)
    if key not in RESERVED[system]:
        return keys
    alternative = ALTERNATIVES.get(system, {}).get(key)
    if alternative is None:
        raise ValueError(f"{key} is kept by the system on {system.value} and has no alternative")
    return alternative


def shown_keys(keys: str, system: System) -> str:
    """`keys` as `system` writes them: "⇧⌘W" on macOS, "Ctrl+Shift+W" elsewhere."""
    key = normalised(keys)
    if system is not System.MACOS:
        return key
    *modifiers, last = key.split("+")
    return "".join(_MAC_SYMBOLS[m] for m in _MAC_SYMBOL_ORDER if m in modifiers) + last
