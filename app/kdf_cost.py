"""Ask before a key file or a backup makes this computer derive a key much costlier than its own.

A key file chooses its Argon2id parameters, and a backup carries a key file: whoever made it
chooses how much memory and time opening it takes. crypto/kdf.py refuses anything above the
ceilings; within them, this module's check compares the cost with this computer's calibrated
cost (calibration's memory, 256 MiB, for about 0.8 s) and lets the derivation go ahead only if
it is not much costlier, or the user said yes. The speed of this computer is measured once
(one derivation at the floor cost, a fraction of a second) and kept in the settings: a number,
never a secret.

The command line asks on the terminal (or takes `--accept-slow-key-derivation`); the window
catches `CostlyKeyDerivation`, asks, and calls `accept` before trying again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from amanat.app.errors import AmanatError
from amanat.app.settings import load_settings, save_settings
from amanat.crypto.kdf import (
    DEFAULT_TARGET_SECONDS,
    KIB_PER_MIB,
    Argon2idParams,
    costlier_than_calibrated,
    estimated_seconds,
    measure_speed,
    set_cost_check,
    surely_affordable,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CostEstimate:
    """What a derivation asks for, and what it would cost on this computer."""

    params: Argon2idParams
    seconds: float

    def describe(self) -> str:
        """For people: memory and time, against this computer's usual time."""
        return (f"{self.params.memory_kib // KIB_PER_MIB} MiB of memory and about {self.seconds:.0f} s here "
                f"(this computer usually takes {DEFAULT_TARGET_SECONDS:.1f} s)")


class CostlyKeyDerivation(AmanatError):
    """The key file asks for a derivation much costlier than this computer's; the user has not agreed."""

    exit_code = 4

    def __init__(self, estimate: CostEstimate, hint: str = "") -> None:
        super().__init__(
            f"the key file asks for a much costlier key derivation than this computer's: {estimate.describe()}; "
            f"if you did not expect this, it may have been made to slow this computer down{hint}"
        )
        self.estimate = estimate


Confirm = Callable[[CostEstimate], bool]


class KeyDerivationCostCheck:
    """The check installed in amanat.crypto.kdf: measure once, compare, ask or refuse."""

    def __init__(self, settings_path: Path | None, confirm: Confirm | None = None, refusal_hint: str = "") -> None:
        self.settings_path = settings_path
        self.confirm = confirm
        self.refusal_hint = refusal_hint
        self._accepted: set[Argon2idParams] = set()
        self._lock = threading.Lock()

    def accept(self, params: Argon2idParams) -> None:
        """The user agreed to derive with `params` (for the rest of this run)."""
        with self._lock:
            self._accepted.add(params)

    def speed(self) -> float:
        """This computer's speed (KiB-passes per second), measured once and kept in the settings."""
        settings = load_settings(self.settings_path)
        if settings.key_derivation_speed > 0:
            return float(settings.key_derivation_speed)
        speed = measure_speed()
        try:
            save_settings(replace(settings, key_derivation_speed=max(1, int(speed))), self.settings_path)
        except OSError:
            log.warning("could not keep the measured key-derivation speed in the settings")
        return speed

    def __call__(self, params: Argon2idParams) -> None:
        with self._lock:
            if params in self._accepted:
                return
        if surely_affordable(params):
            return
        speed = self.speed()
        if not costlier_than_calibrated(params, speed):
            return
        estimate = CostEstimate(params, estimated_seconds(params, speed))
        if self.confirm is not None and self.confirm(estimate):
            self.accept(params)
            return
        raise CostlyKeyDerivation(estimate, self.refusal_hint)


_installed: list[KeyDerivationCostCheck] = []


def install_cost_check(
    settings_path: Path | None, confirm: Confirm | None = None, refusal_hint: str = ""
) -> KeyDerivationCostCheck:
    """Install the check for this process (the window and the command line do, first thing)."""
    check = KeyDerivationCostCheck(settings_path, confirm, refusal_hint)
    _installed[:] = [check]
    set_cost_check(check)
    return check


def accept_cost(params: Argon2idParams) -> None:
    """The user agreed: derivations with `params` go ahead for the rest of this run."""
    for check in _installed:
        check.accept(params)
