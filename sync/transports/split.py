"""Splitting a bundle too large for one e-mail into numbered parts, and putting the parts back together.

Each part is one attachment whose bytes start with a one-line header, then a
slice of the bundle:

    split-v1 <set id: 16 hex> <index, from 1> <count> <bundle size> <bundle SHA-256: 64 hex>\\n

The header is inside the attachment, not in its file name, so a mail program
that renames attachments cannot break reassembly; the file name stays random.
Parts go back together in any order; duplicates are ignored; a set whose
joined bytes do not match the announced hash is skipped.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from amanat.sync.bundle import MAX_BUNDLE_BYTES
from amanat.sync.transports.base import IncomingBundle, Skipped, check_bundle

PART_MAGIC = b"split-v1 "
MAX_PARTS = 4096
MIN_PART_BYTES = 32 * 1024
_HEADER = re.compile(rb"split-v1 ([0-9a-f]{16}) ([1-9][0-9]{0,3}) ([1-9][0-9]{0,3}) ([1-9][0-9]{0,9}) ([0-9a-f]{64})\n")
_HEADER_MAX = 16 + 4 + 4 + 10 + 64 + len(PART_MAGIC) + 5
_MAX_TRIES = 8  # combinations of conflicting duplicates tried before giving up on a set


@dataclass(frozen=True)
class BundlePart:
    """One numbered slice of a split bundle, as read from an attachment."""

    source: str
    set_id: str
    index: int
    count: int
    total: int
    digest: str
    chunk: bytes


def is_part(data: bytes) -> bool:
    """Does this attachment start like a part of a split bundle?"""
    return data.startswith(PART_MAGIC)


def split_bundle(data: bytes, max_part_bytes: int) -> list[bytes]:
    """Cut a bundle into attachments of at most `max_part_bytes` each, header included."""
    if max_part_bytes < MIN_PART_BYTES:
        raise ValueError(f"a part must be allowed at least {MIN_PART_BYTES} bytes")
    room = max_part_bytes - _HEADER_MAX
    count = -(-len(data) // room)
    if count > MAX_PARTS:
        raise ValueError("the bundle would need too many parts")
    set_id = secrets.token_hex(8)
    digest = hashlib.sha256(data).hexdigest()
    return [
        b"split-v1 %s %d %d %d %s\n" % (set_id.encode(), index + 1, count, len(data), digest.encode())
        + data[index * room : (index + 1) * room]
        for index in range(count)
    ]


def parse_part(source: str, data: bytes) -> BundlePart | Skipped:
    """Read a part's header; a malformed or impossible one is skipped with a reason."""
    match = _HEADER.match(data[:_HEADER_MAX])
    if match is None:
        return Skipped(source, "This part of a split bundle is damaged: its first line is wrong.")
    set_id, index, count, total, digest = match.groups()
    part = BundlePart(source, set_id.decode(), int(index), int(count), int(total), digest.decode(),
                      data[match.end() :])
    if part.index > part.count or part.count > MAX_PARTS or part.total > MAX_BUNDLE_BYTES:
        return Skipped(source, "This part of a split bundle is damaged: its numbers are impossible.")
    if not part.chunk or len(part.chunk) > part.total:
        return Skipped(source, "This part of a split bundle is damaged: its size is wrong.")
    return part


@dataclass(frozen=True)
class Reassembled:
    """What the parts given to `reassemble` made."""

    bundles: tuple[IncomingBundle, ...]
    skipped: tuple[Skipped, ...]
    waiting: tuple[str, ...]


def reassemble(parts: Sequence[BundlePart]) -> Reassembled:
    """Put parts back together by set, in any order; report missing parts as waiting, bad sets as skipped."""
    sets: dict[str, list[BundlePart]] = {}
    for part in parts:
        sets.setdefault(part.set_id, []).append(part)
    bundles: list[IncomingBundle] = []
    skipped: list[Skipped] = []
    waiting: list[str] = []
    for members in sets.values():
        first = members[0]
        choices: dict[int, list[BundlePart]] = {}
        for part in members:
            if (part.count, part.total, part.digest) != (first.count, first.total, first.digest):
                skipped.append(Skipped(part.source, "This part does not belong with the other parts of its set."))
                continue
            alternatives = choices.setdefault(part.index, [])
            if all(other.chunk != part.chunk for other in alternatives):
                alternatives.append(part)
        missing = [index for index in range(1, first.count + 1) if index not in choices]
        if missing:
            shown = ", ".join(str(index) for index in missing[:10]) + (", …" if len(missing) > 10 else "")
            noun = "part" if len(missing) == 1 else "parts"
            waiting.append(f"A bundle split into {first.count} e-mails is incomplete: {noun} {shown} "
                           f"of {first.count} {'is' if len(missing) == 1 else 'are'} missing.")
            continue
        result = _join(first, choices)
        if isinstance(result, IncomingBundle):
            bundles.append(result)
        else:
            skipped.append(result)
    return Reassembled(tuple(bundles), tuple(skipped), tuple(waiting))


def _join(first: BundlePart, choices: dict[int, list[BundlePart]]) -> IncomingBundle | Skipped:
    name = f"{first.source} (and {first.count - 1} more parts)" if first.count > 1 else first.source
    ordered = [choices[index] for index in range(1, first.count + 1)]
    for combination in itertools.islice(itertools.product(*ordered), _MAX_TRIES):
        if sum(len(part.chunk) for part in combination) != first.total:
            continue
        data = b"".join(part.chunk for part in combination)
        if hashlib.sha256(data).hexdigest() == first.digest:
            return check_bundle(name, data)
    return Skipped(name, "The parts of this split bundle do not fit together: at least one of them is damaged "
                         "or was changed.")
