"""Argon2id key derivation for passphrase slots, with calibration and limits.

Parameters are stored in each slot, so a vault made on a slow laptop still
opens on a fast one and vice versa. Limits are checked before any memory is
allocated: a hostile key file cannot ask for 100 GiB.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from amanat.crypto.errors import DamagedInput
from amanat.crypto.secret_bytes import SecretBytes

KIB_PER_MIB = 1024
FLOOR_MEMORY_KIB = 64 * KIB_PER_MIB  # never below KeePassXC's default
FLOOR_ITERATIONS = 3
CALIBRATION_MEMORY_KIB = 256 * KIB_PER_MIB  # four times KeePassXC's attacker cost
# Ceilings: what a laptop can bear, refused before any memory is allocated. A key file or a
# backup (from anyone) chooses these numbers, so they bound what a hostile one can make us do:
# 1 GiB is a quarter of a 4 GB laptop's memory (four times what `calibrate` uses), 20 passes
# at 1 GiB is tens of seconds on such a laptop, and four lanes is what `default_lanes` ever
# chooses (more lanes only make the derivation parallel, not harder to attack).
CEILING_MEMORY_KIB = 1024 * KIB_PER_MIB
CEILING_ITERATIONS = 20
CEILING_LANES = 4
# Within the ceilings, a derivation costlier than this computer's calibrated one (more memory
# than calibration uses, or more than twice its time) is done only after the user says so.
ASK_ABOVE_TIME_FACTOR = 2.0
SALT_BYTES = 16
KEY_BYTES = 32
DEFAULT_TARGET_SECONDS = 0.8  # leaves room in a one-second unlock for opening the database


class _TestSwitch:
    """Whether weak test parameters are allowed in this process: off unless a test turns it on."""

    on = False


def running_as_built_program() -> bool:
    """True in the standalone program PyInstaller builds (it sets `sys.frozen`)."""
    return bool(getattr(sys, "frozen", False))


def allow_insecure_test_kdf(allowed: bool = True) -> None:
    """Allow (or forbid again) the weak test parameters in this process. For tests and benchmarks only.

    Nothing in the product calls this and nothing reads it from the environment: the test suite's
    conftest, its entry module (`python -m tests.amanat_entry`), the fuzzers and the benchmarks
    call it in their own processes. The built program refuses it, and `insecure_test_kdf_allowed`
    answers False there even if it was somehow switched on.
    """
    if allowed and running_as_built_program():
        raise RuntimeError("the weak test key derivation does not exist in the built program")
    _TestSwitch.on = allowed


def insecure_test_kdf_allowed() -> bool:
    """True only when a test has switched weak parameters on, and never in the built program."""
    return _TestSwitch.on and not running_as_built_program()


@dataclass(frozen=True)
class Argon2idParams:
    """Argon2id cost: memory in KiB, passes over memory, and parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    def check(self) -> None:
        """Raise DamagedInput when the parameters are outside what Amanat accepts."""
        values = (self.memory_kib, self.iterations, self.lanes)
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            raise DamagedInput("the key file's key-derivation parameters are not numbers")
        if self.memory_kib > CEILING_MEMORY_KIB or self.iterations > CEILING_ITERATIONS or self.lanes > CEILING_LANES:
            raise DamagedInput(
                f"the key file asks for more memory, passes or lanes than Amanat allows (at most "
                f"{CEILING_MEMORY_KIB // KIB_PER_MIB} MiB, {CEILING_ITERATIONS} passes, {CEILING_LANES} lanes)"
            )
        if self.lanes < 1:
            raise DamagedInput("the key file asks for an unsupported number of lanes")
        if self.memory_kib < 8 * self.lanes or self.iterations < 1:
            raise DamagedInput("the key file's key-derivation parameters are invalid")
        weak = self.memory_kib < FLOOR_MEMORY_KIB or self.iterations < FLOOR_ITERATIONS
        if weak and not insecure_test_kdf_allowed():
            raise DamagedInput("the key file's key derivation is weaker than Amanat allows")

    def describe(self) -> str:
        """A short human description, e.g. 'Argon2id, 256 MiB, 4 passes, 2 lanes'."""
        return (
            f"Argon2id, {self.memory_kib // KIB_PER_MIB} MiB, "
            f"{self.iterations} passes, {self.lanes} lanes"
        )


INSECURE_TEST_PARAMS = Argon2idParams(memory_kib=1024, iterations=1, lanes=1)


CostCheck = Callable[[Argon2idParams], None]


class _CostCheck:
    """The check every derivation passes before allocating memory; none unless the app installs one."""

    check: CostCheck | None = None


def set_cost_check(check: CostCheck | None) -> None:
    """Install (or remove) the check `derive_key` runs before deriving: it raises to refuse.

    The application installs one that compares the cost with this computer's calibrated cost
    and asks the user (app/kdf_cost.py); crypto/ itself never asks anyone.
    """
    _CostCheck.check = check


def derive_key(secret: bytes, salt: bytes, params: Argon2idParams) -> SecretBytes:
    """Derive a 256-bit wrapping key from a normalised passphrase.

    The parameters are checked against the ceilings and then by the installed cost check,
    both before any memory is allocated.
    """
    params.check()
    if _CostCheck.check is not None:
        _CostCheck.check(params)
    if len(salt) != SALT_BYTES:
        raise DamagedInput("the key file's salt has the wrong length")
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return SecretBytes(kdf.derive(secret))


def default_lanes() -> int:
    """Lanes to use: one per core, at most four."""
    return max(1, min(4, os.cpu_count() or 1))


def measure_speed(clock: Callable[[], float] = time.perf_counter) -> float:
    """This computer's Argon2id speed in KiB-passes per second, from one derivation at the floor cost."""
    probe = Argon2idParams(memory_kib=FLOOR_MEMORY_KIB, iterations=FLOOR_ITERATIONS, lanes=default_lanes())
    kdf = Argon2id(salt=b"\0" * SALT_BYTES, length=KEY_BYTES, iterations=probe.iterations, lanes=probe.lanes,
                   memory_cost=probe.memory_kib)
    started = clock()
    kdf.derive(b"speed")
    elapsed = max(clock() - started, 1e-3)
    return probe.memory_kib * probe.iterations / elapsed


def estimated_seconds(params: Argon2idParams, kib_passes_per_second: float) -> float:
    """How long a derivation with `params` takes at the measured speed."""
    return params.memory_kib * params.iterations / max(kib_passes_per_second, 1.0)


def costlier_than_calibrated(params: Argon2idParams, kib_passes_per_second: float) -> bool:
    """True when `params` ask for more memory than calibration uses here, or more than twice its time.

    "This computer's calibrated cost" is what `calibrate` would choose here: 256 MiB for about
    `DEFAULT_TARGET_SECONDS`. Twice that leaves room for a vault made on a faster computer and
    for the noise of a shared machine, without letting a key file make us work much longer.
    """
    if params.memory_kib > CALIBRATION_MEMORY_KIB:
        return True
    return estimated_seconds(params, kib_passes_per_second) > ASK_ABOVE_TIME_FACTOR * DEFAULT_TARGET_SECONDS


def surely_affordable(params: Argon2idParams) -> bool:
    """Cheap enough to derive without measuring this computer: calibration's memory, the floor's passes."""
    return params.memory_kib <= CALIBRATION_MEMORY_KIB and params.iterations <= FLOOR_ITERATIONS


def calibrate(
    target_seconds: float = DEFAULT_TARGET_SECONDS,
    memory_kib: int = CALIBRATION_MEMORY_KIB,
    clock: Callable[[], float] = time.perf_counter,
) -> Argon2idParams:
    """Choose Argon2id parameters that take about `target_seconds` here.

    Memory stays at `memory_kib` (256 MiB by default); passes grow from the
    floor of three until the derivation takes the target time. In test mode
    the weak test parameters are returned at once.
    """
    if insecure_test_kdf_allowed():
        return INSECURE_TEST_PARAMS
    memory_kib = max(memory_kib, FLOOR_MEMORY_KIB)
    lanes = default_lanes()
    probe = Argon2idParams(memory_kib=memory_kib, iterations=FLOOR_ITERATIONS, lanes=lanes)
    started = clock()
    derive_key(b"calibration", b"\0" * SALT_BYTES, probe).wipe()
    elapsed = max(clock() - started, 1e-3)
    per_pass = elapsed / FLOOR_ITERATIONS
    iterations = int(target_seconds / per_pass)
    iterations = max(FLOOR_ITERATIONS, min(iterations, CEILING_ITERATIONS))
    return Argon2idParams(memory_kib=memory_kib, iterations=iterations, lanes=lanes)
