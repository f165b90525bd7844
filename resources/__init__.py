"""Files Amanat ships beside its code: compiled translations and the threat model (SECURITY.md)."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
# Copies of the repository's SECURITY.md, SECURITY.fa.md and SECURITY.ps.md, shown in the app
# (tests/test_security_docs.py keeps them identical).
SECURITY_DIR = RESOURCES_DIR / "security"
