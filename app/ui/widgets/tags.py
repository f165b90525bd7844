"""Tags as the user types them: one parser for every editor."""

from __future__ import annotations

import re

TAG_SEPARATORS = re.compile("[,،]")  # the Latin comma and the Arabic comma Dari and Pashto keyboards type


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as 'a, b، c' (either comma), trimmed, empty ones dropped."""
    return tuple(tag.strip() for tag in TAG_SEPARATORS.split(text) if tag.strip())
