"""The confusables skeleton behind the look-alike warnings on people's names."""

from __future__ import annotations

import pytest

from amanat.app.sharing.look_alike import look_alike, mixes_scripts, skeleton


@pytest.mark.parametrize(("first", "second"), [
    ("Farid", "farid"),  # case
    ("Farid", "FARID"),
    ("Farid", "F\u0430rid"),  # Cyrillic а
    ("Mariam", "M\u0430ri\u0430m"),
    ("Omid", "\u039fmid"),  # Greek capital omicron
    ("Omid", "0mid"),  # digit zero
    ("Ali", "AIi"),  # capital I for l
    ("Ali", "A1i"),
    ("Farid", "Far\u200bid"),  # zero-width space
    ("Farid", "Far\u00adid"),  # soft hyphen
    ("Farid", "\u202eFarid\u202c"),  # bidi override
    ("Farid", "\u2067Farid\u2069"),  # bidi isolate
    ("Farid", "Far\ufe0fid"),  # variation selector
    ("Farid", "\uff26\uff41\uff52\uff49\uff44"),  # full-width letters (NFKC)
    ("Farid", "Faríd"),  # an accent
    ("Farid Ahmadi", "Farid  Ahmadi"),  # spaces
    ("Farid Ahmadi", "Farid-Ahmadi"),
    ("Marnie", "Mamie"),  # rn and m
    ("علی", "علي"),  # Arabic yeh for Persian yeh
    ("کریم", "كريم"),  # Arabic kaf for Persian keheh
    ("مریم", "مر\u0649م"),  # alef maksura for yeh
    ("زهره", "زهرة"),  # teh marbuta
    ("فرید", "فر\u200cید"),  # zero-width non-joiner
    ("فرید", "فــرید"),  # tatweel
    ("محمد", "مُحَمَّد"),  # harakat
    ("احمد", "أحمد"),  # hamza on alef
    ("ګل", "گل"),  # Pashto gaf
    ("Room 42", "Room ۴۲"),  # Persian digits
    ("Room 42", "Room ٤٢"),  # Arabic-Indic digits
])
def test_names_a_reader_could_confuse_look_alike(first: str, second: str) -> None:
    assert look_alike(first, second) and look_alike(second, first)


@pytest.mark.parametrize(("first", "second"), [
    ("Farid", "Zahra"),
    ("Farid", "Fariba"),
    ("علی", "ولی"),
    ("مریم", "مرجان"),
    ("Room 42", "Room 43"),
    ("...", "..."),  # nothing readable: nothing to compare
])
def test_different_names_do_not_look_alike(first: str, second: str) -> None:
    assert not look_alike(first, second)


def test_the_skeleton_is_stable_and_idempotent() -> None:
    for name in ("F\u0430rid", "علي كريمي", "\u2067NASRIN\u2069", "Omid 0"):
        assert skeleton(skeleton(name)) == skeleton(name)


def test_mixed_scripts() -> None:
    assert mixes_scripts("F\u0430rid")  # Latin with Cyrillic
    assert mixes_scripts("Farid فرید")
    assert not mixes_scripts("Farid Ahmadi 2")
    assert not mixes_scripts("فرید احمدی")
    assert not mixes_scripts("کریم")  # Persian letters are Arabic script
    assert not mixes_scripts("Мария")
