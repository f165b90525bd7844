"""Installed, Amanat is one `amanat` package, beside whatever else is in site-packages.

PyPI has a distribution that installs a package named `crypto`. Amanat used to install its own
`crypto` (and `app`, `sync`, `resources`) at the top of site-packages, where whichever came second
overwrote the other's files (here crypto/__init__.py and crypto/errors.py, which Amanat's crypto has
too). Here Amanat's wheel is built and installed, not editable, into a fresh venv that
already holds another distribution's `crypto`; then `amanat self-test` runs from that venv, and the
other `crypto` must still be the one `import crypto` finds.

No network: the wheels are built with the setuptools of the environment running the tests
(--no-build-isolation), and the fresh venv borrows the dependencies (PySide6, SQLCipher, …) from it
through a .pth file.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

OUR_FOLDERS = ("app", "crypto", "sync", "resources")
NAMESPACE = "amanat"
# What the other distribution's `crypto` says about itself; Amanat's has no such name.
OTHER_MARK = "somebody else's crypto"
PROJECT_FILES = ("pyproject.toml", "README.md", *OUR_FOLDERS)


@dataclass(frozen=True)
class InstalledVenv:
    python: Path
    site_packages: Path
    amanat_wheel: Path
    scratch: Path


def build_wheel(source: Path, out: Path) -> Path:
    """A wheel of the project in `source`, built offline with this environment's setuptools."""
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q",
         "-w", str(out), str(source)],
        capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    wheels = sorted(out.glob("*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def copy_of_the_project(target: Path) -> Path:
    # A copy, so that setuptools' build/ and egg-info stay out of the checkout (and a stale build/lib
    # there cannot add modules that no longer exist).
    target.mkdir(parents=True)
    for name in PROJECT_FILES:
        source = PROJECT_ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    return target


def other_crypto_project(target: Path) -> Path:
    (target / "crypto").mkdir(parents=True)
    (target / "crypto" / "__init__.py").write_text(f"MARK = {OTHER_MARK!r}\n", encoding="utf-8")
    # A module name any crypto library may have, and Amanat's crypto/ has too.
    (target / "crypto" / "errors.py").write_text("class CryptoError(Exception):\n    pass\n", encoding="utf-8")
    (target / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n'
        '[project]\nname = "crypto"\nversion = "1.0"\n\n[tool.setuptools]\npackages = ["crypto"]\n',
        encoding="utf-8")
    return target


def fresh_venv(target: Path) -> tuple[Path, Path]:
    """A venv without pip of its own that sees this environment's packages (after its own) by a .pth."""
    venv.EnvBuilder(with_pip=False, symlinks=os.name != "nt").create(target)
    python = target / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site_packages = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True).stdout.strip())
    (site_packages / "borrowed_dependencies.pth").write_text("\n".join(borrowed_paths()) + "\n", encoding="utf-8")
    return python, site_packages


def borrowed_paths() -> list[str]:
    """Where this environment finds its packages: its site-packages and what its .pth files add.

    Not the standard library (the venv has its own), and no folder that holds one of our folders under
    its bare name (the checkout itself, on sys.path while the tests run).
    """
    # (In a venv, sysconfig's platstdlib is the venv's own lib/pythonX.Y, which holds its site-packages:
    # the standard library is told by its files instead.)
    borrowed: list[str] = []
    for entry in sys.path:
        path = Path(entry or ".").resolve()
        if not path.is_dir() or str(path) in borrowed:
            continue
        if (path / "os.py").is_file() or path.name == "lib-dynload":  # the standard library
            continue
        if any((path / name / "__init__.py").exists() for name in OUR_FOLDERS):
            continue
        borrowed.append(str(path))
    return borrowed


def clean_env(scratch: Path) -> dict[str, str]:
    # Nothing may bring the checkout onto sys.path: there, the bare folder names would be found.
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONHOME")}
    return {**env, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(scratch), "PYTHONNOUSERSITE": "1"}


def pip_install(python: Path, *wheels: Path) -> None:
    # --ignore-installed: pip must neither uninstall nor skip what it sees through the borrowed
    # dependencies (the environment running the tests holds an install of Amanat too).
    result = subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", "--ignore-installed", "-q",
         *map(str, wheels)],
        capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> InstalledVenv:
    root = tmp_path_factory.mktemp("installed-names")
    wheels = root / "wheels"
    amanat_wheel = build_wheel(copy_of_the_project(root / "amanat-source"), wheels / "amanat")
    other_wheel = build_wheel(other_crypto_project(root / "crypto-source"), wheels / "crypto")
    python, site_packages = fresh_venv(root / "venv")
    # Amanat first, then the other `crypto`: before the namespace, the second install overwrote
    # Amanat's crypto/__init__.py, and in the other order Amanat's overwrote the other's.
    pip_install(python, amanat_wheel)
    pip_install(python, other_wheel)
    scratch = root / "scratch"
    scratch.mkdir()
    return InstalledVenv(python, site_packages, amanat_wheel, scratch)


def run_in(installed: InstalledVenv, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), cwd=installed.scratch, env=clean_env(installed.scratch),
                          capture_output=True, text=True, timeout=180, check=False)


@pytest.mark.slow
def test_amanat_self_test_passes_beside_another_crypto(installed: InstalledVenv) -> None:
    amanat = installed.python.parent / ("amanat.exe" if os.name == "nt" else "amanat")
    result = run_in(installed, str(amanat), "self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].endswith("checks passed"), result.stdout


@pytest.mark.slow
def test_each_import_finds_its_own_package(installed: InstalledVenv) -> None:
    probe = (
        "import json, crypto, amanat.app, amanat.crypto.kdf, amanat.sync.bundle, amanat.resources as r\n"
        "print(json.dumps({'other': getattr(crypto, 'MARK', None), 'crypto_file': crypto.__file__,"
        " 'amanat_crypto': amanat.crypto.kdf.__file__, 'app': amanat.app.__file__,"
        " 'translations': sorted(p.name for p in r.TRANSLATIONS_DIR.glob('*.qm'))}))\n"
    )
    result = run_in(installed, str(installed.python), "-c", probe)
    assert result.returncode == 0, result.stdout + result.stderr
    found = json.loads(result.stdout)
    site = installed.site_packages
    assert found["other"] == OTHER_MARK
    assert Path(found["crypto_file"]) == site / "crypto" / "__init__.py"
    assert Path(found["amanat_crypto"]) == site / NAMESPACE / "crypto" / "kdf.py"
    assert Path(found["app"]) == site / NAMESPACE / "app" / "__init__.py"
    assert found["translations"] == ["amanat_fa.qm", "amanat_ps.qm"]


@pytest.mark.slow
def test_site_packages_holds_no_bare_folder_of_ours(installed: InstalledVenv) -> None:
    site = installed.site_packages
    assert not [name for name in ("app", "sync", "resources") if (site / name).exists()]
    # The only crypto/ is the other distribution's, exactly as it installed it.
    assert sorted(p.name for p in (site / "crypto").iterdir() if p.name != "__pycache__") == ["__init__.py",
                                                                                              "errors.py"]
    assert sorted(p.name for p in (site / NAMESPACE).iterdir()) == sorted(OUR_FOLDERS)
    assert not (site / NAMESPACE / "__init__.py").exists()  # a namespace: amanat.* is only ours by name


@pytest.mark.slow
def test_the_wheel_installs_only_under_amanat_and_carries_the_data(installed: InstalledVenv) -> None:
    with zipfile.ZipFile(installed.amanat_wheel) as wheel:
        names = wheel.namelist()
    tops = {name.split("/")[0] for name in names}
    assert {top for top in tops if not top.endswith(".dist-info")} == {NAMESPACE}
    resources = PROJECT_ROOT / "resources"
    # What pyproject.toml asks for (the wheel must carry every file those patterns find; the installed
    # self-test above proves the program finds them: translations, security texts, fonts, icons).
    patterns = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "tool"]["setuptools"]["package-data"][f"{NAMESPACE}.resources"]
    expected_data = sorted(
        f"{NAMESPACE}/resources/{path.relative_to(resources).as_posix()}"
        for pattern in patterns for path in resources.glob(pattern))
    assert len(expected_data) >= 12  # two .qm, two .ts, three security texts, four fonts and their licence
    assert {"translations/*.qm", "security/*.md", "fonts/*.ttf", "icons/tabler/*.svg"} <= set(patterns)
    assert sorted(name for name in names if name.startswith(f"{NAMESPACE}/resources/") and not name.endswith(".py")) \
        == expected_data


def test_pyproject_lists_every_package_folder() -> None:
    # setuptools cannot find packages under a name other than their folder's, so pyproject.toml lists
    # them; a new subpackage left out of the list would be missing from the wheel (and only there).
    config = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert config["package-dir"] == {f"{NAMESPACE}.{name}": name for name in OUR_FOLDERS}
    folders = sorted(
        ".".join((NAMESPACE, *init.parent.relative_to(PROJECT_ROOT).parts))
        for name in OUR_FOLDERS for init in (PROJECT_ROOT / name).rglob("__init__.py")
        if "__pycache__" not in init.parts)
    assert sorted(config["packages"]) == folders
