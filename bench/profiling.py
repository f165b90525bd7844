"""Where the time goes: cProfile summaries of the subject's calls, for `--profile` runs.

Profiles are taken after the timed runs, never during them: the profiler slows
Python code several times more than C code and would skew every ratio.
"""

from __future__ import annotations

import cProfile
import io
import pstats
from collections.abc import Callable, Iterable

TOP_FUNCTIONS = 15


def profile_calls(calls: Iterable[Callable[[], object]], sort: str = "tottime", top: int = TOP_FUNCTIONS) -> str:
    """Run every call under one profiler; return the `top` functions by `sort` as text."""
    profiler = cProfile.Profile()
    for call in calls:
        profiler.enable()
        try:
            call()
        finally:
            profiler.disable()
    buffer = io.StringIO()
    stats = pstats.Stats(profiler, stream=buffer)
    stats.strip_dirs().sort_stats(sort).print_stats(top)
    return _without_preamble(buffer.getvalue())


def _without_preamble(text: str) -> str:
    """Keep pstats' totals line and table, drop its blank lines and ordering notes."""
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    return "\n".join(line for line in lines if not line.lstrip().startswith(("Ordered by", "List reduced")))
