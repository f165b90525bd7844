"""Refresh the Dari and Pashto catalogues from the source and compile them.

    python scripts/update_translations.py          # lupdate, then lrelease
    python scripts/update_translations.py --check  # exit 1 if a catalogue is stale

New strings appear in resources/translations/amanat_{fa,ps}.ts as unfinished;
tests/test_translations.py fails until each has a translation.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fa", "ps")
TARGET_LANGUAGE = {"fa": "fa_AF", "ps": "ps_AF"}  # Dari is Persian as written in Afghanistan
BIN = Path(sys.executable).parent


def ui_sources() -> list[str]:
    """Every Python file of the GUI, relative to the project root."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app" / "ui").rglob("*.py"))


def lupdate(ts_files: list[Path]) -> None:
    """Merge the current source strings into the given .ts files (dropping vanished ones)."""
    for ts_file in ts_files:
        language = TARGET_LANGUAGE[ts_file.stem.rsplit("_", 1)[-1]]
        command = [str(BIN / "pyside6-lupdate"), "-locations", "none", "-no-obsolete",
                   "-target-language", language, *ui_sources(), "-ts", str(ts_file)]
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile one catalogue."""
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
                   cwd=ROOT, check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report whether anything is stale")
    args = parser.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            copies = []
            for language in LANGUAGES:
                copy = Path(tmp) / f"amanat_{language}.ts"
                shutil.copy(TRANSLATIONS / copy.name, copy)
                copies.append(copy)
            lupdate(copies)
            stale = [c.name for c in copies if c.read_bytes() != (TRANSLATIONS / c.name).read_bytes()]
        print("stale: " + ", ".join(stale) if stale else "up to date")
        return 1 if stale else 0
    ts_files = [TRANSLATIONS / f"amanat_{language}.ts" for language in LANGUAGES]
    lupdate(ts_files)
    for ts_file in ts_files:
        lrelease(ts_file, ts_file.with_suffix(".qm"))
    print("updated " + ", ".join(p.name for p in ts_files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
