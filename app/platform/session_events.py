"""Which system messages mean "lock the vault now": sleep, screen lock, user switch, logout.

Pure decisions, tested for every system here; app/ui/shell/session_watch.py listens (QtDBus on Linux, a
native event filter on Windows, Qt's session events everywhere) and asks these functions.
- Windows: WM_WTSSESSION_CHANGE (lock, log off, console or remote disconnect -- switching user),
  WM_POWERBROADCAST/PBT_APMSUSPEND (sleep), WM_QUERYENDSESSION and WM_ENDSESSION (logout, shutdown).
  Amanat must register for session notifications (WTSRegisterSessionNotification) to get the first.
- Linux: logind's PrepareForSleep, the session's Lock signal, its Active and LockedHint properties,
  and the screen savers' ActiveChanged on the session bus.
- macOS: sleep, the screen lock and fast user switching through their C counterparts (IOKit's sleep
  notification, the CGSession dictionary, the clocks), without PyObjC: app/platform/mac_session.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# -- Windows messages (winuser.h, wtsapi32.h) ---------------------------------------------------------
WM_QUERYENDSESSION = 0x0011
WM_ENDSESSION = 0x0016
WM_POWERBROADCAST = 0x0218
WM_WTSSESSION_CHANGE = 0x02B1
PBT_APMSUSPEND = 0x0004
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOGOFF = 0x6
WTS_SESSION_LOCK = 0x7
WTS_SESSION_UNLOCK = 0x8
NOTIFY_FOR_THIS_SESSION = 0
_LOCKING_SESSION_CHANGES = {WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT, WTS_SESSION_LOGOFF, WTS_SESSION_LOCK}

LOGIN1 = "org.freedesktop.login1"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
SCREEN_SAVERS = (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                 ("org.freedesktop.ScreenSaver", "/ScreenSaver"),
                 ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"))


def windows_message_means_lock(message: int, wparam: int) -> bool:
    """True for a Windows message announcing sleep, a screen lock, a user switch, logout or shutdown."""
    if message == WM_WTSSESSION_CHANGE:
        return wparam in _LOCKING_SESSION_CHANGES
    if message == WM_POWERBROADCAST:
        return wparam == PBT_APMSUSPEND
    if message == WM_ENDSESSION:
        return wparam != 0  # the session really ends
    return message == WM_QUERYENDSESSION


def login1_session_path(session_id: str) -> str:
    """logind's object path of a session id (systemd's bus_label_escape: `2` -> `_32`)."""
    if not session_id:
        return "/org/freedesktop/login1/session/_"
    escaped = "".join(
        char if char.isascii() and (char.isalpha() or (char.isdigit() and position > 0)) else f"_{ord(char):02x}"
        for position, char in enumerate(session_id)
    )
    return f"/org/freedesktop/login1/session/{escaped}"


def session_properties_mean_lock(interface: str, changed: Mapping[str, Any]) -> bool:
    """True when logind says this session stopped being the active one, or is now locked."""
    if interface != LOGIN1_SESSION:
        return False
    return changed.get("Active") is False or changed.get("LockedHint") is True
