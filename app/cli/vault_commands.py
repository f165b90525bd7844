"""Commands about the vault itself: init, passwd, rekey, recover, check, backup, restore."""

from __future__ import annotations

import argparse
import sys

from amanat.app.backup import create_backup, restore_backup
from amanat.app.cli import secret_input
from amanat.app.cli.output import counted
from amanat.app.cli.session import open_vault, passphrase_file, say_what_was_interrupted
from amanat.app.cli.vault_location import vault_directory
from amanat.app.device_secret import has_device_secret
from amanat.app.errors import DamagedInput, DestinationExists, VaultExists
from amanat.app.vault import Vault, VaultPaths
from amanat.crypto.keyfile import KeyFile
from amanat.crypto.recovery_key import RecoveryKey

DURESS_OFF = "the duress passphrase is OFF now (it is tied to the old passphrase): run 'amanat duress set' again"


def _warn(text: str) -> None:
    print(f"amanat: warning: {text}", file=sys.stderr)


def _print_recovery_key(recovery: RecoveryKey) -> None:
    print("Recovery key (shown only this once):")
    print()
    print("    " + "  ".join(recovery.groups()))
    print()
    print("Write it on paper and keep it apart from this computer. With it, anyone can")
    print("open the vault; without it and the passphrase, nobody can, not even you.")


def cmd_init(args: argparse.Namespace) -> int:
    directory = vault_directory(args)
    if VaultPaths(directory).exists():
        raise VaultExists(f"a vault already exists in {directory}")
    passphrase = secret_input.new_passphrase_for_init(passphrase_file(args))
    warning = secret_input.weakness_warning(passphrase)
    if warning:
        _warn(warning)
    print("Measuring this computer to choose the key-derivation cost (about a second)…", file=sys.stderr)
    vault, recovery = Vault.create(directory, passphrase)
    with vault:
        params = vault.key_file.passphrase_params()
        print(f"Created a vault in {directory}")
        if params is not None:
            print(f"Passphrase protection: {params.describe()}")
        _print_recovery_key(recovery)
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    directory = vault_directory(args)
    old = secret_input.passphrase(passphrase_file(args), "Current passphrase: ")
    new = secret_input.changed_passphrase()
    warning = secret_input.weakness_warning(new)
    if warning:
        _warn(warning)
    change = Vault.change_passphrase(directory, old, new)
    print(f"Passphrase changed ({change.params.describe()}). The old passphrase no longer opens this key file.")
    if change.duress_turned_off:
        _warn(DURESS_OFF)
    print(OLD_KEY_FILE_NOTE)
    print("Backups made before now still open with the old passphrase.")
    return 0


OLD_KEY_FILE_NOTE = ("An old copy of the key file (vault.keys, say in a copied vault folder) still opens the vault "
                     "with the old passphrase or recovery key until you re-key it: run 'amanat rekey'.")


def cmd_rekey(args: argparse.Namespace) -> int:
    directory = vault_directory(args)
    passphrase = secret_input.passphrase(passphrase_file(args))
    steps = ("passphrase checked", "new key file made", "re-key recorded", "database re-encrypted",
             "key file replaced")

    def progress(done: int, total: int) -> None:
        print(f"  [{done}/{total}] {steps[done - 1]}", file=sys.stderr, flush=True)

    with say_what_was_interrupted(Vault.unlock(directory, passphrase)) as vault:
        duress_was_set = vault.duress_state() != "off"
        entrusted = vault.key_file.entrust_terms() is not None
        remembered = vault.keys.remembered_on_this_device
        print("Re-keying: a new vault key, the database re-encrypted under it, every slot rewritten…",
              file=sys.stderr, flush=True)
        recovery = vault.rekey(passphrase, progress)
        kept_remembered = vault.keys.remembered_on_this_device
        entrust_lost = entrusted and vault.key_file.entrust_terms() is None
    print("The vault has a new key. Old copies of the key file, old passphrases and old recovery keys no "
          "longer open it; your passphrase is unchanged.")
    if duress_was_set:
        _warn("the duress passphrase is OFF now (it was tied to the old key): run 'amanat duress set' again")
    if entrust_lost:
        _warn("your colleagues' recovery shares no longer open the vault (a re-key cannot keep them): make a new "
              "set with 'amanat entrust create'")
    if remembered and not kept_remembered:
        _warn("this device no longer remembers the vault (the keychain failed): run 'amanat remember' again")
    print("Backups made before now still open with the passphrase or recovery key of their day.")
    _print_recovery_key(recovery)
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    directory = vault_directory(args)
    recovery = secret_input.recovery_key()
    new = secret_input.changed_passphrase()
    warning = secret_input.weakness_warning(new)
    if warning:
        _warn(warning)
    change = Vault.reset_passphrase(directory, recovery, new)
    print("A new passphrase is set. The recovery key still works; replace it with 'amanat new-recovery-key'.")
    if change.bound:
        print("The passphrase is bound to this device's keystore ('amanat bind --off' undoes that).")
    if change.duress_turned_off:
        _warn(DURESS_OFF)
    return 0


def cmd_new_recovery_key(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        recovery = vault.keys.new_recovery_key()
    print("The old recovery key no longer opens this key file.")
    print(OLD_KEY_FILE_NOTE)
    _print_recovery_key(recovery)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        problems = vault.check()
        if problems:
            for problem in problems:
                print(f"problem: {problem}")
            raise DamagedInput(f"the vault is damaged: {counted(len(problems), 'integrity problem')}, listed above; "
                               "restore it from a backup")
        counts = {kind: vault.items.count(kind) for kind in ("note", "contact", "draft")}
    print(f"ok: {counted(counts['note'], 'note')}, {counted(counts['contact'], 'contact')}, "
          f"{counted(counts['draft'], 'draft')}; "
          "encryption, database and search index intact")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    if not args.overwrite and (args.file.exists() or args.file.is_symlink()):
        # Before the passphrase is asked for: nothing to unlock when the answer is no.
        raise DestinationExists(f"not written: {args.file} already exists; choose another name, "
                                "or add --overwrite to replace it")
    with open_vault(args) as vault:
        try:
            size = create_backup(vault, args.file, overwrite=args.overwrite)
        except DestinationExists:
            raise DestinationExists(f"not written: {args.file} appeared while the backup was made; "
                                    "choose another name, or add --overwrite to replace it") from None
    print(f"Backup written to {args.file} ({size:,} bytes). It opens with today's passphrase "
          "or recovery key.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    directory = vault_directory(args)
    if args.with_recovery_key:
        restore_backup(args.file, directory, recovery_key=secret_input.recovery_key())
    else:
        restore_backup(args.file, directory, passphrase=secret_input.passphrase(passphrase_file(args)))
    print(f"Restored the backup into {directory}")
    if not has_device_secret(KeyFile.read(VaultPaths(directory).key_file)):
        _warn("the passphrase of this backup is bound to the keystore of the device it was made on, which is not "
              "here: set it again with 'amanat recover' (it is then bound to this device's keystore, if it has one)")
    _warn("the duress passphrase is OFF in the restored vault (a backup carries no decoy): "
          "if you use one, run 'amanat duress set' again")
    return 0


def cmd_remember(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        if args.off:
            vault.keys.forget_on_this_device()
            print("This device no longer remembers the vault; the passphrase is needed again.")
        else:
            vault.keys.remember_on_this_device()
            _warn("anyone who can use this computer while you are logged in can now open the vault "
                  "without the passphrase, including whoever seizes it unlocked")
            print("This device now remembers the vault through the system keychain.")
    return 0
