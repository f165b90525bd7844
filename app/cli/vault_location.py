"""Where the vault is: --vault, AMANAT_VAULT or the platform's user data folder (the window and the
command line both ask this first, before anything heavy is loaded)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import platformdirs


def vault_directory(args: argparse.Namespace) -> Path:
    """--vault, else AMANAT_VAULT, else the platform's user data folder."""
    given = getattr(args, "vault", None)
    if given is not None:
        return Path(given)
    if os.environ.get("AMANAT_VAULT"):
        return Path(os.environ["AMANAT_VAULT"])
    return Path(platformdirs.user_data_dir("Amanat", appauthor=False)) / "vault"

