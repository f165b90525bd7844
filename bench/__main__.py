"""`python -m bench`: the vault benchmark (insert, search, unlock), the GUI one (start-up, unlock, filtering),
then the bundle one (seal/open throughput and memory, incremental bundles)."""

from __future__ import annotations

import sys

from bench.vault_bench import main

if __name__ == "__main__":
    sys.exit(main())
