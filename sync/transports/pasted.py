"""Bundles as text: armored age blocks to copy into a message, and found again in pasted text.

Pasted text is whatever the user copied out of a mail or chat program: it may
hold several blocks, other words around them, Windows line ends, and e-mail
quoting ("> ", "> > ") in front of every line. Quoting and surrounding spaces
are stripped from each line (neither ">" nor a space is a base64 character),
then each block is dearmored strictly, with the bundle size limit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from amanat.crypto.age import armor, dearmor
from amanat.crypto.age.errors import AgeError
from amanat.sync.bundle import MAX_BUNDLE_BYTES
from amanat.sync.transports.base import AGE_HEADER_LINE, IncomingBundle, Received, Skipped, check_bundle, check_outgoing
from amanat.sync.transports.errors import NotSealed

BEGIN = "-----BEGIN AGE ENCRYPTED FILE-----"
END = "-----END AGE ENCRYPTED FILE-----"
# Room for every allowed bundle armored, quoted and indented, plus the text around it.
MAX_PASTE_CHARS = 2 * (MAX_BUNDLE_BYTES * 4 // 3) + 2**20
MAX_BLOCKS = 200
_QUOTING = re.compile(r"^[\s>]+")
PASTED = "Pasted text"


def receive_pasted(text: str, *, name: str = PASTED) -> Received:
    """Find every armored bundle in pasted text; damaged or truncated blocks are skipped with a reason."""
    if len(text) > MAX_PASTE_CHARS:
        return Received(skipped=(Skipped(name, "The pasted text is too long to hold bundles."),))
    bundles: list[IncomingBundle] = []
    skipped: list[Skipped] = []
    block: list[str] | None = None
    count = 0
    for raw_line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _QUOTING.sub("", raw_line).strip()
        if line == BEGIN:
            if block is not None:
                skipped.append(Skipped(_block_name(name, count), "This block of encrypted text is cut off "
                                                                 "before its end line."))
            count += 1
            if count > MAX_BLOCKS:
                skipped.append(Skipped(name, f"Only the first {MAX_BLOCKS} blocks of encrypted text were read."))
                block = None
                break
            block = [line]
        elif block is not None:
            block.append(line)
            if line == END:
                result = check_bundle(_block_name(name, count), "\n".join(block).encode("ascii", "replace"))
                if isinstance(result, IncomingBundle):
                    bundles.append(result)
                else:
                    skipped.append(result)
                block = None
    if block is not None:
        skipped.append(Skipped(_block_name(name, count), "This block of encrypted text is cut off before its end "
                                                         "line: copy all of it, down to the END line."))
    if count == 0:
        skipped.append(Skipped(name, "The text holds no encrypted bundle (no line "
                                     f"“{BEGIN}”)."))
    return Received(tuple(bundles), tuple(skipped))


def _block_name(name: str, number: int) -> str:
    return name if number <= 1 else f"{name}, block {number}"


class PastedText:
    """Bundles as armored text: `send` returns the text to copy; `receive` reads text the user pasted."""

    def __init__(self, pasted: str = "") -> None:
        self.pasted = pasted

    def send(self, bundles: Sequence[bytes]) -> list[str]:
        """Return each bundle as armored text, ready to paste into a message."""
        check_outgoing(bundles)
        texts = []
        for data in bundles:
            if data.startswith(AGE_HEADER_LINE):
                texts.append(armor(data))
                continue
            try:  # already armored: checked and written again in the one canonical spelling
                texts.append(armor(dearmor(data, max_size=MAX_BUNDLE_BYTES)))
            except AgeError:
                raise NotSealed("A bundle's encrypted text is damaged; it was not copied.") from None
        return texts

    def receive(self) -> Received:
        """Find the bundles in the pasted text."""
        return receive_pasted(self.pasted)
