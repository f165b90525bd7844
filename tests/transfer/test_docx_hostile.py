"""Hostile Word files: refused before python-docx reads them, with one clear error, and the vault unchanged."""

from __future__ import annotations

import io
import random
import string
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from lxml import etree

from amanat.app.errors import AmanatError, DamagedInput, InvalidValue
from amanat.app.models import Note
from amanat.app.transfer import docx_reading, docx_safety
from amanat.app.transfer.docx_export import docx_bytes
from amanat.app.transfer.docx_import import read_docx_item
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE, run_cli, snapshot_files
from tests.transfer.docx_samples import ENGLISH_NOTE, png

GOOD = docx_bytes(ENGLISH_NOTE)
BILLION_LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
                  b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>\n'
                  b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>'
                  b'<w:r><w:t>&d;</w:t></w:r></w:p></w:body></w:document>')
EXTERNAL_ENTITY = (b'<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                   b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                   b'<w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>')


def repacked(data: bytes, changed: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """`data`'s package with some parts replaced or added."""
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(output, "w", compression) as target:
        for info in source.infolist():
            target.writestr(info.filename, changed.pop(info.filename, source.read(info)))
        for name, payload in changed.items():
            target.writestr(name, payload)
    return output.getvalue()


def _noise(length: int, seed: int) -> str:
    """Text that does not pack well, as real prose does not (a ZIP of repeated letters is refused as a bomb)."""
    return "".join(random.Random(seed).choices(string.ascii_letters + " ", k=length))


def _body(paragraphs: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            f'wordprocessingml/2006/main"><w:body>{paragraphs}</w:body></w:document>').encode()


def patched(data: bytes, name: str, local_field: int, central_field: int, value: int, size: str = "<I") -> bytes:
    """`data` with one field of `name`'s local header and central directory entry set to `value`."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(name)
    changed = bytearray(data)
    struct.pack_into(size, changed, info.header_offset + local_field, value)
    position = 0
    while (position := data.find(b"PK\x01\x02", position + 1)) != -1:
        if data[position + 46:position + 46 + len(name)] == name.encode():
            struct.pack_into(size, changed, position + central_field, value)
    return bytes(changed)


def lying_sizes(data: bytes) -> bytes:
    """document.xml declared half its size in both headers: it inflates past what it declares."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        size = archive.getinfo("word/document.xml").file_size
    return patched(data, "word/document.xml", 22, 24, size // 2)


def _image_document(image: bytes) -> bytes:
    document = docx.Document(io.BytesIO(docx_bytes(ENGLISH_NOTE)))
    document.add_picture(io.BytesIO(png()))
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        name = next(n for n in archive.namelist() if n.startswith("word/media/"))
    return repacked(buffer.getvalue(), {name: image})


HOSTILE: dict[str, Callable[[], bytes]] = {
    "not a zip": lambda: b"Dear colleagues, this is plain text.",
    "an old .doc": lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512,
    "a zip bomb": lambda: repacked(GOOD, {"word/media/bomb.bin": b"\x00" * (docx_safety.MAX_PART_BYTES // 2)}),
    "too much unpacked": lambda: repacked(GOOD, {f"word/media/{n}.bin": b"\x00" * (40 * 2**20) for n in range(7)},
                                          compression=zipfile.ZIP_DEFLATED),
    "lying sizes": lambda: lying_sizes(GOOD),
    "too many parts": lambda: repacked(GOOD, {f"customXml/{n}.xml": b"<a/>" for n in range(docx_safety.MAX_ENTRIES)}),
    "billion laughs": lambda: repacked(GOOD, {"word/document.xml": BILLION_LAUGHS}),
    "an external entity": lambda: repacked(GOOD, {"word/document.xml": EXTERNAL_ENTITY}),
    "a DTD in UTF-16": lambda: repacked(GOOD, {"word/document.xml": EXTERNAL_ENTITY.decode().replace(
        'version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16")}),
    "a DTD in a declared other encoding": lambda: repacked(GOOD, {"word/document.xml": EXTERNAL_ENTITY.replace(
        b'version="1.0"', b'version="1.0" encoding="ISO-8859-1"')}),
    "broken XML": lambda: repacked(GOOD, {"word/document.xml": b"<w:document><w:body><w:p>"}),
    "no document part": lambda: repacked(GOOD, {"[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http:'
                                                b'//schemas.openxmlformats.org/package/2006/content-types"/>'}),
    "too many paragraphs": lambda: repacked(GOOD, {"word/document.xml": _body(
        "<w:p/>" * (docx_reading.MAX_PARAGRAPHS + 1))}),
    "too many table cells": lambda: repacked(GOOD, {"word/document.xml": _body(
        "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{r}.{c}</w:t></w:r></w:p></w:tc>"
                                               for c in range(1000)) + "</w:tr>" for r in range(201)) + "</w:tbl>")}),
    "too much text": lambda: repacked(GOOD, {"word/document.xml": _body(
        "".join(f"<w:p><w:r><w:t>{_noise(1_000_000, n)}</w:t></w:r></w:p>" for n in range(6)))}),
    "an image of ten gigapixels": lambda: _image_document(png(declared=(100_000, 100_000))),
    "an encrypted zip": lambda: patched(GOOD, "word/document.xml", 6, 8, 1, "<H"),
    "truncated": lambda: GOOD[: len(GOOD) // 2],
}


GENERIC = {"broken XML", "no document part"}  # python-docx's own refusals: "could not be read (…)"


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_documents_are_refused_with_one_clear_error(name: str, vault: Vault) -> None:
    data = HOSTILE[name]()
    with pytest.raises(AmanatError) as refused:
        read_docx_item(data, "hostile.docx")
    assert isinstance(refused.value, (DamagedInput, InvalidValue))
    assert "Nothing was imported" in str(refused.value), str(refused.value)
    assert ("could not be read" not in str(refused.value)) == (name not in GENERIC), str(refused.value)
    assert vault.items.count() == 0


def test_the_checks_run_before_python_docx_reads_anything(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[bytes] = []
    monkeypatch.setattr(docx_reading.docx, "Document", lambda stream: opened.append(stream.read()))
    with pytest.raises(DamagedInput, match="DTD"):
        read_docx_item(HOSTILE["billion laughs"](), "x.docx")
    assert opened == []


def test_python_docx_parser_resolves_no_entities_and_reads_no_network() -> None:
    """What python-docx would do if a DTD got past the check: its lxml parser leaves entities unexpanded."""
    from docx.opc import oxml as opc_oxml
    from docx.oxml import parser

    for oxml_parser in (parser.oxml_parser, opc_oxml.oxml_parser):
        element = etree.fromstring(EXTERNAL_ENTITY, oxml_parser)
        assert "root:" not in "".join(element.itertext())
        laughs = etree.fromstring(BILLION_LAUGHS, oxml_parser)
        assert len("".join(laughs.itertext())) < 100


def test_a_refused_document_leaves_the_vault_unchanged_from_the_command_line(vault_dir: Path, tmp_path: Path) -> None:
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE)
    vault.items.add(Note(id="", title="kept"))
    vault.close()
    before = snapshot_files(vault_dir)
    env = {"AMANAT_VAULT": str(vault_dir), "AMANAT_PASSPHRASE": PASSPHRASE}
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(HOSTILE["a zip bomb"]())
    result = run_cli("import", str(bomb), env=env)
    assert result.returncode != 0 and "refused" in result.stderr and "ZIP bomb" in result.stderr, result.stderr
    assert snapshot_files(vault_dir) == before
    good = tmp_path / "Weekly.docx"
    good.write_bytes(GOOD)
    dry = run_cli("import", str(good), "--as-draft", "concept-note", "--dry-run", env=env)
    assert dry.returncode == 0 and "would add a concept-note draft" in dry.stdout, dry.stderr
    assert snapshot_files(vault_dir) == before
    done = run_cli("import", str(good), env=env)
    assert done.returncode == 0 and 'added a note "Weekly report"' in done.stdout, done.stderr
