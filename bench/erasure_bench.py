"""Ordinary writes against deletions for good, before and after a change, side by side.

    python -m bench.erasure_bench --before /path/to/old/checkout [--notes 10000 100000] [--rounds 5]

Two worker processes run the same operations on copies of one vault: one with the code of
`--before` (another checkout of Amanat, e.g. main), one with this checkout's. The driver
sends them the same operation in turn, alternating which goes first, so that both meet the
same load on a shared machine; each reports only the seconds of the operation itself. The
figures are medians and after/before ratios of one run; compare ratios, not seconds.

Operations: save of a changed note, move of a note to the trash (restored afterwards,
untimed), purge of one edited note, emptying a trash of 20 notes, and a sync-import-like
batch of 1,000 saved changes (as app/sharing/documents.py saves merged items, one by one).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

OPERATIONS = ("save", "trash", "purge", "empty 20", "sync 1000")
SYNC_BATCH = 1_000
TRASH_BATCH = 20
BUILD_BATCH = 1_000
THIS_TREE = Path(__file__).resolve().parent.parent


# -- the worker (runs with PYTHONPATH = one checkout) ---------------------------------------------

def _worker(vault_dir: Path, notes: int, seed: int) -> None:
    import random

    from amanat.app.models import Note
    from amanat.app.vault import Vault
    from amanat.crypto.kdf import INSECURE_TEST_PARAMS, allow_insecure_test_kdf
    from bench.corpus import batched, generate_notes

    allow_insecure_test_kdf()
    passphrase = "erasure benchmark passphrase, not a secret"
    if not (vault_dir / "vault.keys").exists():
        vault, _recovery = Vault.create(vault_dir, passphrase, params=INSECURE_TEST_PARAMS)
        for batch in batched(generate_notes(notes), BUILD_BATCH):
            vault.items.add_many(batch)
        vault.close()
        print(json.dumps({"built": notes}), flush=True)
        return
    vault = Vault.unlock(vault_dir, passphrase)
    items = vault.items
    pool = [header.id for header in items.list()]
    rng = random.Random(seed)
    counter = 0

    def changed(item_id: str) -> Note:
        nonlocal counter
        counter += 1
        item = items.get(item_id)
        assert isinstance(item, Note)  # the corpus is notes
        return replace(item, body=f"{item.body} changed {counter} zarghuna{counter}")

    def take() -> str:
        return pool.pop(rng.randrange(len(pool)))

    for line in sys.stdin:
        operation = json.loads(line)
        if operation == "quit":
            break
        if operation == "save":
            item = changed(rng.choice(pool))
            started = time.perf_counter()
            items.save(item)
        elif operation == "trash":
            item_id = rng.choice(pool)
            started = time.perf_counter()
            items.delete(item_id)
            seconds = time.perf_counter() - started
            items.restore(item_id)
            print(json.dumps(seconds), flush=True)
            continue
        elif operation == "purge":
            item_id = take()
            items.save(changed(item_id))
            items.delete(item_id)
            started = time.perf_counter()
            items.purge(item_id)
        elif operation == "empty 20":
            for _ in range(TRASH_BATCH):
                items.delete(take())
            started = time.perf_counter()
            items.empty_trash()
        elif operation == "sync 1000":
            batch = [changed(rng.choice(pool)) for _ in range(SYNC_BATCH)]
            started = time.perf_counter()
            for item in batch:
                items.save(item, source="bench")
        else:
            raise SystemExit(f"unknown operation {operation!r}")
        print(json.dumps(time.perf_counter() - started), flush=True)
    vault.close()


# -- the driver ------------------------------------------------------------------------------------

def _start(tree: Path, *arguments: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--worker", *arguments],
                            env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def _ask(worker: subprocess.Popen[str], operation: str) -> float:
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write(json.dumps(operation) + "\n")
    worker.stdin.flush()
    return float(json.loads(worker.stdout.readline()))


def measure(before: Path, notes: int, rounds: int, sync_rounds: int, workdir: Path) -> dict[str, Any]:
    """Medians of each operation for both checkouts, interleaved, on copies of one vault of `notes` notes."""
    from bench.timing import median

    base = workdir / f"vault-{notes}"
    started = time.perf_counter()
    builder = _start(before, str(base), str(notes), "0")
    builder.wait()
    built = time.perf_counter() - started
    shutil.copytree(base, workdir / f"after-{notes}")
    workers = {"before": _start(before, str(base), str(notes), "1"),
               "after": _start(THIS_TREE, str(workdir / f"after-{notes}"), str(notes), "1")}
    seconds: dict[str, dict[str, list[float]]] = {side: {op: [] for op in OPERATIONS} for side in workers}
    for index in range(rounds):
        order = list(workers) if index % 2 == 0 else list(reversed(workers))
        for operation in OPERATIONS:
            if operation == "sync 1000" and index >= sync_rounds:
                continue
            for side in order:
                seconds[side][operation].append(_ask(workers[side], operation))
        print(f"{notes} notes: round {index + 1}/{rounds}", file=sys.stderr, flush=True)
    for worker in workers.values():
        _ask_quit(worker)
    figures: dict[str, Any] = {"notes": notes, "build_seconds": round(built, 1), "operations": {}}
    for operation in OPERATIONS:
        old, new = median(seconds["before"][operation]), median(seconds["after"][operation])
        figures["operations"][operation] = {
            "before_ms": round(old * 1000, 1), "after_ms": round(new * 1000, 1),
            "after_over_before": round(new / old, 2), "runs": len(seconds["after"][operation]),
            "after_runs_ms": [round(s * 1000, 1) for s in seconds["after"][operation]],
            "before_runs_ms": [round(s * 1000, 1) for s in seconds["before"][operation]],
        }
    return figures


def _ask_quit(worker: subprocess.Popen[str]) -> None:
    assert worker.stdin is not None
    worker.stdin.write(json.dumps("quit") + "\n")
    worker.stdin.close()
    worker.wait()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the comparison and print a table (and the JSON figures with --json)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--worker", nargs=3, metavar=("VAULT", "NOTES", "SEED"), help=argparse.SUPPRESS)
    parser.add_argument("--before", type=Path, help="another checkout of Amanat to compare against")
    parser.add_argument("--notes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sync-rounds", type=int, default=2, help="rounds of the 1,000-save batch")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    options = parser.parse_args(argv)
    if options.worker:
        vault_dir, notes, seed = options.worker
        _worker(Path(vault_dir), int(notes), int(seed))
        return 0
    if options.before is None:
        parser.error("--before is required")
    results = []
    with tempfile.TemporaryDirectory(prefix="amanat-erasure-bench-") as workdir:
        for notes in options.notes:
            results.append(measure(options.before.resolve(), notes, options.rounds, options.sync_rounds,
                                   Path(workdir)))
    for figures in results:
        print(f"\n{figures['notes']:,} notes (vault built in {figures['build_seconds']} s)")
        print(f"{'operation':<12}{'before ms':>12}{'after ms':>12}{'after/before':>14}{'runs':>6}")
        for operation, row in figures["operations"].items():
            print(f"{operation:<12}{row['before_ms']:>12}{row['after_ms']:>12}{row['after_over_before']:>14}"
                  f"{row['runs']:>6}")
    if options.json:
        options.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
