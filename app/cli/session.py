"""Finding and unlocking the vault a command works on."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import platformdirs

from app.cli import secret_input
from app.vault import Vault, VaultPaths


def vault_directory(args: argparse.Namespace) -> Path:
    """--vault, else AMANAT_VAULT, else the platform's user data folder."""
    given = getattr(args, "vault", None)
    if given is not None:
        return Path(given)
    if os.environ.get("AMANAT_VAULT"):
        return Path(os.environ["AMANAT_VAULT"])
    return Path(platformdirs.user_data_dir("Amanat", appauthor=False)) / "vault"


def passphrase_file(args: argparse.Namespace) -> Path | None:
    """The --passphrase-file option, if given."""
    value = getattr(args, "passphrase_file", None)
    return Path(value) if value is not None else None


def open_vault(args: argparse.Namespace) -> Vault:
    """Unlock: through the OS keychain when remembered and no passphrase was given, else the passphrase."""
    directory = vault_directory(args)
    VaultPaths(directory).require()
    explicit = passphrase_file(args) is not None or "AMANAT_PASSPHRASE" in os.environ
    if not explicit:
        vault = Vault.unlock_with_keychain(directory)
        if vault is not None:
            return vault
    return Vault.unlock(directory, secret_input.passphrase(passphrase_file(args)))
