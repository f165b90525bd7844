"""Opening an e-mail draft (.eml, written by sync/transports/email_drafts.py) in the user's mail program.

Amanat never connects to a network; it writes a draft with `X-Unsent: 1` and asks the system to open it
with whatever program the user has for .eml files. What the user then sees depends on that program:
- Windows: `os.startfile` (ShellExecute "open"). Classic Outlook opens an X-Unsent draft ready to address
  and send; Thunderbird opens it as a message ("Edit as New Message"); the new Outlook and Windows Mail
  may not open .eml files at all, and then Windows asks which program to use.
- macOS: `open`, LaunchServices' default for .eml. Apple Mail shows it as a received message: Message →
  Send Again (Shift+Cmd+D) makes it a draft. Thunderbird as on Windows.
- Linux: `xdg-open` (through the desktop portal in Flatpak), the desktop's default for message/rfc822,
  usually Thunderbird or Evolution.
Opening never waits for the program, never goes through a shell, and says only whether it started.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from amanat.app.platform.commands import start_detached
from amanat.app.platform.system import System, current_system


def open_command(path: Path, system: System) -> list[str] | None:
    """The program and arguments that open `path` with its default program; None on Windows (os.startfile)."""
    if system is System.WINDOWS:
        return None
    return ["open" if system is System.MACOS else "xdg-open", str(Path(path).resolve())]


def _start_on_windows(path: Path) -> bool:  # pragma: no cover - Windows only
    try:
        os.startfile(str(path))  # type: ignore[attr-defined]  # noqa: S606 - a file the user asked to open, no shell
    except OSError:
        return False
    return True


def open_draft(path: Path, *, system: System | None = None,
               start: Callable[[Sequence[str]], bool] = start_detached) -> bool:
    """Open the draft at `path` in the user's mail program: True if the system started something."""
    command = open_command(path, system or current_system())
    if command is None:
        return _start_on_windows(Path(path).resolve())
    return start(command)
