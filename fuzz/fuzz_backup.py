"""atheris: `amanat.app.backup.restore_backup` on any file; a refused backup must leave no folder behind.

Run: python fuzz/fuzz_backup.py -max_total_time=60
"""

from __future__ import annotations

import shutil

from harness import instrumented, run, scratch

with instrumented():
    from amanat.app.backup import create_backup, restore_backup
    from amanat.app.vault import Vault
    from amanat.crypto.errors import AmanatError

PASSPHRASE = "fuzz passphrase"  # noqa: S105 - a throwaway vault in a temporary folder


def main() -> None:
    work = scratch()
    vault = Vault.create(work / "vault", PASSPHRASE)[0]
    vault.items.add_note("seed", "a note in the seed backup")
    create_backup(vault, work / "seed.backup")
    vault.close()
    source, target = work / "input.backup", work / "restored"

    def check(data: bytes) -> None:
        source.write_bytes(data)
        shutil.rmtree(target, ignore_errors=True)
        try:
            restore_backup(source, target, passphrase=PASSPHRASE)
        except AmanatError:
            if target.exists():
                raise AssertionError("a refused backup left files behind") from None
            raise
        finally:
            shutil.rmtree(target, ignore_errors=True)

    run(check, [(work / "seed.backup").read_bytes()])


if __name__ == "__main__":
    main()
