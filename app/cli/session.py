"""Finding and unlocking the vault a command works on."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from amanat.app.cli import secret_input
from amanat.app.cli.vault_location import vault_directory
from amanat.app.duress import open_decoy
from amanat.app.rekey import RekeyOutcome
from amanat.app.vault import Vault, VaultPaths


def passphrase_file(args: argparse.Namespace) -> Path | None:
    """The --passphrase-file option, if given."""
    value = getattr(args, "passphrase_file", None)
    return Path(value) if value is not None else None


def open_vault(args: argparse.Namespace) -> Vault:
    """Unlock: through the OS keychain when remembered and no passphrase was given, else the passphrase.

    With --decoy, the real vault is unlocked and its duress decoy is returned (closing it closes both).
    """
    vault = _open_real_vault(args)
    if not getattr(args, "decoy", False):
        return vault
    try:
        decoy = open_decoy(vault)
    except BaseException:
        vault.close()
        raise
    decoy.close_together_with(vault)
    if decoy.larger_than_a_step:
        print("amanat: warning: the decoy vault is larger than 4 MiB, so its file is larger than that of a "
              "vault without a duress passphrase: keep the decoy small", file=sys.stderr)
    return decoy


def _open_real_vault(args: argparse.Namespace) -> Vault:
    directory = vault_directory(args)
    VaultPaths(directory).require()
    explicit = passphrase_file(args) is not None or "AMANAT_PASSPHRASE" in os.environ
    if not explicit:
        vault = Vault.unlock_with_keychain(directory)
        if vault is not None:
            return say_what_was_interrupted(vault)
    return say_what_was_interrupted(Vault.unlock(directory, secret_input.passphrase(passphrase_file(args))))


def say_what_was_interrupted(vault: Vault) -> Vault:
    """Tell the user on standard error what this unlock did with work an earlier process did not finish."""
    if vault.interrupted_rekey is RekeyOutcome.FINISHED:
        _warn("a re-key that was interrupted has been finished: the vault has its new key. Its new recovery "
              "key may never have been shown and the old one no longer opens the vault: run "
              "'amanat new-recovery-key' now. The duress passphrase is off.")
    elif vault.interrupted_rekey is RekeyOutcome.UNDONE:
        _warn("a re-key that was interrupted has been undone: the vault keeps its old key, and old copies of "
              "the key file still open it. Run 'amanat rekey' again.")
    travel = vault.sync.travel_order.pending()
    if travel is not None:
        here = len(vault.sync.travel_order.items_still_here(travel))
        _warn(f"TRAVEL MODE DID NOT FINISH: {here} of the {len(travel.item_ids)} sealed items are still on this "
              f"laptop, and the travel file went to {travel.trip_file}. Run 'amanat travel finish' to remove them "
              "(the travel file must be intact), or 'amanat travel undo' to keep them and delete the travel file.")
    return vault


def _warn(text: str) -> None:
    print(f"amanat: warning: {text}", file=sys.stderr)
