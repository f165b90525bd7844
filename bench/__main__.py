"""`python -m bench`: the vault benchmark (insert, search, unlock), then the GUI one (start-up, unlock, filtering)."""

from __future__ import annotations

import sys

from bench.vault_bench import main

if __name__ == "__main__":
    sys.exit(main())
