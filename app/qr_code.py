"""A QR code encoder (ISO/IEC 18004:2015, byte mode only), so a phone can read a contact card off the screen.

GUI-free: `qr_matrix` returns the modules (True = dark) without the quiet zone and the GUI paints them;
`qr_svg` turns them into an image file. The steps follow the standard: the smallest version (1-40) that
holds the data at the requested error-correction level, Reed-Solomon codewords over GF(256) per block,
blocks interleaved, codewords placed in the two-module zigzag, the eight data masks scored with the
standard's four penalty rules on the complete symbol, and the best one kept with its format and version
information.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby, pairwise

from amanat.app.reed_solomon import reed_solomon_generator, reed_solomon_remainder

Matrix = tuple[tuple[bool, ...], ...]

# Error-correction levels and the two bits that name them in the format information.
_LEVEL_BITS = {"L": 0b01, "M": 0b00, "Q": 0b11, "H": 0b10}

# Per level, indexed by version (index 0 unused): error-correction codewords in each block, and blocks.
# The data codewords follow from the symbol's capacity (see `_block_layout`).
_EC_CODEWORDS_PER_BLOCK = {
    "L": (0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
          28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    "M": (0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
          26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28),
    "Q": (0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
          28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    "H": (0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
          30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
}
_EC_BLOCKS = {
    "L": (0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
          8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25),
    "M": (0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
          17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49),
    "Q": (0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
          23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68),
    "H": (0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
          25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81),
}

_BYTE_MODE = 0b0100
_PAD_CODEWORDS = (0xEC, 0x11)
_FORMAT_GENERATOR, _FORMAT_XOR = 0x537, 0x5412  # BCH(15,5) and the mask that keeps it from being all light
_VERSION_GENERATOR = 0x1F25  # BCH(18,6)

# Data masks, indexed by mask number: True where a data module is inverted (row i, column j).
_MASKS: tuple[Callable[[int, int], bool], ...] = (
    lambda i, j: (i + j) % 2 == 0,
    lambda i, j: i % 2 == 0,
    lambda i, j: j % 3 == 0,
    lambda i, j: (i + j) % 3 == 0,
    lambda i, j: (i // 2 + j // 3) % 2 == 0,
    lambda i, j: (i * j) % 2 + (i * j) % 3 == 0,
    lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
    lambda i, j: ((i + j) % 2 + (i * j) % 3) % 2 == 0,
)

# Penalty weights N1..N4 and the finder-like run that rule 3 looks for.
_N1, _N2, _N3, _N4 = 3, 3, 40, 10
_FINDER_LIKE = "1011101"
_LIGHT_BORDER = "0000"


@dataclass(frozen=True)
class QrSymbol:
    """An encoded symbol: its version (1-40), level, data mask (0-7) and modules (True = dark)."""

    version: int
    error_correction: str
    mask: int
    modules: Matrix


def qr_matrix(data: bytes, *, error_correction: str = "M") -> Matrix:
    """The modules of the smallest QR code holding `data` in byte mode (True = dark, no quiet zone)."""
    return encode(data, error_correction=error_correction).modules


def encode(data: bytes, *, error_correction: str = "M") -> QrSymbol:
    """Encode `data` in the smallest version that holds it, with the mask of lowest penalty."""
    version = smallest_version(len(data), error_correction)
    candidates = [symbol_with_mask(data, error_correction, version, mask) for mask in range(len(_MASKS))]
    return min(candidates, key=lambda symbol: penalty_score(symbol.modules))  # ties: lowest mask


def smallest_version(length: int, error_correction: str) -> int:
    """The smallest version holding `length` bytes at this level; ValueError if even version 40 cannot."""
    if error_correction not in _LEVEL_BITS:
        raise ValueError(f"error_correction must be one of L, M, Q, H, not {error_correction!r}")
    for version in range(1, 41):
        needed_bits = 4 + _count_bits(version) + 8 * length
        if needed_bits <= 8 * _data_codewords(version, error_correction):
            return version
    raise ValueError(f"{length} bytes do not fit a version 40 QR code at level {error_correction}")


def symbol_with_mask(data: bytes, error_correction: str, version: int, mask: int) -> QrSymbol:
    """The complete symbol for `data` at a given version and mask (the mask is not chosen here)."""
    if not (1 <= version <= 40 and 0 <= mask < len(_MASKS)):
        raise ValueError(f"no version {version} or mask {mask}: versions are 1-40, masks 0-7")
    if smallest_version(len(data), error_correction) > version:
        raise ValueError(f"{len(data)} bytes do not fit version {version} at level {error_correction}")
    codewords = _interleaved_codewords(_data_codewords_for(data, version, error_correction), version,
                                       error_correction)
    modules, reserved = _function_patterns(version)
    _place_codewords(modules, reserved, codewords)
    should_invert = _MASKS[mask]
    for i, row in enumerate(modules):
        for j in range(len(row)):
            if not reserved[i][j] and should_invert(i, j):
                row[j] = not row[j]
    _draw_format_information(modules, error_correction, mask)
    _draw_version_information(modules, version)
    return QrSymbol(version, error_correction, mask, tuple(tuple(row) for row in modules))


# --- Capacity and codewords -------------------------------------------------------------------------------

def _size(version: int) -> int:
    return 17 + 4 * version


def _count_bits(version: int) -> int:
    """Bits of the byte-mode character count indicator."""
    return 8 if version <= 9 else 16


def _raw_codewords(version: int) -> int:
    """Codewords the symbol holds: all modules but the function patterns and format/version areas."""
    modules = _size(version) ** 2 - 3 * 64 - 2 * (_size(version) - 16) - 31  # finders, timing, format
    alignments = len(_alignment_positions(version))
    if alignments:
        modules -= 25 * (alignments**2 - 3) - 10 * (alignments - 2)  # less where they cross the timing
    if version >= 7:
        modules -= 36
    return modules // 8  # the leftover 0-7 modules are remainder bits


def _data_codewords(version: int, level: str) -> int:
    return _raw_codewords(version) - _EC_CODEWORDS_PER_BLOCK[level][version] * _EC_BLOCKS[level][version]


def _data_codewords_for(data: bytes, version: int, level: str) -> list[int]:
    """Mode, count, data, terminator, then pad codewords up to the version's data capacity."""
    capacity_bits = 8 * _data_codewords(version, level)
    bits = f"{_BYTE_MODE:04b}{len(data):0{_count_bits(version)}b}" + "".join(f"{byte:08b}" for byte in data)
    bits += "0" * min(4, capacity_bits - len(bits))
    bits += "0" * (-len(bits) % 8)
    codewords = [int(bits[start:start + 8], 2) for start in range(0, len(bits), 8)]
    pad_count = capacity_bits // 8 - len(codewords)
    return codewords + [_PAD_CODEWORDS[index % 2] for index in range(pad_count)]


def _block_layout(version: int, level: str) -> list[int]:
    """Data codewords in each block; the last `total % blocks` blocks are one codeword longer."""
    blocks, ec_per_block = _EC_BLOCKS[level][version], _EC_CODEWORDS_PER_BLOCK[level][version]
    short_length, long_count = divmod(_raw_codewords(version), blocks)
    return [short_length - ec_per_block + (index >= blocks - long_count) for index in range(blocks)]


def _interleaved_codewords(data: list[int], version: int, level: str) -> list[int]:
    """Split data into blocks, add each block's error correction, interleave data then EC codewords."""
    ec_per_block = _EC_CODEWORDS_PER_BLOCK[level][version]
    generator = reed_solomon_generator(ec_per_block)
    data_blocks, start = [], 0
    for length in _block_layout(version, level):
        data_blocks.append(data[start:start + length])
        start += length
    ec_blocks = [reed_solomon_remainder(block, generator) for block in data_blocks]
    return _interleave(data_blocks) + _interleave(ec_blocks)


def _interleave(blocks: list[list[int]]) -> list[int]:
    longest = max(len(block) for block in blocks)
    return [block[index] for index in range(longest) for block in blocks if index < len(block)]


# --- Function patterns and codeword placement ---------------------------------------------------------------

def _alignment_positions(version: int) -> list[int]:
    """Row/column centres of the alignment patterns: 6, then evenly spaced (an even step) up to size - 7."""
    if version == 1:
        return []
    count = version // 7 + 2
    step = (version * 8 + count * 3 + 5) // (count * 4 - 4) * 2
    return [6] + [_size(version) - 7 - step * index for index in range(count - 2, -1, -1)]


def _function_patterns(version: int) -> tuple[list[list[bool]], list[list[bool]]]:
    """Modules with finders, separators, timing, alignment and dark module drawn; and which are reserved.

    Format and version areas are reserved but left light until the mask is known.
    """
    size = _size(version)
    modules = [[False] * size for _ in range(size)]
    reserved = [[False] * size for _ in range(size)]

    def draw(i: int, j: int, dark: bool) -> None:
        modules[i][j], reserved[i][j] = dark, True

    for index in range(size):
        draw(6, index, index % 2 == 0)
        draw(index, 6, index % 2 == 0)
    for centre_i, centre_j in ((3, 3), (3, size - 4), (size - 4, 3)):
        for i in range(max(centre_i - 4, 0), min(centre_i + 5, size)):  # finder plus its light separator
            for j in range(max(centre_j - 4, 0), min(centre_j + 5, size)):
                draw(i, j, max(abs(i - centre_i), abs(j - centre_j)) not in (2, 4))
    positions = _alignment_positions(version)
    finder_corners = {(6, 6), (6, size - 7), (size - 7, 6)}
    for centre_i in positions:
        for centre_j in positions:
            if (centre_i, centre_j) in finder_corners:
                continue
            for i in range(centre_i - 2, centre_i + 3):
                for j in range(centre_j - 2, centre_j + 3):
                    draw(i, j, max(abs(i - centre_i), abs(j - centre_j)) != 1)
    for copy in _format_positions(size):
        for i, j in copy:
            reserved[i][j] = True
    draw(size - 8, 8, True)  # the dark module
    if version >= 7:
        for i, j in _version_positions(size):
            reserved[i][j] = reserved[j][i] = True
    return modules, reserved


def _place_codewords(modules: list[list[bool]], reserved: list[list[bool]], codewords: list[int]) -> None:
    """Place bits, most significant first, in two-module columns zigzagging up and down from the right."""
    size = len(modules)
    bits = [bool((codeword >> shift) & 1) for codeword in codewords for shift in range(7, -1, -1)]
    next_bit = 0
    pair_rights = [right if right > 6 else right - 1 for right in range(size - 1, 0, -2)]  # skip column 6
    for right in pair_rights:
        upward = (right + 1) & 2 == 0
        for vertical in range(size):
            i = size - 1 - vertical if upward else vertical
            for j in (right, right - 1):
                if not reserved[i][j] and next_bit < len(bits):
                    modules[i][j] = bits[next_bit]
                    next_bit += 1
    # Modules left over (the remainder bits) stay light before masking, as the standard asks.


# --- Format and version information ---------------------------------------------------------------------

def _bch_code(value: int, data_bits: int, generator: int) -> int:
    """`value` followed by the remainder of value * x^(degree) modulo the generator."""
    degree = generator.bit_length() - 1
    remainder = value << degree
    for shift in range(data_bits - 1, -1, -1):
        if remainder & (1 << (shift + degree)):
            remainder ^= generator << shift
    return value << degree | remainder


def _format_positions(size: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The two copies of the 15 format bits as (row, column), least significant bit first."""
    around_top_left = [(i, 8) for i in (0, 1, 2, 3, 4, 5, 7, 8)] + [(8, j) for j in (7, 5, 4, 3, 2, 1, 0)]
    split = [(8, size - 1 - index) for index in range(8)] + [(size - 7 + index, 8) for index in range(7)]
    return around_top_left, split


def _version_positions(size: int) -> list[tuple[int, int]]:
    """The 18 version bits above the bottom-left finder as (row, column), least significant first.

    The copy left of the top-right finder is the transpose.
    """
    return [(size - 11 + index % 3, index // 3) for index in range(18)]


def _draw_format_information(modules: list[list[bool]], level: str, mask: int) -> None:
    bits = _bch_code(_LEVEL_BITS[level] << 3 | mask, 5, _FORMAT_GENERATOR) ^ _FORMAT_XOR
    for copy in _format_positions(len(modules)):
        for index, (i, j) in enumerate(copy):
            modules[i][j] = bool((bits >> index) & 1)


def _draw_version_information(modules: list[list[bool]], version: int) -> None:
    if version < 7:
        return
    bits = _bch_code(version, 6, _VERSION_GENERATOR)
    for index, (i, j) in enumerate(_version_positions(len(modules))):
        modules[i][j] = modules[j][i] = bool((bits >> index) & 1)


# --- Choosing the mask ------------------------------------------------------------------------------------

def penalty_score(matrix: Matrix) -> int:
    """The standard's penalty (7.8.3.1, Table 11) of a complete symbol; the lowest-scoring mask is kept."""
    rows = ["".join("1" if dark else "0" for dark in row) for row in matrix]
    columns = ["".join(column) for column in zip(*rows, strict=True)]
    lines = rows + columns
    return (sum(_run_penalty(line) + _finder_like_penalty(line) for line in lines)
            + _block_penalty(rows) + _balance_penalty(rows))


def _run_penalty(line: str) -> int:
    """Rule 1: each run of five or more modules of one colour costs N1 plus one per module beyond five."""
    lengths = (len(list(run)) for _, run in groupby(line))
    return sum(_N1 + length - 5 for length in lengths if length >= 5)


def _block_penalty(rows: list[str]) -> int:
    """Rule 2: each 2x2 block of one colour (overlapping blocks counted separately) costs N2."""
    blocks = 0
    for upper, lower in pairwise(rows):
        for j in range(len(upper) - 1):
            blocks += upper[j] == upper[j + 1] == lower[j] == lower[j + 1]
    return _N2 * blocks


def _finder_like_penalty(line: str) -> int:
    """Rule 3: a dark-light-dark-dark-dark-light-dark run with four light modules before or after it.

    Beyond the symbol's edge counts as light (the quiet zone). A run sharing modules with one already
    counted is not counted again, as in the reference encoders.
    """
    padded = _LIGHT_BORDER + line + _LIGHT_BORDER
    count, start = 0, 0
    while (found := padded.find(_FINDER_LIKE, start)) != -1:
        end = found + len(_FINDER_LIKE)
        if padded[found - 4:found] == _LIGHT_BORDER or padded[end:end + 4] == _LIGHT_BORDER:
            count, start = count + 1, end
        else:
            start = found + 1
    return _N3 * count


def _balance_penalty(rows: list[str]) -> int:
    """Rule 4: N4 for each full 5% step the share of dark modules is away from 50%."""
    dark = sum(row.count("1") for row in rows)
    total = len(rows) * len(rows[0])
    return _N4 * (abs(20 * dark - 10 * total) // total)


# --- Image file -------------------------------------------------------------------------------------------

def qr_svg(matrix: Matrix, module_px: int = 4, quiet_zone: int = 4) -> str:
    """An SVG image of the modules: `module_px` pixels per module, `quiet_zone` light modules around."""
    if not matrix or module_px < 1 or quiet_zone < 0:
        raise ValueError("qr_svg needs a non-empty matrix, module_px >= 1 and quiet_zone >= 0")
    side = len(matrix) + 2 * quiet_zone
    path = []
    for i, row in enumerate(matrix):
        j = 0
        for dark, run in groupby(row):
            length = len(list(run))
            if dark:
                path.append(f"M{j + quiet_zone} {i + quiet_zone}h{length}v1h-{length}z")
            j += length
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{side * module_px}" height="{side * module_px}" '
        f'viewBox="0 0 {side} {side}" shape-rendering="crispEdges">'
        f'<rect width="{side}" height="{side}" fill="#fff"/>'
        f'<path fill="#000" d="{"".join(path)}"/></svg>\n'
    )
