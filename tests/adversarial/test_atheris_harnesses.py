"""Each atheris harness in fuzz/ runs for a few seconds without finding a crash (skipped without atheris)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

HARNESSES = sorted(p.stem for p in (PROJECT_ROOT / "fuzz").glob("fuzz_*.py"))
SECONDS = int(os.environ.get("AMANAT_ATHERIS_SECONDS", "3"))


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("atheris") is None,
                    reason="atheris is not installed (pip install atheris); the harnesses in fuzz/ need it")
@pytest.mark.parametrize("harness", HARNESSES)
def test_the_harness_finds_no_crash(harness: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "fuzz" / f"{harness}.py"), f"-max_total_time={SECONDS}",
         f"-artifact_prefix={tmp_path}/", "-print_final_stats=1"],
        capture_output=True, env={**os.environ, "TMPDIR": str(tmp_path)}, cwd=tmp_path,
        timeout=SECONDS + 60, check=False,
    )
    output = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 0, output[-4000:]
    assert "Done " in output and " runs in " in output, output[-2000:]
    assert not list(tmp_path.glob("crash-*")), output[-4000:]


def test_every_harness_is_listed() -> None:
    assert {"fuzz_keyfile", "fuzz_bundle", "fuzz_card", "fuzz_mail", "fuzz_backup", "fuzz_docx"} <= set(HARNESSES)
