"""Running a system program (icacls, whoami, diskutil, xdg-open, open) quietly, without a shell.

No shell ever (arguments are passed as a list, so a path cannot become a command); no console window
flashes up on Windows (CREATE_NO_WINDOW, which matters for the windowed build); a time limit; and no
exception: a program that is missing, fails or hangs gives a result with `ok` False. The tests hand
the platform functions a fake `Runner` to check the arguments each system gets.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

CREATE_NO_WINDOW = 0x08000000
DEFAULT_TIMEOUT_SECONDS = 20.0


@dataclass(frozen=True)
class CommandResult:
    """What a program said: its exit code (-1 if it could not run or timed out) and its output."""

    returncode: int
    stdout: str = ""

    @property
    def ok(self) -> bool:
        """The program ran and exited with 0."""
        return self.returncode == 0


Runner = Callable[[Sequence[str]], CommandResult]


def run_quietly(argv: Sequence[str], timeout: float = DEFAULT_TIMEOUT_SECONDS) -> CommandResult:
    """Run `argv` (a program and its arguments) and wait for it; never raises."""
    flags = CREATE_NO_WINDOW if sys.platform == "win32" else 0
    try:
        done = subprocess.run(
            list(argv), capture_output=True, text=True, timeout=timeout, check=False,
            creationflags=flags, stdin=subprocess.DEVNULL, errors="replace")
    except (OSError, subprocess.SubprocessError):
        return CommandResult(-1)
    return CommandResult(done.returncode, done.stdout)


def start_detached(argv: Sequence[str]) -> bool:
    """Start `argv` and do not wait for it (a mail program stays open after Amanat asks): True if it started."""
    flags = CREATE_NO_WINDOW if sys.platform == "win32" else 0
    try:
        subprocess.Popen(
            list(argv), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            creationflags=flags, start_new_session=sys.platform != "win32")
    except OSError:
        return False
    return True
