"""Settings: language, calendar, theme, locking, clipboard (the General tab), and the Security tab.

Every change applies at once and is saved through `context.update_settings`;
there is no OK button to forget. Settings never hold a secret: the Security
group changes the vault's key file (passphrase, recovery key, key-derivation
cost, keychain slot), never the settings file. Two tabs, because the groups
stacked were taller than a 1366x768 screen with a taskbar in Dari and Pashto.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCalendar, QDateTime, QEvent, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from amanat.app.settings import CALENDARS, LANGUAGES, MAX_REMINDER_DAYS, THEMES, Settings
from amanat.app.ui.dialogs.passphrase_dialogs import grow_to_fit
from amanat.app.ui.dialogs.security_settings import SecuritySettings
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.i18n import LANGUAGE_NAMES
from amanat.app.ui.widgets.month_names import corrected_month_names
from amanat.app.ui.widgets.text_direction import isolate
from amanat.app.ui.widgets.theme import apply_theme

MAX_AUTO_LOCK_MINUTES = 24 * 60
MIN_CLIPBOARD_SECONDS = 5
MAX_CLIPBOARD_SECONDS = 600
GENERAL_TAB, SECURITY_TAB = 0, 1


class SettingsDialog(QDialog):
    """Preferences that apply at once, and the vault's security settings."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.context = context

        # -- appearance --
        self.appearance = QGroupBox()
        self.appearance.setObjectName("appearanceGroup")
        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.calendar = QComboBox()
        self.calendar.setObjectName("settingsCalendar")
        for code in CALENDARS:
            self.calendar.addItem("", code)
        self.calendar_sample = QLabel()
        self.calendar_sample.setObjectName("calendarSample")
        self.calendar_sample.setWordWrap(True)
        self.theme = QComboBox()
        self.theme.setObjectName("settingsTheme")
        for code in THEMES:
            self.theme.addItem("", code)
        self.language_label, self.calendar_label, self.theme_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout(self.appearance)
        form.addRow(self.language_label, self.language)
        form.addRow(self.calendar_label, self.calendar)
        form.addRow("", self.calendar_sample)
        form.addRow(self.theme_label, self.theme)

        # -- locking and clipboard --
        self.locking = QGroupBox()
        self.locking.setObjectName("lockingGroup")
        self.auto_lock = QSpinBox()
        self.auto_lock.setObjectName("autoLockMinutes")
        self.auto_lock.setRange(0, MAX_AUTO_LOCK_MINUTES)
        self.lock_minimised = QCheckBox()
        self.lock_minimised.setObjectName("lockWhenMinimised")
        self.clipboard = QSpinBox()
        self.clipboard.setObjectName("clipboardSeconds")
        self.clipboard.setRange(MIN_CLIPBOARD_SECONDS, MAX_CLIPBOARD_SECONDS)
        self.backup_reminder = QSpinBox()
        self.backup_reminder.setObjectName("backupReminderDays")
        self.backup_reminder.setRange(0, MAX_REMINDER_DAYS)
        self.auto_lock_label, self.clipboard_label, self.reminder_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout(self.locking)
        form.addRow(self.auto_lock_label, self.auto_lock)
        form.addRow("", self.lock_minimised)
        form.addRow(self.clipboard_label, self.clipboard)
        form.addRow(self.reminder_label, self.backup_reminder)

        self.security = SecuritySettings(context, self)

        for label, field in ((self.language_label, self.language), (self.calendar_label, self.calendar),
                             (self.theme_label, self.theme), (self.auto_lock_label, self.auto_lock),
                             (self.clipboard_label, self.clipboard), (self.reminder_label, self.backup_reminder)):
            label.setBuddy(field)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("settingsCloseButton")
        self.buttons.rejected.connect(self.reject)
        general = QWidget()
        general.setObjectName("generalSettings")
        column = QVBoxLayout(general)
        column.addWidget(self.appearance)
        column.addWidget(self.locking)
        column.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(general, "")
        self.tabs.addTab(self.security, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        # Return closes (the settings are already applied); without this, QDialog would make the first
        # button (Change passphrase…) the default on show.
        self.close_button.setDefault(True)

        self._show_settings(context.settings)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.calendar.currentIndexChanged.connect(
            lambda: self._apply(calendar=str(self.calendar.currentData())))
        self.theme.currentIndexChanged.connect(lambda: self._apply(theme=str(self.theme.currentData())))
        self.auto_lock.valueChanged.connect(lambda minutes: self._apply(auto_lock_minutes=int(minutes)))
        self.lock_minimised.toggled.connect(lambda on: self._apply(lock_when_minimised=bool(on)))
        self.clipboard.valueChanged.connect(lambda seconds: self._apply(clipboard_clear_seconds=int(seconds)))
        self.backup_reminder.valueChanged.connect(lambda days: self._apply(backup_reminder_days=int(days)))
        self.setMinimumWidth(560)
        self.retranslate()
        hint = self.sizeHint()
        self.resize(max(hint.width(), self.minimumWidth()), hint.height())
        grow_to_fit(self)

    # -- language -------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        #: Settings tab: language, calendar, theme, locking and clipboard
        self.tabs.setTabText(GENERAL_TAB, self.tr("&General"))
        #: Settings tab: passphrase, recovery key, key derivation, keychain
        self.tabs.setTabText(SECURITY_TAB, self.tr("&Security"))
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.appearance.setTitle(self.tr("Appearance"))
        self.language_label.setText(self.tr("&Language"))
        self.calendar_label.setText(self.tr("&Calendar"))
        self.theme_label.setText(self.tr("&Theme"))
        for index, name in enumerate((self.tr("Gregorian"), self.tr("Solar Hijri"))):
            self.calendar.setItemText(index, name)
        for index, name in enumerate((self.tr("Follow the system"), self.tr("Light"), self.tr("Dark"))):
            self.theme.setItemText(index, name)
        self.language.setAccessibleName(self.tr("Language"))
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar_sample.setAccessibleName(self.tr("Today in this calendar"))
        self.theme.setAccessibleName(self.tr("Theme"))

        self.locking.setTitle(self.tr("Locking"))
        self.auto_lock_label.setText(self.tr("Lock &after idle"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        #: Suffix after a number of minutes in a spin box; keep the leading space
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setAccessibleName(self.tr("Lock after this many idle minutes (0 means never)"))
        self.lock_minimised.setText(self.tr("Lock when the window is &minimised"))
        self.lock_minimised.setAccessibleName(self.tr("Lock when the window is minimised"))
        self.clipboard_label.setText(self.tr("Clear clip&board after"))
        #: Suffix after a number of seconds, after 'Clear clipboard after'; keep the leading space
        self.clipboard.setSuffix(self.tr(" sec"))
        self.clipboard.setAccessibleName(self.tr("Clear copied text from the clipboard after this many seconds"))
        self.reminder_label.setText(self.tr("Remind me to back &up after"))
        self.backup_reminder.setSpecialValueText(self.tr("Never"))
        #: Suffix after a number of days, after 'Remind me to back up after'; keep the leading space
        self.backup_reminder.setSuffix(self.tr(" days"))
        self.backup_reminder.setAccessibleName(self.tr(
            "Remind me after unlocking when the last backup is older than this many days (0 means never)"))
        locale = self.context.languages.locale()
        for spin in (self.auto_lock, self.clipboard, self.backup_reminder):
            spin.setLocale(locale)  # the user's digits

        self.security.retranslate()
        self.close_button.setAccessibleName(self.tr("Close settings"))
        self._show_calendar_sample()
        grow_to_fit(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        grow_to_fit(self)

    # -- preferences ------------------------------------------------------------

    def _show_settings(self, settings: Settings) -> None:
        """Put the stored preferences into the controls (without saving them again)."""
        controls = (self.language, self.calendar, self.theme, self.auto_lock, self.lock_minimised, self.clipboard,
                    self.backup_reminder)
        for control in controls:
            control.blockSignals(True)
        # The language manager knows the language on screen; the main window may have switched it
        # (on the unlock page) without telling this context's copy of the settings.
        self.language.setCurrentIndex(max(0, self.language.findData(self.context.languages.language)))
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(settings.calendar)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.lock_minimised.setChecked(settings.lock_when_minimised)
        self.clipboard.setValue(settings.clipboard_clear_seconds)
        self.backup_reminder.setValue(settings.backup_reminder_days)
        for control in controls:
            control.blockSignals(False)

    def _apply(self, **changes: Any) -> None:
        """Save a change and put it to work at once."""
        try:
            self.context.update_settings(replace(self.context.settings, **changes))
        except OSError as error:  # in use now, but not saved for next time
            self.context.show_error(self, error)
        settings = self.context.settings
        self.context.clipboard.seconds = settings.clipboard_clear_seconds
        if "theme" in changes:
            apply_theme(settings.theme)
        if "calendar" in changes:
            self._show_calendar_sample()

    def _language_chosen(self) -> None:
        language = str(self.language.currentData())
        # The same as the main window's switch_language: translators, mirroring, then saved.
        self.context.languages.switch(language)
        self._apply(language=language)

    def _show_calendar_sample(self) -> None:
        system = QCalendar.System.Jalali if self.context.settings.calendar == "jalali" else QCalendar.System.Gregorian
        now = QDateTime.currentDateTimeUtc()
        long_date = self.context.languages.locale().toString(
            now.toLocalTime().date(), QLocale.FormatType.LongFormat, QCalendar(system))
        # Isolated, so a Persian date inside an English sentence (or the reverse) keeps its order.
        long_date = corrected_month_names(long_date, self.context.languages.language)
        self.calendar_sample.setText(self.tr("Today: {0}").format(isolate(long_date)))

    # -- closing ----------------------------------------------------------------------

    def done(self, result: int) -> None:
        self.security.close_windows()
        super().done(result)
