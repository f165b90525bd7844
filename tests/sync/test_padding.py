"""Padmé padding: lengths, overhead bound, and the zero check used when opening bundles."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amanat.crypto.errors import DamagedInput
from amanat.sync.errors import DamagedPadding
from amanat.sync.padding import check_zero_padding, pad, padme_length


@pytest.mark.parametrize(
    ("length", "padded"),
    [(0, 0), (1, 1), (2, 2), (3, 3), (8, 8), (9, 10), (100, 104), (1000, 1024), (1025, 1088), (10**6, 1_015_808)],
)
def test_known_lengths(length: int, padded: int) -> None:
    assert padme_length(length) == padded


def test_negative_length_is_refused() -> None:
    with pytest.raises(ValueError):
        padme_length(-1)


@given(st.integers(1024, 2**40))
def test_overhead_is_at_most_12_percent(length: int) -> None:
    padded = padme_length(length)
    assert length <= padded <= length * 1.12


@given(st.integers(0, 2**40))
def test_few_bits_of_the_length_remain(length: int) -> None:
    padded = padme_length(length)
    assert padded >= length
    assert padme_length(padded) == padded  # idempotent: a padded length is a Padmé length
    if length >= 2:
        exponent = length.bit_length() - 1
        # Only the top floor(log2 E) + 1 bits of the mantissa may be non-zero.
        assert padded % (1 << (exponent - exponent.bit_length())) == 0


@given(st.binary(max_size=5000), st.integers(0, 4096))
def test_pad_appends_zeros(data: bytes, minimum: int) -> None:
    padded = pad(data, minimum)
    assert padded[: len(data)] == data
    assert len(padded) == max(minimum, padme_length(len(data)))
    check_zero_padding(padded[len(data) :])


def test_default_minimum_is_1_kib() -> None:
    assert len(pad(b"x")) == 1024


def test_non_zero_padding_is_refused() -> None:
    check_zero_padding(b"")
    check_zero_padding(bytes(100))
    for index in (0, 50, 99):
        tail = bytearray(100)
        tail[index] = 1
        with pytest.raises(DamagedPadding):
            check_zero_padding(bytes(tail))
    assert issubclass(DamagedPadding, DamagedInput)
