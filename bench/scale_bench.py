"""The workshop group at scale: twelve vaults, three overlapping groups, 10,000 shared items, many rounds.

Runs bench/workshop_scenario.py (see there: each member's own copy of one exchange folder, the app's
drive sync, a courier that loses, delays and doubles bundle files, random edits in English, Dari
and Pashto, contacts, action-plan rows, deletions) and reports, per round, the bundles' sizes, the
imports' seconds and the process's peak memory, as the history grows. The baseline is the same
scenario's first round with edits once every member joined and answered (round 3), measured in the
same run: the last round with edits, as a ratio of it, says whether sizes, times and memory stay
flat. After the last edits, one round without faults: every member of every group must then hold
the same content.

    python -m bench --only scale [--quick]      # also part of plain `python -m bench`
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench.timing import median
from bench.vault_bench import BenchConfig, MachineInfo, RunOptions, render_machine, write_json
from bench.workshop_scenario import GROUPS, NAMES, RoundFigures, ScenarioConfig, disagreements, open_scenario, run

ITEMS_FULL, ITEMS_QUICK = 10_000, 300
ROUNDS_FULL, ROUNDS_QUICK = 8, 5
STEADY_FROM = 3  # rounds 0-2 spread the groups: the admins' first bundles, everyone's first answers
EDITS_PER_ROUND = 40
FLAT_TARGET = 1.5  # the last round with edits, over the first: "flat, not growing with history"


@dataclass
class ScaleResults:
    items: int
    rounds: list[RoundFigures]
    converged: bool
    differences: list[str]
    faults: dict[str, int]
    edits: int
    seconds: float

    @property
    def edit_rounds(self) -> list[RoundFigures]:
        """The rounds with edits and faults once every member joined and answered (see STEADY_FROM)."""
        return [r for r in self.rounds[STEADY_FROM:] if r.bundle_bytes and not r.clean]

    def ratio(self, measure: Callable[[RoundFigures], float]) -> float:
        first, last = self.edit_rounds[0], self.edit_rounds[-1]
        return measure(last) / max(measure(first), 1e-9)


def median_bytes(figures: RoundFigures) -> float:
    return median(figures.bundle_bytes)


def median_import(figures: RoundFigures) -> float:
    return median(figures.import_seconds) if figures.import_seconds else 0.0


def peak_rss(figures: RoundFigures) -> float:
    return float(figures.max_rss_bytes)


def run_scale_bench(config: BenchConfig, options: RunOptions, machine: MachineInfo,
                    progress: Callable[[str], None]) -> ScaleResults:
    """Run the scenario, print its table, write bench-results/scale.json."""
    started = time.perf_counter()
    scenario_config = ScenarioConfig(items=ITEMS_QUICK if config.quick else ITEMS_FULL,
                                     rounds=ROUNDS_QUICK if config.quick else ROUNDS_FULL,
                                     edits_per_round=EDITS_PER_ROUND, seed=config.seed)
    with tempfile.TemporaryDirectory(prefix="amanat-scale-bench-", dir=options.workdir) as scratch:
        scenario = open_scenario(Path(scratch), scenario_config, progress)
        try:
            rounds = run(scenario, progress)
            differences = disagreements(scenario)
            results = ScaleResults(scenario_config.items, rounds, not differences, differences,
                                   dict(scenario.faults), scenario.edits, time.perf_counter() - started)
        finally:
            scenario.close()
    print()
    print(render_report(config, machine, results))
    write_json(options.output.with_name("scale.json"), {
        "config": asdict(config), "machine": asdict(machine), "items": results.items,
        "rounds": [asdict(r) for r in results.rounds], "converged": results.converged,
        "differences": results.differences, "faults": results.faults, "edits": results.edits,
        "seconds": results.seconds,
    })
    return results


def render_report(config: BenchConfig, machine: MachineInfo, results: ScaleResults) -> str:
    mode = "quick, figures indicative" if config.quick else "full"
    lines = [f"Amanat workshop-at-scale benchmark ({mode}: {len(NAMES)} vaults, {len(GROUPS)} groups, "
             f"{results.items:,} shared items, {results.edits} edits, seed {config.seed})",
             *render_machine(machine), "",
             f"   {'round':<22}{'bundles':>8}{'median B':>11}{'max B':>11}{'import ms':>11}{'peak RSS MiB':>14}"]
    for figures in results.rounds:
        label = f"{figures.index}{' (no faults)' if figures.clean else ''}"
        lines.append(f"   {label:<22}{len(figures.bundle_bytes):>8}{median(figures.bundle_bytes or [0]):>11,.0f}"
                     f"{max(figures.bundle_bytes, default=0):>11,}{median_import(figures) * 1000:>11,.1f}"
                     f"{figures.max_rss_bytes / 2**20:>14,.0f}")
    lines += [
        f"   faults: {results.faults['lost']} deliveries lost, {results.faults['late']} late, "
        f"{results.faults['twice']} doubled",
        f"   last round with edits / first: bundle size {results.ratio(median_bytes):.2f}, import "
        f"{results.ratio(median_import):.2f}, peak memory {results.ratio(peak_rss):.2f}",
        f"   converged one round after the last edit: {'yes' if results.converged else 'NO'}",
        *(f"   {line}" for line in results.differences[:10]),
        f"Scale benchmark took {results.seconds:.1f} s",
    ]
    return "\n".join(lines)


def summary_rows(results: ScaleResults) -> list[Any]:
    """The suite's rows: convergence, and flatness of size, import time and memory."""
    from bench.suite import Row

    first, last = results.edit_rounds[0], results.edit_rounds[-1]
    what = f"workshop: {len(NAMES)} vaults, {len(GROUPS)} groups, {results.items:,} items"
    rows = [Row(f"{what}, converged one round after the last edit ({len(results.rounds)} rounds)",
                "identical" if results.converged else f"{len(results.differences)} differences",
                f"{results.faults['lost']} lost, {results.faults['late']} late, {results.faults['twice']} doubled",
                "–", "identical", results.converged)]
    for label, measure, shown in (("bundle size, median", median_bytes, lambda v: f"{v / 1024:,.1f} KiB"),
                                  ("import per bundle, median", median_import, lambda v: f"{v * 1000:,.1f} ms"),
                                  ("peak memory (12 vaults, one process)", peak_rss,
                                   lambda v: f"{v / 2**20:,.0f} MiB")):
        ratio = results.ratio(measure)
        rows.append(Row(f"{what}: {label}, round {last.index}", shown(measure(last)),
                        f"round {first.index}: {shown(measure(first))}", f"{ratio:.2f}",
                        f"flat (≤ {FLAT_TARGET:g})", ratio <= FLAT_TARGET))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m bench.scale_bench [--quick]`: the same as `python -m bench --only scale`."""
    from bench.vault_bench import main as bench_main

    return bench_main(["--only", "scale", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
