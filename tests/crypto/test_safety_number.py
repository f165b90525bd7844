"""Safety numbers: symmetric, stable, sensitive to both keys, forgiving about how they are typed."""

from __future__ import annotations

import hashlib

import pytest

from amanat.crypto.identity import Identity, PublicIdentity
from amanat.crypto.safety_number import SafetyNumber, safety_number

ALICE = Identity.from_secrets(bytes(range(32)), bytes(range(32, 64))).public
BOB = Identity.from_secrets(bytes(range(1, 33)), bytes(range(33, 65))).public
CAROL = Identity.from_secrets(bytes(range(2, 34)), bytes(range(34, 66))).public
NUMBER = safety_number(ALICE, BOB)
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _half_written_out(identity: PublicIdentity) -> str:
    """The scheme as the module docstring states it, written independently of the module."""
    key = identity.signing_key + identity.age_key
    h = b"\x00\x00" + key + identity.fingerprint
    for _ in range(5200):
        h = hashlib.sha512(h + key).digest()
    return "".join(str(int.from_bytes(h[i * 5 : i * 5 + 5], "big") % 100000).zfill(5) for i in range(6))


def test_matches_the_scheme_and_is_symmetric() -> None:
    halves = sorted([_half_written_out(ALICE), _half_written_out(BOB)])
    assert NUMBER.digits == halves[0] + halves[1]
    assert safety_number(BOB, ALICE) == NUMBER
    assert len(NUMBER.digits) == 60 and NUMBER.digits.isascii() and NUMBER.digits.isdigit()


def test_groups_and_text() -> None:
    groups = NUMBER.groups()
    assert len(groups) == 12 and all(len(group) == 5 for group in groups)
    assert "".join(groups) == NUMBER.digits
    assert str(NUMBER) == " ".join(groups)


def test_changes_with_either_key_of_either_side() -> None:
    other_age = PublicIdentity(BOB.signing_key, CAROL.age_key)
    other_signing = PublicIdentity(CAROL.signing_key, BOB.age_key)
    numbers = {NUMBER.digits, safety_number(ALICE, CAROL).digits}
    numbers |= {safety_number(ALICE, other_age).digits, safety_number(ALICE, other_signing).digits}
    assert len(numbers) == 4


def test_matches_forgiving_input() -> None:
    digits = NUMBER.digits
    assert NUMBER.matches(digits)
    assert NUMBER.matches(str(NUMBER))
    assert NUMBER.matches("-".join(NUMBER.groups()))
    assert NUMBER.matches("\n".join(NUMBER.groups()[:6]) + "\r\n\t" + "\u00a0".join(NUMBER.groups()[6:]))
    assert NUMBER.matches(digits.translate(PERSIAN))
    assert NUMBER.matches(" ".join(NUMBER.groups()).translate(ARABIC_INDIC))
    assert NUMBER.matches(digits[:30].translate(PERSIAN) + "\u2009" + digits[30:])


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "1" * 60,
        "NUMBER[:-1]",
        "NUMBER+0",
        "NUMBER with a letter",
        "NUMBER with a superscript",
    ],
)
def test_does_not_match_wrong_input(typed: str) -> None:
    digits = NUMBER.digits
    typed = {
        "NUMBER[:-1]": digits[:-1],
        "NUMBER+0": digits + "0",
        "NUMBER with a letter": digits[:-1] + "a",
        "NUMBER with a superscript": digits[:-1] + "\u00b2",
    }.get(typed, typed)
    assert not NUMBER.matches(typed)


def test_every_single_digit_change_is_caught() -> None:
    digits = NUMBER.digits
    for index in range(60):
        changed = digits[:index] + str((int(digits[index]) + 1) % 10) + digits[index + 1 :]
        assert not NUMBER.matches(changed)


def test_constructor_refuses_non_digits() -> None:
    with pytest.raises(ValueError):
        SafetyNumber("1" * 59)
    with pytest.raises(ValueError):
        SafetyNumber("۱" * 60)
