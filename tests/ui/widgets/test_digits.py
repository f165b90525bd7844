"""One digit policy per language: error messages in Dari and Pashto never mix 3 and ۳; ids stay as they are."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from amanat.app.errors import InvalidValue, MistypedRecoveryKey
from amanat.app.ui.widgets.digits import localise_digits, localise_numbers, localised_number
from amanat.app.ui.widgets.error_text import describe_error
from amanat.app.ui.widgets.i18n import LanguageManager

LATIN_DIGIT = re.compile(r"[0-9]")
PERSIAN_DIGIT = re.compile(r"[\u06f0-\u06f9]")


@pytest.fixture
def languages(qtbot) -> Iterator[LanguageManager]:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    manager = LanguageManager(app)
    yield manager
    manager.switch("en")


def errors_with_numbers() -> list[BaseException]:
    return [
        MistypedRecoveryKey("groups 3 and 5 are mistyped", groups=(3, 5)),
        InvalidValue("the title is longer than 500 characters"),
        InvalidValue("the file is larger than the attachment limit of 16,000,000 bytes"),
    ]


@pytest.mark.parametrize("language", ["fa", "ps"])
def test_dari_and_pashto_error_messages_use_one_kind_of_digit(languages: LanguageManager, language: str) -> None:
    languages.switch(language)
    for error in errors_with_numbers():
        message = describe_error(error)
        assert PERSIAN_DIGIT.search(message), message
        assert not LATIN_DIGIT.search(message), message
    assert "۳" in describe_error(MistypedRecoveryKey("groups 3 and 5 are mistyped", groups=(3, 5)))
    assert "۱۶٬۰۰۰٬۰۰۰" in describe_error(errors_with_numbers()[2])


def test_english_error_messages_keep_latin_digits(languages: LanguageManager) -> None:
    languages.switch("en")
    message = describe_error(MistypedRecoveryKey("groups 3 and 5 are mistyped", groups=(3, 5)))
    assert "3" in message and "5" in message and not PERSIAN_DIGIT.search(message)


def test_numbers_inside_words_are_left_alone() -> None:
    pashto = QLocale(QLocale.Language.Pashto, QLocale.Country.Afghanistan)
    text = "item 3f2a9c01, Ed25519, SHA-256, Ctrl+1, #12 and 42 bytes on 2026-12-31."
    assert localise_numbers(text, pashto) == "item 3f2a9c01, Ed25519, SHA-256, Ctrl+1, #12 and ۴۲ bytes on ۲۰۲۶-۱۲-۳۱."
    assert localise_digits("2026-12-04 13:38", pashto) == "۲۰۲۶-۱۲-۰۴ ۱۳:۳۸"
    assert localised_number(7, QLocale(QLocale.Language.English)) == "7"
    assert localised_number(7, QLocale(QLocale.Language.Persian, QLocale.Country.Afghanistan)) == "۷"
