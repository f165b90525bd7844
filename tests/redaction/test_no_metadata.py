"""No export says who made it, with what, when, or from where: one test per format (issue 18).

Each test makes the file the way the window or the command line does and fails if a tool name
(Qt, Amanat, python-docx, LibreOffice), the time of writing, the vault's path or the user's name,
or the item's title outside the text itself, is in the file's metadata.
"""

from __future__ import annotations

import getpass
import io
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from amanat.app.models import ActionRow, Contact, Draft, Note
from amanat.app.transfer.document_metadata import FIXED_ZIP_TIME
from amanat.app.transfer.docx_export import docx_bytes
from amanat.app.transfer.markdown_export import markdown_bytes
from amanat.app.transfer.vcard import contacts_to_vcards

TITLE = "Zebra Quartz Report"
DRAFT = Draft(id="d", template="action-plan", title=TITLE, sections=(("summary", "متن کوتاه. Short text."),),
              rows=(ActionRow(action="Write", owner="Mina", due="2026-12-31"),))
NOTE = Note(id="n", title=TITLE, body="یک **یادداشت**.\n\n- one")
TOOLS = [b"Qt ", b"Qt4", b"Qt5", b"Qt6", b"qrichtext", b"Amanat", b"amanat", b"python-docx", b"LibreOffice",
         b"PySide", b"Microsoft Office", b"Word/"]


def _times_now() -> list[bytes]:
    now = datetime.now(UTC)
    return [now.strftime(f).encode() for f in ("%Y%m%d", "%Y-%m-%d", "D:%Y")]


def assert_no_metadata(data: bytes, *, where: str, title_allowed: bool = False) -> None:
    found = [tool for tool in TOOLS if tool in data]
    found += [when for when in _times_now() if when in data]
    found += [p for p in (str(Path.cwd()).encode(), str(Path.home()).encode()) if len(p) > 1 and p in data]
    user = getpass.getuser().encode()
    if len(user) >= 4 and re.search(rb"\b" + re.escape(user) + rb"\b", data):
        found.append(user)
    if not title_allowed and TITLE.encode() in data:
        found.append(TITLE.encode())
    assert not found, f"{where} carries metadata: {found}"


@pytest.fixture
def qt_writers(qapp: object) -> object:
    from amanat.app.ui.sections import item_documents

    return item_documents


def _pdf_metadata_parts(data: bytes) -> bytes:
    """The PDF's information dictionary, XMP packet and trailer (the rest is compressed page content)."""
    parts = re.findall(rb"/(?:Title|Author|Subject|Keywords|Creator|Producer|CreationDate|ModDate)\s*\([^)]*\)", data)
    parts += re.findall(rb"<\?xpacket begin.*?<\?xpacket end[^>]*>", data, re.DOTALL)
    parts += re.findall(rb"trailer.*", data, re.DOTALL)
    return b"\n".join(parts)


def test_pdf(qt_writers) -> None:  # type: ignore[no-untyped-def]
    for item in (DRAFT, NOTE):
        data = qt_writers.item_bytes(item, "pdf", right_to_left=False)
        assert data.startswith(b"%PDF") and b"/Producer" in data  # the keys stay, their values are blank
        assert_no_metadata(_pdf_metadata_parts(data), where="PDF metadata")
        assert not re.search(rb"uuid:[0-9a-f]", data) and b"xmp:CreateDate" not in data
        assert not re.search(rb"/ID\s*\[\s*<[0-9A-Fa-f]*[1-9A-Fa-f]", data)


def test_odt(qt_writers) -> None:  # type: ignore[no-untyped-def]
    data = qt_writers.item_bytes(DRAFT, "odt", right_to_left=True)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        assert names[0] == "mimetype" and "meta.xml" not in names
        assert {info.date_time for info in package.infolist()} == {FIXED_ZIP_TIME}
        for name in names:
            text = package.read(name)
            assert_no_metadata(text, where=f"ODT {name}", title_allowed=name == "content.xml")


def test_html(qt_writers) -> None:  # type: ignore[no-untyped-def]
    data = qt_writers.item_bytes(DRAFT, "html", right_to_left=False)
    head = data.split(b"<body", 1)[0]
    assert b"<meta name=" not in head
    assert_no_metadata(head, where="HTML head")


def test_markdown() -> None:
    for item in (DRAFT, NOTE):
        assert_no_metadata(markdown_bytes(item), where="Markdown", title_allowed=True)
        assert markdown_bytes(item).startswith(f"# {TITLE}\n".encode())


def test_docx() -> None:
    data = docx_bytes(DRAFT)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        assert not [n for n in names if n.startswith("docProps/")], names
        assert {info.date_time for info in package.infolist()} <= {FIXED_ZIP_TIME, (1980, 1, 1, 0, 0, 0)}
        for name in names:
            assert_no_metadata(package.read(name), where=f"docx {name}", title_allowed=name == "word/document.xml")


def test_vcard() -> None:
    data = contacts_to_vcards([Contact(id="c", display_name="Zahra", city="Kabul")], with_safety_fields=False)
    assert b"PRODID" not in data and b"REV:" not in data
    assert_no_metadata(data, where="vCard")
