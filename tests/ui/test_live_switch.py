"""Switching the language or the calendar live leaves nothing behind (issue 14): after each switch no text
anywhere in the window (labels, buttons, tabs, drive list, placeholders, tooltips, accessible names, list
rows) is still a text of another language, and after a calendar switch no date is left in the old one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCalendar, QDate, QEvent, QLocale
from PySide6.QtWidgets import QApplication, QWidget

from amanat.app.ui.dialogs.settings_dialog import SettingsDialog
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.widgets.i18n import LOCALES
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.dialog_catalogue import DialogCatalogue
from tests.ui.screen_texts import Catalogue, ShownText, screen_texts

LANGUAGES = ("en", "fa", "ps")


@pytest.fixture(scope="module")
def catalogues() -> dict[str, Catalogue]:
    return {language: Catalogue(language) for language in LANGUAGES}


def visit_everything(window: MainWindow) -> None:
    """Build every section and show every tab once, so each view has been filled in some language."""
    workspace = window.workspace
    assert workspace is not None
    for row in range(workspace.sidebar.count()):
        workspace.sidebar.setCurrentRow(row)
        QApplication.processEvents()
    sync = workspace.sections["sync"]
    for index in range(sync.tabs.count()):  # type: ignore[attr-defined]
        sync.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
        QApplication.processEvents()


def left_behind(window: QWidget, language: str, catalogues: dict[str, Catalogue]) -> list[ShownText]:
    """Texts on screen that belong to another language's catalogue and not to `language`'s."""
    now = catalogues[language]
    others = [catalogues[other] for other in LANGUAGES if other != language]
    return [shown for shown in screen_texts(window)
            if not now.holds(shown.text) and any(other.holds(shown.text) for other in others)]


@pytest.fixture
def filled(unlocked: MainWindow, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A vault with a peer, a group, a received bundle (sync history), notes: every view has something."""
    catalogue = DialogCatalogue(unlocked, tmp_path)
    assert unlocked.vault is not None and unlocked.context is not None
    unlocked.vault.sync.exchange.import_bundle(catalogue.bundle.read_bytes())
    unlocked.context.items_changed.emit("")
    visit_everything(unlocked)
    yield unlocked
    catalogue.close()


def test_the_catalogues_know_the_window(catalogues: dict[str, Catalogue], filled: MainWindow) -> None:
    """The check can fail: in English the window is full of English catalogue texts, and none of Dari's."""
    texts = screen_texts(filled)
    assert sum(catalogues["en"].holds(shown.text) for shown in texts) > 100
    assert left_behind(filled, "en", catalogues) == []
    assert left_behind(filled, "fa", catalogues) != []  # seen from Dari, English is everywhere


@pytest.mark.parametrize("order", [("fa", "ps", "en"), ("ps", "en", "fa")])
def test_switching_languages_leaves_no_text_behind(qtbot, filled: MainWindow, catalogues: dict[str, Catalogue],  # type: ignore[no-untyped-def]
                                                   order: tuple[str, ...]) -> None:
    for language in order:
        filled.switch_language(language)
        QApplication.processEvents()
        stale = left_behind(filled, language, catalogues)
        assert stale == [], f"after switching to {language}"
        visit_everything(filled)  # views first shown in this language, then switched away from next round


def years_on_screen(window: QWidget) -> str:
    return "\n".join(shown.text for shown in screen_texts(window))


def this_year(system: QCalendar.System, language: str) -> str:
    """Today's year as the window writes it: in `system`'s calendar and `language`'s digits."""
    year = QCalendar(system).partsFromDate(QDate.currentDate()).year
    return LOCALES[language].toString(year).replace(LOCALES[language].groupSeparator(), "")


@pytest.mark.parametrize("language", ["en", "fa"])
def test_switching_the_calendar_redraws_every_date(qtbot, filled: MainWindow, language: str) -> None:  # type: ignore[no-untyped-def]
    assert filled.context is not None
    filled.switch_language(language)
    visit_everything(filled)
    gregorian = this_year(QCalendar.System.Gregorian, language)
    solar = this_year(QCalendar.System.Jalali, language)
    assert gregorian in years_on_screen(filled) and solar not in years_on_screen(filled)

    filled.context.update_settings(replace(filled.context.settings, calendar="jalali"))
    QApplication.processEvents()
    shown = years_on_screen(filled)
    assert solar in shown
    stale = [line for line in shown.splitlines() if gregorian in line]
    assert stale == [], "\n".join(stale)

    filled.context.update_settings(replace(filled.context.settings, calendar="gregorian"))
    QApplication.processEvents()
    assert solar not in years_on_screen(filled)
    assert QLocale().language() == LOCALES[language].language()


def test_a_new_vault_switches_without_leftovers(qtbot, unlocked: MainWindow,  # type: ignore[no-untyped-def]
                                                catalogues: dict[str, Catalogue]) -> None:
    """No name on the card yet (the QR code's place holds a hint), no peers, no groups, no history."""
    visit_everything(unlocked)
    for language in ("ps", "fa", "en"):
        unlocked.switch_language(language)
        QApplication.processEvents()
        assert left_behind(unlocked, language, catalogues) == [], f"after switching to {language}"


def test_switching_in_the_settings_dialog_leaves_nothing_behind(qtbot, filled: MainWindow,  # type: ignore[no-untyped-def]
                                                                catalogues: dict[str, Catalogue]) -> None:
    """Where a user switches: the Settings dialog, open over the window. (Every other dialog is modal and
    built in the language of the moment: the language cannot change while one is open.)"""
    assert filled.context is not None
    dialog = SettingsDialog(filled.context, filled)
    dialog.show()
    gregorian = this_year(QCalendar.System.Gregorian, "ps")
    for language in ("ps", "fa", "en", "ps"):
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        QApplication.processEvents()
        assert filled.languages.language == language
        assert left_behind(filled, language, catalogues) == [], f"after switching to {language}"
    dialog.calendar.setCurrentIndex(dialog.calendar.findData("jalali"))
    QApplication.processEvents()
    assert [line for line in years_on_screen(filled).splitlines() if gregorian in line] == []
    assert this_year(QCalendar.System.Jalali, "ps") in dialog.calendar_sample.text()


def start_pages(window: MainWindow) -> dict[str, Callable[[], object]]:
    """Every full-window page before the vault is open, by the window's own ways of showing it."""
    return {
        "welcome": window.show_start,
        "create": window.show_create,
        "restore": lambda: window._show_page(window.backup.restore_page(window.show_start)),
        "colleagues": window.show_colleague_recovery,
        "recovery key": lambda: window.show_recovery_key(*Vault.create(window.vault_dir, PASSPHRASE)),
        "unlock": lambda: (window.lock(), window.show_start()),  # lock closes the vault made just before
        "recover": window.show_recover,
    }


def test_the_start_pages_switch_without_leftovers(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                  catalogues: dict[str, Catalogue]) -> None:
    stale: list[str] = []
    for name, show in start_pages(window).items():
        window.switch_language("en")
        show()
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the page it replaced
        for language in ("ps", "fa"):
            window.switch_language(language)
            QApplication.processEvents()
            stale += [f"{name} in {language}: {shown}" for shown in left_behind(window, language, catalogues)]
    assert stale == [], "\n".join(stale)
