"""File names that are safe on every system: Windows rules everywhere, and never outside the chosen folder.

A name comes from outside (an attachment's name in a bundle from a peer, a title typed by the user) and
becomes a file in a folder the user chose. The rules are Windows' on every system, because a file saved on
Linux or macOS onto a FAT or exFAT USB stick meets the same ones, and the stick is then read on Windows:

- no folder part: everything up to the last `/` or `\\` goes;
- no `:` -- on Windows `D:report.pdf` is "report.pdf in drive D's current folder" (it would escape the
  chosen folder) and `x:s` writes an NTFS alternate data stream `s` of the file `x`; both become `_`;
- none of `< > " | ? *`, control characters or invisible formatting characters (bidi overrides could
  make `gpj.exe` read as `exe.jpg`);
- no trailing dots or spaces (Windows drops them, so two names would meet), no leading dot (hidden);
- not a device name (`CON`, `PRN`, `AUX`, `NUL`, `COM0`-`COM9`, `LPT0`-`LPT9`, their superscript-digit
  forms, `CONIN$`, `CONOUT$`), with or without an extension: `nul.txt` opens the null device on Windows;
- at most `MAX_NAME_BYTES` bytes of UTF-8 (ext4 and APFS allow 255 bytes, which is only 127 Dari letters)
  and of UTF-16 (NTFS, exFAT), the extension kept;
- on Windows the whole path must also stay under `MAX_PATH` (260 characters), which most programs still
  require: `name_fitting` shortens the name for the folder it goes to.

Pure functions: the same result on every system, tested here for all three.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from amanat.app.platform.system import System

FALLBACK_NAME = "attachment"
MAX_NAME_BYTES = 240  # under 255, leaving room for " (12)" when a name is already taken
WINDOWS_MAX_PATH = 259  # MAX_PATH (260) counts the terminating NUL
_FORBIDDEN = re.compile(r'[<>:"|?*/\\\x00-\x1f\x7f]')
_DEVICE_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"}
    | {f"{port}{digit}" for port in ("COM", "LPT") for digit in "0123456789\u00b9\u00b2\u00b3"}
)


def is_device_name(name: str) -> bool:
    """True for a name Windows opens as a device: `CON`, `nul.txt`, `COM1 .log`, `lpt\u00b9`."""
    stem = name.split(".", 1)[0].rstrip(" ")
    return stem.upper() in _DEVICE_NAMES


def _truncated(name: str, max_bytes: int) -> str:
    """`name` cut to `max_bytes` of UTF-8 and of UTF-16, keeping a short extension."""
    def fits(text: str) -> bool:
        return len(text.encode("utf-8")) <= max_bytes and len(text.encode("utf-16-le")) <= 2 * max_bytes

    if fits(name):
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem or len(suffix) > 16:
        stem, suffix = name, ""
    ending = f".{suffix}" if suffix else ""
    while stem and not fits(stem + ending):
        stem = stem[:-1]
    return (stem.rstrip(" .") or FALLBACK_NAME) + ending


def safe_file_name(name: str, max_bytes: int = MAX_NAME_BYTES) -> str:
    """`name` as a file name that is valid, the same and inside its folder on Linux, Windows and macOS."""
    name = unicodedata.normalize("NFC", name)
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if unicodedata.category(c) not in ("Cc", "Cf", "Cs", "Co", "Cn"))
    name = _FORBIDDEN.sub("_", name)
    name = name.lstrip(". ").rstrip(" .") or FALLBACK_NAME
    if is_device_name(name):
        name = f"_{name}"
    return _truncated(name, max_bytes)


def name_fitting(folder: Path | str, name: str, system: System) -> str:
    """`safe_file_name(name)`, shortened on Windows so that `folder/name` stays under MAX_PATH."""
    name = safe_file_name(name)
    if system is not System.WINDOWS:
        return name
    room = WINDOWS_MAX_PATH - len(str(folder).rstrip("\\/")) - 1
    if room >= len(name):
        return name
    return _truncated(name, max(room, 8))


def path_inside(folder: Path, name: str, system: System) -> Path:
    """The path of `name` (made safe) in `folder`; ValueError if it would still leave the folder."""
    candidate = folder / name_fitting(folder, name, system)
    if candidate.parent != folder or candidate.name in ("", ".", ".."):
        raise ValueError("the file name leaves the chosen folder")
    return candidate
