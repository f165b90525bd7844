"""Files Amanat ships beside its code: compiled translations (and, later, icons)."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
