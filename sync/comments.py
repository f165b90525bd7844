"""Comment threads on a shared item: signed records in the document's root map ``comments``.

A comment, a reply and the resolving or reopening of a thread are each one **record**: canonical
JSON signed with the author's Ed25519 key (docs/bundle-format.md, "Comments"). The record names
the item, so a record cannot be replayed into another item, and the author's two public keys, so
the author is whoever holds that signing key: a member cannot write in someone else's name, and
nobody can change a record without breaking its signature. Records are only ever added.

The passage a thread is about is not a position (positions shift as the text changes) but a
formatting attribute ``comment:<thread id>`` on the passage's characters in the Yjs Text
(`ANCHOR_PREFIX`), so it moves with them under every concurrent edit; see `ItemDocument`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from amanat.crypto.encoding import (
    InvalidBase64,
    NonCanonicalBase64,
    canonical_json,
    canonical_json_text,
    decode_base64,
    encode_base64,
)
from amanat.crypto.errors import DamagedInput, UnsupportedVersion
from amanat.crypto.identity import DamagedKey, ForgedSignature, Identity, PublicIdentity
from amanat.sync.hybrid_clock import DamagedTimestamp, parse_timestamp

SIGNATURE_CONTEXT = b"amanat comment v1\x00"
ROOT = "comments"
ANCHOR_PREFIX = "comment:"
RECORD_VERSION = 1
KINDS = ("thread", "reply", "resolve", "reopen")
MAX_BODY_CHARS = 4_000
MAX_QUOTE_CHARS = 300
MAX_TEXT_NAME_CHARS = 200
MAX_RECORD_CHARS = 16_384
# A vault adds at most MAX_LOCAL_RECORDS to one item; documents of up to MAX_RECORDS are read, so
# that two members adding comments at once near the local limit still merge.
MAX_LOCAL_RECORDS = 1_000
MAX_RECORDS = 2_000
MAX_REPLIES = 200
_KEYS = {"v", "id", "item", "kind", "thread", "text", "quote", "body", "at", "signing_key", "age_key", "signature"}
_HEX = frozenset("0123456789abcdef")


class DamagedComment(DamagedInput):
    """A comment record of a shared item is not well formed."""


class ForgedComment(DamagedInput):
    """A comment record's signature does not verify: someone wrote it in another's name or changed it."""


@dataclass(frozen=True)
class CommentRecord:
    """One signed record: a thread's first comment, a reply, or a thread resolved or reopened."""

    id: str
    item: str
    kind: str
    thread: str
    text: str  # the text the thread is on ("body", "section:<key>"); "" for other kinds
    quote: str  # the passage when the thread was started, for a passage since deleted; "" otherwise
    body: str
    at: str  # hybrid clock timestamp of the author
    author: PublicIdentity
    signature: bytes

    @property
    def author_fingerprint(self) -> str:
        """The author's fingerprint, lower-case hex."""
        return self.author.fingerprint.hex()

    def unsigned(self) -> dict[str, object]:
        """The record's fields as they are signed (everything but the signature)."""
        return {"v": RECORD_VERSION, "id": self.id, "item": self.item, "kind": self.kind, "thread": self.thread,
                "text": self.text, "quote": self.quote, "body": self.body, "at": self.at,
                "signing_key": encode_base64(self.author.signing_key), "age_key": encode_base64(self.author.age_key)}

    def encode(self) -> str:
        """The record as stored in the document: canonical JSON with its signature."""
        return canonical_json_text({**self.unsigned(), "signature": encode_base64(self.signature)})


def is_hex_id(value: object) -> bool:
    """True for 32 lower-case hex digits (record, thread and item ids)."""
    return isinstance(value, str) and len(value) == 32 and set(value) <= _HEX


def _check_fields(kind: str, thread: str, record_id: str, text: str, quote: str, body: str) -> None:
    if kind not in KINDS:
        raise DamagedComment("A comment is of an unknown kind.")
    if not is_hex_id(thread) or not is_hex_id(record_id):
        raise DamagedComment("A comment names its thread with a malformed id.")
    starts = kind == "thread"
    if starts != (thread == record_id) or starts != bool(text):
        raise DamagedComment("A comment does not say which thread or passage it belongs to.")
    if len(text) > MAX_TEXT_NAME_CHARS or len(quote) > MAX_QUOTE_CHARS or (quote and not starts):
        raise DamagedComment("A comment's passage is not well formed.")
    if len(body) > MAX_BODY_CHARS:
        raise DamagedComment(f"A comment is longer than {MAX_BODY_CHARS:,} characters.")
    if (kind in ("thread", "reply")) != bool(body.strip()):
        raise DamagedComment("A comment is empty, or a change of state carries text.")


def sign_record(identity: Identity, *, record_id: str, item: str, kind: str, thread: str, body: str, at: str,
                text: str = "", quote: str = "") -> CommentRecord:
    """A new record signed by `identity`; ValueError if a field breaks the rules (nothing signed)."""
    try:
        _check_fields(kind, thread, record_id, text, quote, body)
        parse_timestamp(at)
    except (DamagedComment, DamagedTimestamp) as error:
        raise ValueError(str(error)) from None
    if not is_hex_id(item):
        raise ValueError("an item id must be 32 lower-case hex digits")
    draft = CommentRecord(record_id, item, kind, thread, text, quote, body, at, identity.public, b"")
    signature = identity.sign(SIGNATURE_CONTEXT + canonical_json(draft.unsigned()))
    record = CommentRecord(record_id, item, kind, thread, text, quote, body, at, identity.public, signature)
    if len(record.encode()) > MAX_RECORD_CHARS:
        raise ValueError("a comment record is too large")
    return record


def _b64(value: object, length: int) -> bytes:
    if not isinstance(value, str):
        raise DamagedComment("A comment's key or signature is not text.")
    try:
        raw = decode_base64(value)
    except (InvalidBase64, NonCanonicalBase64):
        raise DamagedComment("A comment's key or signature is not canonical base64.") from None
    if len(raw) != length:
        raise DamagedComment("A comment's key or signature has the wrong length.")
    return raw


def _strings(value: dict[str, object], *names: str) -> list[str]:
    fields = [value[name] for name in names]
    if not all(isinstance(field, str) for field in fields):
        raise DamagedComment("A comment field is not text.")
    return [str(field) for field in fields]


def parse_record(record_id: str, stored: object) -> CommentRecord:
    """Read one stored record (the map key is `record_id`); `DamagedComment` if it breaks any rule.

    Checks the form only; `verify_record` checks the signature.
    """
    if not isinstance(stored, str) or len(stored) > MAX_RECORD_CHARS:
        raise DamagedComment("A comment record is too large or not text.")
    try:
        value = json.loads(stored)
    except (ValueError, RecursionError):
        raise DamagedComment("A comment record is not JSON.") from None
    if not isinstance(value, dict):
        raise DamagedComment("A comment record is not an object.")
    if value.get("v") != RECORD_VERSION or type(value.get("v")) is not int:
        if type(value.get("v")) is int and value["v"] > RECORD_VERSION:
            raise UnsupportedVersion("a comment was written by a newer Amanat; update Amanat to read it")
        raise DamagedComment("A comment record has no valid version.")
    if set(value) != _KEYS:
        raise DamagedComment("A comment record does not have the expected fields.")
    rid, item, kind, thread, text, quote, body, at = _strings(
        value, "id", "item", "kind", "thread", "text", "quote", "body", "at")
    if rid != record_id or not is_hex_id(item):
        raise DamagedComment("A comment record is stored under another id.")
    _check_fields(kind, thread, rid, text, quote, body)
    try:
        parse_timestamp(at)
        author = PublicIdentity(_b64(value["signing_key"], 32), _b64(value["age_key"], 32))
    except (DamagedTimestamp, DamagedKey):
        raise DamagedComment("A comment's time or author keys are not valid.") from None
    record = CommentRecord(rid, item, kind, thread, text, quote, body, at, author, _b64(value["signature"], 64))
    if record.encode() != stored:
        raise DamagedComment("A comment record is not in canonical form.")
    return record


def verify_record(record: CommentRecord, item_id: str) -> None:
    """Raise `ForgedComment` unless the record is for `item_id` and its author's signature verifies."""
    if record.item != item_id:
        raise ForgedComment("A comment written on another item was copied into this one.")
    try:
        record.author.verify(SIGNATURE_CONTEXT + canonical_json(record.unsigned()), record.signature)
    except ForgedSignature:
        raise ForgedComment("A comment's signature does not match its author: it was forged or changed.") from None
