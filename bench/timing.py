"""Side-by-side timing on a shared, noisy machine: interleave, repeat, take medians.

Absolute times here drift with whatever else the machine is doing; a ratio of
two things measured in alternation drifts far less. So every figure the
benchmarks compare comes from runs interleaved in one loop, with the order
rotated each round so that neither side always runs on a warmer cache.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable, Mapping, Sequence


def time_call(call: Callable[[], object]) -> float:
    """Seconds one call takes (wall clock), after an untimed garbage collection.

    Collecting first keeps garbage left by the previous call from being
    collected, and billed, inside this one.
    """
    gc.collect()
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def on_cpu(milliseconds: list[float], call: Callable[[], object]) -> Callable[[], None]:
    """`call`, also appending the CPU time of this process it took (ms) to `milliseconds`: other programs on
    a shared machine barely move it, where they can stretch the wall clock many times."""
    def timed() -> None:
        started = time.process_time()
        call()
        milliseconds.append((time.process_time() - started) * 1000)
    return timed


def interleaved_round(calls: Mapping[str, Callable[[], object]], round_index: int) -> dict[str, float]:
    """Time every call once, starting at a different one each round."""
    names = list(calls)
    shift = round_index % len(names)
    order = names[shift:] + names[:shift]
    return {name: time_call(calls[name]) for name in order}


def median(values: Sequence[float]) -> float:
    """The median; NaN for no values."""
    return statistics.median(values) if values else math.nan


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (`fraction` in 0..1): a value that was actually observed."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def ratios(numerators: Sequence[float], denominators: Sequence[float]) -> list[float]:
    """Pairwise ratios of two equally long series measured side by side."""
    return [n / d for n, d in zip(numerators, denominators, strict=True) if d > 0]
