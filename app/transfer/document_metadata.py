"""Taking out of an exported file what would say who made it, with what, when, or from what.

Qt's PDF writer puts the title, "Qt 6.x" as producer, the time of writing and a random document
id into the file's information dictionary and its XMP packet; its OpenDocument and the ZIP it
is in carry the time of writing on every entry; its HTML names Qt (`qrichtext`) and repeats the
title. An exported file must carry the item's text and nothing else (issue 18): a file found on
a partner's laptop must not say when it was made or with which program, and a redacted file
must not keep the real title in a corner a viewer hides.

PDF values are blanked in place (each byte replaced by a space, or a digit by 0), so every offset in
the cross-reference table stays right and the file opens as before.
"""

from __future__ import annotations

import io
import re
import zipfile

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest a ZIP entry can say
_INFO_VALUE = re.compile(rb"/(Title|Author|Subject|Keywords|Creator|Producer|CreationDate|ModDate)\s*\(")
_XMP_PACKET = re.compile(rb"(<\?xpacket begin=[^>]*\?>)(.*?)(<\?xpacket end=[^>]*\?>)", re.DOTALL)
_EMPTY_XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"/>'
_FILE_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]*)>\s*<([0-9A-Fa-f]*)>\s*\]")
_HTML_TOOL = re.compile(rb'<meta name="qrichtext" content="1" ?/>')
_HTML_TITLE = re.compile(rb"<title>.*?</title>", re.DOTALL)


def _string_end(data: bytes, start: int) -> int:
    """The index of the ')' that closes the PDF literal string opened just before `start`."""
    depth, index = 1, start
    while index < len(data):
        byte = data[index]
        if byte == 0x5C:  # backslash: the next byte is escaped
            index += 2
            continue
        if byte == 0x28:
            depth += 1
        elif byte == 0x29:
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return len(data)


def scrub_pdf(data: bytes) -> bytes:
    """The PDF with its information values, XMP packet and file id blanked (same length, same offsets)."""
    out = bytearray(data)
    for match in _INFO_VALUE.finditer(data):
        end = _string_end(data, match.end())
        out[match.end():end] = b" " * (end - match.end())
    for match in _XMP_PACKET.finditer(data):
        body = match.group(2)
        if len(body) >= len(_EMPTY_XMP):
            out[match.start(2):match.end(2)] = _EMPTY_XMP + b" " * (len(body) - len(_EMPTY_XMP))
    for match in _FILE_ID.finditer(data):
        for group in (1, 2):
            out[match.start(group):match.end(group)] = b"0" * (match.end(group) - match.start(group))
    return bytes(out)


def zip_with_fixed_times(data: bytes) -> bytes:
    """The ZIP (an OpenDocument) rewritten with every entry's time set to FIXED_ZIP_TIME, order kept."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as target:
        for info, payload in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            target.writestr(fixed, payload)
    return output.getvalue()


def scrub_html(data: bytes) -> bytes:
    """Qt's HTML without the tag that names Qt and without the <title> (the heading holds the title)."""
    return _HTML_TITLE.sub(b"<title></title>", _HTML_TOOL.sub(b"", data), count=1)
