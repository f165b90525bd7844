"""What every atheris harness shares: the project on sys.path, fast test KDF, a seed corpus of real inputs.

A harness calls `run(check, seeds)`: `check(data)` must return or raise an `AmanatError`; anything
else is a crash that atheris reports (and saves as crash-<hash> in the working directory).
Without a corpus folder on the command line, the seeds (real valid inputs) are written to a
temporary one, so the search starts from what Amanat itself writes.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import atheris  # noqa: E402

from amanat.crypto.errors import AmanatError  # noqa: E402


def scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="amanat-fuzz-"))


def run(check: Callable[[bytes], object], seeds: list[bytes]) -> None:
    """Fuzz `check` with atheris; the arguments are libFuzzer's (-max_total_time=60, corpus folders, …)."""

    def one_input(data: bytes) -> None:
        try:
            check(data)
        except AmanatError:
            pass

    argv = list(sys.argv)
    if not any(not a.startswith("-") for a in argv[1:]):
        corpus = scratch()
        for number, seed in enumerate(seeds):
            (corpus / f"seed-{number}").write_bytes(seed)
        argv.append(str(corpus))
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


@contextlib.contextmanager
def instrumented() -> Iterator[None]:
    """`with instrumented():` around the project's imports, so atheris sees their branches.

    Afterwards the weak test key derivation is on in this process (the product never reads a
    switch from the environment): the backup harness opens key slots thousands of times.
    """
    with atheris.instrument_imports(include=["amanat.crypto", "amanat.sync", "amanat.app"]):
        yield
    from amanat.crypto.kdf import allow_insecure_test_kdf

    allow_insecure_test_kdf()
