"""Unlock timing with real Argon2id parameters, run in its own process.

The insert and search benchmarks switch on the weak test KDF through the
environment; calibration silently returns those weak parameters while it is
on. This module therefore runs as a child process started without that
variable (see `run_unlock_probe`) and refuses to run if it is set.

    python -m bench.unlock_probe --repeats 5    # prints one JSON object
"""

from __future__ import annotations

import argparse
import json
import secrets
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from amanat.app.vault import Vault
from amanat.crypto.kdf import KEY_BYTES, KIB_PER_MIB, SALT_BYTES, Argon2idParams, calibrate, insecure_test_kdf_allowed
from bench.timing import interleaved_round, median

PASSPHRASE = "amanat benchmark passphrase, not a secret"


@dataclass(frozen=True)
class UnlockFigures:
    """Calibration result and interleaved unlock/KDF timings, in seconds."""

    memory_mib: int
    passes: int
    lanes: int
    calibration_seconds: float
    unlock_seconds: list[float]
    kdf_seconds: list[float]

    @property
    def unlock_median(self) -> float:
        return median(self.unlock_seconds)

    @property
    def kdf_median(self) -> float:
        return median(self.kdf_seconds)

    @classmethod
    def from_json(cls, data: dict[str, object]) -> UnlockFigures:
        """Rebuild from the child's JSON."""
        return cls(**data)  # type: ignore[arg-type]


def bare_argon2id(params: Argon2idParams) -> None:
    """One derivation with cryptography's Argon2id and nothing else around it."""
    Argon2id(
        salt=secrets.token_bytes(SALT_BYTES), length=KEY_BYTES, iterations=params.iterations,
        lanes=params.lanes, memory_cost=params.memory_kib,
    ).derive(PASSPHRASE.encode())


def unlock_and_close(directory: Path) -> None:
    """What a user waits for at the unlock screen (and the lock, so the next round can open)."""
    Vault.unlock(directory, PASSPHRASE).close()


def measure_unlock(repeats: int, workdir: Path) -> UnlockFigures:
    """Calibrate once, create a vault with the result, then interleave unlocks and bare KDF runs."""
    if insecure_test_kdf_allowed():
        raise SystemExit("the weak test key derivation is on; the unlock benchmark needs real parameters")
    started = time.perf_counter()
    params = calibrate()
    calibration_seconds = time.perf_counter() - started
    directory = workdir / "unlock-vault"
    vault, _recovery = Vault.create(directory, PASSPHRASE, params=params)
    vault.close()
    calls = {"unlock": lambda: unlock_and_close(directory), "kdf": lambda: bare_argon2id(params)}
    rounds = [interleaved_round(calls, index) for index in range(repeats)]
    return UnlockFigures(
        memory_mib=params.memory_kib // KIB_PER_MIB,
        passes=params.iterations,
        lanes=params.lanes,
        calibration_seconds=calibration_seconds,
        unlock_seconds=[r["unlock"] for r in rounds],
        kdf_seconds=[r["kdf"] for r in rounds],
    )


def run_unlock_probe(repeats: int) -> UnlockFigures:
    """Run this module in a child process without the test-KDF switch; return its figures."""
    completed = subprocess.run(
        [sys.executable, "-m", "bench.unlock_probe", "--repeats", str(repeats)],
        capture_output=True, text=True, check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"the unlock probe failed:\n{completed.stderr.strip()}")
    return UnlockFigures.from_json(json.loads(completed.stdout))


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.unlock_probe", description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="amanat-unlock-bench-") as workdir:
        figures = measure_unlock(max(1, args.repeats), Path(workdir))
    json.dump(asdict(figures), sys.stdout)


if __name__ == "__main__":
    main()
