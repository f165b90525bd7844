"""scripts/build.sh in a fresh clone (issue 14): it installs nothing on the system unless asked, and says what
it would install. The system's package manager is the boundary here: `dpkg-query`, `apt-get` and `sudo` are
stand-ins that report and record; `python3` is one that is too old, so the script stops before building."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.conftest import PROJECT_ROOT

STAND_INS = {
    "dpkg-query": "#!/bin/sh\nexit 1\n",  # nothing is installed
    "apt-get": '#!/bin/sh\necho "apt-get $*" >> "$RECORD"\n',
    "sudo": '#!/bin/sh\necho "sudo" >> "$RECORD"\nexec "$@"\n',
    "python3": "#!/bin/sh\nexit 1\n",  # no Python 3.11: the script stops after its system step
}


def fresh_clone(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A checkout with no .venv, and a PATH whose package tools are the stand-ins above."""
    clone = tmp_path / "clone"
    (clone / "scripts").mkdir(parents=True)
    shutil.copy(PROJECT_ROOT / "scripts" / "build.sh", clone / "scripts" / "build.sh")
    tools = tmp_path / "bin"
    tools.mkdir()
    for name, text in STAND_INS.items():
        (tools / name).write_text(text, encoding="utf-8")
        (tools / name).chmod(0o755)
    for name in ("bash", "sh", "env", "id", "grep", "sed", "dirname", "date", "cat"):
        found = shutil.which(name)
        if found and not (tools / name).exists():
            (tools / name).symlink_to(found)
    env = {"PATH": str(tools), "RECORD": str(tmp_path / "record"), "HOME": str(tmp_path)}
    return clone, env


def run(clone: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(clone / "scripts" / "build.sh"), *args], capture_output=True, text=True,
                          env={**env, "LANG": os.environ.get("LANG", "C.UTF-8")}, timeout=60, check=False)


def test_without_the_flag_nothing_is_installed_and_the_missing_libraries_are_named(tmp_path: Path) -> None:
    clone, env = fresh_clone(tmp_path)
    result = run(clone, env)
    assert not (tmp_path / "record").exists()  # no apt-get, no sudo
    assert "not installed: libxcb-icccm4 libxcb-keysyms1 libwayland-cursor0 libwayland-egl1" in result.stderr
    assert "--install-system-libraries" in result.stderr
    # A fresh clone has no .venv: the script goes to make one (and stops here, Python being too old).
    assert result.returncode == 1 and "needs Python 3.11" in result.stderr
    assert "No such file" not in result.stderr


def test_with_the_flag_it_says_what_it_installs_then_installs_it(tmp_path: Path) -> None:
    clone, env = fresh_clone(tmp_path)
    result = run(clone, env, "--install-system-libraries")
    assert "installing with apt-get: libxcb-icccm4 libxcb-keysyms1 libwayland-cursor0 libwayland-egl1" in result.stderr
    record = (tmp_path / "record").read_text(encoding="utf-8")
    assert "apt-get install -y -qq --no-install-recommends libxcb-icccm4 libxcb-keysyms1" in record
    assert record.startswith("sudo") == (os.getuid() != 0)


def test_an_unknown_option_is_a_usage_error(tmp_path: Path) -> None:
    clone, env = fresh_clone(tmp_path)
    result = run(clone, env, "--install-everything")
    assert result.returncode == 2 and "unknown option --install-everything" in result.stderr
    assert not (tmp_path / "record").exists()
