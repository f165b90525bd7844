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

from crypto.errors import DamagedInput
from crypto.secret_bytes import SecretBytes

KIB_PER_MIB = 1024
FLOOR_MEMORY_KIB = 64 * KIB_PER_MIB  # never below KeePassXC's default
FLOOR_ITERATIONS = 3
CALIBRATION_MEMORY_KIB = 256 * KIB_PER_MIB  # four times KeePassXC's attacker cost
CEILING_MEMORY_KIB = 4 * 1024 * KIB_PER_MIB
CEILING_ITERATIONS = 100
CEILING_LANES = 16
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
        if not 1 <= self.lanes <= CEILING_LANES:
            raise DamagedInput("the key file asks for an unsupported number of lanes")
        if self.memory_kib > CEILING_MEMORY_KIB or self.iterations > CEILING_ITERATIONS:
            raise DamagedInput("the key file asks for more memory or time than Amanat allows")
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


def derive_key(secret: bytes, salt: bytes, params: Argon2idParams) -> SecretBytes:
    """Derive a 256-bit wrapping key from a normalised passphrase."""
    params.check()
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
