"""PDF for the command line: `amanat export ITEM --format pdf` renders with Qt, which only app/ui may load.

The composition root (app/main.py) hands this function to the command line, as it hands the
window's half of the self-test, so app/cli imports nothing of Qt. Qt is imported when a PDF is
asked for; with no display it renders offscreen. The shipped Arabic-script font is loaded so Dari
and Pashto look the same as in the window. Headings are in English: the command line has no
translations (a UN communication's are English anyway).
"""

from __future__ import annotations

from amanat.app.models import Item


def render_pdf(item: Item, right_to_left: bool) -> bytes:
    """The note or draft as a PDF, in memory, without metadata (app/transfer/document_metadata.py)."""
    from amanat.app.ui.shell.self_test_window import use_offscreen_without_display

    use_offscreen_without_display()
    from PySide6.QtGui import QGuiApplication

    from amanat.app.ui.sections.item_documents import item_bytes
    from amanat.app.ui.widgets.bundled_fonts import load_bundled_fonts

    _app = QGuiApplication.instance() or QGuiApplication(["amanat"])
    load_bundled_fonts()
    return item_bytes(item, "pdf", right_to_left=right_to_left, english_headings=True)
