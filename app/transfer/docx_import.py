"""A Word document (.docx) into the vault: a note, or a draft whose headings become its template's sections.

Read (app/transfer/docx_reading.py, after app/transfer/docx_safety.py checked the file) from bytes in
memory, never from a temporary file; shaped into one item, checked as the vault will check it; then
stored with its images as encrypted attachments in one transaction, or nothing.

Into a note: the document's title (its Title paragraph, else its properties' title, else the file's
name), and its body as Markdown: headings, paragraphs (line breaks kept), bulleted and numbered
lists with their depth, tables as pipe tables, images where they stood as `![name](name)`.
A paragraph Word marks right to left that begins with a Latin word gets a right-to-left mark, so
it still reads right to left (the editor gives each paragraph the direction of its first strong
character).

Into a draft: a heading that names one of the template's sections (in English or in the user's
language: `words`) starts that section; text before the first such heading goes to the first
section, other headings stay as lines of text. Into an action plan, a table whose header names its
columns becomes its rows.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from amanat.app.attachments import AttachmentService
from amanat.app.control_characters import single_line
from amanat.app.errors import InvalidValue
from amanat.app.items import ItemService
from amanat.app.models import MAX_ROWS, MAX_TITLE_CHARS, ROW_FIELDS, TEMPLATE_SECTIONS, ActionRow, Draft, Item, Note
from amanat.app.search_text import fold_for_search
from amanat.app.transfer.document_words import ENGLISH, DocumentWords
from amanat.app.transfer.docx_export import direction
from amanat.app.transfer.docx_reading import DocBlock, DocContent, DocImage, Progress, read_docx
from amanat.app.validation import validated

DOCX_SUFFIXES = (".docx",)
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_DATE = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")


def _no_progress(_done: int, _total: int) -> None:
    return None


@dataclass(frozen=True)
class IncomingDocument:
    """The item a document makes (not stored yet) and the images to attach to it."""

    item: Note | Draft
    images: tuple[DocImage, ...] = field(default=(), repr=False)

    def __repr__(self) -> str:  # the text is the user's: never in a log
        return f"IncomingDocument(kind={self.item.kind}, images={len(self.images)})"


def _fold(text: str) -> str:
    return " ".join(fold_for_search(text).replace("_", " ").split()).rstrip(":")


def _kept_direction(text: str, right_to_left: bool) -> str:
    """`text`, with a right-to-left mark in front if Word shows it right to left but it starts in Latin."""
    if right_to_left and text and direction(text, "rtl") == "ltr":
        return "\u200f" + text
    return text


def _cell(text: str) -> str:
    return " ".join(text.split("\n")).replace("|", "\\|").strip()


def _pipe_table(rows: tuple[tuple[str, ...], ...]) -> str:
    lines = ["| " + " | ".join(_cell(c) or " " for c in rows[0]) + " |",
             "|" + "|".join("---" for _ in rows[0]) + "|"]
    lines += ["| " + " | ".join(_cell(c) or " " for c in row) + " |" for row in rows[1:]]
    return "\n".join(lines)


def _markdown(block: DocBlock, names: list[str], number: int = 1) -> str:
    text = _kept_direction(block.marked or block.text, block.right_to_left)
    if block.kind == "heading":
        return "#" * min(block.level, 6) + " " + " ".join(text.split("\n"))
    if block.kind in ("bullet", "number"):
        marker = "-" if block.kind == "bullet" else f"{number}."
        return "  " * block.level + f"{marker} " + " ".join(text.split("\n"))
    if block.kind == "table":
        return _pipe_table(block.rows)
    if block.kind == "image":
        return f"![{names[block.image]}]({names[block.image]})"
    return text


def _joined(pieces: list[tuple[str, str]]) -> str:
    """Markdown pieces (kind, text): list items one to a line, everything else between blank lines."""
    out: list[str] = []
    previous = ""
    for kind, text in pieces:
        if out:
            out.append("\n" if kind in ("bullet", "number") and previous == kind else "\n\n")
        out.append(text)
        previous = kind
    return "".join(out)


def _image_names(images: tuple[DocImage, ...]) -> list[str]:
    names: list[str] = []
    for image in images:
        name, number = image.name, 2
        while name in names:
            name = f"{Path(image.name).stem}-{number}{Path(image.name).suffix}"
            number += 1
        names.append(name)
    return names


def _title(content: DocContent, fallback: str) -> tuple[str, list[DocBlock]]:
    """The document's title, and its blocks without the title (and our own template · status line after it)."""
    blocks = list(content.blocks)
    title = ""
    index = next((i for i, b in enumerate(blocks) if b.kind == "title"), None)
    if index is not None:
        title = blocks.pop(index).text
        if index < len(blocks) and blocks[index].kind == "subtitle" and " · " in blocks[index].text:
            blocks.pop(index)
    title = single_line(title or content.property_title or fallback).strip()[:MAX_TITLE_CHARS]
    return title or "Word document", blocks


def docx_note(content: DocContent, fallback_title: str) -> IncomingDocument:
    """The note a document makes, with its images."""
    title, blocks = _title(content, fallback_title)
    names = _image_names(content.images)
    pieces: list[tuple[str, str]] = []
    counters: dict[int, int] = {}  # numbered items count up per depth until something else comes between
    for block in blocks:
        if block.kind not in ("table", "image") and not block.text.strip():
            continue
        if block.kind == "number":
            counters = {level: n for level, n in counters.items() if level <= block.level}
            counters[block.level] = counters.get(block.level, 0) + 1
        elif block.kind != "bullet":
            counters = {}
        pieces.append((block.kind, _markdown(block, names, counters.get(block.level, 1))))
    note = validated(Note(id="", title=title, body=_joined(pieces)))
    assert isinstance(note, Note)
    return IncomingDocument(note, content.images)


def date_parts(text: str) -> tuple[int, int, int] | None:
    """Year, month and day of YYYY-MM-DD or YYYY/MM/DD written in any digits; None for anything else."""
    match = _DATE.fullmatch(text.translate(_DIGITS).strip())
    if match is None:
        return None
    year, month, day = (int(part) for part in match.groups())
    return year, month, day


def iso_due(text: str) -> str | None:
    """A Gregorian due date (YYYY-MM-DD or YYYY/MM/DD, any digits) as stored; None for anything else, and for a
    year before 1600: a Solar Hijri date (the window writes them so) is not read as a Gregorian one."""
    parts = date_parts(text)
    if parts is None or parts[0] < 1600:
        return None
    try:
        return datetime.date(*parts).isoformat()
    except ValueError:
        return None


def _plan_rows(rows: tuple[tuple[str, ...], ...], words: Sequence[DocumentWords],
               due_from_text: Callable[[str], str | None]) -> list[ActionRow] | None:
    """An action plan's rows from a table whose header names at least two of its columns; None for another table."""
    titles = {_fold(title): name for w in words for title, name in zip(w.column_titles, ROW_FIELDS, strict=False)}
    columns = {index: titles[_fold(cell)] for index, cell in enumerate(rows[0]) if _fold(cell) in titles}
    if len(set(columns.values())) < 2:
        return None
    statuses = {_fold(label): key for w in words for key, label in w.row_statuses.items()}
    statuses.update({_fold(key): key for key in statuses.values()})
    found = []
    for row in rows[1:]:
        values = {name: single_line(row[index]).strip() for index, name in columns.items() if index < len(row)}
        if not any(values.values()):
            continue
        due_text = values.get("due", "")
        due = due_from_text(due_text) if due_text else ""
        action = values.get("action", "")
        if due is None:  # a date this vault cannot read back: kept in the action's words, not lost
            action, due = f"{action} ({due_text})".strip(), ""
        found.append(ActionRow(action=action, owner=values.get("owner", ""), due=due,
                               status=statuses.get(_fold(values.get("status", "")), "todo")))
    return found


def docx_draft(content: DocContent, template: str, fallback_title: str,
               words: Sequence[DocumentWords] = (ENGLISH,),
               due_from_text: Callable[[str], str | None] = iso_due) -> IncomingDocument:
    """The draft of `template` a document makes, with its images."""
    if template not in TEMPLATE_SECTIONS:
        raise InvalidValue(f"unknown template {template!r}; templates are {', '.join(TEMPLATE_SECTIONS)}")
    keys = TEMPLATE_SECTIONS[template]
    headings = {_fold(w.section_titles.get(key, key)): key for w in words for key in keys}
    headings.update({_fold(key): key for key in keys})
    plan_heading = {_fold(w.actions_heading) for w in words}
    title, blocks = _title(content, fallback_title)
    names = _image_names(content.images)
    texts: dict[str, list[tuple[str, str]]] = {key: [] for key in keys}
    current = keys[0]
    rows: list[ActionRow] = []
    for block in blocks:
        folded = _fold(block.text) if block.kind == "heading" else ""
        if folded in headings:
            current = headings[folded]
            continue
        if template == "action-plan" and folded in plan_heading:
            continue
        if template == "action-plan" and block.kind == "table" and block.rows:
            plan = _plan_rows(block.rows, words, due_from_text)
            if plan is not None:
                rows.extend(plan)
                continue
        if block.kind in ("table", "image") or block.text.strip():
            plain = DocBlock(block.kind, block.text, block.level, block.right_to_left, block.rows, block.image)
            text = _markdown(plain, names) if block.kind != "paragraph" else \
                _kept_direction(block.text, block.right_to_left)
            texts[current].append((block.kind, text.lstrip("#").strip() if block.kind == "heading" else text))
    if len(rows) > MAX_ROWS:
        raise InvalidValue(f"This Word document's action plan has more than {MAX_ROWS:,} rows. Nothing was imported.")
    draft = validated(Draft(id="", template=template, title=title,
                            sections=tuple((key, _joined(texts[key])) for key in keys), rows=tuple(rows)))
    assert isinstance(draft, Draft)
    return IncomingDocument(draft, content.images)


def read_docx_item(data: bytes, file_name: str, *, template: str | None = None,
                   words: Sequence[DocumentWords] = (ENGLISH,), progress: Progress = _no_progress,
                   due_from_text: Callable[[str], str | None] = iso_due) -> IncomingDocument:
    """The note (or, with `template`, the draft) a .docx's bytes make; refused with one clear error if hostile."""
    content = read_docx(data, progress)
    fallback = Path(file_name).stem
    if template is None:
        return docx_note(content, fallback)
    return docx_draft(content, template, fallback, words, due_from_text)


def store_docx_import(items: ItemService, attachments: AttachmentService, incoming: IncomingDocument,
                      progress: Progress = _no_progress) -> Item:
    """Store the item and its images (encrypted attachments) in one transaction: all, or nothing."""
    limit = attachments.size_limit()
    for image in incoming.images:
        if len(image.data) > limit:
            raise InvalidValue(f"An image in the document ({image.name}) is larger than the attachment limit of "
                               f"{limit:,} bytes. Nothing was imported.")
    names = _image_names(incoming.images)
    total = 1 + len(incoming.images)
    with items.atomic():
        stored = items.add(incoming.item)
        progress(1, total)
        for done, (image, name) in enumerate(zip(incoming.images, names, strict=True), start=2):
            attachments.add(stored.id, io.BytesIO(image.data), name, image.media_type)
            progress(done, total)
    return stored

