"""`python -m tests.amanat_entry …`: the `amanat` command line with the weak test key derivation.

The product never reads a switch from the environment, so the processes the tests start
run through this module instead of `python -m amanat.app`: it turns the weak test parameters on
in its own process, then runs the real command line unchanged.
"""

from __future__ import annotations

from amanat.crypto.kdf import allow_insecure_test_kdf

if __name__ == "__main__":
    allow_insecure_test_kdf()

    from amanat.app.main import run

    run()
