"""The recovery key page: the key in two rows of four groups, and in Pashto no letter cut at an edge."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel

from amanat.app.ui.dialogs.recovery_key_page import RecoveryKeyPage
from amanat.app.ui.widgets.i18n import LanguageManager
from amanat.crypto.recovery_key import RecoveryKey


@pytest.fixture
def languages(qtbot) -> Iterator[LanguageManager]:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    manager = LanguageManager(app)
    yield manager
    manager.switch("en")


def shown_page(qtbot, width: int) -> RecoveryKeyPage:  # type: ignore[no-untyped-def]
    page = RecoveryKeyPage(RecoveryKey.generate())
    qtbot.addWidget(page)
    page.resize(width, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def ink_at_edges(image: QImage, columns: int = 2) -> int:
    """Dark pixels in the outermost `columns` on each side: letters drawn up to (and cut at) the edge."""
    edges = [*range(columns), *range(image.width() - columns, image.width())]
    return sum(1 for x in edges for y in range(image.height()) if image.pixelColor(x, y).lightness() < 140)


@pytest.mark.parametrize("language", ["en", "fa", "ps"])
@pytest.mark.parametrize("width", [1280, 800])
def test_the_key_shows_as_two_rows_of_four_groups(qtbot, languages: LanguageManager, language: str,  # type: ignore[no-untyped-def]
                                                  width: int) -> None:
    languages.switch(language)
    page = shown_page(qtbot, width)
    key = page.findChild(QLabel, "recoveryKeyText")
    assert key is not None
    rows = key.text().split("\n")
    assert [len(row.split()) for row in rows] == [4, 4]
    assert not key.wordWrap() and key.width() >= key.sizeHint().width()


@pytest.mark.parametrize("language", ["fa", "ps"])
def test_no_letter_is_cut_at_a_labels_edge(qtbot, languages: LanguageManager, language: str) -> None:  # type: ignore[no-untyped-def]
    languages.switch(language)
    page = shown_page(qtbot, 1280)
    for name in ("recoveryHeading", "recoveryAsk"):
        label = page.findChild(QLabel, name)
        assert label is not None and label.text()
        assert ink_at_edges(label.grab().toImage()) == 0, name
