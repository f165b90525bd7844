"""Stable ids, owners and checks for action-plan rows (`amanat.app.models.ActionRow`).

A row id is 16 lower-case hex digits. A row made here gets a random one when it is first
stored. A row from before rows had ids (an older vault's record, or a shared document an
older Amanat wrote) gets one derived from its item id, its four original cells and how many
identical rows come before it: every vault holding the same old row derives the same id, so
two vaults that upgrade the same plan separately agree without talking to each other. Where
they do not (one vault edited the row before upgrading), each writes its id into the same cell
of the same shared row, and the shared document keeps one of them on every replica: the ids
agree after one exchange. A position alone would not do: a row inserted above by another
member moves every position below it, and two different rows would then share an id.

Two rows of one plan can still end up with the same id after a merge (the rare case above,
with identical rows); every replica repairs that the same way: a later duplicate takes an id
derived from the first and its position among the duplicates.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable
from dataclasses import replace

from amanat.app.models import ActionRow

ROW_ID_DIGITS = 16
FINGERPRINT_DIGITS = 64
_HEX = frozenset("0123456789abcdef")
_ROW_ID = re.compile(r"[0-9a-f]{16}")


def is_row_id(text: str) -> bool:
    """True for a well-formed row id (16 lower-case hex digits)."""
    return isinstance(text, str) and _ROW_ID.fullmatch(text) is not None


def is_fingerprint(text: str) -> bool:
    """True for a well-formed identity fingerprint (64 lower-case hex digits)."""
    return isinstance(text, str) and len(text) == FINGERPRINT_DIGITS and set(text) <= _HEX


def new_row_id() -> str:
    """A random row id."""
    return secrets.token_hex(ROW_ID_DIGITS // 2)


def _derived(*parts: str) -> str:
    digest = hashlib.sha256("\x00".join(("amanat-row-id-v1", *parts)).encode("utf-8"))
    return digest.hexdigest()[:ROW_ID_DIGITS]


def legacy_row_id(item_id: str, row: ActionRow, occurrence: int) -> str:
    """The id every vault derives for a row stored before rows had ids."""
    return _derived(item_id, row.action, row.owner, row.due, row.status, str(occurrence))


def with_row_ids(item_id: str, rows: Iterable[ActionRow], *, fresh: bool = False) -> tuple[ActionRow, ...]:
    """`rows` with every id present, well formed and unique within the plan.

    A row without a (valid) id gets a derived one (`legacy_row_id`), or with `fresh` a random
    one (rows just made here). Duplicates are repaired the same way on every replica.
    """
    result: list[ActionRow] = []
    seen: set[str] = set()
    occurrences: dict[tuple[str, str, str, str], int] = {}
    for row in rows:
        row_id = row.id if is_row_id(row.id) else ""
        if not row_id:
            if fresh:
                row_id = new_row_id()
            else:
                key = (row.action, row.owner, row.due, row.status)
                occurrences[key] = occurrences.get(key, -1) + 1
                row_id = legacy_row_id(item_id, row, occurrences[key])
        repeat = 0
        original = row_id
        while row_id in seen:
            repeat += 1
            row_id = _derived(item_id, original, str(repeat))
        seen.add(row_id)
        result.append(row if row_id == row.id else replace(row, id=row_id))
    return tuple(result)


def shown_owner(owner: str, owner_id: str) -> tuple[str, str]:
    """An owner as it may be kept from someone else's bundle: a malformed identity is dropped.

    A member chosen as owner whose name is missing is shown by the start of their fingerprint,
    so the row still says whose it is.
    """
    if not is_fingerprint(owner_id):
        return owner, ""
    return (owner if owner.strip() else owner_id[:16]), owner_id


__all__ = ["is_fingerprint", "is_row_id", "legacy_row_id", "new_row_id", "shown_owner", "with_row_ids"]
