"""`amanat self-test`, the check the standalone build runs on itself; and the version it reports."""

from __future__ import annotations

import time
import tomllib
from pathlib import Path

import pytest

import amanat.app as app
from amanat.app.self_test import CheckResult, run_checks
from amanat.app.vault import Vault
from amanat.crypto.kdf import INSECURE_TEST_PARAMS, insecure_test_kdf_allowed
from tests.conftest import PASSPHRASE, PROJECT_ROOT, run_cli, run_product

CHECKS = ("process", "resources", "vault", "note", "search", "sharing", "word", "window", "clean-up")


def test_self_test_passes_as_the_real_product_and_leaves_nothing(tmp_path: Path) -> None:
    # The product, not the tests' entry: the self-test uses real (floor) key-derivation parameters.
    result = run_product("self-test", env={"TMPDIR": str(tmp_path)}, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[1].rstrip(":") for line in lines[:-1]] == list(CHECKS)
    assert all(line.startswith("ok ") for line in lines[:-1]), result.stdout
    assert lines[-1] == f"amanat self-test: {len(CHECKS)} of {len(CHECKS)} checks passed"
    assert list(tmp_path.iterdir()) == []  # the temporary folder is gone


def test_a_failing_check_is_reported_and_the_rest_still_run(tmp_path: Path) -> None:
    def broken_window(_vault_dir: Path, _settings: Path) -> str:
        raise RuntimeError("no pixels")

    reported: list[CheckResult] = []
    before = insecure_test_kdf_allowed()
    results = run_checks(broken_window, reported.append, temp_parent=tmp_path)
    assert results == reported
    by_name = {r.name: r for r in results}
    assert not by_name["window"].ok
    assert by_name["window"].line() == "FAIL window: RuntimeError: no pixels"
    assert all(r.ok for r in results if r.name != "window")
    assert list(tmp_path.iterdir()) == []
    assert insecure_test_kdf_allowed() == before  # the self-test does not touch the switch


def test_a_check_that_cannot_run_says_it_was_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> object:
        raise OSError("disk full")

    monkeypatch.setattr(Vault, "create", refuse)
    results = {r.name: r for r in run_checks(None, lambda _r: None, temp_parent=tmp_path)}
    assert results["vault"].detail == "OSError: disk full"
    assert results["note"].detail.startswith("skipped")
    assert "window" not in results
    assert results["clean-up"].ok


def test_the_version_is_pyprojects_and_amanat_version_prints_it() -> None:
    with open(PROJECT_ROOT / "pyproject.toml", "rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    assert app.__version__ == version
    assert run_cli("--version").stdout.strip() == f"amanat {version}"


def test_the_source_tree_fallback_reads_the_same_version() -> None:
    assert app._source_tree_version() == app.__version__


def test_the_startup_probe_prints_the_clock_when_the_unlock_screen_is_painted(tmp_path: Path) -> None:
    Vault.create(tmp_path / "vault", PASSPHRASE, params=INSECURE_TEST_PARAMS)[0].close()
    launched = time.monotonic()
    result = run_cli("self-test", "--startup-probe", str(tmp_path / "vault"), str(tmp_path / "settings.json"))
    finished = time.monotonic()
    assert result.returncode == 0, result.stderr
    painted = float(result.stdout.strip())
    assert launched < painted < finished
