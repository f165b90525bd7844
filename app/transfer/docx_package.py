"""The package around a Word document Amanat writes: python-docx's template without its metadata.

python-docx starts from a template made with Word for Mac in 2013: it names its creator
("python-docx"), a description, a revision, creation and change times, the application and its
version, a thumbnail, revision-session ids (rsids) and a document id. None of that, and nothing
else about who wrote the file, where or when, may leave the vault: the properties parts are not
written at all, the settings lose their ids, and the ZIP's entries all carry the same fixed time
(a ZIP entry's time is the writer's local clock, which would tell the time zone).
"""

from __future__ import annotations

import io
import zipfile

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
KEPT_TABLE_STYLES = {"TableGrid"}
# What a document needs of the template; everything else (custom XML, styles with effects, web
# settings) is dropped with its relationship.
KEPT_DOCUMENT_PARTS = {RT.STYLES, RT.SETTINGS, RT.NUMBERING, RT.FONT_TABLE, RT.THEME, RT.IMAGE}
SETTINGS_DROPPED = ("w:rsids", "w14:docId", "w15:docId", "w:savePreviewPicture", "w:attachedTemplate")
RSID_ATTRIBUTES = ("w:rsidR", "w:rsidRPr", "w:rsidSect", "w:rsidP", "w:rsidRDefault", "w:rsidTr", "w:rsidDel")


def strip_template(document: Document) -> None:
    """Drop the template's properties, thumbnail and ids before anything is written into it."""
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype != RT.OFFICE_DOCUMENT:  # core and app properties, thumbnail
            package.rels.pop(rel_id)
    for rel_id, rel in list(document.part.rels.items()):
        if not rel.is_external and rel.reltype not in KEPT_DOCUMENT_PARTS:
            document.part.rels.pop(rel_id)
    settings = document.settings.element
    for name in SETTINGS_DROPPED:
        prefix, _colon, local = name.partition(":")
        for element in settings.findall(f"{{{settings.nsmap.get(prefix, '')}}}{local}"):
            settings.remove(element)
    for element in document.element.body.iter():
        for attribute in RSID_ATTRIBUTES:
            element.attrib.pop(qn(attribute), None)
    styles = document.styles.element
    for rsid in list(styles.iter(qn("w:rsid"))):
        rsid.getparent().remove(rsid)
    # The template's hundred table styles are four fifths of its styles part: only the grid and the default stay.
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:type")) == "table" and style.get(qn("w:default")) != "1" \
                and style.get(qn("w:styleId")) not in KEPT_TABLE_STYLES:
            styles.remove(style)


def normalised_zip(data: bytes) -> bytes:
    """The same package with every entry at one fixed time and no comment or extra fields."""
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, source.read(info))
    return output.getvalue()


def saved(document: Document) -> bytes:
    """The document as .docx bytes, made in memory."""
    buffer = io.BytesIO()
    document.save(buffer)
    return normalised_zip(buffer.getvalue())
