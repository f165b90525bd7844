"""A writer process for the crash-safety test: it prints each id only after its commit returned.

Run as `python -m tests.crash_writer VAULT_DIR MODE SEED`; the test kills it with SIGKILL.
"""

from __future__ import annotations

import io
import os
import random
import signal
import sys
import time
from dataclasses import replace
from pathlib import Path

from amanat.app.models import Note
from amanat.app.vault import Vault
from amanat.crypto.kdf import allow_insecure_test_kdf

PASSPHRASES = ("correct horse battery staple", "second passphrase for crash tests")


def write_items(directory: Path, rng: random.Random) -> None:
    with Vault.unlock(directory, PASSPHRASES[0]) as vault:
        while True:
            action = rng.random()
            if action < 0.5:
                note = vault.items.add_note(f"note {rng.random()}", "متن یادداشت " * rng.randint(1, 400))
                print(f"added {note.id}", flush=True)
            elif action < 0.7:
                batch = [Note(id="", title=f"batch {i}", body="x" * rng.randint(0, 3000)) for i in range(50)]
                for stored in vault.items.add_many(batch):
                    print(f"added {stored.id}", flush=True)
            elif action < 0.85:
                headers = vault.items.list("note", limit=20)
                if headers:
                    target = vault.items.get(rng.choice(headers).id)
                    saved = vault.items.save(replace(target, title=f"edited {rng.random()}"))
                    print(f"edited {saved.id} {saved.revision}", flush=True)
            else:
                headers = vault.items.list("note", limit=5)
                if headers:
                    data = io.BytesIO(os.urandom(rng.randint(1, 900_000)))
                    info = vault.attachments.add(headers[0].id, data, "f.bin")
                    print(f"attached {info.id} {info.size}", flush=True)


def change_passphrases(directory: Path, index: int = 0) -> None:
    """From PASSPHRASES[index] to the other one, and back, and again."""
    while True:
        Vault.change_passphrase(directory, PASSPHRASES[index % 2], PASSPHRASES[(index + 1) % 2])
        index += 1
        print(f"passphrase {(index) % 2}", flush=True)


def import_bundles(directory: Path, bundle_dir: Path, rng: random.Random) -> None:
    """Import the bundle files of `bundle_dir` in a random order, adding notes in between, then keep adding."""
    pending = sorted(bundle_dir.glob("*.age"))
    rng.shuffle(pending)
    with Vault.unlock(directory, PASSPHRASES[0]) as vault:
        while True:
            if pending and rng.random() < 0.8:
                path = pending.pop()
                report = vault.sync.exchange.import_bundle(path.read_bytes())
                if report.status not in ("applied", "already-imported"):
                    raise SystemExit(f"unexpected import status {report.status}")
                print(f"imported {path.name}", flush=True)
            else:
                note = vault.items.add_note(f"between imports {rng.random()}", "متن " * rng.randint(1, 2000))
                print(f"added {note.id}", flush=True)


def rekey_repeatedly(directory: Path, rng: random.Random) -> None:
    """Add a note, re-key, and again; each line is printed only after its step returned."""
    with Vault.unlock(directory, PASSPHRASES[0]) as vault:
        while True:
            note = vault.items.add_note(f"between re-keys {rng.random()}", "متن " * rng.randint(1, 500))
            print(f"added {note.id}", flush=True)
            vault.rekey(PASSPHRASES[0])
            print("rekeyed", flush=True)


def kill_at_call(number: int) -> None:
    """SIGKILL this process right after its `number`-th os.fsync, os.replace or os.rename returns."""
    calls = 0

    def wrap(original):  # type: ignore[no-untyped-def]
        def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
            nonlocal calls
            result = original(*args, **kwargs)
            calls += 1
            if calls == number:
                os.kill(os.getpid(), signal.SIGKILL)
            return result

        return counted

    for name in ("fsync", "replace", "rename"):
        setattr(os, name, wrap(getattr(os, name)))


def restore_once(target: Path, backup: Path) -> None:
    """Restore `backup` into `target`, say so, then wait to be killed."""
    from amanat.app.backup import restore_backup

    restore_backup(backup, target, passphrase=PASSPHRASES[0])
    print("restored", flush=True)
    time.sleep(600)


def seal_for_travel(directory: Path, trip_file: Path, recovery_key: str) -> None:
    """Seal every item for the recovery key into `trip_file` and remove them, say so, then wait to be killed."""
    with Vault.unlock(directory, PASSPHRASES[0]) as vault:
        print("unlocked", flush=True)
        order = vault.sync.travel_order
        order.seal_and_remove(vault.sync.travel.all_item_ids(), trip_file, recovery_key=recovery_key)
        print("sealed", flush=True)
        time.sleep(600)


if __name__ == "__main__":
    allow_insecure_test_kdf()  # the test made the vault with the weak test parameters
    vault_dir, mode, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    if mode == "items":
        write_items(vault_dir, random.Random(seed))
    elif mode == "rekey":
        rekey_repeatedly(vault_dir, random.Random(seed))
    elif mode in ("rekey-bound", "passwd-bound"):  # the passphrase bound to a keystore in a file (argv[4])
        from tests.file_keyring import use_file_keyring

        use_file_keyring(Path(sys.argv[4]))
        kill_at_call(seed)
        if mode == "rekey-bound":
            rekey_repeatedly(vault_dir, random.Random(seed))
        else:
            change_passphrases(vault_dir, int(sys.argv[5]))
    elif mode == "travel":
        seal_for_travel(vault_dir, Path(sys.argv[4]), sys.argv[5])
    elif mode == "restore":
        if len(sys.argv) > 5:
            kill_at_call(int(sys.argv[5]))
        restore_once(vault_dir, Path(sys.argv[4]))
    elif mode == "import":
        import_bundles(vault_dir, Path(sys.argv[4]), random.Random(seed))
    else:
        change_passphrases(vault_dir)
