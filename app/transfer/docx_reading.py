"""What a Word document says, read with python-docx after app/transfer/docx_safety.py let it through.

The body is walked in order: paragraphs (with their heading level, list kind and depth, and whether
Word marks them right to left), tables (rows of cell texts) and the images paragraphs show (their
bytes, to become encrypted attachments). The text is the document as it reads with tracked changes
accepted: insertions kept, deletions left out, and what Word writes twice for older readers (a text
box's fallback drawing) read once. Everything is counted against limits while it is walked.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import docx
from docx.document import Document
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from lxml import etree

from amanat.app.control_characters import printable
from amanat.app.errors import DamagedInput, InvalidValue
from amanat.app.models import MAX_TEXT_CHARS
from amanat.app.transfer.docx_safety import check_package

Progress = Callable[[int, int], None]
MAX_PARAGRAPHS = 100_000
MAX_TABLE_CELLS = 200_000
MAX_IMAGES = 500
MAX_IMAGE_BYTES = 50 * 2**20
MAX_IMAGE_PIXELS = 100_000_000  # 10,000 × 10,000: any photo; more is a decompression bomb for whoever shows it
R_EMBED, R_ID = qn("r:embed"), qn("r:id")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIPPED = {qn("w:del"), qn("w:moveFrom"), _FALLBACK, qn("w:instrText"), qn("w:delText"), qn("w:rPr"), qn("w:pPr")}
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_IMAGEDATA = "{urn:schemas-microsoft-com:vml}imagedata"
_PPR, _PSTYLE, _VAL, _RPR = qn("w:pPr"), qn("w:pStyle"), qn("w:val"), qn("w:rPr")
_HEADING_NAME = re.compile(r"(?i)heading\s*([1-9])")


def _no_progress(_done: int, _total: int) -> None:
    return None


@dataclass(frozen=True)
class DocImage:
    """An image the document shows, as its bytes (not stored yet)."""

    name: str
    data: bytes
    media_type: str


@dataclass(frozen=True)
class DocBlock:
    """kind: 'title', 'subtitle', 'heading' (level 1-9), 'paragraph', 'bullet' or 'number' (level from 0),
    'table' (rows), or 'image' (index into the images)."""

    kind: str
    text: str = ""
    level: int = 0
    right_to_left: bool = False
    rows: tuple[tuple[str, ...], ...] = ()
    image: int = -1
    marked: str = ""  # the text as Markdown, bold and italic marked (paragraphs and list items)


@dataclass(frozen=True)
class DocContent:
    """A document's blocks in order, its images, and the title its properties give (may be '')."""

    blocks: tuple[DocBlock, ...]
    images: tuple[DocImage, ...]
    property_title: str = ""


def _outline_level(element: etree._Element | None) -> int:
    """1-9 for a paragraph outlined as a heading; 0 for none (Word's level 9 is body text)."""
    value = element.get(qn("w:val"), "") if element is not None else ""
    return int(value) + 1 if value.isdigit() and int(value) < 9 else 0


def _pixels(data: bytes) -> int | None:
    """Width × height from a PNG, GIF or JPEG header; None for other formats or a header not understood."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width) * int(height)
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return int(width) * int(height)
    if data[:2] == b"\xff\xd8":
        position = 2
        while position + 9 < len(data) and data[position] == 0xFF:
            marker, length = data[position + 1], struct.unpack(">H", data[position + 2:position + 4])[0]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", data[position + 5:position + 9])
                return int(width) * int(height)
            position += 2 + length
    return None


_B, _BCS, _I, _ICS = qn("w:b"), qn("w:bCs"), qn("w:i"), qn("w:iCs")


def _on(properties: etree._Element, tag: str) -> bool:
    found = properties.find(tag)
    return found is not None and found.get(_VAL, "1") not in ("0", "false", "off")


def _emphasis(run: etree._Element) -> int:
    properties = run.find(_RPR)
    if properties is None:
        return 0
    return (1 if _on(properties, _B) or _on(properties, _BCS) else 0) + \
        (2 if _on(properties, _I) or _on(properties, _ICS) else 0)


def _marked(pieces: list[tuple[str, int]]) -> str:
    """Pieces of text joined, runs of the same emphasis together, bold as **…** and italic as *…*
    (spaces and line breaks at their ends kept outside the markers, where Markdown needs them)."""
    texts: list[str] = []
    kinds: list[int] = []
    for text, emphasis in pieces:
        if kinds and kinds[-1] == emphasis:
            texts[-1] += text
        else:
            texts.append(text)
            kinds.append(emphasis)
    out = []
    for text, emphasis in zip(texts, kinds, strict=True):
        core = text.strip()
        if not emphasis or not core or "*" in core:
            out.append(text)
            continue
        marker = {1: "**", 2: "*", 3: "***"}[emphasis]
        start = text.index(core[0])
        out.append(f"{text[:start]}{marker}{core}{marker}{text[start + len(core):]}")
    return "".join(out)


@dataclass(frozen=True)
class _Style:
    """What the reader needs of a paragraph style: its name, its paragraph properties, the style it is based on."""

    name: str
    properties: etree._Element | None
    based_on: str


def _paragraph_styles(document: Document) -> tuple[dict[str, _Style], str]:
    """The paragraph styles by id (read from the parsed styles part), and the id of the default one."""
    styles: dict[str, _Style] = {}
    default = ""
    for element in document.styles.element.findall(qn("w:style")):
        if element.get(qn("w:type"), "paragraph") != "paragraph":
            continue
        style_id = element.get(qn("w:styleId"), "")
        name, based_on = element.find(qn("w:name")), element.find(qn("w:basedOn"))
        styles[style_id] = _Style(name.get(_VAL, "") if name is not None else "", element.find(_PPR),
                                  based_on.get(_VAL, "") if based_on is not None else "")
        if element.get(qn("w:default")) in ("1", "true", "on"):
            default = style_id
    return styles, default


class _Reader:
    """One walk over a document's body."""

    def __init__(self, document: Document, progress: Progress) -> None:
        self.document = document
        self.progress = progress
        self.blocks: list[DocBlock] = []
        self.images: list[DocImage] = []
        self.image_ids: dict[str, int] = {}
        self.characters = 0
        self.styles, self.default_style = _paragraph_styles(document)
        self._formats = self._numbering_formats()

    def _numbering_formats(self) -> dict[tuple[str, str], str]:
        """(numId, ilvl) → numFmt ('bullet', 'decimal', …) from the numbering part, if any."""
        try:
            numbering = self.document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return {}
        abstract = {}
        for definition in numbering.findall(qn("w:abstractNum")):
            levels = {level.get(qn("w:ilvl")): level.find(qn("w:numFmt")) for level in definition.findall(qn("w:lvl"))}
            abstract[definition.get(qn("w:abstractNumId"))] = {
                ilvl: (fmt.get(qn("w:val")) if fmt is not None else "") for ilvl, fmt in levels.items()}
        formats = {}
        for num in numbering.findall(qn("w:num")):
            reference = num.find(qn("w:abstractNumId"))
            levels = abstract.get(reference.get(qn("w:val")) if reference is not None else None, {})
            for ilvl, fmt in levels.items():
                formats[(num.get(qn("w:numId")), ilvl)] = fmt or ""
        return formats

    # -- text -------------------------------------------------------------

    def _text(self, element: etree._Element, pictures: list[str]) -> tuple[str, str]:
        """The element's text as it reads, and the same as Markdown with bold and italic marked."""
        pieces: list[tuple[str, int]] = []  # (text, 1 for bold + 2 for italic)

        def walk(node: etree._Element, emphasis: int) -> None:
            for child in node:
                tag = child.tag
                if tag in _SKIPPED or not isinstance(tag, str):
                    continue
                if tag == qn("w:t"):
                    pieces.append((child.text or "", emphasis))
                elif tag == qn("w:tab"):
                    pieces.append(("\t", emphasis))
                elif tag in (qn("w:br"), qn("w:cr")):
                    if child.get(qn("w:type")) in (None, "textWrapping"):
                        pieces.append(("\n", 0))
                elif tag == qn("w:noBreakHyphen"):
                    pieces.append(("-", emphasis))
                elif tag == _BLIP and child.get(R_EMBED):
                    pictures.append(child.get(R_EMBED) or "")
                elif tag == _IMAGEDATA and child.get(R_ID):
                    pictures.append(child.get(R_ID) or "")
                elif tag == qn("w:r"):
                    walk(child, _emphasis(child))
                else:
                    walk(child, emphasis)

        walk(element, 0)
        text = printable("".join(piece for piece, _ in pieces))
        self.characters += len(text)
        if self.characters > MAX_TEXT_CHARS:
            raise InvalidValue(f"This Word document holds more than {MAX_TEXT_CHARS:,} characters of text, "
                               "more than a note can; split it in Word first. Nothing was imported.")
        return text, printable(_marked(pieces))

    def _property(self, paragraph: etree._Element, name: str) -> etree._Element | None:
        """A paragraph property, set on the paragraph or inherited from its style and the styles it is based on."""
        tag = qn(name)
        properties = paragraph.find(_PPR)
        found = properties.find(tag) if properties is not None else None
        style_ref = properties.find(_PSTYLE) if properties is not None else None
        style = self.styles.get(style_ref.get(_VAL, "") if style_ref is not None else self.default_style)
        depth = 0
        while found is None and style is not None and depth < 20:  # a loop of basedOn ends here too
            found = style.properties.find(tag) if style.properties is not None else None
            style = self.styles.get(style.based_on)
            depth += 1
        return found

    def _paragraph(self, paragraph: etree._Element) -> None:
        pictures: list[str] = []
        text, marked = self._text(paragraph, pictures)
        bidi = self._property(paragraph, "w:bidi")
        rtl = bidi is not None and bidi.get(qn("w:val"), "1") not in ("0", "false", "off")
        style_ref = paragraph.find(f"{_PPR}/{_PSTYLE}")
        style = self.styles.get(style_ref.get(_VAL, "")) if style_ref is not None else None
        name = style.name if style is not None else ""
        heading = _HEADING_NAME.fullmatch(name.strip())
        outline = self._property(paragraph, "w:outlineLvl")
        numbering = self._property(paragraph, "w:numPr")
        if name.lower() in ("title", "subtitle") and text.strip():
            self.blocks.append(DocBlock(name.lower(), text.strip(), right_to_left=rtl))
        elif (heading or _outline_level(outline)) and text.strip():
            level = int(heading.group(1)) if heading else _outline_level(outline)
            self.blocks.append(DocBlock("heading", text.strip(), level=min(max(level, 1), 9), right_to_left=rtl))
        elif numbering is not None or name.lower().startswith(("list bullet", "list number")):
            self.blocks.append(self._list_item(text, marked, name, numbering, rtl))
        elif text.strip() or not pictures:
            self.blocks.append(DocBlock("paragraph", text, right_to_left=rtl, marked=marked))
        for rel_id in pictures:
            self._image(rel_id)

    def _list_item(self, text: str, marked: str, style_name: str, numbering: etree._Element | None,
                   rtl: bool) -> DocBlock:
        kind = "number" if "number" in style_name.lower() else "bullet"
        level = 0
        if numbering is not None:
            num_id, ilvl = numbering.find(qn("w:numId")), numbering.find(qn("w:ilvl"))
            level_value = ilvl.get(qn("w:val"), "0") if ilvl is not None else "0"
            fmt = self._formats.get((num_id.get(qn("w:val")) if num_id is not None else "", level_value))
            if fmt is not None:
                kind = "bullet" if fmt in ("bullet", "none", "") else "number"
            level = int(level_value) if level_value.isdigit() else 0
        styled_level = style_name.strip()[-1:]
        if not level and styled_level.isdigit():  # "List Bullet 2": the style, not the numbering, says how deep
            level = int(styled_level) - 1
        return DocBlock(kind, text, level=min(level, 8), right_to_left=rtl, marked=marked)

    def _image(self, rel_id: str) -> None:
        if rel_id in self.image_ids:
            self.blocks.append(DocBlock("image", image=self.image_ids[rel_id]))
            return
        part = self.document.part.related_parts.get(rel_id)
        if part is None or not part.content_type.startswith("image/"):
            return  # a link to an outside file, or not an image: nothing is fetched
        if len(self.images) >= MAX_IMAGES:
            raise InvalidValue(f"This Word document shows more than {MAX_IMAGES} images. Nothing was imported.")
        data = part.blob
        pixels = _pixels(data)
        if len(data) > MAX_IMAGE_BYTES or (pixels is not None and pixels > MAX_IMAGE_PIXELS):
            raise InvalidValue(f"An image in this Word document ({part.partname.filename}) is too large to keep "
                               f"(over {MAX_IMAGE_BYTES // 2**20} MiB or {MAX_IMAGE_PIXELS:,} pixels). "
                               "Nothing was imported.")
        self.image_ids[rel_id] = len(self.images)
        self.images.append(DocImage(part.partname.filename, data, part.content_type))
        self.blocks.append(DocBlock("image", image=self.image_ids[rel_id]))

    def _table(self, table: etree._Element) -> None:
        rows = []
        for row in table.findall(qn("w:tr")):  # a nested table's text is read with the cell that holds it
            cells = []
            for cell in row.findall(qn("w:tc")):
                pictures: list[str] = []
                cells.append("\n".join(self._text(p, pictures)[0] for p in cell.iter(qn("w:p"))))
            rows.append(tuple(cells))
        width = max((len(row) for row in rows), default=0)
        if width:
            self.blocks.append(DocBlock("table", rows=tuple(row + ("",) * (width - len(row)) for row in rows)))

    def _children(self, body: etree._Element) -> Iterator[etree._Element]:
        for child in body:
            if child.tag == qn("w:sdt"):  # a content control (a cover page, a table of contents): its content
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from self._children(content)
            elif child.tag in (qn("w:p"), qn("w:tbl")):
                yield child

    def read(self) -> DocContent:
        body = self.document.element.body
        if sum(1 for _ in body.iter(qn("w:tc"))) > MAX_TABLE_CELLS:
            raise InvalidValue(f"This Word document's tables have more than {MAX_TABLE_CELLS:,} cells. "
                               "Nothing was imported.")
        if sum(1 for _ in body.iter(qn("w:p"))) > MAX_PARAGRAPHS:
            raise InvalidValue(f"This Word document has more than {MAX_PARAGRAPHS:,} paragraphs; split it in Word "
                               "first. Nothing was imported.")
        children = list(self._children(body))
        for done, child in enumerate(children, start=1):
            if child.tag == qn("w:p"):
                self._paragraph(child)
            else:
                self._table(child)
            if done % 200 == 0 or done == len(children):
                self.progress(done, len(children))
        title = printable(self.document.core_properties.title or "").strip()
        return DocContent(tuple(self.blocks), tuple(self.images), title)


def read_docx(data: bytes, progress: Progress = _no_progress) -> DocContent:
    """The blocks and images of a .docx given as bytes; DamagedInput or InvalidValue (with the reason) if refused."""
    check_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
        return _Reader(document, progress).read()
    except (InvalidValue, DamagedInput):
        raise
    except (KeyError, ValueError, TypeError, AttributeError, IndexError, LookupError, NotImplementedError,
            etree.LxmlError, RecursionError, struct.error, OpcError, zipfile.BadZipFile) as error:
        raise DamagedInput(f"This Word document could not be read ({type(error).__name__}); it may be damaged. "
                           "Nothing was imported.") from None
