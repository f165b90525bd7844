"""Asking for a passphrase on a terminal, without echo, on every system.

- Linux and macOS: `getpass` reads from /dev/tty (the controlling terminal), so a prompt works even
  when standard input is a pipe; with no terminal at all (a cron job, a service) there is no prompt.
- Windows: there is no /dev/tty. `getpass` reads the console's own input (msvcrt.getwch: any Unicode
  letter, Dari and Pashto included, without echo) when the process has a console; Amanat's command line
  (amanat-cli.exe in the Windows build, or `python -m amanat.app`) does. The windowed Amanat.exe has no
  console, and neither have programs started by a service. Git Bash's mintty is not a console either: its
  standard input is a pipe, getpass would echo or hang, so Amanat asks for --passphrase-file or the
  environment instead (or run it through `winpty`).
The decision is a pure function (`prompt_possible`), tested for all three systems.

Output: a Windows console shows any Unicode text, but output redirected to a file or a pipe (a script,
CI) is encoded in the ANSI code page (cp1252 and the like), which has no Dari or Pashto letters; printing
them there would stop Amanat with UnicodeEncodeError. `keep_output_printable` makes such streams write
what they cannot encode as `\\u06a9` escapes instead. Linux and macOS terminals are UTF-8 as a rule;
the same applies to them when they are not.
"""

from __future__ import annotations

import getpass
import io
import os
import sys
from typing import TextIO

from amanat.app.platform.system import System, current_system


def prompt_possible(system: System, *, stdin_is_terminal: bool, has_dev_tty: bool, has_console: bool) -> bool:
    """Whether a passphrase can be asked without echo, given what this process has."""
    if system is System.WINDOWS:
        return has_console and stdin_is_terminal
    return stdin_is_terminal or has_dev_tty


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (OSError, ValueError):
        return False


def _has_windows_console() -> bool:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        return False
    import ctypes

    return bool(ctypes.WinDLL("kernel32").GetConsoleWindow())


def can_prompt() -> bool:
    """True if `ask_secret` can ask someone on this process's terminal or console."""
    system = current_system()
    if system is System.WINDOWS:  # pragma: no cover - Windows only
        return prompt_possible(system, stdin_is_terminal=_stdin_is_terminal(), has_dev_tty=False,
                               has_console=_has_windows_console())
    return prompt_possible(system, stdin_is_terminal=_stdin_is_terminal(), has_dev_tty=os.path.exists("/dev/tty"),
                           has_console=False)


def ask_secret(label: str) -> str:
    """Ask for a secret without echo; EOFError or OSError when nobody can answer."""
    return getpass.getpass(label)


ARABIC_SCRIPT_PROBE = "کگۍپ"


def keep_output_printable(stream: TextIO | None) -> None:
    """Let `stream` escape what its encoding cannot hold (Dari on a cp1252 pipe) instead of failing."""
    if not isinstance(stream, io.TextIOWrapper):
        return
    try:
        ARABIC_SCRIPT_PROBE.encode(stream.encoding)
    except (UnicodeEncodeError, LookupError):
        stream.reconfigure(errors="backslashreplace")
