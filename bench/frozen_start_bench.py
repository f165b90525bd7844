"""The standalone build's start-up: launching dist/amanat/amanat → the unlock screen painted.

Three children alternate round by round (order rotated, medians):

- the BUILT program, `dist/amanat/amanat self-test --startup-probe VAULT SETTINGS`;
- the same command from source, `python -m amanat.app self-test --startup-probe …` (the same code path);
- a bare PySide6 window from source (QApplication + QLabel), gui_bench's baseline.

The probe (app/ui/shell/self_test_window.py) builds the real window on a locked vault and prints
`time.monotonic()` once the unlock page has been painted; the monotonic clock is shared between
processes, so launch → painted is that reading minus ours taken just before starting the child.
The target is under one second for the built program.

    scripts/build.sh && python -m bench.frozen_start_bench [--rounds N] [--program PATH] [--output FILE]

`bench_frozen_startup()` is the function to call from `python -m bench`.
"""

from __future__ import annotations

import argparse
import math
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench.gui_bench import child_environment
from bench.timing import median, ratios
from bench.vault_bench import create_bench_vault, write_json

FROZEN_START_TARGET_SECONDS = 1.0
ROUNDS = 9
CHILD_TIMEOUT_SECONDS = 60
PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PROGRAM = PROJECT_ROOT / "dist" / "amanat" / "amanat"
DEFAULT_OUTPUT = PROJECT_ROOT / "bench-results" / "frozen_start.json"

# gui_bench's bare window, printing the shared monotonic clock instead of its own elapsed time.
BARE_QT_CHILD = (
    "import time, os; "
    "from PySide6.QtWidgets import QApplication, QLabel; app=QApplication([]); l=QLabel('x'); l.show(); "
    "app.processEvents(); print(f'{time.monotonic():.6f}', flush=True); os._exit(0)"
)


@dataclass
class FrozenStartupFigures:
    """Seconds per round, launch → painted ('shown') and launch → process gone ('wall'), for each child."""

    program: str
    shown: dict[str, list[float]] = field(default_factory=lambda: {"frozen": [], "source": [], "bare": []})
    wall: dict[str, list[float]] = field(default_factory=lambda: {"frozen": [], "source": [], "bare": []})

    def summary(self) -> dict[str, Any]:
        shown = {name: median(values) for name, values in self.shown.items()}
        return {
            "shown_median": shown,
            "wall_median": {name: median(values) for name, values in self.wall.items()},
            "frozen_vs_source": shown["frozen"] / shown["source"],
            "frozen_vs_bare": shown["frozen"] / shown["bare"],
            "source_vs_bare": shown["source"] / shown["bare"],
            "median_round_ratio_frozen_vs_source": median(ratios(self.shown["frozen"], self.shown["source"])),
            "median_round_ratio_frozen_vs_bare": median(ratios(self.shown["frozen"], self.shown["bare"])),
            "target_seconds": FROZEN_START_TARGET_SECONDS,
            "meets_target": shown["frozen"] < FROZEN_START_TARGET_SECONDS,
        }


def time_child(command: Sequence[str], cwd: Path, env: dict[str, str], what: str) -> tuple[float, float]:
    """Start one child; return (launch → the clock reading it printed, launch → exit) in seconds."""
    launched = time.monotonic()
    completed = subprocess.run(list(command), cwd=cwd, env=env, capture_output=True, text=True,
                               timeout=CHILD_TIMEOUT_SECONDS, check=False)
    exited = time.monotonic()
    lines = completed.stdout.strip().splitlines()
    if completed.returncode != 0 or not lines:
        raise RuntimeError(f"the {what} child failed (exit {completed.returncode}):\n{completed.stderr.strip()}")
    return float(lines[-1]) - launched, exited - launched


def bench_frozen_startup(program: Path, rounds: int, progress: Callable[[str], None],
                         workdir: Path | None = None) -> FrozenStartupFigures:
    """Launch → unlock screen painted: the built program, the source run and a bare PySide6 window, alternating."""
    env = child_environment()
    figures = FrozenStartupFigures(program=str(program))
    with tempfile.TemporaryDirectory(prefix="amanat-frozen-start-", dir=workdir) as scratch:
        vault = create_bench_vault(Path(scratch) / "vault")
        vault.close()
        probe = ["self-test", "--startup-probe", str(Path(scratch) / "vault"), str(Path(scratch) / "settings.json")]
        children: dict[str, tuple[list[str], Path]] = {
            # The built program runs from the scratch folder, far from the sources it must not need.
            "frozen": ([str(program), *probe], Path(scratch)),
            "source": ([sys.executable, "-m", "amanat.app", *probe], PROJECT_ROOT),
            "bare": ([sys.executable, "-c", BARE_QT_CHILD], PROJECT_ROOT),
        }
        for name, (command, cwd) in children.items():  # untimed: warms the file cache for each
            time_child(command, cwd, env, name)
        names = list(children)
        for index in range(rounds):
            shift = index % len(names)
            for name in names[shift:] + names[:shift]:
                command, cwd = children[name]
                shown, wall = time_child(command, cwd, env, name)
                figures.shown[name].append(shown)
                figures.wall[name].append(wall)
            progress(f"frozen start-up: round {index + 1}/{rounds}")
    return figures


def render(figures: FrozenStartupFigures) -> list[str]:
    s = figures.summary()
    shown, wall = s["shown_median"], s["wall_median"]
    verdict = "✔" if s["meets_target"] else "✘"
    return [
        f"Launch → unlock screen painted, medians of {len(figures.shown['frozen'])} interleaved rounds:",
        f"  built program ({figures.program}): {shown['frozen']:.3f} s (process gone {wall['frozen']:.3f} s)"
        f"   target < {FROZEN_START_TARGET_SECONDS:.0f} s {verdict}",
        f"  same command from source:        {shown['source']:.3f} s (process gone {wall['source']:.3f} s)",
        f"  bare PySide6 window from source: {shown['bare']:.3f} s (process gone {wall['bare']:.3f} s)",
        f"  ratios: built/source {s['frozen_vs_source']:.2f}, built/bare {s['frozen_vs_bare']:.2f}, "
        f"source/bare {s['source_vs_bare']:.2f}",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.frozen_start_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--program", type=Path, default=DEFAULT_PROGRAM, help="the built program")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="JSON results")
    args = parser.parse_args(argv)
    if not args.program.exists():
        print(f"{args.program} does not exist; build it first with scripts/build.sh", file=sys.stderr)
        return 2

    def progress(message: str) -> None:
        print(f"  {message}", file=sys.stderr, flush=True)

    figures = bench_frozen_startup(args.program, args.rounds, progress)
    for line in render(figures):
        print(line)
    summary = figures.summary()
    write_json(args.output, {"frozen_startup": {**asdict(figures), "summary": summary},
                             "measured_at": time.strftime("%Y-%m-%d %H:%M:%S")})
    return 0 if not math.isnan(summary["shown_median"]["frozen"]) else 1


if __name__ == "__main__":
    sys.exit(main())
