"""Contacts in from phones and mail programs, and out as vCards: real files, a real vault, hostile variants."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject

from amanat.app.errors import DamagedInput
from amanat.app.models import Contact
from amanat.app.transfer.contact_import import apply_contact_import, plan_contact_import
from amanat.app.transfer.vcard import MAX_CARDS, contacts_to_vcards, parse_vcards
from amanat.app.vault import Vault
from tests.transfer.samples import ALL_FORMATS, ANDROID_21, GOOGLE_30, IPHONE_30, V40


def _contacts(vault: Vault) -> dict[str, Contact]:
    found = {}
    for header in vault.items.list("contact"):
        contact = vault.items.get(header.id)
        assert isinstance(contact, Contact)
        found[contact.display_name] = contact
    return found


def test_each_phone_format_becomes_contacts_with_arabic_script_names() -> None:
    android = parse_vcards(ANDROID_21.encode())
    assert [c.display_name for c in android.contacts] == [
        "مریم احمدی", "ګل احمد", "د افغانستان د بشري حقونو د مدافعینو شبکه"]
    mariam = android.contacts[0]
    assert mariam.channel("phone") == "+93 700 111 222" and "phone: +93 700 111 333" in mariam.notes
    zahra = parse_vcards(IPHONE_30.encode()).contacts[0]
    assert (zahra.display_name, zahra.organisation, zahra.role) == ("Zahra Karimi", "Women's Rights Network",
                                                                    "Coordinator")
    assert zahra.channel("email") == "zahra@example.org" and zahra.channel("phone") == "+41 22 555 0101"
    assert (zahra.city, zahra.country) == ("Geneva", "Switzerland")
    assert zahra.notes == "Met at the HRC session, March 2026"
    assert "9j" not in repr(zahra)  # the photo stays out
    farid = parse_vcards(GOOGLE_30.encode()).contacts[0]
    assert farid.alias == "Farid jan" and farid.channel("email") == "farid@example.net"
    assert "email: farid.n@example.org" in farid.notes
    malalai = parse_vcards(V40.encode("utf-8")).contacts[0]
    assert malalai.channel("phone") == "+93-70-444-5555" and malalai.channel("telegram") == "malalai_y"
    assert malalai.risk_level == "unknown" and not malalai.never_contact_via


def test_import_adds_new_contacts_and_offers_duplicates_for_merge(vault: Vault) -> None:
    vault.items.add(Contact(id="", display_name="مريم احمدي", channels=(("signal", "+93700111999"),),
                            risk_level="high", never_contact_via=("whatsapp",)))  # Arabic ي, no Persian ی
    vault.items.add(Contact(id="", display_name="Someone else", channels=(("phone", "0041 22 555 0101"),)))
    parsed = parse_vcards((ANDROID_21 + IPHONE_30).encode())
    plan = plan_contact_import(vault.items, parsed)
    by_name = {entry.contact.display_name: entry for entry in plan}
    assert by_name["مریم احمدی"].duplicate_name == "مريم احمدي"  # the same name in the other spelling
    assert by_name["Zahra Karimi"].duplicate_name == "Someone else"  # the same phone number
    assert by_name["ګل احمد"].duplicate_of is None
    before = _contacts(vault)

    result = apply_contact_import(vault.items, plan, merge_duplicates=False)
    assert (result.added, result.merged, result.skipped) == (2, 0, 2)
    assert set(_contacts(vault)) == set(before) | {"ګل احمد", "د افغانستان د بشري حقونو د مدافعینو شبکه"}
    assert _contacts(vault)["Someone else"] == before["Someone else"]

    result = apply_contact_import(vault.items, plan_contact_import(vault.items, parsed), merge_duplicates=True)
    assert (result.added, result.merged, result.unchanged) == (0, 2, 2)  # added just before
    mariam = _contacts(vault)["مريم احمدي"]
    assert mariam.channel("phone") == "+93 700 111 222" and mariam.channel("signal") == "+93700111999"
    assert mariam.risk_level == "high" and mariam.never_contact_via == ("whatsapp",)  # safety fields untouched
    assert _contacts(vault)["Someone else"].organisation == "Women's Rights Network"


def test_a_person_twice_in_one_file_becomes_one_contact(vault: Vault) -> None:
    plan = plan_contact_import(vault.items, parse_vcards((GOOGLE_30 + GOOGLE_30.replace("Farid jan", "F.")).encode()))
    assert len(plan) == 1
    apply_contact_import(vault.items, plan, merge_duplicates=True)
    assert list(_contacts(vault)) == ["فرید نوری"]


def test_vcards_out_leave_the_safety_fields_behind_unless_asked(vault: Vault, tmp_path: Path) -> None:
    for text in ALL_FORMATS.values():
        apply_contact_import(vault.items, plan_contact_import(vault.items, parse_vcards(text.encode())),
                             merge_duplicates=True)
    stored = _contacts(vault)
    marked = vault.items.save(Contact(**{**{f: getattr(stored["ملالۍ یوسفزۍ"], f) for f in (
        "id", "display_name", "channels", "city", "country")}, "risk_level": "high",
        "never_contact_via": ("telegram",), "preferred_channel": "phone"}))
    assert isinstance(marked, Contact)
    out = contacts_to_vcards(_contacts(vault).values())
    assert b"high" not in out and b"AMANAT" not in out.upper() and b"PRODID" not in out.upper()
    again = {c.display_name: c for c in parse_vcards(out).contacts}
    assert set(again) == set(stored)
    for name, contact in again.items():
        assert contact.channels == stored[name].channels or name == "ملالۍ یوسفزۍ"
        assert (contact.organisation, contact.city, contact.country) == (
            stored[name].organisation, stored[name].city, stored[name].country)
    with_safety = contacts_to_vcards([marked], with_safety_fields=True).decode()
    assert "X-AMANAT-RISK-LEVEL:high" in with_safety and "X-AMANAT-NEVER-CONTACT-VIA:telegram" in with_safety
    assert next(vobject.readComponents(with_safety)).fn.value == "ملالۍ یوسفزۍ"  # another parser reads it


@pytest.mark.parametrize(("data", "message"), [
    (b"\xff\xfe\x00B\x00E" * 100, "not UTF-8"),
    (b"hello, this is a text file", "no contact card"),
    (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\n" + b"A" * 100, "damaged"),
    (b"BEGIN:VCARD\nVERSION:3.0\nFN:Trap\nBEGIN:VCARD\nFN:inner\n", "damaged"),
    (b"BEGIN:VCARD\n" + b"X" * (16 * 2**20), "larger than 16 MiB"),
    # vobject's own line pattern backtracks exponentially on this (a colon turned into '8'): refused at once.
    (b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE8" + b"=D9=85" * 40
     + b"\r\nEND:VCARD\r\n", "line 3 is not a vCard line"),
    (("BEGIN:VCARD\nVERSION:3.0\nFN:n\nEND:VCARD\n" * (MAX_CARDS + 1)).encode(), "more than 20,000"),
    # ~600 bytes of memory per line in vobject: a card of millions of short lines would take gigabytes.
    (("BEGIN:VCARD\nVERSION:3.0\nFN:n\n" + "TEL:1\n" * 1_000 + "END:VCARD\n").encode(), "more than 1,000 lines"),
    # vobject recurses once per nested card: 1,000 of them raised RecursionError, not DamagedInput.
    (("BEGIN:VCARD\n" * 1_000 + "FN:n\n" + "END:VCARD\n" * 1_000).encode(), "a card inside a card"),
])
def test_hostile_files_are_refused_whole_and_the_vault_is_unchanged(vault: Vault, data: bytes, message: str) -> None:
    vault.items.add(Contact(id="", display_name="Already here"))
    before = _contacts(vault)
    with pytest.raises(DamagedInput, match=message):
        apply_contact_import(vault.items, plan_contact_import(vault.items, parse_vcards(data)), merge_duplicates=True)
    assert _contacts(vault) == before


def test_a_card_the_vault_would_refuse_is_reported_not_imported(vault: Vault) -> None:
    bad = "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nEND:VCARD\n"
    parsed = parse_vcards((bad + GOOGLE_30).encode())
    assert [c.display_name for c in parsed.contacts] == ["فرید نوری"]
    assert [(p.number, p.reason) for p in parsed.problems] == [(1, "the card has no name")]


def test_control_and_bidi_characters_from_a_card_are_left_behind() -> None:
    card = ("BEGIN:VCARD\nVERSION:3.0\nFN:Ali\u202e\u2066 Ahmadi\x07\nNICKNAME:\x1b[2J\x1b]0;pwn\x07\n"
            "ORG:\x1b[31mred\nNOTE:line one\\nline\u202e two\x1b[0m\nEND:VCARD\n")
    [contact] = parse_vcards(card.encode()).contacts
    assert (contact.display_name, contact.alias, contact.organisation) == ("Ali Ahmadi", "[2J]0;pwn", "[31mred")
    assert contact.notes == "line one\nline two[0m"


def test_completing_never_adds_an_address_on_a_channel_marked_never(vault: Vault) -> None:
    vault.items.add(Contact(id="", display_name="Ali Ahmadi", channels=(("signal", "+93700000000"),),
                            never_contact_via=("whatsapp", "phone"), risk_level="high"))
    card = ("BEGIN:VCARD\nVERSION:3.0\nFN:ali  ahmadi\nTEL:+93 70 000 0001\nX-WHATSAPP:+93799999999\n"
            "EMAIL:someone@example.org\nEND:VCARD\n")
    [entry] = plan_contact_import(vault.items, parse_vcards(card.encode()))
    assert entry.adds == ("email",)  # what completing would add is shown before anything is done
    apply_contact_import(vault.items, [entry], merge_duplicates=True)
    ali = _contacts(vault)["Ali Ahmadi"]
    assert dict(ali.channels) == {"signal": "+93700000000", "email": "someone@example.org"}
    assert ali.never_contact_via == ("whatsapp", "phone") and ali.risk_level == "high"


def test_long_folded_lines_are_read_whole() -> None:
    pieces = "\r\n".join(["NOTE;ENCODING=QUOTED-PRINTABLE:x="] + ["ab="] * 20_000 + ["c"])
    card = f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Folded\r\n{pieces}\r\nEND:VCARD\r\n"
    [contact] = parse_vcards(card.encode()).contacts
    assert contact.notes == "x" + "ab" * 20_000 + "c"
    spaces = "BEGIN:VCARD\nVERSION:3.0\nFN:Spaced\nNOTE:a\n" + " b\n" * 20_000 + "END:VCARD\n"
    assert parse_vcards(spaces.encode()).contacts[0].notes == "a" + "b" * 20_000
