"""The look as the window applies it: contrast of every state in light and dark, the dark setting taking
effect on this platform, the type scale of Dari and Pashto, the icons and the window icon.

Colours are read back from real widgets after the application's palette and stylesheet have been
applied (a label's palette after polishing, a button's after its state rule), never from a copied table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget

from amanat.app.ui.widgets.colours import AA_TEXT, contrast_ratio
from amanat.app.ui.widgets.i18n import ARABIC_SCRIPT_FAMILIES, LanguageManager
from amanat.app.ui.widgets.icons import APP_ICON_SIZES, app_icon, icon
from amanat.app.ui.widgets.theme import apply_theme, current_scheme, set_state, set_type

THEMES = ("light", "dark")
TEXT_STATES = ("error", "warning", "verified", "high-risk", "muted")


@pytest.fixture
def themed(qtbot) -> Iterator[QWidget]:  # type: ignore[no-untyped-def]
    """A shown window to put widgets in; the light theme again afterwards."""
    holder = QWidget()
    holder.setLayout(QVBoxLayout())
    qtbot.addWidget(holder)
    holder.show()
    yield holder
    apply_theme("light")


def hex_of(widget: QWidget, role: QPalette.ColorRole) -> str:
    widget.ensurePolished()
    return widget.palette().color(QPalette.ColorGroup.Active, role).name()


def state_label(holder: QWidget, state: str) -> QLabel:
    label = QLabel("Wrong passphrase.")
    holder.layout().addWidget(label)
    set_state(label, state)
    return label


@pytest.mark.parametrize("theme", THEMES)
def test_every_state_colour_meets_aa_on_its_background(themed: QWidget, theme: str) -> None:
    apply_theme(theme)
    window_background = hex_of(themed, QPalette.ColorRole.Window)
    plain_text = hex_of(themed, QPalette.ColorRole.WindowText)
    measured = {}
    for state in TEXT_STATES:
        label = state_label(themed, state)
        colour = hex_of(label, label.foregroundRole())
        measured[state] = round(contrast_ratio(colour, window_background), 2)
        assert colour != plain_text, f"{state} text is drawn like plain text in {theme}"
    assert all(ratio >= AA_TEXT for ratio in measured.values()), (theme, measured)


@pytest.mark.parametrize("theme", THEMES)
def test_lists_fields_and_selection_meet_aa(themed: QWidget, theme: str) -> None:
    apply_theme(theme)
    field = QLineEdit()
    field.setPlaceholderText("Filter…")
    items = QListView()
    themed.layout().addWidget(field)
    themed.layout().addWidget(items)
    base = hex_of(field, QPalette.ColorRole.Base)
    pairs = {
        # Placeholders, sometimes the only label of a field.
        "placeholder": (hex_of(field, QPalette.ColorRole.PlaceholderText), base),
        # The list delegate draws dates in the placeholder colour, on the list's base and alternate rows.
        "list date": (hex_of(items, QPalette.ColorRole.PlaceholderText), hex_of(items, QPalette.ColorRole.Base)),
        "list date, alternate row": (hex_of(items, QPalette.ColorRole.PlaceholderText),
                                     hex_of(items, QPalette.ColorRole.AlternateBase)),
        "selected row": (hex_of(items, QPalette.ColorRole.HighlightedText),
                         hex_of(items, QPalette.ColorRole.Highlight)),
        "text": (hex_of(field, QPalette.ColorRole.Text), base),
        "link": (hex_of(themed, QPalette.ColorRole.Link), hex_of(themed, QPalette.ColorRole.Window)),
    }
    ratios = {name: round(contrast_ratio(*pair), 2) for name, pair in pairs.items()}
    assert all(ratio >= AA_TEXT for ratio in ratios.values()), (theme, ratios)


@pytest.mark.parametrize("theme", THEMES)
def test_the_wipe_button_meets_aa(themed: QWidget, theme: str) -> None:
    apply_theme(theme)
    wipe = QPushButton("Wipe now")
    themed.layout().addWidget(wipe)
    plain = QPushButton("Cancel")
    themed.layout().addWidget(plain)
    set_state(wipe, "danger")
    face, text = hex_of(wipe, QPalette.ColorRole.Button), hex_of(wipe, QPalette.ColorRole.ButtonText)
    assert face != hex_of(plain, QPalette.ColorRole.Button), "the Wipe button looks like any other"
    assert contrast_ratio(text, face) >= AA_TEXT, (theme, face, text)
    # Drawn, not only set: the middle of the button's face is the danger colour.
    image = wipe.grab().toImage()
    assert image.pixelColor(4, image.height() // 2).name() == face


def test_the_dark_setting_changes_the_window_on_this_platform(themed: QWidget) -> None:
    """X11 without a desktop's platform theme ignores Qt's colour-scheme request: the palette must change."""
    apply_theme("dark")
    dark = QApplication.palette().color(QPalette.ColorRole.Window)
    field = QLineEdit()
    themed.layout().addWidget(field)
    image = field.grab().toImage()
    assert dark.lightness() < 60 and current_scheme().name == "dark"
    assert image.pixelColor(image.width() // 2, image.height() // 2).lightness() < 60
    apply_theme("light")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200
    apply_theme("system")
    system_dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    assert current_scheme().name == ("dark" if system_dark else "light")


def test_an_unknown_state_or_type_step_is_refused(themed: QWidget) -> None:
    with pytest.raises(ValueError, match="unknown state"):
        set_state(QLabel(), "pink")
    with pytest.raises(ValueError, match="unknown type step"):
        set_type(QLabel(), "huge")


# -- type ------------------------------------------------------------------------------------------------------


def letter_body_height(font: QFont, text: str) -> float:
    """The height of letters with neither ascender nor descender, measured at 8x for precision."""
    big = QFont(font)
    big.setPointSizeF(font.pointSizeF() * 8)
    return QFontMetricsF(big).tightBoundingRect(text).height() / 8


@pytest.mark.parametrize("language", ["fa", "ps"])
def test_dari_and_pashto_letters_are_as_large_as_latin(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    if not set(ARABIC_SCRIPT_FAMILIES) & set(QFontDatabase.families()):
        pytest.skip("no Noto Arabic-script font (Debian: fonts-noto-core)")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    languages = LanguageManager(app)
    try:
        latin = QFont(app.font())
        languages.switch(language)
        arabic = app.font()
        assert arabic.families()[0] in ARABIC_SCRIPT_FAMILIES
        # The body of Arabic-script letters (medial sad, meem and seen, isolated heh: no ascender, no
        # descender), against Latin's x-height. Naskh at English's size gives about 0.65 of it, which
        # reads small beside English; the type scale brings it near 0.8.
        samples = ("ـصـ", "ـمـ", "سـ", "ه")
        body = sum(letter_body_height(arabic, sample) for sample in samples) / len(samples)
        latin_x = letter_body_height(latin, "xnuoea")
        assert body >= 0.75 * latin_x, (body, latin_x)
        assert arabic.pointSizeF() >= 1.15 * latin.pointSizeF()
        # The type scale follows: a heading in Dari is larger than a heading in English.
        heading = QLabel("عنوان")
        set_type(heading, "heading")
        heading.ensurePolished()
        assert heading.font().pointSizeF() >= arabic.pointSizeF() * 1.25
    finally:
        languages.switch("en")
    assert app.font().pointSizeF() == latin.pointSizeF()


# -- icons -----------------------------------------------------------------------------------------------------


def opaque_colours(image: QImage) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255}


def test_icons_are_drawn_in_the_schemes_text_colour(themed: QWidget) -> None:
    for theme in THEMES:
        apply_theme(theme)
        image = icon("notebook").pixmap(QSize(24, 24)).toImage()
        assert current_scheme().text.lower() in opaque_colours(image), theme
        disabled = icon("notebook").pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
        assert current_scheme().disabled_text.lower() in opaque_colours(disabled), theme


def test_icons_that_point_a_way_are_mirrored_right_to_left(themed: QWidget) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ltr_export = icon("file-export").pixmap(QSize(24, 24)).toImage()
    ltr_book = icon("notebook").pixmap(QSize(24, 24)).toImage()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        rtl_export = icon("file-export").pixmap(QSize(24, 24)).toImage()
        rtl_book = icon("notebook").pixmap(QSize(24, 24)).toImage()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    mirrored = (ltr_export.flipped(Qt.Orientation.Horizontal) if hasattr(ltr_export, "flipped")
                else ltr_export.mirrored(True, False))
    assert rtl_export != ltr_export
    assert rtl_export.convertToFormat(ltr_export.format()) == mirrored
    assert rtl_book == ltr_book  # a notebook points nowhere


def test_a_missing_icon_fails_when_asked_for() -> None:
    with pytest.raises(FileNotFoundError, match="no-such-icon"):
        icon("no-such-icon")


def test_the_window_has_amanats_icon_in_every_size(window) -> None:  # type: ignore[no-untyped-def]
    app_wide = QApplication.windowIcon()
    assert not app_wide.isNull()
    assert {size.width() for size in app_icon().availableSizes()} == set(APP_ICON_SIZES)
    picture = window.windowIcon().pixmap(QSize(32, 32)).toImage()
    # The icon's blue ground, not an empty or default picture.
    centre_top = picture.pixelColor(16, 3)
    assert centre_top.alpha() == 255 and centre_top.blue() > centre_top.red()


@pytest.mark.parametrize("theme", THEMES)
def test_unchanged_lines_of_a_history_diff_meet_aa(themed: QWidget, theme: str) -> None:
    from amanat.app.ui.sections.history_dialog import diff_html

    apply_theme(theme)
    shown = diff_html("same line\nold line", "same line\nnew line")
    colours = set(re.findall(r"(?<!background-)color:(#[0-9A-Fa-f]{6})", shown))
    base = QApplication.palette().color(QPalette.ColorRole.Base).name()
    unchanged = [colour for colour in colours if colour.lower() == current_scheme().muted.lower()]
    assert unchanged, shown
    assert contrast_ratio(unchanged[0], base) >= AA_TEXT


def test_the_first_pages_and_the_sidebar_carry_the_identity(unlocked) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QListWidget

    sidebar = unlocked.findChild(QListWidget, "sidebar")
    assert sidebar is not None
    assert all(not sidebar.item(row).icon().isNull() for row in range(sidebar.count()))
    unlocked.lock()  # the unlock page
    emblem = unlocked.pages.currentWidget().findChild(QLabel, "amanatEmblem")
    assert emblem is not None and emblem.isVisible() and not emblem.pixmap().isNull()
