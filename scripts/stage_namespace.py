"""Stage the checkout as the installed `amanat` package, for tools that read folders, not import hooks.

    python scripts/stage_namespace.py        # prints the staged folder, build/namespace

pyproject.toml installs app/, crypto/, sync/ and resources/ as amanat.app, amanat.crypto, amanat.sync
and amanat.resources. Python finds those names through the installed package (or, in an editable
install, through setuptools' import hook), but mypy and PyInstaller look for an `amanat/` folder on
their search path. This makes one: build/namespace/amanat/ holds a link to each of the four folders,
so the staged names always show the checkout as it is now (nothing is copied; a new module needs no
new staging). tests/test_static_checks.py stages before mypy, build.spec before PyInstaller.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAMESPACE = "amanat"
PACKAGES = ("app", "crypto", "sync", "resources")
STAGE = Path("build") / "namespace"


def stage_namespace(root: Path = ROOT) -> Path:
    """Make (or refresh) root/build/namespace/amanat/{app,crypto,sync,resources}; return build/namespace."""
    stage = root / STAGE
    package = stage / NAMESPACE
    package.mkdir(parents=True, exist_ok=True)
    for name in PACKAGES:
        link = package / name
        target = Path(os.path.relpath(root / name, package))  # relative: the checkout may move
        if link.is_symlink() and Path(os.readlink(link)) == target:
            continue
        if not link.is_symlink() and link.is_dir() and os.path.realpath(link) == os.path.realpath(root / name):
            continue  # a Windows directory junction to the right folder
        if link.is_dir() and not link.is_symlink():
            os.rmdir(link)  # a junction to elsewhere (an empty real folder too)
        elif link.is_symlink() or link.exists():
            link.unlink()
        _link(link, target, root / name)
    return stage


def _link(link: Path, relative_target: Path, target: Path) -> None:
    """A symbolic link; on Windows without the right to make one, a directory junction (needs no privilege)."""
    try:
        link.symlink_to(relative_target, target_is_directory=True)
    except OSError:
        if os.name != "nt":
            raise
        import _winapi  # type: ignore[import-not-found,unused-ignore]

        _winapi.CreateJunction(str(target.resolve()), str(link))


if __name__ == "__main__":
    print(stage_namespace(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT))
