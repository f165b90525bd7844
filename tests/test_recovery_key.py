"""Recovery keys: hand-copyable groups whose checksum catches a mistyped group."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amanat.crypto.errors import MistypedRecoveryKey
from amanat.crypto.recovery_key import ALPHABET, GROUP_CHARS, GROUPS, RecoveryKey


def test_display_is_eight_groups_of_five() -> None:
    key = RecoveryKey.generate()
    groups = key.display().split("-")
    assert len(groups) == GROUPS and all(len(g) == GROUP_CHARS for g in groups)
    assert all(c in ALPHABET for g in groups for c in g)


@given(st.binary(min_size=20, max_size=20))
def test_round_trip_through_forgiving_input(raw: bytes) -> None:
    key = RecoveryKey(raw)
    typed = "  ".join(key.groups()).lower().replace("0", "o").replace("1", "l")
    assert RecoveryKey.parse(typed).secret.reveal() == raw
    persian_digits = key.display().translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert RecoveryKey.parse(persian_digits).secret.reveal() == raw


@given(st.binary(min_size=20, max_size=20), st.integers(0, GROUPS * GROUP_CHARS - 1), st.integers(1, 31))
def test_every_single_character_mistake_is_caught_and_its_group_named(raw: bytes, position: int, shift: int) -> None:
    text = "".join(RecoveryKey(raw).groups())
    wrong = ALPHABET[(ALPHABET.index(text[position]) + shift) % 32]
    typed = text[:position] + wrong + text[position + 1:]
    with pytest.raises(MistypedRecoveryKey, match=f"group {position // GROUP_CHARS + 1} "):
        RecoveryKey.parse(typed)


def test_swapped_groups_are_caught() -> None:
    groups = RecoveryKey(bytes(range(20))).groups()
    groups[2], groups[5] = groups[5], groups[2]
    with pytest.raises(MistypedRecoveryKey):
        RecoveryKey.parse("".join(groups))


@pytest.mark.parametrize("text", ["", "ABCDE", "X" * 500, "!!!!!-" * 8])
def test_malformed_input_is_a_clear_error(text: str) -> None:
    with pytest.raises(MistypedRecoveryKey):
        RecoveryKey.parse(text)


def test_check_group_supports_retyping_one_group() -> None:
    key = RecoveryKey.generate()
    groups = key.groups()
    assert RecoveryKey.check_group(3, groups[3].lower())
    assert not RecoveryKey.check_group(4, groups[3]) or groups[3] == groups[4]
