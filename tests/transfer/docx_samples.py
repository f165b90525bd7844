"""What the Word tests share: the LibreOffice converter (where installed), items in English and Dari, XML reading."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path

import pytest
from lxml import etree

from amanat.app.models import ActionRow, Draft, Note

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

DARI_NOTE = Note(id="", title="گزارش هفتگی هرات", body=(
    "# دیدار با خانواده‌ها\n\nامروز با سه خانواده دیدار کردیم. **مهم:** نام‌ها محرمانه است.\nخط دوم همان بند.\n\n"
    "- نیاز به وکیل\n- نیاز به پناهگاه\n  - برای دو زن\n\n1. تماس با UNAMA\n2. نوشتن نامه\n\n"
    "| نام | ولایت |\n|---|---|\n| الف | هرات |\n| ب | کابل |\n\nA line in English inside the Dari note."))
ENGLISH_NOTE = Note(id="", title="Weekly report", body=(
    "# Meetings\n\nWe met three families. *Names* are confidential.\nSecond line.\n\n- needs a lawyer\n"
    "- needs shelter\n\n| Name | Province |\n|---|---|\n| A | Herat |\n\nیک جمله دری در یادداشت انگلیسی."))
ACTION_PLAN = Draft(id="", template="action-plan", title="برنامه عمل زمستان", sections=(
    ("summary", "هدف: امنیت مدافعان در زمستان.\nخط دوم"),), rows=(
    ActionRow("خرید بخاری", "احمد", "2026-12-20", "in-progress"),
    ActionRow("Call the donor", "Mariam", "", "todo"),
))


def png(width: int = 2, height: int = 2, *, declared: tuple[int, int] | None = None) -> bytes:
    """A real PNG (grey pixels); `declared` writes other dimensions into its header than its pixels have."""
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
    shown = declared or (width, height)
    header = struct.pack(">IIBBBBB", shown[0], shown[1], 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + b"\x80" * width for _ in range(height)))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


PNG = png()


def soffice_text(data: bytes, folder: Path, name: str = "export.docx") -> str:
    """The text LibreOffice reads from a .docx (converted to plain text), with its BOM and line ends undone."""
    assert SOFFICE is not None
    source = folder / name
    source.write_bytes(data)
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{folder / 'lo-profile'}", "--headless",
                    "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=180)
    return source.with_suffix(".txt").read_text(encoding="utf-8-sig").replace("\r\n", "\n")


def soffice_convert(source: Path, target_format: str, folder: Path) -> Path:
    """`source` converted by LibreOffice into `folder` (e.g. 'docx:MS Word 2007 XML')."""
    assert SOFFICE is not None
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{folder / 'lo-profile'}", "--headless",
                    "--convert-to", target_format, "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=180)
    return folder / (source.stem + "." + target_format.split(":")[0])


def part(data: bytes, name: str) -> etree._Element:
    """One XML part of a .docx, parsed (our own output, made in the test)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read(name))


def w(local: str) -> str:
    return f"{{{W}}}{local}"
