"""Reed-Solomon error correction over GF(256) with the polynomial x^8 + x^4 + x^3 + x^2 + 1, for QR codes.

The arithmetic of ISO/IEC 18004 (app/qr_code.py): a block of data codewords gets the remainder of
its division by the generator polynomial as its error-correction codewords.
"""

from __future__ import annotations


def _gf_tables() -> tuple[list[int], list[int]]:
    exp, log = [0] * 512, [0] * 256
    value = 1
    for power in range(255):
        exp[power] = exp[power + 255] = value
        log[value] = power
        value <<= 1
        if value & 0x100:
            value ^= 0x11D
    return exp, log


_GF_EXP, _GF_LOG = _gf_tables()


def _gf_multiply(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _GF_EXP[_GF_LOG[a] + _GF_LOG[b]]


def reed_solomon_generator(degree: int) -> list[int]:
    """Coefficients (highest power first, leading 1 included) of (x - a^0)(x - a^1)...(x - a^(degree-1))."""
    generator = [1]
    for power in range(degree):
        root = _GF_EXP[power]
        generator = [*generator, 0]
        for index in range(len(generator) - 1, 0, -1):
            generator[index] ^= _gf_multiply(generator[index - 1], root)
    return generator


def reed_solomon_remainder(block: list[int], generator: list[int]) -> list[int]:
    """The error-correction codewords: the block times x^degree, modulo the generator."""
    remainder = [0] * (len(generator) - 1)
    for codeword in block:
        factor = codeword ^ remainder[0]
        remainder = [*remainder[1:], 0]
        for index, coefficient in enumerate(generator[1:]):
            remainder[index] ^= _gf_multiply(coefficient, factor)
    return remainder
