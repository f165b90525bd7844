"""The marks that ask clipboard managers, histories and cloud clipboards not to keep a copied secret.

Each copy from the vault carries all of them (a system ignores the marks it does not know), the set
password managers use (KeePassXC's):
- Linux: `x-kde-passwordManagerHint: secret`, honoured by KDE's Klipper and by GNOME extensions that
  follow it (GPaste, Clipboard Indicator). Other clipboard managers may keep the text anyway.
- Windows: the registered formats `ExcludeClipboardContentFromMonitorProcessing` (clipboard monitors
  skip it), `CanIncludeInClipboardHistory` = 0 (not in Win+V history) and `CanUploadToCloudClipboard`
  = 0 (not synced to the user's other devices). A program that reads the clipboard while the text is
  on it still can: these are requests, not protection.
- macOS: the concealed type of nspasteboard.org, honoured by most clipboard managers (Maccy, Alfred,
  Pastebot, Raycast), set the way KeePassXC sets it through Qt (`application/x-nspasteboard-concealed-type`).
  Not checked on a Mac yet: whether Qt hands it to the pasteboard as `org.nspasteboard.ConcealedType`
  (docs/platforms.md lists it among the checks to make there). Universal Clipboard (Handoff) may still
  offer the text to the user's other Apple devices nearby; macOS has no per-copy opt-out reachable from Qt.
Amanat also clears its copy after a while and on lock (app/ui/widgets/clipboard_guard.py).
"""

from __future__ import annotations

KDE_MANAGER_HINT = "x-kde-passwordManagerHint"
MACOS_CONCEALED = "application/x-nspasteboard-concealed-type"
_DWORD_ZERO = b"\0\0\0\0"


def windows_format(name: str) -> str:
    """Qt's name for a registered Windows clipboard format."""
    return f'application/x-qt-windows-mime;value="{name}"'


WINDOWS_EXCLUDE_FROM_MONITORS = windows_format("ExcludeClipboardContentFromMonitorProcessing")
WINDOWS_HISTORY = windows_format("CanIncludeInClipboardHistory")
WINDOWS_CLOUD = windows_format("CanUploadToCloudClipboard")


def secret_marks(text: str) -> list[tuple[str, bytes]]:
    """(format, data) pairs to add to the clipboard data holding `text`, for every system at once."""
    return [
        (KDE_MANAGER_HINT, b"secret"),
        (MACOS_CONCEALED, text.encode("utf-8")),
        (WINDOWS_EXCLUDE_FROM_MONITORS, _DWORD_ZERO),
        (WINDOWS_HISTORY, _DWORD_ZERO),  # 0: not in Win+V history
        (WINDOWS_CLOUD, _DWORD_ZERO),  # 0: not synced to other devices
    ]
