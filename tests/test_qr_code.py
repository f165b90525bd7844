"""The QR encoder against other people's work.

segno, made to use the same version and mask, must draw the same modules, and its scoring of the
standard's penalty rules must prefer the mask we chose; Debian's zbarimg must read the data back from
a PNG of the symbol. segno is needed only by the tests.
"""

from __future__ import annotations

import base64
import random
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amanat.app.qr_code import Matrix, encode, penalty_score, qr_matrix, qr_svg, smallest_version, symbol_with_mask

LEVELS = ("L", "M", "Q", "H")
# Lengths spread evenly over 0..300 (plain st.binary() stays mostly short), so versions up to 13 occur.
BYTES_UP_TO_300 = st.integers(0, 300).flatmap(lambda length: st.binary(min_size=length, max_size=length))
ZBARIMG = shutil.which("zbarimg")

# Byte-mode capacities from the standard's Table 7, for a few versions: {version: {level: bytes}}.
BYTE_CAPACITY = {
    1: {"L": 17, "M": 14, "Q": 11, "H": 7},
    6: {"L": 134, "M": 106, "Q": 74, "H": 58},
    10: {"L": 271, "M": 213, "Q": 151, "H": 119},
    27: {"L": 1465, "M": 1125, "Q": 805, "H": 625},
    40: {"L": 2953, "M": 2331, "Q": 1663, "H": 1273},
}


@pytest.fixture(scope="module")
def segno() -> Iterator[ModuleType]:
    """segno, with its known padding bug mended for as long as the module's tests run.

    segno 1.6 adds eight zero bits instead of none when the data already ends on a codeword boundary,
    which in byte mode it always does (heuer/segno#123, #148). Readers ignore everything after the
    terminator, but the pad codewords, hence the error correction and the modules, differ from the
    standard's, so the reference gets the one-line fix proposed upstream.
    """
    segno: ModuleType = pytest.importorskip("segno", reason="segno is the reference encoder (test extra)")

    def pad_to_codeword_boundary(buffer: Any, version: int, length: int) -> None:
        buffer.extend([0] * (-length % 8))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(segno.encoder, "write_padding_bits", pad_to_codeword_boundary)
        yield segno


def reference_modules(segno: ModuleType, data: bytes, level: str, version: int, mask: int) -> Matrix:
    symbol = segno.make_qr(data, error=level, version=version, mask=mask, mode="byte", boost_error=False)
    return tuple(tuple(bool(module) for module in row) for row in symbol.matrix)


@settings(max_examples=60, deadline=None)
@given(data=BYTES_UP_TO_300, level=st.sampled_from(LEVELS))
def test_modules_match_segno_at_the_same_version_and_mask(segno: ModuleType, data: bytes, level: str) -> None:
    symbol = encode(data, error_correction=level)

    smallest = segno.make_qr(data, error=level, mode="byte", boost_error=False)
    assert symbol.version == smallest.version
    assert symbol.modules == reference_modules(segno, data, level, symbol.version, symbol.mask)
    assert qr_matrix(data, error_correction=level) == symbol.modules
    assert len(symbol.modules) == 17 + 4 * symbol.version
    assert all(type(module) is bool for row in symbol.modules for module in row)


@pytest.mark.parametrize(("data", "level"), [
    (b"", "M"), (bytes(24), "H"), (random.Random(1).randbytes(150), "Q"), (random.Random(2).randbytes(1200), "L"),
], ids=["empty", "zero-bytes", "150-bytes", "1200-bytes"])
def test_every_mask_matches_segno(segno: ModuleType, data: bytes, level: str) -> None:
    version = smallest_version(len(data), level)
    for mask in range(8):
        ours = symbol_with_mask(data, level, version, mask).modules
        assert ours == reference_modules(segno, data, level, version, mask), f"mask {mask}"


@settings(max_examples=25, deadline=None)
@given(data=BYTES_UP_TO_300, level=st.sampled_from(LEVELS))
def test_the_mask_with_the_lowest_penalty_is_chosen(segno: ModuleType, data: bytes, level: str) -> None:
    # Scored on the complete symbol, format and version information included (ISO/IEC 18004:2015, 7.8.3.1
    # says so); segno itself scores before adding them, so its own choice can differ, hence its scorer.
    symbol = encode(data, error_correction=level)
    scores = []
    for mask in range(8):
        modules = symbol_with_mask(data, level, symbol.version, mask).modules
        as_bytes = tuple(bytearray(row) for row in modules)
        scores.append(sum(segno.encoder.mask_scores(as_bytes, len(modules), len(modules))))
        assert penalty_score(modules) == scores[-1], f"mask {mask}"
    assert symbol.mask == scores.index(min(scores))


@pytest.mark.parametrize("version", sorted(BYTE_CAPACITY))
@pytest.mark.parametrize("level", LEVELS)
def test_the_smallest_version_that_fits_is_chosen(version: int, level: str) -> None:
    capacity = BYTE_CAPACITY[version][level]
    assert smallest_version(capacity, level) == version
    if version < 40:
        assert smallest_version(capacity + 1, level) == version + 1
    else:
        with pytest.raises(ValueError, match="version 40"):
            qr_matrix(bytes(capacity + 1), error_correction=level)


def test_an_unknown_error_correction_level_is_refused() -> None:
    with pytest.raises(ValueError, match="error_correction"):
        qr_matrix(b"x", error_correction="X")


def test_a_mask_cannot_be_forced_onto_a_version_too_small() -> None:
    with pytest.raises(ValueError, match="version 1"):
        symbol_with_mask(bytes(15), "M", 1, 0)


@pytest.mark.parametrize(("version", "mask"), [(0, 0), (41, 0), (1, -1), (1, 8)])
def test_versions_and_masks_outside_the_standard_are_refused(version: int, mask: int) -> None:
    with pytest.raises(ValueError, match="versions are 1-40"):
        symbol_with_mask(b"", "M", version, mask)


# --- Decoding with zbarimg ----------------------------------------------------------------------------------

def write_png(matrix: Matrix, path: Path, module_px: int = 4, quiet_zone: int = 4) -> None:
    """An 8-bit greyscale PNG of the symbol, written by hand so the tests need no imaging library."""
    side = len(matrix) + 2 * quiet_zone
    scanlines = []
    for i in range(-quiet_zone, len(matrix) + quiet_zone):
        pixels = b"".join(
            (b"\x00" if 0 <= i < len(matrix) and 0 <= j < len(matrix) and matrix[i][j] else b"\xff") * module_px
            for j in range(-quiet_zone, len(matrix) + quiet_zone)
        )
        scanlines += [b"\x00" + pixels] * module_px  # filter type 0 on every scanline

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", side * module_px, side * module_px, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(scanlines)))
                     + chunk(b"IEND", b""))


def contact_card() -> bytes:
    """A contact card as the app shows it: a header and about 600 bytes of base64 lines."""
    key_material = random.Random(2024).randbytes(420)
    lines = base64.b64encode(key_material).decode("ascii")
    body = "\n".join(lines[start:start + 64] for start in range(0, len(lines), 64))
    return f"AMANAT CONTACT 1\nname: Parwana Amiri\n{body}\nEND\n".encode("ascii")


def zbarimg_reads(path: Path, *options: str) -> bytes:
    assert ZBARIMG is not None
    result = subprocess.run([ZBARIMG, "--raw", "-q", *options, str(path)], capture_output=True, timeout=30,
                            check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.skipif(ZBARIMG is None, reason="zbarimg is not installed (Debian package zbar-tools)")
@pytest.mark.parametrize(("data", "level"), [
    pytest.param(b"Amanat", "H", id="short"),
    pytest.param(contact_card(), "M", id="contact-card"),
    pytest.param("یادداشت امن: دیدار با وکیل، سه‌شنبه ساعت ۱۰ در کتابخانه".encode(), "Q", id="persian"),
    pytest.param(b"https://example.org/" + b"a" * 1480, "L", id="large"),
])
def test_zbarimg_reads_the_text_back(tmp_path: Path, data: bytes, level: str) -> None:
    write_png(qr_matrix(data, error_correction=level), tmp_path / "code.png")
    assert zbarimg_reads(tmp_path / "code.png") == data + b"\n"


@pytest.mark.skipif(ZBARIMG is None, reason="zbarimg is not installed (Debian package zbar-tools)")
def test_zbarimg_reads_binary_data_back(tmp_path: Path) -> None:
    data = random.Random(5).randbytes(200)
    write_png(qr_matrix(data, error_correction="L"), tmp_path / "code.png")
    assert zbarimg_reads(tmp_path / "code.png", "-Sbinary") == data  # no newline added in binary mode


# --- SVG --------------------------------------------------------------------------------------------------

def modules_painted_by(svg: str, quiet_zone: int) -> Matrix:
    """Read back which modules the SVG's path paints (it uses only M x y h n v1 h-n z runs)."""
    root = ET.fromstring(svg)  # noqa: S314 -- our own output
    side = int(root.attrib["viewBox"].split()[2])
    size = side - 2 * quiet_zone
    painted = [[False] * size for _ in range(size)]
    path = root.find("{http://www.w3.org/2000/svg}path")
    assert path is not None
    for run in path.attrib["d"].split("z")[:-1]:
        start, rest = run[1:].split("h", 1)
        x, y = (int(value) for value in start.split())
        for j in range(x, x + int(rest.split("v")[0])):
            painted[y - quiet_zone][j - quiet_zone] = True
    return tuple(tuple(row) for row in painted)


@pytest.mark.parametrize(("module_px", "quiet_zone"), [(4, 4), (1, 0), (10, 2)])
def test_svg_paints_exactly_the_dark_modules(module_px: int, quiet_zone: int) -> None:
    matrix = qr_matrix(contact_card())
    svg = qr_svg(matrix, module_px=module_px, quiet_zone=quiet_zone)
    root = ET.fromstring(svg)  # noqa: S314 -- our own output
    assert root.attrib["width"] == str((len(matrix) + 2 * quiet_zone) * module_px)
    assert modules_painted_by(svg, quiet_zone) == matrix


@pytest.mark.parametrize(("matrix", "module_px", "quiet_zone"), [((), 4, 4), (((True,),), 0, 4), (((True,),), 4, -1)])
def test_svg_refuses_nonsense(matrix: Matrix, module_px: int, quiet_zone: int) -> None:
    with pytest.raises(ValueError, match="qr_svg"):
        qr_svg(matrix, module_px=module_px, quiet_zone=quiet_zone)
