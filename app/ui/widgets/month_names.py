"""Month names as Amanat shows them: Qt's locale data has a few wrong in Afghan Dari and Pashto.

Qt writes the Pashto solar months with the Persian گ («غبرگولی», «چنگاښ») instead of the Pashto ګ, and the
Dari month Sonbola with a stray hamza («سنبلهٔ»). Every date that carries a month name goes through here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QCalendarWidget, QMenu, QToolButton
from shiboken6 import isValid

MONTH_NAME_FIXES: dict[str, dict[str, str]] = {
    "fa": {"سنبلهٔ": "سنبله"},
    "ps": {"غبرگولی": "غبرګولی", "چنگاښ": "چنګاښ"},
}


def corrected_month_names(text: str, language: str) -> str:
    """`text` (a date Qt wrote) with the month names as Afghan readers write them."""
    for wrong, right in MONTH_NAME_FIXES.get(language, {}).items():
        text = text.replace(wrong, right)
    return text


class _MonthNameFixer(QObject):
    """Lives as the calendar's child, so its connection ends with the calendar."""

    def __init__(self, calendar: QCalendarWidget, language: str) -> None:
        super().__init__(calendar)
        self._calendar = calendar
        self._language = language

    @Slot()
    def fix(self) -> None:
        if not isValid(self._calendar):
            return
        for button in self._calendar.findChildren(QToolButton, "qt_calendar_monthbutton"):
            button.setText(corrected_month_names(button.text(), self._language))
        for menu in self._calendar.findChildren(QMenu):
            for action in menu.actions():
                action.setText(corrected_month_names(action.text(), self._language))


def correct_calendar_month_names(calendar: QCalendarWidget, language: str) -> None:
    """Fix the month names of a calendar popup now and whenever it turns a page."""
    if language not in MONTH_NAME_FIXES:
        return
    fixer = _MonthNameFixer(calendar, language)
    calendar.currentPageChanged.connect(fixer.fix)
    fixer.fix()
