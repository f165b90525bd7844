"""Where the command line gets passphrases and recovery keys from.

Order: --passphrase-file, then the environment (for scripts), then a prompt
on the terminal. Nothing read here is ever printed or logged.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from amanat.app.errors import AmanatError, InvalidValue
from amanat.app.kdf_cost import CostEstimate
from amanat.app.platform import terminal

MAX_SECRET_FILE_BYTES = 4096
MIN_RECOMMENDED_CHARS = 12


class NoSecretGiven(AmanatError):
    """No passphrase source is available (no terminal, no file, no environment)."""

    exit_code = 2


def _can_prompt() -> bool:
    return terminal.can_prompt()  # a Windows console has no /dev/tty: app/platform/terminal.py


def _prompt(label: str) -> str:
    try:
        return terminal.ask_secret(label)
    except (EOFError, OSError):
        raise NoSecretGiven("no terminal to ask for the passphrase on") from None


def read_secret_file(path: Path) -> str:
    """A passphrase from a file: one line, its line ending removed."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_SECRET_FILE_BYTES + 1)
    except OSError as error:
        raise InvalidValue(f"cannot read the passphrase file: {error.strerror}") from None
    if len(data) > MAX_SECRET_FILE_BYTES:
        raise InvalidValue("the passphrase file is too large")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidValue("the passphrase file is not UTF-8 text") from None
    return text.removesuffix("\n").removesuffix("\r")


def passphrase(passphrase_file: Path | None, label: str = "Passphrase: ") -> str:
    """The passphrase to unlock with."""
    if passphrase_file is not None:
        return read_secret_file(passphrase_file)
    if "AMANAT_PASSPHRASE" in os.environ:
        return os.environ["AMANAT_PASSPHRASE"]
    if not _can_prompt():
        raise NoSecretGiven("no passphrase given: use a terminal, --passphrase-file or AMANAT_PASSPHRASE")
    return _prompt(label)


def _confirmed(label: str) -> str:
    first = _prompt(label)
    if _prompt("Repeat it: ") != first:
        raise InvalidValue("the two passphrases differ; nothing was changed")
    return first


def new_passphrase_for_init(passphrase_file: Path | None) -> str:
    """The passphrase of a new vault (asked twice on a terminal)."""
    if passphrase_file is not None:
        return read_secret_file(passphrase_file)
    if "AMANAT_PASSPHRASE" in os.environ:
        return os.environ["AMANAT_PASSPHRASE"]
    if not _can_prompt():
        raise NoSecretGiven("no passphrase given: use a terminal, --passphrase-file or AMANAT_PASSPHRASE")
    return _confirmed("New vault passphrase: ")


def changed_passphrase() -> str:
    """The new passphrase for passwd and recover."""
    if "AMANAT_NEW_PASSPHRASE" in os.environ:
        return os.environ["AMANAT_NEW_PASSPHRASE"]
    if not _can_prompt():
        raise NoSecretGiven("no new passphrase given: use a terminal or AMANAT_NEW_PASSPHRASE")
    return _confirmed("New passphrase: ")


def confirmed_secret(label: str) -> str:
    """A new secret typed twice on the terminal."""
    if not _can_prompt():
        raise NoSecretGiven("no terminal to ask on")
    return _confirmed(label)


def export_passphrase() -> str:
    """The passphrase a readable export is sealed with (asked twice on a terminal)."""
    if "AMANAT_EXPORT_PASSPHRASE" in os.environ:
        return os.environ["AMANAT_EXPORT_PASSPHRASE"]
    if not _can_prompt():
        raise NoSecretGiven("no export passphrase given: use a terminal or AMANAT_EXPORT_PASSPHRASE")
    return _confirmed("Passphrase for this export (not your vault's): ")


def recovery_key() -> str:
    """The recovery key, from AMANAT_RECOVERY_KEY or a prompt."""
    if "AMANAT_RECOVERY_KEY" in os.environ:
        return os.environ["AMANAT_RECOVERY_KEY"]
    if not _can_prompt():
        raise NoSecretGiven("no recovery key given: use a terminal or AMANAT_RECOVERY_KEY")
    return _prompt("Recovery key (8 groups): ")


def cost_confirmation(args: argparse.Namespace) -> Callable[[CostEstimate], bool]:
    """How the command line agrees to a costly key derivation: the flag, else a question on the terminal."""

    def confirm(estimate: CostEstimate) -> bool:
        if getattr(args, "accept_slow_key_derivation", False):
            return True
        if not sys.stdin.isatty():
            return False  # no one to ask: refused, and the error names the flag
        print(f"amanat: the key file asks for a much costlier key derivation than usual: {estimate.describe()}. "
              "If you did not expect this, it may have been made to slow this computer down.", file=sys.stderr)
        try:
            answer = input("Derive the key anyway? [y/N] ")
        except EOFError:
            return False
        return answer.strip().lower() in ("y", "yes")

    return confirm


def weakness_warning(text: str) -> str | None:
    """A warning for an obviously weak passphrase, or None."""
    if not text:
        raise InvalidValue("the passphrase is empty")
    if len(text) < MIN_RECOMMENDED_CHARS:
        return (
            f"this passphrase is short ({len(text)} characters); "
            f"use {MIN_RECOMMENDED_CHARS} or more, for example four or five unrelated words"
        )
    if len(set(text)) < 5:
        return "this passphrase repeats few characters; it is easy to guess"
    return None
