"""Contact cards: a display name and a public identity, signed by the identity's owner.

A card travels in one of two forms:

* the file form: UTF-8 JSON ``{"age_key":b64,"created":int,"name":str,"signature":b64,"signing_key":b64,"v":1}``
  (written canonically; read with any JSON whitespace);
* the text form, for pasting into a message: the file form in base64, 64-character lines, between
  ``-----BEGIN AMANAT CONTACT CARD-----`` and ``-----END AMANAT CONTACT CARD-----``. Surrounding text,
  CRLF line ends, indentation and e-mail quote marks (``>``) are ignored when reading.

The signed bytes are ``b"amanat contact card v1\\x00"`` followed by the canonical JSON (UTF-8, keys
sorted, separators ``,`` and ``:``, no ASCII escaping) of
``{"age_key":b64,"created":int,"name":str,"signing_key":b64,"v":1}``, where b64 is standard base64
with padding. The signature is Ed25519 by ``signing_key``.

Names are NFC-normalised, 1 to 100 characters, not blank and free of control characters. Bidi marks
are allowed (Persian and Arabic names need them), but `display_name` strips the embedding, override
and isolate controls so that a name cannot reorder the text shown around it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from amanat.crypto.encoding import InvalidBase64, canonical_json, decode_base64, encode_base64, load_json_object
from amanat.crypto.errors import DamagedInput, UnsupportedVersion
from amanat.crypto.identity import SIGNATURE_BYTES, DamagedKey, Identity, PublicIdentity

CARD_VERSION = 1
SIGNATURE_CONTEXT = b"amanat contact card v1\x00"
BEGIN_MARKER = "-----BEGIN AMANAT CONTACT CARD-----"
END_MARKER = "-----END AMANAT CONTACT CARD-----"
MAX_INPUT_BYTES = 16 * 1024
MAX_NAME_CHARS = 100
MAX_CREATED = 2**63 - 1
_LINE_CHARS = 64
_CARD_KEYS = frozenset({"v", "name", "signing_key", "age_key", "created", "signature"})
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
_BASE64_CHARS = re.compile(r"[A-Za-z0-9+/=]*")
_QUOTING = re.compile(r"[\s>]+")


class DamagedCard(DamagedInput):
    """A contact card is malformed, too large, or not a contact card at all."""


def name_problem(name: str) -> str | None:
    """Why `name` is not acceptable as a display name (a message for users), or None if it is.

    `name` must already be NFC-normalised; callers normalise what people type first.
    """
    if not isinstance(name, str):
        return "The name is not text."
    if len(name) > MAX_NAME_CHARS:
        return f"The name is longer than {MAX_NAME_CHARS} characters."
    if not name.strip():
        return "The name is empty."
    if unicodedata.normalize("NFC", name) != name:
        return "The name is not in normal form (NFC)."
    for char in name:
        # Cc covers C0, DEL and C1; Cs are lone surrogates, which cannot be stored as UTF-8.
        if unicodedata.category(char) in ("Cc", "Cs"):
            return "The name contains control characters."
    return None


def display_name(name: str) -> str:
    """`name` without bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069)."""
    return name.translate(_BIDI_CONTROLS)


@dataclass(frozen=True)
class ContactCard:
    """A person's display name and public identity; `signature` is theirs over both (see the module)."""

    name: str
    identity: PublicIdentity
    created_at: int
    signature: bytes = field(default=b"", repr=False)

    def display_name(self) -> str:
        """The name with bidi embedding/override/isolate controls removed, safe to show in a list."""
        return display_name(self.name)

    def signed_bytes(self) -> bytes:
        """The exact bytes the signature covers."""
        return SIGNATURE_CONTEXT + canonical_json(_unsigned_fields(self.name, self.identity, self.created_at))

    def verify(self) -> None:
        """Raise `ForgedSignature` unless the card is signed by its own identity."""
        self.identity.verify(self.signed_bytes(), self.signature)


def _unsigned_fields(name: str, identity: PublicIdentity, created_at: int) -> dict[str, Any]:
    return {
        "v": CARD_VERSION,
        "name": name,
        "signing_key": encode_base64(identity.signing_key),
        "age_key": encode_base64(identity.age_key),
        "created": created_at,
    }


def make_card(identity: Identity, name: str, created_at: int) -> ContactCard:
    """Make and sign a card for `identity`; raise `DamagedCard` if the name is not acceptable."""
    if not isinstance(name, str):
        raise DamagedCard("The name is not text.")
    name = unicodedata.normalize("NFC", name)
    problem = name_problem(name)
    if problem is not None:
        raise DamagedCard(problem)
    if type(created_at) is not int or not 0 <= created_at <= MAX_CREATED:
        raise DamagedCard("The card's creation time is out of range.")
    public = identity.public
    message = SIGNATURE_CONTEXT + canonical_json(_unsigned_fields(name, public, created_at))
    return ContactCard(name, public, created_at, identity.sign(message))


def card_to_file_bytes(card: ContactCard) -> bytes:
    """The file form: canonical UTF-8 JSON. Refuses (`ForgedSignature`) a card whose signature does not match."""
    card.verify()
    fields = _unsigned_fields(card.name, card.identity, card.created_at)
    fields["signature"] = encode_base64(card.signature)
    return canonical_json(fields)


def card_to_text(card: ContactCard) -> str:
    """The text form, for pasting into a message; ends with a newline."""
    encoded = encode_base64(card_to_file_bytes(card))
    lines = [encoded[index : index + _LINE_CHARS] for index in range(0, len(encoded), _LINE_CHARS)]
    return "\n".join([BEGIN_MARKER, *lines, END_MARKER]) + "\n"


def parse_card(data: bytes | str) -> ContactCard:
    """Read a card in either form and check its signature.

    Raises `DamagedCard` for anything malformed or too large, `UnsupportedVersion` for a card from a
    newer Amanat, and `ForgedSignature` if the signature does not match.
    """
    if isinstance(data, str):
        # Cheap bound first: no string over the limit in characters can be under it in bytes.
        if len(data) > MAX_INPUT_BYTES:
            raise DamagedCard("The contact card is too large.")
        text = data
        if len(text.encode("utf-8", errors="surrogatepass")) > MAX_INPUT_BYTES:
            raise DamagedCard("The contact card is too large.")
    elif isinstance(data, bytes | bytearray | memoryview):
        if len(data) > MAX_INPUT_BYTES:
            raise DamagedCard("The contact card is too large.")
        try:
            text = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise DamagedCard("The contact card is not UTF-8 text.") from None
    else:
        raise DamagedCard("The contact card is neither text nor bytes.")
    if BEGIN_MARKER in text:
        return _parse_file_form(_unwrap_text_form(text))
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:
        raise DamagedCard("The contact card contains invalid characters.") from None
    return _parse_file_form(raw)


def _unwrap_text_form(text: str) -> bytes:
    start = text.index(BEGIN_MARKER) + len(BEGIN_MARKER)
    end = text.find(END_MARKER, start)
    if end < 0:
        raise DamagedCard("The contact card's end line is missing; was it copied completely?")
    # Mail programs quote forwarded text with ">", indent it and change line ends; base64 never
    # uses any of these, so dropping them all cannot change what the card says.
    body = _QUOTING.sub("", text[start:end])
    if not body or not _BASE64_CHARS.fullmatch(body):
        raise DamagedCard("The contact card text is damaged.")
    try:
        return decode_base64(body, canonical=False)
    except InvalidBase64:
        raise DamagedCard("The contact card text is damaged.") from None


def _decode_key(value: Any) -> bytes:
    if not isinstance(value, str) or len(value) != 44:
        raise DamagedCard("A key in the contact card is damaged.")
    try:
        return decode_base64(value)
    except InvalidBase64:
        raise DamagedCard("A key in the contact card is damaged.") from None


def _parse_file_form(raw: bytes) -> ContactCard:
    if len(raw) > MAX_INPUT_BYTES:
        raise DamagedCard("The contact card is too large.")
    document = load_json_object(raw, DamagedCard, "contact card", canonical=False)
    version = document.get("v")
    if type(version) is not int:
        raise DamagedCard("The contact card has no version.")
    if version != CARD_VERSION:
        raise UnsupportedVersion("This contact card was made by a newer version of Amanat.")
    if set(document) != _CARD_KEYS:
        raise DamagedCard("The contact card has missing or unknown fields.")
    name = document["name"]
    if not isinstance(name, str):
        raise DamagedCard("The name on the contact card is not text.")
    problem = name_problem(name)
    if problem is not None:
        raise DamagedCard(problem)
    created = document["created"]
    if type(created) is not int or not 0 <= created <= MAX_CREATED:
        raise DamagedCard("The contact card's creation time is out of range.")
    signature_text = document["signature"]
    if not isinstance(signature_text, str) or len(signature_text) != 88:
        raise DamagedCard("The contact card's signature is damaged.")
    try:
        signature = decode_base64(signature_text)
    except InvalidBase64:
        raise DamagedCard("The contact card's signature is damaged.") from None
    if len(signature) != SIGNATURE_BYTES:
        raise DamagedCard("The contact card's signature is damaged.")
    try:
        identity = PublicIdentity(_decode_key(document["signing_key"]), _decode_key(document["age_key"]))
    except DamagedKey:
        raise DamagedCard("A key in the contact card is not valid.") from None
    card = ContactCard(name, identity, created, signature)
    card.verify()
    return card
