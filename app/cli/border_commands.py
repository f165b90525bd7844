"""Commands for crossing borders: panic wipe, the duress passphrase, travel mode."""

from __future__ import annotations

import argparse
import os
import sys

from amanat.app.cli import secret_input
from amanat.app.cli.output import counted
from amanat.app.cli.session import open_vault
from amanat.app.cli.sync_commands import read_input
from amanat.app.cli.vault_location import vault_directory
from amanat.app.device_binding import Binding, binding_state, set_device_binding
from amanat.app.duress import remove_duress, set_duress
from amanat.app.errors import InvalidValue
from amanat.app.search_text import fold_for_search
from amanat.app.settings import default_settings_path, load_settings
from amanat.app.vault import VaultPaths
from amanat.app.wipe import wipe_vault
from amanat.crypto.atomic_write import write_file_atomically
from amanat.sync.bundle import MAX_BUNDLE_BYTES

CONFIRM_WORD = "WIPE"
# The same confirmation in the interface's language (Settings; the window's language): typed on a Dari or
# Pashto keyboard, with either kaf or yeh, with or without a zero-width non-joiner. To be reviewed by
# native speakers with the rest of the translations.
CONFIRM_WORDS_BY_LANGUAGE = {"fa": "پاک", "ps": "پاکول"}


def _warn(text: str) -> None:
    print(f"amanat: warning: {text}", file=sys.stderr)


def confirmation_words(language: str) -> tuple[str, ...]:
    """What `amanat wipe` accepts as a yes: WIPE, and the word of the user's language."""
    own = CONFIRM_WORDS_BY_LANGUAGE.get(language)
    return (CONFIRM_WORD, own) if own else (CONFIRM_WORD,)


def _same_word(typed: str, word: str) -> bool:
    def folded(text: str) -> str:
        return "".join(fold_for_search(text).split()).replace("\u200c", "")
    return typed.strip() == word if word.isascii() else folded(typed) == folded(word)


def cmd_wipe(args: argparse.Namespace) -> int:
    directory = vault_directory(args)
    VaultPaths(directory).require()
    if not args.yes:
        words = confirmation_words(load_settings(default_settings_path()).language)
        shown = " or ".join(words)
        if sys.stdin is None or not sys.stdin.isatty():
            answer = sys.stdin.readline().strip() if sys.stdin is not None else ""
        else:
            print(f"This destroys the vault in {directory} for good: its keys first, then its files.", file=sys.stderr)
            answer = input(f"Type {shown} to go on: ").strip()
        if not any(_same_word(answer, word) for word in words):
            raise InvalidValue(f"not wiped: type {shown} to confirm, or use --yes")
    report = wipe_vault(directory, settings_path=default_settings_path())
    print(f"Wiped. The keys were destroyed in {report.keys_seconds * 1000:.0f} ms, "
          f"everything in {report.total_seconds * 1000:.0f} ms.")
    print("Backups and bundles you made earlier are separate files: destroy them yourself if you must.")
    if not report.keys_destroyed:
        print("amanat: a key file is held open by another program and could not be overwritten or deleted; "
              "close other programs and wipe again.", file=sys.stderr)
    if report.held:
        print(f"amanat: {len(report.held)} file(s) are held open by another program and remain (encrypted, "
              "their keys destroyed); close other programs and delete the vault folder:", file=sys.stderr)
        for path in report.held:
            print(f"  {path}", file=sys.stderr)
    return 0 if report.keys_destroyed else 1


def cmd_duress(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        if args.verb == "set":
            passphrase = os.environ.get("AMANAT_DURESS_PASSPHRASE") or secret_input.confirmed_secret(
                "Duress passphrase (it opens a harmless decoy and wipes this vault): ")
            kept = vault.has_decoy()
            set_duress(vault, passphrase)
            print("Duress passphrase set. " + ("The decoy vault keeps its content." if kept
                                               else "The decoy vault is empty for now."))
            print("Unlocking with the duress passphrase destroys this vault for good (there is no undo) and opens "
                  "the decoy in its place. NEVER type it to try it out.")
            print("Fill the decoy with harmless content with your OWN passphrase and --decoy, for example:")
            print("    amanat --decoy note add --title …")
            print("Changing your passphrase or re-measuring the key cost turns the duress passphrase off.")
            print("Keep the decoy under 4 MiB: a larger one makes the vault folder larger than one without it.")
        elif args.verb == "off":
            remove_duress(vault)
            print("No duress passphrase any more; the decoy vault was wiped.")
        else:
            state = vault.duress_state()
            if state == "on":
                print("The duress passphrase is set.")
            elif state == "unconfirmed":
                print("An older Amanat set a duress passphrase here: run 'amanat duress set' with it once more "
                      "to keep using it and to fill its decoy.")
            elif vault.has_decoy():
                print("No duress passphrase is set (a new passphrase turned it off; the decoy is kept for "
                      "'amanat duress set').")
            else:
                print("No duress passphrase is set.")
    return 0


def cmd_travel(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        travel = vault.sync.travel
        if args.verb == "seal":
            item_ids = travel.all_item_ids() if args.all else [vault.items.resolve(i) for i in args.items]
            recovery = None
            peer = None
            if args.recovery_key:
                recovery = secret_input.recovery_key()
            else:
                peer = vault.sync.identities.resolve_peer(args.to)
            report = vault.sync.travel_order.seal_and_remove(item_ids, args.out, peer_fingerprint=peer,
                                                             recovery_key=recovery)
            print(f"Sealed {counted(report.items, 'item')} and {counted(report.attachments, 'attachment')} into "
                  f"{args.out} and removed {counted(report.removed, 'item')} from this laptop. Keep that file OFF "
                  "this laptop.")
            staying = len(travel.staying_item_ids())
            if staying:
                print(f"{counted(staying, 'item')} shared with a group {'stays' if staying == 1 else 'stay'} on "
                      "this laptop: whoever unlocks it, or makes you "
                      "unlock it, sees them.")
        elif args.verb == "finish":
            removed = vault.sync.travel_order.finish(args.file)
            print(f"Travel mode finished: removed the {counted(removed, 'item')} still here. Keep the travel file OFF "
                  "this laptop.")
        elif args.verb == "undo":
            deleted = vault.sync.travel_order.undo()
            print("Travel mode undone: the items stay on this laptop" +
                  (" and the travel file was deleted." if deleted else "; the travel file was not found."))
        elif args.verb == "restore":
            recovery = secret_input.recovery_key() if args.recovery_key else None
            count = travel.restore(read_input(args.file, MAX_BUNDLE_BYTES, "a travel file"), recovery_key=recovery)
            print(f"Brought back {counted(count, 'item')}.")
        elif args.verb == "return":
            owner = vault.sync.identities.resolve_peer(args.to)
            data = travel.return_to(read_input(args.file, MAX_BUNDLE_BYTES, "a travel file"), owner)
            write_file_atomically(args.out, data)
            print(f"Wrote {args.out}: only its owner can open it.")
    return 0


def cmd_bind(args: argparse.Namespace) -> int:
    """`amanat bind [--off]`: the passphrase works only with this device's keystore (docs/key-file.md)."""
    with open_vault(args) as vault:
        if args.off:
            set_device_binding(vault, False)
            print("The passphrase alone opens the vault again; this device's keystore no longer holds its secret.")
            return 0
        if binding_state(vault) is Binding.ELSEWHERE:
            raise InvalidValue("the passphrase is bound to another device's keystore and does not work here: set it "
                               "again with 'amanat recover' (it is then bound to this device)")
        set_device_binding(vault, True)
    print("The passphrase now works only together with this device's keystore: a copy of the key file (a snapshot, "
          "a shadow copy, a disk image) does not open with the passphrase alone. The recovery key works anywhere.")
    _warn("copies made before now are not bound: run 'amanat rekey' to make them useless. If this device's "
          "keystore is reset or the vault moves to another computer, open it with the recovery key")
    return 0
