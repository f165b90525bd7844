"""A Word file is hostile until checked: its ZIP and its XML are looked at before python-docx reads a byte.

python-docx reads every part of the package into memory and parses its XML with lxml, so a small
file could ask for gigabytes: a ZIP bomb (a part that inflates a thousandfold, or many parts
sharing one compressed run), a billion-laughs or external-entity DTD, an XML part in an encoding
that hides such a DTD from a byte check. `check_package` refuses all of these with one
`DamagedInput` saying why, reading the ZIP with the standard library only and inflating each part
in bounded pieces, in memory, counting what comes out against what the directory declared.
python-docx's own parser is lxml with entities left unresolved and no network (checked by a test);
no part with a DTD reaches it, since Word and LibreOffice never write one.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from amanat.app.errors import DamagedInput

MAX_DOCX_BYTES = 64 * 2**20
MAX_ENTRIES = 2_000
MAX_UNPACKED_BYTES = 256 * 2**20  # all parts together, inflated
MAX_PART_BYTES = 96 * 2**20  # one part, inflated (a long report's document.xml is a few MiB)
MAX_RATIO = 100  # inflated / compressed, for parts over RATIO_FLOOR: XML packs 5-20 times, bombs thousands
RATIO_FLOOR = 2**20
READ_PIECE = 2**20
# The first bytes by which libxml2 recognises an XML document in UTF-16, UCS-4 or EBCDIC (with or
# without a byte order mark): a DTD in them would not show in a byte search, so they are refused.
_OTHER_ENCODINGS = (b"\xfe\xff", b"\xff\xfe", b"\x00\x00\xfe\xff", b"\x00\x00\x00<", b"<\x00\x00\x00",
                    b"\x00\x00<\x00", b"\x00<\x00\x00", b"\x00<\x00?", b"<\x00?\x00", b"Lo\xa7\x94")
# The whole declaration is read, however much white space pads it (a check of its first 200 bytes let
# `<?xml version="1.0"` + 300 spaces + `encoding="UTF-7"?>` through, with a DTD hidden in UTF-7).
_DECLARED_ENCODING = re.compile(rb"""\bencoding\s*=\s*["']([^"']*)["']""")
_DTD = (b"<!DOCTYPE", b"<!ENTITY", b"<!doctype", b"<!entity", b"<!ELEMENT", b"<!ATTLIST")
UTF8_BOM = b"\xef\xbb\xbf"


def _refuse(reason: str) -> DamagedInput:
    return DamagedInput(f"This Word document was refused: {reason}. Nothing was imported.")


def _check_xml(name: str, data: bytes) -> None:
    """An XML part must be UTF-8 and carry no DTD (the only way to entities, internal or external)."""
    start = data.removeprefix(UTF8_BOM).lstrip(b" \t\r\n")
    if data[:4].startswith(_OTHER_ENCODINGS) or start[:4].startswith(_OTHER_ENCODINGS):
        raise _refuse(f"its part {name} is written in an encoding Word does not use")
    if not start.startswith(b"<"):
        return  # not XML (an image, a font): python-docx keeps it as bytes and never parses it
    if start.startswith(b"<?xml"):
        end = start.find(b"?>")
        declaration = start[:end if end >= 0 else len(start)]
        declared = _DECLARED_ENCODING.search(declaration)
        encoding = b"" if declared is None else declared.group(1).strip().lower().replace(b"_", b"-")
        if b"encoding" in declaration and encoding not in (b"utf-8", b"utf8"):
            shown = (declared.group(1)[:40].decode("ascii", "replace") if declared else "an unreadable encoding")
            raise _refuse(f"its part {name} is written in {shown}, not UTF-8")
    if b"\x00" in data:
        raise _refuse(f"its part {name} holds NUL bytes")
    if any(marker in data for marker in _DTD):
        raise _refuse(f"its part {name} declares a DTD (entities), which Word never writes")


def _inflated(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    """The part's bytes, inflated piece by piece; refused as soon as they exceed what was declared or allowed."""
    pieces: list[bytes] = []
    total = 0
    with archive.open(info) as stream:
        while piece := stream.read(READ_PIECE):
            total += len(piece)
            if total > info.file_size or total > budget:
                raise _refuse(f"its part {info.filename} inflates beyond its declared size")
            pieces.append(piece)
    return b"".join(pieces)


def _check_directory(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _refuse(f"it holds more than {MAX_ENTRIES:,} parts")
    if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
        raise _refuse(f"its parts would take more than {MAX_UNPACKED_BYTES // 2**20} MiB unpacked")
    names: set[str] = set()
    for info in infos:
        if info.file_size > MAX_PART_BYTES:
            raise _refuse(f"its part {info.filename} would take more than {MAX_PART_BYTES // 2**20} MiB")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refuse(f"its part {info.filename} is packed {info.file_size // max(info.compress_size, 1):,} "
                          "times over, as only a ZIP bomb is")
        if info.flag_bits & 0x1:
            raise _refuse("it is encrypted with a password (open it in Word and save it without one)")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse(f"its part {info.filename} is packed in a way Word does not use")
        if info.filename.lower() in names:
            raise _refuse(f"it holds the part {info.filename} twice")
        names.add(info.filename.lower())
    if "[content_types].xml" not in names:
        raise _refuse("it is not a Word document (no [Content_Types].xml)")
    return infos


def check_package(data: bytes) -> None:
    """Refuse `data` unless it is a ZIP a Word document could be, small enough unpacked, with clean XML."""
    if len(data) > MAX_DOCX_BYTES:
        raise _refuse(f"it is larger than {MAX_DOCX_BYTES // 2**20} MiB")
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise _refuse("it is an old Word document (.doc) or a password-protected one; save it as .docx in Word "
                      "or LibreOffice first")
    if not data.startswith(b"PK\x03\x04"):
        raise _refuse("it is not a Word document (.docx is a ZIP file, and this is not one)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = _check_directory(archive)
            budget = MAX_UNPACKED_BYTES
            for info in infos:
                part = _inflated(archive, info, budget)
                budget -= len(part)
                _check_xml(info.filename, part)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError,
            NotImplementedError, RuntimeError) as error:
        raise _refuse(f"its ZIP is damaged ({type(error).__name__})") from None
