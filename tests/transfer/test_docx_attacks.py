"""Attacks on the Word import: an XML declaration padded past the encoding check hid a UTF-7 DTD.

`docx_safety` promises that no part with a DTD, and none in an encoding but UTF-8, reaches lxml.
A declaration with 300 spaces before `encoding="UTF-7"` slipped past the check (it looked at 200
bytes), and in UTF-7 «<!DOCTYPE» is written «+ADwAIQ-DOCTYPE», which the byte search does not see.
"""

from __future__ import annotations

import pytest

from amanat.app.errors import DamagedInput
from amanat.app.transfer.docx_safety import check_package
from tests.transfer.test_docx_hostile import BILLION_LAUGHS, EXTERNAL_ENTITY, GOOD, repacked


def _in_utf7(xml: bytes, padding: str) -> bytes:
    body = xml.split(b"?>", 1)[1].decode("utf-8")
    hidden = body.encode("utf-7").replace(b"<!", b"+ADwAIQ-").replace(b"&", b"+ACY-")
    return f'<?xml version="1.0"{padding}encoding="UTF-7"?>'.encode() + hidden


@pytest.mark.parametrize("padding", [" " * 300, "\n" * 300, " " * 5000, '\tstandalone="yes"' + " " * 250])
@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion laughs", "external entity"])
def test_a_padded_declaration_cannot_hide_another_encoding(xml: bytes, padding: str) -> None:
    data = repacked(GOOD, {"word/document.xml": _in_utf7(xml, padding)})
    with pytest.raises(DamagedInput, match=r"UTF-7|encoding"):
        check_package(data)


def test_a_padded_utf8_declaration_is_still_read() -> None:
    part = b'<?xml version="1.0"' + b" " * 300 + b'encoding="UTF-8" standalone="yes"?>\n<a/>'
    check_package(repacked(GOOD, {"customXml/item1.xml": part}))
