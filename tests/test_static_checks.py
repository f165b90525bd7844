"""ruff and mypy (strict on crypto/ and sync/) run as part of the suite, with pyproject.toml's settings.

mypy checks the installed names (amanat.crypto, …): scripts/stage_namespace.py links the folders into
build/namespace/amanat/ first, since mypy sees no import hook of an editable install.
"""

from __future__ import annotations

import subprocess
import sys

from scripts.stage_namespace import stage_namespace
from tests.conftest import PROJECT_ROOT


def run_module(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=300, check=False)


def test_ruff_finds_nothing() -> None:
    result = run_module("ruff", "check", "--no-cache", "--output-format", "concise", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing() -> None:
    stage_namespace(PROJECT_ROOT)  # mypy reads amanat.* from build/namespace/ (pyproject.toml)
    result = run_module("mypy", "--no-incremental")
    assert result.returncode == 0, result.stdout + result.stderr
