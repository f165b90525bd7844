"""`amanat`: where both front ends start, the window and the command line.

The composition root: the one module that imports both `amanat.app.ui` (Qt) and `amanat.app.cli`. It
prepares the process the same way for both (process hardening, umask, printable output,
logging), then decides: with no command it opens the window on the vault folder (`--vault`
or the default), with a command it runs that command. The command line gets the window's
part of `amanat self-test` (render the main window offscreen, the startup probe) and the PDF
writer of `amanat export --format pdf` (Qt's) handed in as `WindowChecks`, so app/cli imports
nothing of app/ui and the core imports neither.
Qt is loaded only when the window opens or is rendered.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from amanat.app import cli
from amanat.app.cli.vault_location import vault_directory
from amanat.app.kdf_cost import install_cost_check
from amanat.app.models import Item
from amanat.app.settings import default_settings_path


def _render_main_window(vault_dir: Path, settings_path: Path) -> str:
    from amanat.app.ui.shell import self_test_window  # imports Qt only when the window is rendered

    return self_test_window.render_main_window(vault_dir, settings_path)


def _startup_probe(vault_dir: Path, settings_path: Path) -> int:
    from amanat.app.ui.shell import self_test_window

    return self_test_window.startup_probe(vault_dir, settings_path)


def _render_pdf(item: Item, right_to_left: bool) -> bytes:
    from amanat.app.ui.shell import headless_pdf  # Qt only when a PDF is asked for

    return headless_pdf.render_pdf(item, right_to_left)


WINDOW_CHECKS = cli.WindowChecks(render_main_window=_render_main_window, startup_probe=_startup_probe,
                                 render_pdf=_render_pdf)


def open_window(args: argparse.Namespace) -> int:
    """`amanat` with no command: the window, until it closes; its exit code."""
    install_cost_check(default_settings_path())  # the window asks itself (app/ui/shell/unlock.py)
    from amanat.app.ui.shell.gui_main import run_gui  # Qt is loaded only for the window

    return run_gui(vault_directory(args))


def main(argv: list[str] | None = None) -> int:
    """Start Amanat with `argv` (default: the process's arguments); return the exit code."""
    cli.prepare_process()  # before any secret is read, in the window and on the command line alike
    parser, args = cli.parse_arguments(argv)
    if args.command is None:
        return open_window(args)
    return cli.run_command(parser, args, WINDOW_CHECKS)


def run() -> None:
    """Console entry point (`amanat`, `python -m amanat.app`, the built program)."""
    sys.exit(main())
