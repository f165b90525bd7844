"""Logging that cannot leak secrets: warnings only by default, and a redacting filter."""

from __future__ import annotations

import logging
import os
import re

_HEX_KEY = re.compile(r"\b[0-9a-fA-F]{32,}\b")
_KEY_PRAGMA = re.compile(r"x'[0-9a-fA-F]+'")
_RECOVERY = re.compile(r"\b[0-9A-Z]{5}(?:-[0-9A-Z]{5}){3,}\b")


def redact(text: str) -> str:
    """Remove anything shaped like a raw key, a key pragma or a recovery key."""
    text = _KEY_PRAGMA.sub("x'<redacted>'", text)
    text = _HEX_KEY.sub("<redacted>", text)
    return _RECOVERY.sub("<redacted>", text)


class RedactingFilter(logging.Filter):
    """Rewrites every record's message through `redact` before any handler sees it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        return True


def configure_logging() -> None:
    """Log to stderr, warnings and up (debug with AMANAT_DEBUG=1), always redacted."""
    root = logging.getLogger()
    if any(isinstance(f, RedactingFilter) for h in root.handlers for f in h.filters):
        return
    handler = logging.StreamHandler()
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("amanat: %(levelname)s: %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if os.environ.get("AMANAT_DEBUG") == "1" else logging.WARNING)
