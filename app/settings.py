"""The app's preferences: declared once with types, stored as JSON in the config folder, never a secret.

Settings hold only how Amanat looks and behaves (language, calendar, auto-lock),
never vault content, names, paths of recent files or keys. A damaged or
hand-edited file falls back to defaults for the values it cannot read.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

from amanat.app.platform.permissions import make_private_folder
from amanat.crypto.atomic_write import write_file_atomically

LANGUAGES = ("en", "fa", "ps")
CALENDARS = ("gregorian", "jalali")
THEMES = ("system", "light", "dark")
MAX_SETTINGS_BYTES = 64 * 1024
MAX_REMINDER_DAYS = 365


@dataclass(frozen=True)
class Settings:
    """Every preference with its default."""

    language: str = "en"
    calendar: str = "gregorian"
    theme: str = "system"
    auto_lock_minutes: int = 5  # 0 = never
    lock_when_minimised: bool = False
    clipboard_clear_seconds: int = 30
    backup_reminder_days: int = 30  # remind after unlock when the last backup is older; 0 = never
    # This computer's Argon2id speed (KiB-passes per second), measured once: 0 = not yet (app/kdf_cost.py).
    key_derivation_speed: int = 0

    def checked(self) -> Settings:
        """A copy with every out-of-range value replaced by its default."""
        default = Settings()
        values: dict[str, Any] = {}
        if self.language not in LANGUAGES:
            values["language"] = default.language
        if self.calendar not in CALENDARS:
            values["calendar"] = default.calendar
        if self.theme not in THEMES:
            values["theme"] = default.theme
        if not isinstance(self.auto_lock_minutes, int) or not 0 <= self.auto_lock_minutes <= 24 * 60:
            values["auto_lock_minutes"] = default.auto_lock_minutes
        if not isinstance(self.lock_when_minimised, bool):
            values["lock_when_minimised"] = default.lock_when_minimised
        if not isinstance(self.clipboard_clear_seconds, int) or not 5 <= self.clipboard_clear_seconds <= 600:
            values["clipboard_clear_seconds"] = default.clipboard_clear_seconds
        reminder = self.backup_reminder_days
        if not isinstance(reminder, int) or isinstance(reminder, bool) or not 0 <= reminder <= MAX_REMINDER_DAYS:
            values["backup_reminder_days"] = default.backup_reminder_days
        speed = self.key_derivation_speed
        if not isinstance(speed, int) or isinstance(speed, bool) or not 0 <= speed <= 10**12:
            values["key_derivation_speed"] = default.key_derivation_speed
        return replace(self, **values)


def default_settings_path() -> Path:
    """settings.json in the platform's config folder."""
    return Path(platformdirs.user_config_dir("Amanat", appauthor=False)) / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """Read settings; anything missing, unknown or damaged falls back to defaults."""
    path = path or default_settings_path()
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_SETTINGS_BYTES + 1)
        raw = json.loads(data.decode("utf-8")) if len(data) <= MAX_SETTINGS_BYTES else {}
    except (OSError, ValueError, UnicodeDecodeError):
        raw = {}
    if not isinstance(raw, dict):
        raw = {}
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in raw.items() if k in known}).checked()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write settings atomically, readable by the user only."""
    path = path or default_settings_path()
    if not path.parent.is_dir():  # made private once (on Windows that runs icacls: not at every save)
        make_private_folder(path.parent)
    write_file_atomically(path, json.dumps(asdict(settings.checked()), indent=2).encode() + b"\n")
