"""Amanat: an offline-first encrypted vault for human rights defenders in exile.

`app/` holds the GUI-free core (vault, store, services, command line);
`app/ui/` holds the Qt desktop window and is the only place Qt is imported.
"""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

DISTRIBUTION = "amanat"
UNKNOWN_VERSION = "0+unknown"


def _source_tree_version() -> str:
    """The version in pyproject.toml beside the package, for a checkout that was never installed."""
    try:
        text = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    except OSError:
        return UNKNOWN_VERSION
    # A regular expression rather than tomllib: this runs on every start and only needs one line.
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    return match.group(1) if match else UNKNOWN_VERSION


def _version() -> str:
    # pyproject.toml is the one place the version is written. pip records it in the installed
    # metadata; the standalone build (build.spec) writes the same metadata into the bundle.
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return _source_tree_version()


__version__ = _version()
