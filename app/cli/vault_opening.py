"""`open_vault` for the command modules whose parsers every start builds (the window's too): the session's
machinery (the vault, the duress decoy) is imported only when a command opens the vault."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from amanat.app.vault import Vault


def open_vault(args: argparse.Namespace) -> Vault:
    """`session.open_vault`, imported when a command opens the vault (the parser, built from the modules
    that use this, is built at every start, the window's too)."""
    from amanat.app.cli.session import open_vault as opened

    return opened(args)
