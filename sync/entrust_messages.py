"""The messages of entrusting a vault to colleagues: a share, a recovery request and an answer.

* A **share** travels as a bundle (sync/bundle.py) from the owner to one holder: the envelope's
  `group_id` is the share set's id, its only other recipient the holder; the payload is the
  canonical JSON of ``{"amanat_entrust":"share","created","owner_name","set_id","share",
  "shares","threshold","v":1,"vault_id"}``.
* A **recovery request** is a signed text card made on the owner's new computer: a one-time
  identity (its own keys, never the vault's), the vault id and set id it asks shares for, and when
  it was made and expires (at most 7 days later). Signed like a contact card, by the one-time key.
* An **answer** is a bundle from a holder to that one-time identity alone, payload
  ``{"amanat_entrust":"answer","holder_name","request","set_id","share","v":1,"vault_id"}``, where
  `request` is the one-time identity's fingerprint.

Every payload starts with the key ``amanat_entrust`` (canonical JSON sorts it first), which no
group bundle's payload does, so the two kinds are told apart from the first bytes. Everything is
read with limits and exact key sets; anything off is `DamagedBundle` or `DamagedCard`.
docs/bundle-format.md describes the bytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from amanat.crypto.contact_card import DamagedCard, name_problem
from amanat.crypto.encoding import InvalidBase64, canonical_json, decode_base64, encode_base64, load_json_object
from amanat.crypto.entrust_shares import MAX_SHARE_CHARS, MAX_SHARES, MIN_THRESHOLD
from amanat.crypto.errors import UnsupportedVersion
from amanat.crypto.identity import SIGNATURE_BYTES, DamagedKey, Identity, PublicIdentity
from amanat.sync.errors import DamagedBundle

MESSAGE_VERSION = 1
KIND_SHARE = "share"
KIND_ANSWER = "answer"
MARK = "amanat_entrust"
_PREFIX = b'{"amanat_entrust":'
MAX_MESSAGE_BYTES = 8 * 1024
MAX_INT = 2**63 - 1
DEFAULT_LIFETIME = 3 * 24 * 3600
MAX_LIFETIME = 7 * 24 * 3600
REQUEST_CONTEXT = b"amanat recovery request v1\x00"
BEGIN_REQUEST = "-----BEGIN AMANAT RECOVERY REQUEST-----"
END_REQUEST = "-----END AMANAT RECOVERY REQUEST-----"
_SHARE_KEYS = frozenset({MARK, "v", "vault_id", "set_id", "owner_name", "threshold", "shares", "created", "share"})
_ANSWER_KEYS = frozenset({MARK, "v", "vault_id", "set_id", "holder_name", "request", "share"})
_REQUEST_KEYS = frozenset({"v", "signing_key", "age_key", "vault_id", "set_id", "created", "expires", "signature"})
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_QUOTING = re.compile(r"[\s>]+")
_BASE64 = re.compile(r"[A-Za-z0-9+/=]+")


@dataclass(frozen=True)
class ShareMessage:
    """One holder's share of a set, as the owner sealed it."""

    vault_id: str
    set_id: str
    owner_name: str
    threshold: int
    shares: int
    created: int
    share: str

    def __repr__(self) -> str:
        return f"ShareMessage(set_id={self.set_id!r}, {self.threshold} of {self.shares}, <share hidden>)"


@dataclass(frozen=True)
class AnswerMessage:
    """A holder's share, sealed back to the one-time identity of a recovery request."""

    vault_id: str
    set_id: str
    holder_name: str
    request: str  # the one-time identity's fingerprint, hex
    share: str

    def __repr__(self) -> str:
        return f"AnswerMessage(set_id={self.set_id!r}, holder={self.holder_name!r}, <share hidden>)"


def is_entrust_payload(payload: bytes) -> bool:
    """Whether a bundle's payload is an entrust message rather than a group's changes."""
    return payload.startswith(_PREFIX)


def encode_share(message: ShareMessage) -> bytes:
    """The payload of a share bundle."""
    return canonical_json({MARK: KIND_SHARE, "v": MESSAGE_VERSION, "vault_id": message.vault_id,
                           "set_id": message.set_id, "owner_name": message.owner_name,
                           "threshold": message.threshold, "shares": message.shares,
                           "created": message.created, "share": message.share})


def encode_answer(message: AnswerMessage) -> bytes:
    """The payload of an answer bundle."""
    return canonical_json({MARK: KIND_ANSWER, "v": MESSAGE_VERSION, "vault_id": message.vault_id,
                           "set_id": message.set_id, "holder_name": message.holder_name,
                           "request": message.request, "share": message.share})


def _text(document: dict[str, Any], key: str, pattern: re.Pattern[str] | None = None) -> str:
    value = document[key]
    if not isinstance(value, str) or (pattern is not None and not pattern.fullmatch(value)):
        raise DamagedBundle(f"the message's {key} is malformed")
    return value


def _integer(document: dict[str, Any], key: str, low: int, high: int) -> int:
    value = document[key]
    if type(value) is not int or not low <= value <= high:
        raise DamagedBundle(f"the message's {key} is malformed")
    return value


def _name(document: dict[str, Any], key: str) -> str:
    name = _text(document, key)
    if name_problem(name) is not None:
        raise DamagedBundle("the message carries a malformed name")
    return name


def _share_text(document: dict[str, Any]) -> str:
    share = _text(document, "share")
    if not share or len(share) > MAX_SHARE_CHARS:
        raise DamagedBundle("the message's share is malformed")
    return share


def decode_entrust(payload: bytes) -> ShareMessage | AnswerMessage:
    """A share or an answer from a bundle's payload; DamagedBundle or UnsupportedVersion if it is neither."""
    if len(payload) > MAX_MESSAGE_BYTES:
        raise DamagedBundle("the entrust message is too large")
    document = load_json_object(payload, DamagedBundle, "entrust message")
    if type(document.get("v")) is not int:
        raise DamagedBundle("the entrust message has no version")
    if document["v"] != MESSAGE_VERSION:
        raise UnsupportedVersion("this entrust message was made by a newer Amanat; update Amanat")
    kind = document.get(MARK)
    if kind == KIND_SHARE and set(document) == _SHARE_KEYS:
        shares = _integer(document, "shares", MIN_THRESHOLD, MAX_SHARES)
        return ShareMessage(
            vault_id=_text(document, "vault_id", _HEX32), set_id=_text(document, "set_id", _HEX32),
            owner_name=_name(document, "owner_name"), threshold=_integer(document, "threshold", MIN_THRESHOLD, shares),
            shares=shares, created=_integer(document, "created", 0, MAX_INT), share=_share_text(document))
    if kind == KIND_ANSWER and set(document) == _ANSWER_KEYS:
        return AnswerMessage(
            vault_id=_text(document, "vault_id", _HEX32), set_id=_text(document, "set_id", _HEX32),
            holder_name=_name(document, "holder_name"), request=_text(document, "request", _HEX64),
            share=_share_text(document))
    raise DamagedBundle("the entrust message has missing or unknown fields")


@dataclass(frozen=True)
class RecoveryRequest:
    """A signed recovery request: the one-time identity asking for shares of one set of one vault."""

    identity: PublicIdentity
    vault_id: str
    set_id: str
    created: int
    expires: int
    signature: bytes

    def _fields(self) -> dict[str, Any]:
        return {"v": MESSAGE_VERSION, "signing_key": encode_base64(self.identity.signing_key),
                "age_key": encode_base64(self.identity.age_key), "vault_id": self.vault_id,
                "set_id": self.set_id, "created": self.created, "expires": self.expires}

    def signed_bytes(self) -> bytes:
        """What the one-time key signs."""
        return REQUEST_CONTEXT + canonical_json(self._fields())

    def to_text(self) -> str:
        """The text form, for e-mail, a messenger or a file; ends with a newline."""
        encoded = encode_base64(canonical_json({**self._fields(), "signature": encode_base64(self.signature)}))
        lines = [encoded[index : index + 64] for index in range(0, len(encoded), 64)]
        return "\n".join([BEGIN_REQUEST, *lines, END_REQUEST]) + "\n"


def make_request(one_time: Identity, vault_id: str, set_id: str, created: int,
                 lifetime: int = DEFAULT_LIFETIME) -> RecoveryRequest:
    """A request signed by the one-time identity, valid from `created` for `lifetime` seconds."""
    if not 0 < lifetime <= MAX_LIFETIME:
        raise ValueError("a recovery request lasts at most 7 days")
    unsigned = RecoveryRequest(one_time.public, vault_id, set_id, created, created + lifetime, b"")
    return RecoveryRequest(one_time.public, vault_id, set_id, created, created + lifetime,
                           one_time.sign(unsigned.signed_bytes()))


def _request_key(value: object) -> bytes:
    if not isinstance(value, str) or len(value) != 44:
        raise DamagedCard("a key in the recovery request is damaged")
    try:
        return decode_base64(value)
    except InvalidBase64:
        raise DamagedCard("a key in the recovery request is damaged") from None


def parse_request(text: str | bytes) -> RecoveryRequest:
    """Read and check a request's text (surrounding text and mail quoting ignored); DamagedCard if off."""
    if len(text) > MAX_MESSAGE_BYTES:
        raise DamagedCard("this is too large to be a recovery request")
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    start, end = text.find(BEGIN_REQUEST), text.find(END_REQUEST)
    if start < 0 or end < start:
        raise DamagedCard("this is not a recovery request (its first or last line is missing)")
    body = _QUOTING.sub("", text[start + len(BEGIN_REQUEST):end])
    try:
        if not _BASE64.fullmatch(body):
            raise InvalidBase64("not base64")
        raw = decode_base64(body, canonical=False)
    except InvalidBase64:
        raise DamagedCard("the recovery request is damaged; was it copied completely?") from None
    return _parse_request_fields(load_json_object(raw, DamagedCard, "recovery request"))


def _parse_request_fields(document: dict[str, Any]) -> RecoveryRequest:
    if type(document.get("v")) is not int:
        raise DamagedCard("the recovery request has no version")
    if document["v"] != MESSAGE_VERSION:
        raise UnsupportedVersion("this recovery request was made by a newer Amanat; update Amanat")
    if set(document) != _REQUEST_KEYS:
        raise DamagedCard("the recovery request has missing or unknown fields")
    vault_id, set_id = document["vault_id"], document["set_id"]
    created, expires = document["created"], document["expires"]
    if not (isinstance(vault_id, str) and _HEX32.fullmatch(vault_id) and isinstance(set_id, str)
            and _HEX32.fullmatch(set_id)):
        raise DamagedCard("the recovery request names its vault or set wrongly")
    if type(created) is not int or type(expires) is not int or not 0 <= created < expires <= created + MAX_LIFETIME:
        raise DamagedCard("the recovery request's dates are malformed (it may last at most 7 days)")
    try:
        identity = PublicIdentity(_request_key(document["signing_key"]), _request_key(document["age_key"]))
        signature = decode_base64(document["signature"]) if isinstance(document["signature"], str) else b""
    except (DamagedKey, InvalidBase64):
        raise DamagedCard("a key in the recovery request is not valid") from None
    if len(signature) != SIGNATURE_BYTES:
        raise DamagedCard("the recovery request's signature is damaged")
    request = RecoveryRequest(identity, vault_id, set_id, created, expires, signature)
    identity.verify(request.signed_bytes(), signature)  # ForgedSignature
    return request

