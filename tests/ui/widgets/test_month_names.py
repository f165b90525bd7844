"""Month names in Dari and Pashto dates: the Pashto ګ, and Sonbola without a stray hamza (issue 13)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QCalendar, QDate, QLocale
from PySide6.QtWidgets import QMenu, QToolButton

from amanat.app.ui.sections.action_plan_delegates import DueDateDelegate
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.widgets.month_names import corrected_month_names

# (language, a date in the month, the right name, the wrong name Qt's locale data has)
CASES = [("ps", QDate(2026, 6, 1), "غبرګولی", "غبرگولی"), ("ps", QDate(2026, 7, 1), "چنګاښ", "چنگاښ"),
         ("fa", QDate(2026, 9, 1), "سنبله", "سنبلهٔ")]


@pytest.mark.parametrize(("language", "date", "right", "wrong"), CASES)
def test_the_due_date_calendar_writes_the_months_as_afghans_do(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, language: str, date: QDate, right: str, wrong: str) -> None:
    context = unlocked.context
    assert context is not None
    unlocked.switch_language(language)
    context.update_settings(replace(context.settings, calendar="jalali"))
    editor = DueDateDelegate(context)._make_editor(None)
    qtbot.addWidget(editor)
    editor.setDate(date)
    calendar = editor.calendarWidget()
    calendar.setSelectedDate(date)
    calendar.show()
    button = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert button is not None and button.text() == right
    months = [action.text() for menu in calendar.findChildren(QMenu) for action in menu.actions()]
    assert right in months and wrong not in months
    calendar.setSelectedDate(date.addMonths(1))  # a new page keeps the right names
    calendar.setSelectedDate(date)
    assert button.text() == right


@pytest.mark.parametrize(("language", "date", "right", "wrong"), CASES)
def test_long_dates_write_the_months_as_afghans_do(language: str, date: QDate, right: str, wrong: str) -> None:
    locale = QLocale(QLocale.Language.Persian if language == "fa" else QLocale.Language.Pashto,
                     QLocale.Country.Afghanistan)
    written = locale.toString(date, QLocale.FormatType.LongFormat, QCalendar(QCalendar.System.Jalali))
    assert wrong in written  # Qt's own data: if this fails, Qt fixed it and the correction can go
    fixed = corrected_month_names(written, language)
    assert right in fixed and wrong not in fixed
