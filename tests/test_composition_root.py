"""app/main.py, where both front ends start: no command opens the window, a command runs the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import amanat.app.main
import amanat.app.ui.shell.gui_main
from tests.conftest import PASSPHRASE, PROJECT_ROOT, run_cli


def test_no_command_opens_the_window_on_the_vault_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    opened: list[Path] = []
    # The Qt event loop is the boundary: everything up to it runs as in `amanat`.
    monkeypatch.setattr(amanat.app.ui.shell.gui_main, "run_gui", lambda folder: opened.append(folder) or 0)
    assert amanat.app.main.main(["--vault", str(tmp_path / "vault")]) == 0
    assert opened == [tmp_path / "vault"]


def test_a_command_runs_the_command_line_and_not_the_window(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(amanat.app.ui.shell.gui_main, "run_gui", lambda _folder: pytest.fail("the window opened"))
    assert amanat.app.main.main(["check", "--vault", str(tmp_path / "none")]) == 5  # no vault there: not found
    assert "there is no vault" in capsys.readouterr().err


def test_the_command_line_alone_does_not_open_a_window(capsys: pytest.CaptureFixture[str]) -> None:
    import amanat.app.cli

    with pytest.raises(SystemExit) as stopped:
        amanat.app.cli.main([])
    assert stopped.value.code == 2 and "opens the window" in capsys.readouterr().err


def test_the_command_line_loads_no_qt_and_nothing_of_the_window(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    assert run_cli("init", "--vault", str(vault), env={"AMANAT_PASSPHRASE": PASSPHRASE}).returncode == 0
    probe = ("import sys\n"
             "from amanat.crypto.kdf import allow_insecure_test_kdf; allow_insecure_test_kdf()\n"
             "import amanat.app.main\n"
             "code = amanat.app.main.main(sys.argv[1:])\n"
             "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'amanat.app.ui')))\n"
             "print(code, loaded)")
    environment = {"AMANAT_PASSPHRASE": PASSPHRASE, "PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT_ROOT)}
    completed = subprocess.run([sys.executable, "-c", probe, "check", "--vault", str(vault)], capture_output=True,
                               text=True, cwd=PROJECT_ROOT, env=environment, timeout=60, check=False)
    assert completed.stdout.strip().splitlines()[-1] == "0 []", completed.stderr
