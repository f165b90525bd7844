"""Bundles by e-mail, without Amanat ever connecting to a network.

Sending writes `.eml` drafts (RFC 5322, with `X-Unsent: 1` so mail programs open
them as drafts to address and send): a neutral subject and body, no sender or
recipient, and the bundle attached as `application/octet-stream` under a random
name. A bundle larger than `max_part_bytes` is split over several drafts
(`amanat.sync.transports.split`).

Receiving reads `.eml` files, `.mbox` files (mboxo/mboxrd, as Thunderbird exports) and bundle files given in one go (a
drop of several files) and reassembles split bundles from all of them together,
in any order. Every limit is checked before the bytes it guards are decoded:
file size, number of messages, MIME depth and parts (while the structure is read, without
parsing the message whole: `amanat.sync.transports.mime_walk`), attachment count and size.
"""

from __future__ import annotations

import binascii
import email.errors
import os
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from email.policy import SMTP
from pathlib import Path

from amanat.crypto.age import is_armored
from amanat.crypto.encoding import InvalidBase64, decode_base64
from amanat.sync.bundle import MAX_BUNDLE_BYTES
from amanat.sync.transports.base import (
    AGE_HEADER_LINE,
    MAX_ENTRIES,
    IncomingBundle,
    Received,
    Skipped,
    check_bundle,
    check_outgoing,
    display_name,
    read_regular_file,
    too_large_reason,
    write_new_files,
)
from amanat.sync.transports.errors import DestinationUnusable, DriveMissing
from amanat.sync.transports.mime_walk import DamagedMessage, MimeLeaf, walk_message
from amanat.sync.transports.pasted import receive_pasted
from amanat.sync.transports.split import MIN_PART_BYTES, BundlePart, is_part, parse_part, reassemble, split_bundle

DEFAULT_PART_BYTES = 10 * 1000 * 1000
SUBJECT = "Files"
BODY = "Attached.\n"
# base64 in 76-column lines with CRLF: 78 bytes for every 57; plus room for headers and a text body.
MAX_ENCODED_ATTACHMENT = MAX_BUNDLE_BYTES * 78 // 57 + 4096
MAX_MESSAGE_BYTES = MAX_ENCODED_ATTACHMENT + 2**20
MAX_MBOX_BYTES = 512 * 2**20
MAX_MESSAGES = 2000
MAX_MIME_DEPTH = 8
MAX_MIME_PARTS = 200
MAX_ATTACHMENTS = 50
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
_FROM_LINE = re.compile(rb"^From ", re.MULTILINE)
_PARSE_ERRORS = (ValueError, LookupError, TypeError, AttributeError, UnicodeError, RecursionError,
                 email.errors.MessageError)


def draft_messages(bundle: bytes, *, max_part_bytes: int = DEFAULT_PART_BYTES) -> list[bytes]:
    """The `.eml` drafts carrying one bundle: one, or one per part if it is larger than `max_part_bytes`."""
    check_outgoing([bundle])
    if len(bundle) <= max_part_bytes:
        return [_draft(bundle, secrets.token_hex(8) + ".age")]
    return [_draft(part, secrets.token_hex(8) + ".part") for part in split_bundle(bundle, max_part_bytes)]


def _draft(attachment: bytes, file_name: str) -> bytes:
    message = EmailMessage()
    message["Subject"] = SUBJECT
    message["X-Unsent"] = "1"
    message.set_content(BODY)
    message.add_attachment(attachment, maintype="application", subtype="octet-stream", filename=file_name)
    message.set_boundary(secrets.token_hex(16))  # not the default, which names the program that wrote it
    return message.as_bytes(policy=SMTP)


class EmailTransport:
    """Write bundles as `.eml` drafts into `drafts_folder`; read bundles from `.eml`/`.mbox`/bundle `sources`."""

    def __init__(self, *, drafts_folder: Path | None = None, sources: Sequence[Path] = (),
                 max_part_bytes: int = DEFAULT_PART_BYTES) -> None:
        if max_part_bytes < MIN_PART_BYTES:
            raise ValueError(f"max_part_bytes must be at least {MIN_PART_BYTES}")
        self.drafts_folder = drafts_folder
        self.sources = tuple(sources)
        self.max_part_bytes = max_part_bytes

    def send(self, bundles: Sequence[bytes]) -> list[str]:
        """Write one draft per bundle (or per part); return the paths of all drafts, in order."""
        check_outgoing(bundles)
        if self.drafts_folder is None:
            raise DestinationUnusable("Choose a folder to save the e-mail drafts in.")
        folder = Path(self.drafts_folder)
        if not folder.is_dir():
            raise DriveMissing("The folder to save the e-mail drafts in is not there (any more).")
        drafts = [draft for data in bundles for draft in draft_messages(data, max_part_bytes=self.max_part_bytes)]
        return write_new_files([(folder / (secrets.token_hex(8) + ".eml"), draft) for draft in drafts])

    def receive(self) -> Received:
        """Read every source, reassembling split bundles across all of them."""
        return read_mail_files(self.sources)


@dataclass
class _Findings:
    bundles: list[IncomingBundle] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    parts: list[BundlePart] = field(default_factory=list)

    def add(self, result: IncomingBundle | Skipped | BundlePart) -> None:
        if isinstance(result, IncomingBundle):
            self.bundles.append(result)
        elif isinstance(result, Skipped):
            self.skipped.append(result)
        else:
            self.parts.append(result)

    def count(self) -> int:
        return len(self.bundles) + len(self.skipped) + len(self.parts)


def read_mail_files(paths: Sequence[Path]) -> Received:
    """Read `.eml`, `.mbox`, bundle and saved part files (told apart by content, not name) in one go."""
    found = _Findings()
    for path in paths[:MAX_ENTRIES]:
        name = display_name(os.fsdecode(path))
        before = found.count()
        data = read_regular_file(Path(path), name, max_bytes=MAX_MBOX_BYTES)
        if isinstance(data, Skipped):
            found.add(data)
        elif data.startswith(b"From "):
            _read_mbox(name, data, found)
        elif len(data) > MAX_MESSAGE_BYTES:
            found.add(Skipped(name, too_large_reason(MAX_MESSAGE_BYTES)))
        elif data.startswith(AGE_HEADER_LINE) or is_armored(data):
            found.add(check_bundle(name, data))
        elif is_part(data):
            found.add(parse_part(name, data))
        else:
            _read_message(name, data, found)
        if found.count() == before:
            found.add(Skipped(name, "This holds no bundle: no e-mail in it has one attached."))
    if len(paths) > MAX_ENTRIES:
        found.add(Skipped(f"{len(paths) - MAX_ENTRIES} more files",
                          f"Only {MAX_ENTRIES} files are read at once; open the others separately."))
    joined = reassemble(found.parts)
    return Received(tuple(found.bundles) + joined.bundles, tuple(found.skipped) + joined.skipped, joined.waiting)


def _read_mbox(name: str, data: bytes, found: _Findings) -> None:
    """Split an mbox file held in memory: as the `mailbox` module does, each line starting "From " begins a message.

    Splitting the bytes already read (with their bound) avoids the `mailbox` module opening
    the file again, by path and for writing.
    """
    starts: list[int] = []
    for match in _FROM_LINE.finditer(data):
        if len(starts) == MAX_MESSAGES:
            found.add(Skipped(name, f"This mailbox holds more than {MAX_MESSAGES} messages; only the first "
                                    f"{MAX_MESSAGES} were read."))
            break
        starts.append(match.start())
    ends = [*starts[1:], len(data)]
    for number, (start, end) in enumerate(zip(starts, ends, strict=True), start=1):
        label = f"{name}, message {number}"
        body_start = data.find(b"\n", start, end)
        if body_start < 0:
            continue
        if end - body_start > MAX_MESSAGE_BYTES:
            found.add(Skipped(label, too_large_reason(MAX_MESSAGE_BYTES)))
            continue
        _read_message(label, data[body_start + 1 : end], found)


def _read_message(name: str, raw: bytes, found: _Findings) -> None:
    """Find bundles in one message; its structure is read with every limit applied as it goes (`mime_walk`)."""
    try:
        walk = walk_message(raw, max_parts=MAX_MIME_PARTS, max_depth=MAX_MIME_DEPTH)
    except (DamagedMessage, *_PARSE_ERRORS):
        found.add(Skipped(name, "This e-mail is damaged and could not be read."))
        return
    if not walk.headers.keys() and ARMOR_BEGIN not in raw:
        found.add(Skipped(name, "This is neither a bundle nor an e-mail."))
        return
    for note in walk.notes:
        found.add(Skipped(name, note))
    attachments = 0
    for part in walk.leaves:
        try:
            kind = _attachment_kind(part.headers)
            if kind is None:
                continue
            attachments += 1
            if attachments > MAX_ATTACHMENTS:
                found.add(Skipped(name, f"This e-mail has more than {MAX_ATTACHMENTS} attachments; only the first "
                                        f"{MAX_ATTACHMENTS} were read."))
                return
            label = f"{name}: {display_name(part.headers.get_filename() or 'attachment')}"
            _read_attachment(label, part, kind, found)
        except _PARSE_ERRORS:
            found.add(Skipped(name, "An attachment of this e-mail is damaged and could not be read."))


def _attachment_kind(part: Message) -> str | None:
    """"file" for an attachment, "text" for a text body that may hold pasted armor, None for anything else."""
    if part.get_filename() or part.get_content_disposition() == "attachment":
        return "file"
    if part.get_content_maintype() == "application":
        return "file"
    if part.get_content_type() == "text/plain":
        return "text"
    return None


def _read_attachment(label: str, part: MimeLeaf, kind: str, found: _Findings) -> None:
    if len(part.body) > MAX_ENCODED_ATTACHMENT:
        found.add(Skipped(label, too_large_reason()))
        return
    transfer_encoding = str(part.headers.get("Content-Transfer-Encoding", "7bit")).strip().lower()
    decoded = _decode(part.body, transfer_encoding)
    if isinstance(decoded, str):
        if kind == "file":
            found.add(Skipped(label, decoded))
        return
    if kind == "text":
        if ARMOR_BEGIN in decoded:
            result = receive_pasted(decoded.decode("utf-8", "replace"), name=label)
            for bundle in result.bundles:
                found.add(bundle)
            for skip in result.skipped:
                found.add(skip)
        return
    if is_part(decoded):
        found.add(parse_part(label, decoded))
    else:
        found.add(check_bundle(label, decoded))


def _decode(body: bytes, transfer_encoding: str) -> bytes | str:
    """The bytes of a part, or the reason they cannot be had."""
    if transfer_encoding == "base64":
        # Decoded here, strictly: the email package skips bad characters and guesses at bad padding.
        try:
            return decode_base64(body.translate(None, b" \t\r\n"), canonical=False)
        except InvalidBase64:
            return "This attachment is damaged: its encoding (base64) is broken."
    if transfer_encoding == "quoted-printable":
        try:
            return binascii.a2b_qp(body)
        except (binascii.Error, ValueError):
            return "This attachment could not be read."
    if transfer_encoding in ("7bit", "8bit", "binary", ""):
        return body
    return "This attachment uses an encoding Amanat does not read."
