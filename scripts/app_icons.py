"""Make the program icons the Windows and macOS builds need from the app icon's PNG files, in pure Python.

Windows wants an .ico and macOS an .icns; both formats may hold PNG images as they are, so no image
library is needed: `write_ico` and `write_icns` wrap the PNG files (resources/icons/app/amanat-SIZE.png,
from the theme) unchanged. build.spec calls them; tests/platform/test_build_branches.py reads them back.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# .icns element types that hold a PNG of a given pixel size (Apple's "iconutil" types).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG (from its IHDR chunk); ValueError if it is not a PNG."""
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def app_icon_pngs(folder: Path) -> dict[int, bytes]:
    """The square PNGs in `folder` named amanat-SIZE.png, by size."""
    found = {}
    for path in sorted(folder.glob("amanat-*.png")):
        match = re.fullmatch(r"amanat-(\d+)\.png", path.name)
        data = path.read_bytes()
        if match and png_size(data) == (int(match[1]), int(match[1])):
            found[int(match[1])] = data
    return found


def write_ico(pngs: dict[int, bytes], target: Path) -> Path:
    """An .ico holding each PNG (256 pixels at most, as Windows reads them)."""
    images = [(size, data) for size, data in sorted(pngs.items()) if size <= 256]
    if not images:
        raise ValueError("no PNG of 256 pixels or less")
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        side = 0 if size == 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    target.write_bytes(header + entries + blobs)
    return target


def write_icns(pngs: dict[int, bytes], target: Path) -> Path:
    """An .icns holding each PNG whose size macOS has an element type for."""
    elements = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(data)) + data
                        for size, data in sorted(pngs.items()) if size in ICNS_TYPES)
    if not elements:
        raise ValueError("no PNG of a size .icns holds")
    target.write_bytes(b"icns" + struct.pack(">I", 8 + len(elements)) + elements)
    return target
