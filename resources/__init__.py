"""Files Amanat ships beside its code: compiled translations, the threat model (SECURITY.md), fonts, icons.

Found through importlib.resources on this package (installed as amanat.resources), so they are where
the code is: in a checkout, in site-packages, or inside the standalone build.
"""

from importlib.resources import files
from pathlib import Path


def _package_folder() -> Path:
    folder = files(__name__)
    # Qt loads translations by file name, so the package must be real files (not inside a zip).
    if not isinstance(folder, Path):
        raise ImportError(f"{__name__} is not installed as files on disk ({folder!r})")
    return folder


RESOURCES_DIR = _package_folder()
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
# Copies of the repository's SECURITY.md, SECURITY.fa.md and SECURITY.ps.md, shown in the app
# (tests/test_security_docs.py keeps them identical).
SECURITY_DIR = RESOURCES_DIR / "security"
# Noto Naskh Arabic, regular and bold (SIL Open Font License: fonts/OFL.txt), loaded at start so Dari
# and Pashto look the same on every system (app/platform/fonts.py, app/ui/widgets/bundled_fonts.py).
FONTS_DIR = RESOURCES_DIR / "fonts"
# Amanat's own icon (icons/app/, drawn for Amanat; PNGs from scripts/render_app_icon.py) and Tabler Icons
# (icons/tabler/, MIT: icons/tabler/LICENSE), drawn by app/ui/widgets/icons.py.
ICONS_DIR = RESOURCES_DIR / "icons"
