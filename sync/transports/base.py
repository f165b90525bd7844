"""What every transport shares: the one interface, its result types, and the checks on what comes in.

A transport only moves sealed bundle bytes. Whether a bundle is addressed to
this vault, and applying it, is the caller's business (`amanat.sync.bundle.open_bundle`).
Nothing a transport reads is trusted: every file is stat-ed before it is read,
read with a bound, and checked to start like an age file; anything else is
returned as `Skipped` with a reason a user can act on, never raised.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from amanat.crypto.age import dearmor, is_armored
from amanat.crypto.age.errors import AgeError
from amanat.crypto.atomic_write import write_file_atomically
from amanat.sync.bundle import MAX_BUNDLE_BYTES
from amanat.sync.transports.errors import NotSealed, write_error

AGE_HEADER_LINE = b"age-encryption.org/v1\n"
MAX_ENTRIES = 2000
_DISPLAY_LENGTH = 120
# Characters that could hide or reorder what a user sees (controls, bidi overrides, unpaired surrogates).
_HIDDEN_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


@dataclass(frozen=True)
class IncomingBundle:
    """A file that looks like a sealed bundle: `data` is always the binary age file, armor removed."""

    name: str  # where it came from, for the user (and for `FolderExchange.remove`)
    data: bytes
    digest: str  # SHA-256 of `data`, hex: the app remembers which bundles it imported

    @classmethod
    def of(cls, name: str, data: bytes) -> IncomingBundle:
        """Wrap binary age bytes, computing their digest."""
        return cls(name, data, hashlib.sha256(data).hexdigest())


@dataclass(frozen=True)
class Skipped:
    """Something that was looked at and is not a usable bundle, with the reason for the user."""

    name: str
    reason: str


@dataclass(frozen=True)
class Received:
    """What one `receive` found: bundles, what it skipped, and what it is still waiting for."""

    bundles: tuple[IncomingBundle, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    waiting: tuple[str, ...] = ()  # e.g. missing parts of a bundle split over several e-mails


class Transport(Protocol):
    """A way to move bundles between group members; every implementation runs one contract test suite."""

    def send(self, bundles: Sequence[bytes]) -> list[str]:
        """Deliver sealed bundles; return, for each piece written, where it went (a path, or the text)."""
        ...

    def receive(self) -> Received:
        """Look at whatever this transport reads from and return what it found; raises only TransportError."""
        ...


def display_name(name: str) -> str:
    """A name from outside made safe to show: hidden and direction-changing characters replaced, length bounded."""
    shown = "".join("\N{REPLACEMENT CHARACTER}" if unicodedata.category(c) in _HIDDEN_CATEGORIES else c
                    for c in name[: _DISPLAY_LENGTH + 1])
    return shown if len(shown) <= _DISPLAY_LENGTH else shown[: _DISPLAY_LENGTH - 1] + "…"


def looks_sealed(data: bytes) -> bool:
    """Does `data` start like an age file, binary or armored? (A sniff; opening the bundle is the real check.)"""
    return data.startswith(AGE_HEADER_LINE) or is_armored(data)


def check_outgoing(bundles: Sequence[bytes]) -> None:
    """Refuse to send anything that is not a sealed bundle of allowed size, so plaintext never leaves by mistake."""
    for data in bundles:
        if not isinstance(data, bytes) or not looks_sealed(data):
            raise NotSealed("Amanat sends only sealed (encrypted) bundles, and this is not one. Nothing was written.")
        if len(data) > MAX_BUNDLE_BYTES:
            raise NotSealed(f"A bundle is larger than {MAX_BUNDLE_BYTES // 2**20} MiB. Nothing was written.")


def check_bundle(name: str, data: bytes) -> IncomingBundle | Skipped:
    """Accept `data` as a bundle if it starts like an age file (dearmoring strictly), else say why not."""
    if not data:
        return Skipped(name, "This file is empty.")
    if len(data) > MAX_BUNDLE_BYTES:
        return Skipped(name, too_large_reason())
    if data.startswith(AGE_HEADER_LINE):
        return IncomingBundle.of(name, data)
    if is_armored(data):
        try:
            binary = dearmor(data, max_size=MAX_BUNDLE_BYTES)
        except AgeError as error:
            return Skipped(name, f"Its encrypted text is damaged or incomplete. {error}")
        if binary.startswith(AGE_HEADER_LINE):
            return IncomingBundle.of(name, binary)
        return Skipped(name, "Its encrypted text does not hold an Amanat bundle.")
    return Skipped(name, "This is not an Amanat bundle (it is not an encrypted file).")


def too_large_reason(limit: int = MAX_BUNDLE_BYTES) -> str:
    """The reason given for a file larger than `limit`."""
    return f"This file is too large to be a bundle (over {limit // 2**20} MiB)."


def _read_error_reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "The file is no longer there."
    if isinstance(error, PermissionError):
        return "You may not read this file (permission denied)."
    return "The file could not be read: the drive reported an error."


def read_regular_file(path: Path, name: str, *, max_bytes: int) -> bytes | Skipped:
    """Read a plain file of at most `max_bytes`; a link, folder, device or larger file is skipped with a reason.

    The size and kind are checked before the first byte is read, and again on the open
    file, so a file swapped or grown in between is still caught.
    """
    try:
        info = os.lstat(path)
    except (OSError, ValueError) as error:  # ValueError: a NUL in the name
        return Skipped(name, _read_error_reason(error) if isinstance(error, OSError) else "The name is not valid.")
    if reason := _kind_reason(info, max_bytes):
        return Skipped(name, reason)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        return Skipped(name, _read_error_reason(error))
    try:
        if reason := _kind_reason(os.fstat(fd), max_bytes):
            return Skipped(name, reason)
        chunks: list[bytes] = []
        remaining = max_bytes + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 2**20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as error:
        return Skipped(name, _read_error_reason(error))
    finally:
        os.close(fd)
    if remaining <= 0:
        return Skipped(name, too_large_reason(max_bytes))
    return b"".join(chunks)


def _kind_reason(info: os.stat_result, max_bytes: int) -> str | None:
    if stat.S_ISLNK(info.st_mode):
        return "This is a link to another file; Amanat does not follow links."
    if stat.S_ISDIR(info.st_mode):
        return "This is a folder, not a file."
    if not stat.S_ISREG(info.st_mode):
        return "This is not an ordinary file."
    if info.st_size > max_bytes:
        return too_large_reason(max_bytes)
    return None


def write_new_files(files: Sequence[tuple[Path, bytes]]) -> list[str]:
    """Write each file atomically; on any failure remove the ones this call wrote and raise a TransportError.

    The single write boundary of every transport: a half-written file only ever
    exists under a hidden temporary name, which readers ignore.
    """
    written: list[Path] = []
    created: list[Path] = []  # also a file whose rename succeeded before a later step (the fsync) failed
    try:
        for path, data in files:
            if not os.path.lexists(path):
                created.append(path)
            write_file_atomically(path, data)
            written.append(path)
    except BaseException as error:  # an interrupt (Ctrl+C) between two files too: none of them stays
        for path in created:
            with contextlib.suppress(OSError):
                path.unlink()
        if isinstance(error, OSError):
            raise write_error(error, outcome="Nothing was written.") from error
        raise
    return [str(path) for path in written]
