"""Contacts in and out as vCards (.vcf: 2.1 from Android and Outlook, 3.0 from iPhone and Google, 4.0).

In: a file is hostile until checked. Its size is limited before it is read, the number of cards
while it is parsed, and every card goes through the same validation as a contact typed in the
window; parse errors of any kind become one `DamagedInput`. Photos, keys and sounds are not
imported (a photo of a person is the most dangerous thing a contact list can carry).

Out: chosen contacts, never with the safety fields (risk level, channels never to use, the
preferred channel) unless asked, and without any producer or revision metadata.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import vobject

from amanat.app.control_characters import printable, single_line
from amanat.app.errors import DamagedInput, InvalidValue
from amanat.app.models import CHANNELS, Contact
from amanat.app.validation import validated

MAX_VCARD_FILE_BYTES = 16 * 2**20
MAX_CARDS = 20_000
MAX_LINES_PER_CARD = 1_000  # vobject keeps ~600 bytes per line: a card of 16 MiB of lines would take gigabytes
MAX_NESTING = 2  # a vCard 2.1 may hold an AGENT card; nothing deeper is real
SAFETY_FIELDS = ("risk_level", "never_contact_via", "preferred_channel")
# Instant messengers by the X- or IMPP names phones use; everything else that is an address goes to "other".
_MESSENGERS = {"x-signal": "signal", "x-whatsapp": "whatsapp", "x-telegram": "telegram"}
_PARSE_ERRORS = (vobject.base.VObjectError, ValueError, UnicodeError, IndexError, KeyError, AttributeError,
                 TypeError, LookupError, RecursionError)
# One-line fields lose line breaks and control characters; every field loses bidi overrides and isolates,
# which could make a name read backwards or hide part of it (U+202A–U+202E, U+2066–U+2069).
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


# A content line's name and parameters up to the colon, as vobject's grammar has them, but written so that
# it runs in linear time (possessive quantifiers; '=' cannot start inside an unquoted value). vobject's own
# pattern backtracks exponentially on a line without its colon: 90 bytes took over a minute (found by fuzzing).
_NAME = r"[A-Za-z0-9_-]++"
_PARAM = rf';{_NAME}(?:[=,](?:"[^"]*+"|[^";:,=]*+))*+'
_LINE_START = re.compile(rf"(?:{_NAME}\.)?{_NAME};?(?:{_PARAM})*+:")
_PHYSICAL_LINES = re.compile(r"\r\n|\r|\n")


def _logical_lines(text: str) -> list[str]:
    """Lines with folding undone: a line starting with a space or tab continues the one before, and so
    does the line after a quoted-printable (vCard 2.1) line ending in '='. Pieces are joined once per
    line (joining as they come would copy a long folded line again for every piece)."""
    pieces: list[list[str]] = []
    quoted_printable = False
    for physical in _PHYSICAL_LINES.split(text):
        if pieces and physical[:1] in (" ", "\t"):
            pieces[-1].append(physical[1:])
        elif pieces and quoted_printable and pieces[-1][-1].endswith("="):
            pieces[-1][-1] = pieces[-1][-1][:-1]
            pieces[-1].append(physical)
        elif physical:
            pieces.append([physical])
            quoted_printable = "QUOTED-PRINTABLE" in physical.partition(":")[0].upper()
    return ["".join(line) for line in pieces]


def _checked_lines(text: str) -> str:
    """The file unfolded, one content line per line; DamagedInput unless every line has the shape of a
    vCard content line (checked in linear time), no card holds more than MAX_LINES_PER_CARD lines and
    none nests deeper than MAX_NESTING. vobject reads the unfolded text: it does not join
    quoted-printable soft line breaks itself, and it recurses once per nested BEGIN."""
    lines = _logical_lines(text)
    depth = in_card = 0
    for number, line in enumerate(lines, start=1):
        if not _LINE_START.match(line):
            raise DamagedInput(f"the contact file is damaged: line {number:,} is not a vCard line")
        name = line.partition(":")[0].upper()
        if name == "BEGIN":
            depth += 1
            if depth > MAX_NESTING:
                raise DamagedInput(f"the contact file is damaged: line {number:,} opens a card inside a card")
        elif name == "END":
            depth = max(depth - 1, 0)
        in_card = in_card + 1 if depth else 0
        if in_card > MAX_LINES_PER_CARD:
            raise DamagedInput(f"a card in the file has more than {MAX_LINES_PER_CARD:,} lines")
    return "\r\n".join(lines) + "\r\n"


@dataclass(frozen=True)
class CardProblem:
    """A card that cannot become a contact: its position in the file (1-based) and why."""

    number: int
    reason: str


@dataclass(frozen=True)
class ParsedCards:
    """What a file holds: contacts ready to store (without ids) and the cards refused, with reasons."""

    contacts: tuple[Contact, ...]
    problems: tuple[CardProblem, ...]


def _text(value: object) -> str:
    """A one-line field as stored: NFC, single spaces, no control characters, no bidi controls."""
    if isinstance(value, list):
        value = " ".join(str(v) for v in value if v)
    text = single_line(str(value)).translate(_BIDI_CONTROLS)
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _values(card: object, name: str) -> list[object]:
    contents: dict[str, list[object]] = getattr(card, "contents", {})
    return [line.value for line in contents.get(name, [])]  # type: ignore[attr-defined]


def _display_name(card: object) -> str:
    for value in _values(card, "fn"):
        if _text(value):
            return _text(value)
    for name in _values(card, "n"):
        parts = [getattr(name, key, "") for key in ("prefix", "given", "additional", "family", "suffix")]
        joined = _text([_text(p) for p in parts])
        if joined:
            return joined
    return ""


def _address_channels(card: object) -> tuple[list[tuple[str, str]], list[str]]:
    """(channel, address) pairs, one per channel; further addresses as lines for the notes."""
    found: list[tuple[str, str]] = [("phone", _text(v).removeprefix("tel:")) for v in _values(card, "tel")]
    found += [("email", _text(v).removeprefix("mailto:")) for v in _values(card, "email")]
    for x_name, channel in _MESSENGERS.items():
        found += [(channel, _text(v)) for v in _values(card, x_name)]
    for value in _values(card, "impp"):
        scheme, _, address = _text(value).partition(":")
        channel = scheme.lower() if scheme.lower() in CHANNELS else "other"
        found.append((channel, address or scheme))
    channels: dict[str, str] = {}
    extra: list[str] = []
    for channel, address in found:
        if not address:
            continue
        if channel in channels:
            extra.append(f"{channel}: {address}")
        else:
            channels[channel] = address
    return list(channels.items()), extra


def card_to_contact(card: object) -> Contact:
    """One parsed vCard as a contact (not stored); InvalidValue if it cannot be one."""
    name = _display_name(card)
    if not name:
        raise InvalidValue("the card has no name")
    channels, extra = _address_channels(card)
    organisation = next((_text(v) for v in _values(card, "org") if _text(v)), "")
    role = next((_text(v) for v in _values(card, "title") if _text(v)), "")
    country = city = ""
    for address in _values(card, "adr"):
        country = country or _text(getattr(address, "country", ""))
        city = city or _text(getattr(address, "city", ""))
    notes = "\n".join([printable(str(v)).translate(_BIDI_CONTROLS).strip() for v in _values(card, "note")
                       if str(v).strip()] + extra)
    nickname = next((_text(v) for v in _values(card, "nickname") if _text(v)), "")
    contact = Contact(id="", display_name=name, alias=nickname, organisation=organisation, role=role,
                      country=country, city=city, channels=tuple(channels), notes=notes)
    checked = validated(contact)  # the same checks as a contact typed in the window
    assert isinstance(checked, Contact)
    return checked


def parse_vcards(data: bytes) -> ParsedCards:
    """Every card in a .vcf file; DamagedInput if the file as a whole is not one (nothing is half-read)."""
    if len(data) > MAX_VCARD_FILE_BYTES:
        raise DamagedInput(f"the file is larger than {MAX_VCARD_FILE_BYTES // 2**20} MiB, too large for contacts")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DamagedInput("the file is not UTF-8 text, so it is not a contact file Amanat can read") from None
    if "BEGIN:VCARD" not in text.upper():
        raise DamagedInput("the file holds no contact card (no BEGIN:VCARD)")
    text = _checked_lines(text)
    contacts: list[Contact] = []
    problems: list[CardProblem] = []
    try:
        for number, card in enumerate(vobject.readComponents(text, ignoreUnreadable=False), start=1):
            if number > MAX_CARDS:
                raise DamagedInput(f"the file holds more than {MAX_CARDS:,} cards")
            if getattr(card, "name", "").upper() != "VCARD":
                problems.append(CardProblem(number, "not a contact card"))
                continue
            try:
                contacts.append(card_to_contact(card))
            except InvalidValue as error:
                problems.append(CardProblem(number, str(error)))
    except _PARSE_ERRORS:
        raise DamagedInput("the contact file is damaged: a card could not be read") from None
    return ParsedCards(tuple(contacts), tuple(problems))


def contacts_to_vcards(contacts: Iterable[Contact], *, with_safety_fields: bool = False) -> bytes:
    """vCard 3.0 text for `contacts` (UTF-8); the safety fields only when asked, as X- properties."""
    cards: list[str] = []
    for contact in contacts:
        card = vobject.vCard()
        card.add("fn").value = contact.display_name
        card.add("n").value = vobject.vcard.Name(given=contact.display_name)
        if contact.alias:
            card.add("nickname").value = contact.alias
        if contact.organisation:
            card.add("org").value = [contact.organisation]
        if contact.role:
            card.add("title").value = contact.role
        if contact.city or contact.country:
            card.add("adr").value = vobject.vcard.Address(city=contact.city, country=contact.country)
        for channel, address in contact.channels:
            _add_channel(card, channel, address)
        if contact.notes:
            card.add("note").value = contact.notes
        if with_safety_fields:
            card.add("x-amanat-risk-level").value = contact.risk_level
            if contact.never_contact_via:
                card.add("x-amanat-never-contact-via").value = ",".join(contact.never_contact_via)
            if contact.preferred_channel:
                card.add("x-amanat-preferred-channel").value = contact.preferred_channel
        cards.append(card.serialize())
    return "".join(cards).encode("utf-8")


def _add_channel(card: object, channel: str, address: str) -> None:
    if channel == "phone":
        card.add("tel").value = address  # type: ignore[attr-defined]
    elif channel == "email":
        card.add("email").value = address  # type: ignore[attr-defined]
    elif channel in ("signal", "whatsapp", "telegram"):
        card.add(f"x-{channel}").value = address  # type: ignore[attr-defined]
    else:
        card.add("impp").value = address  # type: ignore[attr-defined]
