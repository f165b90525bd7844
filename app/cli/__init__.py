"""`amanat COMMAND`: the command line over the same core the desktop app uses.

It starts from app/main.py (the composition root), which opens the window when no command
is given; the command line itself imports nothing of the window (app/ui).

Errors are one line on stderr (`amanat: error: …`), never a traceback.
Exit codes: 0 ok, 2 usage, 3 wrong passphrase or recovery key, 4 damaged,
tampered or unsupported input, 5 not found, 1 anything else.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from amanat.app.cli.output import counted, use_printable_output
from amanat.app.cli.parser import build_parser
from amanat.app.errors import AmanatError, InvalidValue
from amanat.app.kdf_cost import install_cost_check
from amanat.app.logging_setup import configure_logging
from amanat.app.models import Item
from amanat.app.platform import terminal
from amanat.app.platform.process_hardening import harden_process
from amanat.app.settings import default_settings_path
from amanat.app.vault_paths import default_umask

if TYPE_CHECKING:
    from amanat.app.self_test import WindowCheck

EXIT_FAILURE = 1
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WindowChecks:
    """The window's part of `amanat self-test` and Qt's PDF writer, handed in by app/main.py (the command
    line imports no Qt)."""

    render_main_window: WindowCheck  # render the main window offscreen on a throwaway vault
    startup_probe: Callable[[Path, Path], int]  # print the clock when the unlock screen is painted
    render_pdf: Callable[[Item, bool], bytes] | None = None  # a note or draft as PDF (right to left or not)


def cmd_self_test(args: argparse.Namespace, window: WindowChecks | None) -> int:
    """`amanat self-test`: one line per check on throwaway data; 0 only if every check passed."""
    if args.startup_probe is not None:  # (before the checks' modules load: the probe times a start)
        if window is None:
            raise InvalidValue("the startup probe needs the window; run it through 'amanat'")
        return window.startup_probe(*args.startup_probe)
    from amanat.app.self_test import run_checks

    results = run_checks(window.render_main_window if window is not None else None,
                         lambda result: print(result.line(), flush=True), process_check=True)
    failed = [result.name for result in results if not result.ok]
    print(f"amanat self-test: {len(results) - len(failed)} of {counted(len(results), 'check')} passed"
          + (f"; failed: {', '.join(failed)}" if failed else ""))
    return EXIT_FAILURE if failed else 0


Command = Callable[[argparse.Namespace], int]


def command(name: str) -> Command:
    """The function that runs command `name` (its module imported now)."""
    module, function = COMMANDS[name].split(":")
    found: Command = getattr(import_module(f"amanat.app.cli.{module}"), function)
    return found


# Each command's module is imported when that command runs: `amanat` alone (the window) loads none of them.
COMMANDS: dict[str, str] = {
    "init": "vault_commands:cmd_init",
    "passwd": "vault_commands:cmd_passwd",
    "rekey": "vault_commands:cmd_rekey",
    "recover": "vault_commands:cmd_recover",
    "new-recovery-key": "vault_commands:cmd_new_recovery_key",
    "check": "vault_commands:cmd_check",
    "backup": "vault_commands:cmd_backup",
    "restore": "vault_commands:cmd_restore",
    "remember": "vault_commands:cmd_remember",
    "bind": "border_commands:cmd_bind",
    "note": "item_commands:cmd_item",
    "contact": "item_commands:cmd_item",
    "draft": "item_commands:cmd_item",
    "search": "item_commands:cmd_search",
    "trash": "item_commands:cmd_trash",
    "history": "item_commands:cmd_history",
    "attachment": "item_commands:cmd_attachment",
    "identity": "sync_commands:cmd_identity",
    "peer": "sync_commands:cmd_peer",
    "group": "sync_commands:cmd_group",
    "sync": "sync_commands:cmd_sync",
    "wipe": "border_commands:cmd_wipe",
    "duress": "border_commands:cmd_duress",
    "travel": "border_commands:cmd_travel",
    "entrust": "entrust_commands:cmd_entrust",
    "import": "transfer_commands:cmd_import",
    "export": "transfer_commands:cmd_export",
    "task": "task_commands:cmd_task",
    "translation": "translation_commands:cmd_translation",
    "meeting": "meeting_commands:cmd_meeting",
}
# The decoy has no keys of its own until a duress unlock: commands about keys or the whole folder refuse --decoy.
NOT_FOR_THE_DECOY = frozenset({"init", "passwd", "recover", "new-recovery-key", "backup", "restore", "remember", "bind",
                               "wipe", "duress", "travel", "self-test", "rekey", "entrust"})


def _error(message: str) -> None:
    print(f"amanat: error: {message}", file=sys.stderr)


def prepare_process() -> None:
    """What every start of Amanat does first, window or command line (app/main.py calls it)."""
    harden_process()  # before any secret is read, in the window and on the command line alike
    default_umask()
    for stream in (sys.stdout, sys.stderr):
        terminal.keep_output_printable(stream)  # Dari on a Windows pipe: escaped, never a crash
    use_printable_output()  # nothing from the vault can send the terminal a control sequence
    configure_logging()


def parse_arguments(argv: list[str] | None = None) -> tuple[argparse.ArgumentParser, argparse.Namespace]:
    """The parser and the parsed arguments (`args.command` is None when no command was given)."""
    parser = build_parser()
    return parser, parser.parse_args(argv)


def run_command(parser: argparse.ArgumentParser, args: argparse.Namespace, window: WindowChecks | None = None) -> int:
    """Run the command in `args`; return its exit code (errors are one line on stderr)."""
    if args.command is None:
        parser.error("no command given ('amanat' alone opens the window)")
    if getattr(args, "decoy", False) and args.command in NOT_FOR_THE_DECOY:
        parser.error(f"--decoy does not apply to '{args.command}'")
    from amanat.app.cli import secret_input

    install_cost_check(default_settings_path(), secret_input.cost_confirmation(args),
                       "; to go ahead, add --accept-slow-key-derivation")
    try:
        if args.command == "self-test":
            return cmd_self_test(args, window)
        if args.command == "export":
            from amanat.app.cli.transfer_commands import cmd_export

            return cmd_export(args, window.render_pdf if window is not None else None)
        return command(args.command)(args)
    except AmanatError as error:
        _error(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        _error("interrupted; nothing was changed by the interrupted step")
        return EXIT_FAILURE
    except OSError as error:
        _error(f"{error.strerror or 'file error'}: {error.filename}" if error.filename else str(error.strerror))
        return EXIT_FAILURE
    except Exception as error:
        log.debug("unexpected failure", exc_info=os.environ.get("AMANAT_DEBUG") == "1")
        _error(f"unexpected failure ({type(error).__name__}); please report it")
        return EXIT_FAILURE


def main(argv: list[str] | None = None, window: WindowChecks | None = None) -> int:
    """Run one command in this process (tests); `amanat` itself starts from app/main.py."""
    prepare_process()
    parser, args = parse_arguments(argv)
    return run_command(parser, args, window)
