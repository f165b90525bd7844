"""What every view of an unlocked vault needs: the core services, settings, and shared helpers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCalendar, QDateTime, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from amanat.app.settings import Settings, save_settings
from amanat.app.ui.widgets.clipboard_guard import ClipboardGuard
from amanat.app.ui.widgets.digits import localise_digits
from amanat.app.ui.widgets.error_text import describe_error
from amanat.app.ui.widgets.i18n import LanguageManager

if TYPE_CHECKING:  # the vault's machinery loads after the unlock screen shows (app/ui/shell/preload.py)
    from amanat.app.vault import Vault

# The program's name as every window and message title that needs one, the same in every language: titles are
# seen by task switchers, screen sharing and window-history logs, and say no more than the process list does.
WINDOW_TITLE = "Amanat"


class UiContext(QObject):
    """Shared by the sections of the main window while the vault is unlocked.

    Views call `context.items` / `context.attachments` (the GUI-free core) and
    announce changes through the signals, so other views can refresh.
    """

    items_changed = Signal(str)  # kind ('' = any): lists should reload
    open_item_requested = Signal(str, str)  # kind, id: show this item (from search)
    settings_changed = Signal()

    def __init__(self, vault: Vault, settings: Settings, languages: LanguageManager,
                 clipboard: ClipboardGuard, settings_path: object = None) -> None:
        super().__init__()
        self.vault = vault
        self.items = vault.items
        self.attachments = vault.attachments
        self.settings = settings
        self.languages = languages
        self.clipboard = clipboard
        self._settings_path = settings_path
        # "Don't ask again" on the plaintext-export warning lasts until the vault is locked (a new context).
        self.plaintext_export_acknowledged = False

    def update_settings(self, settings: Settings) -> None:
        """Store new preferences and tell the views."""
        self.settings = settings.checked()
        save_settings(self.settings, self._settings_path)  # type: ignore[arg-type]
        self.settings_changed.emit()

    def format_time(self, iso_utc: str) -> str:
        """A stored UTC time as local date and time, in the user's calendar and digits."""
        moment = QDateTime.fromString(iso_utc[:23], Qt.DateFormat.ISODateWithMs)
        if not moment.isValid():
            moment = QDateTime.fromString(iso_utc[:19], Qt.DateFormat.ISODate)
        moment.setTimeZone(moment.timeZone().utc())  # stored times are UTC
        local = moment.toLocalTime()
        system = QCalendar.System.Jalali if self.settings.calendar == "jalali" else QCalendar.System.Gregorian
        parts = QCalendar(system).partsFromDate(local.date())
        clock = local.time()
        text = f"{parts.year:04}-{parts.month:02}-{parts.day:02} {clock.hour():02}:{clock.minute():02}"
        return self.localise_digits(text)

    def localise_digits(self, text: str) -> str:
        """ASCII digits in the current language's digits (Persian digits for Dari and Pashto): widgets/digits.py."""
        return localise_digits(text, self.languages.locale())

    def counted(self, number: int, one: str, many: str, *more: object) -> str:
        """`one` or `many` (both already translated, {0} the number in the user's digits, {1}… `more`)."""
        return (one if number == 1 else many).format(self.localise_digits(str(number)), *more)

    def show_error(self, parent: QWidget, error: BaseException) -> None:
        """A calm dialog for an error; only Amanat's own messages are shown verbatim."""
        QMessageBox.warning(parent, WINDOW_TITLE, describe_error(error))
