"""atheris: `amanat.crypto.keyfile.KeyFile.parse` on any bytes. Run: python fuzz/fuzz_keyfile.py -max_total_time=60"""

from __future__ import annotations

from harness import instrumented, run, scratch

with instrumented():
    from amanat.app.vault import Vault
    from amanat.crypto.keyfile import KeyFile


def main() -> None:
    directory = scratch() / "vault"
    Vault.create(directory, "fuzz passphrase")[0].close()
    run(KeyFile.parse, [(directory / "vault.keys").read_bytes()])


if __name__ == "__main__":
    main()
