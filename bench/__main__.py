"""`python -m bench`: the vault benchmark (insert, search, unlock), the GUI one (start-up, unlock, filtering),
the built program's start-up when there is a build, the bundle one (seal/open throughput and memory,
incremental bundles) and the panic-wipe one; then one summary table (bench.suite)."""

from __future__ import annotations

import sys

from bench.vault_bench import main

if __name__ == "__main__":
    sys.exit(main())
