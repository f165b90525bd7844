"""The workshop group at scale: twelve vaults, three overlapping groups, 10,000 shared items, many rounds.

Runs bench/workshop_scenario.py (see there: each member's own copy of one exchange folder, the app's
drive sync, a courier that loses, delays and doubles bundle files, random edits in English, Dari
and Pashto, contacts, action-plan rows, deletions) and reports, per round, the bundles' sizes, the
imports' seconds (wall clock and CPU time) and the process's peak memory, as the history grows.

Flatness is a ratio against a baseline measured in the same run: the last two rounds with edits
against the first two once the group settled (from round STEADY_FROM: before it, the admins' full
bundles, everyone's first answers, and members not heard from yet getting everything). Sizes and
import times are medians over every bundle of those two rounds; import time is CPU time of this
process, since the wall clock on a shared machine follows the other work running (in a loaded
run wall-clock import times rose and fell with the machine's load while CPU time stayed level).
After the last edits, one round without faults: every member of every group must then hold the
same content.

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
ROUNDS_FULL, ROUNDS_QUICK = 10, 9
STEADY_FROM = 5  # rounds 0-4 spread the groups: the admins' full bundles, first answers, late and lost ones
WINDOW = 2  # rounds pooled at each end
EDITS_PER_ROUND = 40
FLAT_TARGET = 1.5  # the last rounds with edits, over the first settled ones: "flat, not growing with history"


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

    @property
    def early(self) -> list[RoundFigures]:
        return self.edit_rounds[:WINDOW]

    @property
    def late(self) -> list[RoundFigures]:
        return self.edit_rounds[-WINDOW:]

    def ratio(self, measure: Callable[[list[RoundFigures]], float]) -> float:
        return measure(self.late) / max(measure(self.early), 1e-9)


def median_bytes(rounds: list[RoundFigures]) -> float:
    return median([b for r in rounds for b in r.bundle_bytes] or [0])


def median_import(rounds: list[RoundFigures]) -> float:
    return median([s for r in rounds for s in r.import_seconds] or [0.0])


def median_import_cpu(rounds: list[RoundFigures]) -> float:
    return median([s for r in rounds for s in r.import_cpu_seconds] or [0.0])


def peak_rss(rounds: list[RoundFigures]) -> float:
    return float(max(r.max_rss_bytes for r in rounds))


def _span(rounds: list[RoundFigures]) -> str:
    return f"rounds {rounds[0].index}-{rounds[-1].index}" if len(rounds) > 1 else f"round {rounds[0].index}"


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
             f"   {'round':<22}{'bundles':>8}{'median B':>11}{'max B':>11}{'import ms':>11}{'CPU ms':>9}"
             f"{'peak RSS MiB':>14}"]
    for figures in results.rounds:
        label = f"{figures.index}{' (no faults)' if figures.clean else ''}"
        lines.append(f"   {label:<22}{len(figures.bundle_bytes):>8}{median_bytes([figures]):>11,.0f}"
                     f"{max(figures.bundle_bytes, default=0):>11,}{median_import([figures]) * 1000:>11,.1f}"
                     f"{median_import_cpu([figures]) * 1000:>9,.1f}{figures.max_rss_bytes / 2**20:>14,.0f}")
    lines += [
        f"   faults: {results.faults['lost']} deliveries lost, {results.faults['late']} late, "
        f"{results.faults['twice']} doubled",
        f"   {_span(results.late)} / {_span(results.early)}: bundle size {results.ratio(median_bytes):.2f}, import "
        f"CPU {results.ratio(median_import_cpu):.2f} (wall clock {results.ratio(median_import):.2f}), "
        f"peak memory {results.ratio(peak_rss):.2f}",
        f"   converged one round after the last edit: {'yes' if results.converged else 'NO'}",
        *(f"   {line}" for line in results.differences[:10]),
        f"Scale benchmark took {results.seconds:.1f} s",
    ]
    return "\n".join(lines)


def summary_rows(results: ScaleResults) -> list[Any]:
    """The suite's rows: convergence, and flatness of size, import time and memory."""
    from bench.suite import Row

    early, late = results.early, results.late
    what = f"workshop: {len(NAMES)} vaults, {len(GROUPS)} groups, {results.items:,} items"
    rows = [Row(f"{what}, converged one round after the last edit ({len(results.rounds)} rounds)",
                "identical" if results.converged else f"{len(results.differences)} differences",
                f"{results.faults['lost']} lost, {results.faults['late']} late, {results.faults['twice']} doubled",
                "–", "identical", results.converged)]
    for label, measure, shown in (("bundle size, median", median_bytes, lambda v: f"{v / 1024:,.1f} KiB"),
                                  ("import per bundle, median CPU time", median_import_cpu,
                                   lambda v: f"{v * 1000:,.1f} ms"),
                                  ("peak memory (12 vaults, one process)", peak_rss,
                                   lambda v: f"{v / 2**20:,.0f} MiB")):
        ratio = results.ratio(measure)
        rows.append(Row(f"{what}: {label}, {_span(late)}", shown(measure(late)),
                        f"{_span(early)}: {shown(measure(early))}", f"{ratio:.2f}",
                        f"flat (≤ {FLAT_TARGET:g})", ratio <= FLAT_TARGET))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m bench.scale_bench [--quick]`: the same as `python -m bench --only scale`."""
    from bench.vault_bench import main as bench_main

    return bench_main(["--only", "scale", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
