"""`amanat`: the command line over the same core the desktop app uses.

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

from app.cli import border_commands, item_commands, sync_commands, vault_commands
from app.cli.parser import build_parser
from app.errors import AmanatError
from app.logging_setup import configure_logging
from app.vault import default_umask

EXIT_FAILURE = 1
log = logging.getLogger(__name__)

Command = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Command] = {
    "init": vault_commands.cmd_init,
    "passwd": vault_commands.cmd_passwd,
    "recover": vault_commands.cmd_recover,
    "new-recovery-key": vault_commands.cmd_new_recovery_key,
    "check": vault_commands.cmd_check,
    "backup": vault_commands.cmd_backup,
    "restore": vault_commands.cmd_restore,
    "remember": vault_commands.cmd_remember,
    "note": item_commands.cmd_item,
    "contact": item_commands.cmd_item,
    "draft": item_commands.cmd_item,
    "search": item_commands.cmd_search,
    "trash": item_commands.cmd_trash,
    "history": item_commands.cmd_history,
    "attachment": item_commands.cmd_attachment,
    "identity": sync_commands.cmd_identity,
    "peer": sync_commands.cmd_peer,
    "group": sync_commands.cmd_group,
    "sync": sync_commands.cmd_sync,
    "wipe": border_commands.cmd_wipe,
    "duress": border_commands.cmd_duress,
    "travel": border_commands.cmd_travel,
}


def _error(message: str) -> None:
    print(f"amanat: error: {message}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Run one command; return its exit code."""
    default_umask()
    configure_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from app.cli.session import vault_directory
        from app.ui.gui_main import run_gui  # Qt is loaded only for the window

        return run_gui(vault_directory(args))
    try:
        return COMMANDS[args.command](args)
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


def run() -> None:
    """Console entry point."""
    sys.exit(main())
