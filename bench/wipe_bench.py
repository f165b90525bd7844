"""The panic-wipe benchmark: `amanat.app.wipe.wipe_vault` against deleting an identical copy with `shutil.rmtree`.

Each round builds two identical vault folders: a real vault (key file with its
slots, lock file, the database's real first pages) whose database file is then
grown to the wanted size by appending random 4 KiB pages, which look to the
file system exactly like SQLCipher's encrypted pages. Everything is fsynced
before the clock starts, so neither side is billed for writing back the other's
dirty pages. Then, in alternating order, `wipe_vault` destroys one folder
(keys first, then files; its own report says when the keys were gone) and
`shutil.rmtree` deletes the other. Medians over the rounds; the ratio is the
median of the per-round ratios of the total wipe over the rmtree.

    python -m bench --only wipe [--quick]      # also part of plain `python -m bench`
"""

from __future__ import annotations

import os
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from amanat.app.errors import KeychainUnavailable
from amanat.app.keychain import safe_backend
from amanat.app.vault_paths import DATABASE_NAME
from amanat.app.wipe import WipeReport, wipe_vault
from bench.timing import interleaved_round, median, ratios
from bench.vault_bench import BenchConfig, MachineInfo, RunOptions, create_bench_vault, render_machine, write_json

MB = 10**6
PAGE_SIZE = 4096
FILL_BLOCK = 4 * 2**20  # appended as one random block written again and again (ext4 neither dedups nor compresses)
SIZES_MB_FULL, SIZES_MB_QUICK = (10, 1_000), (10, 100)
ROUNDS_FULL = {10: 7, 1_000: 3}
ROUNDS_QUICK = {10: 5, 100: 3}
WIPE_TARGET_SECONDS = 1.0
WIPE, RMTREE = "wipe_vault", "rmtree"


@dataclass
class WipeFigures:
    """Seconds per round for one vault size: the wipe (keys and total) and the rmtree of its twin."""

    database_bytes: int
    folder_bytes: int
    keys_seconds: list[float] = field(default_factory=list)
    wipe_seconds: list[float] = field(default_factory=list)  # wipe_vault's whole call, timed from outside
    rmtree_seconds: list[float] = field(default_factory=list)
    all_gone: bool = True

    @property
    def ratio(self) -> float:
        """Median over rounds of total wipe / rmtree, each pair timed side by side (>1: the wipe is slower)."""
        return median(ratios(self.wipe_seconds, self.rmtree_seconds))

    def summary(self) -> dict[str, Any]:
        return {
            "keys_median": median(self.keys_seconds),
            "wipe_median": median(self.wipe_seconds),
            "rmtree_median": median(self.rmtree_seconds),
            "ratio_wipe_over_rmtree": self.ratio,
            "ratio_keys_over_rmtree": median(ratios(self.keys_seconds, self.rmtree_seconds)),
            "target_seconds": WIPE_TARGET_SECONDS,
            **asdict(self),
        }


def _fsync_tree(folder: Path) -> None:
    for path in sorted(folder.rglob("*"), reverse=True):
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def grow_database(database: Path, size: int, block: bytes) -> None:
    """Append random pages to `database` until it is `size` bytes (whole pages)."""
    with open(database, "ab") as handle:
        missing = -(-size // PAGE_SIZE) * PAGE_SIZE - handle.tell()
        while missing > 0:
            chunk = block[:min(len(block), missing)]
            handle.write(chunk)
            missing -= len(chunk)


def make_twins(template: Path, where: Path, index: int) -> tuple[Path, Path]:
    """Two identical copies of the template vault folder, fsynced."""
    subject, baseline = where / f"wipe-{index}", where / f"rmtree-{index}"
    for copy in (subject, baseline):
        shutil.copytree(template, copy)
        _fsync_tree(copy)
    return subject, baseline


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def bench_size(scratch: Path, size_mb: int, rounds: int, block: bytes,
               progress: Callable[[str], None]) -> WipeFigures:
    """One vault size: build the template, then `rounds` interleaved rounds on fresh twins."""
    template = scratch / f"template-{size_mb}"
    create_bench_vault(template).close()
    grow_database(template / DATABASE_NAME, size_mb * MB, block)
    figures = WipeFigures(database_bytes=(template / DATABASE_NAME).stat().st_size,
                          folder_bytes=folder_bytes(template))
    for index in range(rounds):
        subject, baseline = make_twins(template, scratch, index)
        reports: list[WipeReport] = []
        seconds = interleaved_round({
            WIPE: lambda s=subject, r=reports: r.append(wipe_vault(s)),
            RMTREE: lambda b=baseline: shutil.rmtree(b),
        }, index)
        report = reports[0]
        figures.keys_seconds.append(report.keys_seconds)
        figures.wipe_seconds.append(seconds[WIPE])
        figures.rmtree_seconds.append(seconds[RMTREE])
        figures.all_gone = figures.all_gone and report.keys_destroyed and not subject.exists() \
            and not baseline.exists()
    shutil.rmtree(template)
    progress(f"wipe: {size_mb:,} MB vault, {rounds} rounds")
    return figures


@dataclass
class WipeResults:
    sizes: list[WipeFigures]
    keychain_backend: str


def keychain_backend() -> str:
    """Which keychain wipe_vault asks to forget the vault (it does so even when there is nothing to forget)."""
    try:
        return type(safe_backend()).__name__
    except KeychainUnavailable:
        return "none usable"


def render_report(config: BenchConfig, machine: MachineInfo, results: WipeResults) -> str:
    mode = "quick, figures indicative" if config.quick else "full"
    lines = [f"Amanat panic-wipe benchmark ({mode}; keychain: {results.keychain_backend})",
             *render_machine(machine), "",
             "1. wipe_vault (keys overwritten and deleted, keychain entry forgotten, files deleted) against "
             "shutil.rmtree of an identical copy; fsynced before timing, interleaved, medians",
             f"   {'database size':<18}{'rounds':>7}{'keys ms':>10}{'wipe ms':>10}{'rmtree ms':>11}"
             f"{'wipe/rmtree':>13}{'all gone':>10}"]
    for item in results.sizes:
        s = item.summary()
        lines.append(f"   {item.database_bytes / MB:>10,.0f} MB{'':<5}{len(item.wipe_seconds):>7}"
                     f"{s['keys_median'] * 1000:>10.1f}{s['wipe_median'] * 1000:>10.1f}"
                     f"{s['rmtree_median'] * 1000:>11.1f}{item.ratio:>13.2f}{'yes' if item.all_gone else 'NO':>10}")
    worst = max(median(item.wipe_seconds) for item in results.sizes)
    lines.append(f"   slowest median wipe {worst:.3f} s (target <= {WIPE_TARGET_SECONDS:g} s: "
                 f"{'met' if worst <= WIPE_TARGET_SECONDS else 'NOT MET'})")
    return "\n".join(lines)


def report_json(config: BenchConfig, machine: MachineInfo, results: WipeResults) -> dict[str, Any]:
    return {
        "config": asdict(config),
        "machine": asdict(machine),
        "keychain_backend": results.keychain_backend,
        "sizes": [item.summary() for item in results.sizes],
    }


def run_wipe_bench(config: BenchConfig, options: RunOptions, machine: MachineInfo,
                   progress: Callable[[str], None]) -> WipeResults:
    """Every vault size: print the table and write options.wipe_output."""
    started = time.perf_counter()
    sizes = SIZES_MB_QUICK if config.quick else SIZES_MB_FULL
    rounds = ROUNDS_QUICK if config.quick else ROUNDS_FULL
    block = random.Random(config.seed).randbytes(FILL_BLOCK)
    with tempfile.TemporaryDirectory(prefix="amanat-wipe-bench-", dir=options.workdir) as scratch:
        figures = [bench_size(Path(scratch), size, rounds[size], block, progress) for size in sizes]
    results = WipeResults(figures, keychain_backend())
    print()
    print(render_report(config, machine, results))
    print(f"Wipe benchmark took {time.perf_counter() - started:.1f} s")
    write_json(options.wipe_output, report_json(config, machine, results))
    print(f"\nWritten to {options.wipe_output}")
    return results
