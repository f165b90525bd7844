"""Languages: Qt translators for Amanat and Qt's own strings, switched live, mirrored for Dari and Pashto."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from amanat.app.ui.widgets.theme import refresh_look
from amanat.resources import TRANSLATIONS_DIR

RIGHT_TO_LEFT = {"fa", "ps"}
# Qt ships no Pashto catalogue; Pashto readers read Persian, and Amanat's own
# Pashto catalogue also translates the standard buttons (context QPlatformTheme).
QT_CATALOGUE = {"fa": "fa", "ps": "fa"}
LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
           "fa": QLocale(QLocale.Language.Persian, QLocale.Country.Afghanistan),
           "ps": QLocale(QLocale.Language.Pashto, QLocale.Country.Afghanistan)}
LANGUAGE_NAMES = {"en": "English", "fa": "دری", "ps": "پښتو"}
# Debian's fonts-noto-core; documented in the README for Linux.
# Naskh first: its lines are a fifth shorter than Noto Sans Arabic's at one size, so Dari and Pashto can
# be set larger without making any window taller than it was.
ARABIC_SCRIPT_FAMILIES = ("Noto Naskh Arabic", "Noto Sans Arabic")
# At one point size, the body of Naskh letters is about two thirds of Latin's x-height; Dari and Pashto
# get a fifth larger size so that they read as easily as English (tests/ui/widgets/test_look.py measures it).
ARABIC_SCRIPT_SCALE = 1.2


class LanguageManager(QObject):
    """Installs the translators of one language at a time; widgets retranslate on LanguageChange."""

    language_changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self._latin_font = QFont(app.font())
        self.language = "en"

    def switch(self, language: str) -> None:
        """Use `language` ('en', 'fa', 'ps') everywhere, now."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        if language != "en":
            ours = QTranslator(self)
            if ours.load(str(TRANSLATIONS_DIR / f"amanat_{language}.qm")):
                self._translators.append(ours)
            qt_name = QT_CATALOGUE.get(language)
            if qt_name:
                qt_base = QTranslator(self)
                if qt_base.load(f"qtbase_{qt_name}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                    self._translators.append(qt_base)
        # Ours last, so it wins over qtbase for the strings both translate.
        for translator in reversed(self._translators):
            self._app.installTranslator(translator)
        self.language = language
        QLocale.setDefault(self.locale())
        self._app.setFont(self._font_for(language))
        refresh_look()  # the type scale follows the language's body size
        self._app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        )
        self.language_changed.emit(language)

    def _font_for(self, language: str) -> QFont:
        # Qt's first choice for Persian script is often DejaVu Sans, which lacks Pashto's ۍ and
        # breaks the joining of words around it; prefer Noto's Arabic-script faces when installed.
        if language not in RIGHT_TO_LEFT:
            return QFont(self._latin_font)
        installed = set(QFontDatabase.families())
        preferred = [family for family in ARABIC_SCRIPT_FAMILIES if family in installed]
        font = QFont(self._latin_font)
        if preferred:
            font.setFamilies([*preferred, *self._latin_font.families()])
        if font.pointSizeF() > 0:
            font.setPointSizeF(round(font.pointSizeF() * ARABIC_SCRIPT_SCALE * 2) / 2)
        return font

    def locale(self) -> QLocale:
        """The QLocale for dates and digits in the current language."""
        return LOCALES.get(self.language, LOCALES["en"])

    @property
    def right_to_left(self) -> bool:
        """True for Dari and Pashto."""
        return self.language in RIGHT_TO_LEFT
