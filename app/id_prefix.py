"""Finding a thing by the first hex digits of its id: one rule for items, attachments and peers.

The command line (and anyone reading an id aloud) names things by a short prefix of their
hex id, as git does with commits. The rule: at least four hex digits, case and surrounding
spaces ignored; what cannot be an id at all is `InvalidValue` (a usage error, exit 2 on the command
line), none found is `NotFound`, more than one is `InvalidValue` asking for more digits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from amanat.app.errors import InvalidValue, NotFound

MIN_ID_PREFIX = 4
_HEX_DIGITS = frozenset("0123456789abcdef")
_NAMED_AT_MOST = 5  # when several match and the caller can describe them, this many are named

Found = TypeVar("Found")


def resolve_id_prefix(
    typed: str,
    what: str,
    find: Callable[[str, int], Sequence[Found]],
    *,
    ignore_inner_spaces: bool = False,
    describe: Callable[[Found], str] | None = None,
    id_name: str | None = None,
) -> Found:
    """The one thing whose id starts with the hex digits `typed`.

    `find(prefix, limit)` returns at most `limit` things whose id starts with `prefix` (lower
    case). `what` names the thing in messages ("note", "attachment", "peer"). With
    `ignore_inner_spaces`, spaces inside are dropped too (fingerprints are shown in groups of
    four). With `describe`, an ambiguous prefix names the candidates. `id_name` names the id
    when what was typed is not one (default: `what`; a note's id is still "an item id").
    """
    prefix = "".join(typed.split()).lower() if ignore_inner_spaces else typed.strip().lower()
    if len(prefix) < MIN_ID_PREFIX or not set(prefix) <= _HEX_DIGITS:
        id_name = id_name or what
        article = "an" if id_name[:1] in "aeiou" else "a"
        raise InvalidValue(f"{prefix[:40]!r} is not {article} {id_name} id (give at least {MIN_ID_PREFIX} hex digits)")
    matches = find(prefix, _NAMED_AT_MOST if describe is not None else 2)
    if not matches:
        raise NotFound(f"no {what} with id {prefix}")
    if len(matches) > 1:
        listed = f": {'; '.join(describe(match) for match in matches)}" if describe is not None else ""
        raise InvalidValue(f"more than one {what} has an id starting with {prefix}{listed}; give more digits")
    return matches[0]
