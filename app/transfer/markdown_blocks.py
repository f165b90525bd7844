"""A note's Markdown as blocks a document can show: headings, paragraphs, list items and pipe tables.

Only what notes use is recognised; anything else stays text, exactly as written. A paragraph is
the lines between blank lines, kept as lines (a document shows them with line breaks), so a note
written to Word and read back keeps its text. Every pattern here is linear in the length of a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING = re.compile(r"(#{1,6})[ \t]++(.*+)")
_BULLET = re.compile(r"([ \t]*+)[-*+][ \t]++(.*+)")
_NUMBERED = re.compile(r"([ \t]*+)\d{1,9}+[.)][ \t]++(.*+)")
_TABLE_RULE = re.compile(r"\|?[ \t]*+:?-{1,}+:?[ \t]*+(?:\|[ \t]*+:?-{1,}+:?[ \t]*+)*+\|?[ \t]*+")
# **bold**, __bold__, *italic*, _italic_: the marked text may not start or end with a space.
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)([^*_\n]{1,2000}?)(?<=\S)\1"
                       r"|(?<![\w*])([*_])(?=\S)([^*_\n]{1,2000}?)(?<=\S)\3(?![\w*])")
MAX_TABLE_COLUMNS = 64


@dataclass(frozen=True)
class Block:
    """One block: kind is 'heading' (level 1-6), 'paragraph', 'bullet' or 'number' (level = nesting from 0),
    or 'table' (rows of cells)."""

    kind: str
    text: str = ""
    level: int = 0
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Span:
    """A piece of a line with its emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


def spans(line: str) -> list[Span]:
    """`line` cut where **bold** and *italic* start and end (the markers dropped); the rest as written."""
    found: list[Span] = []
    position = 0
    for match in _EMPHASIS.finditer(line):
        if match.start() > position:
            found.append(Span(line[position:match.start()]))
        if match.group(1):
            found.append(Span(match.group(2), bold=True))
        else:
            found.append(Span(match.group(4), italic=True))
        position = match.end()
    if position < len(line) or not found:
        found.append(Span(line[position:]))
    return found


def _cells(line: str) -> tuple[str, ...]:
    stripped = line.strip()
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|") and not stripped.endswith("\\|"):
        stripped = stripped[:-1]
    cells = re.split(r"(?<!\\)\|", stripped)[:MAX_TABLE_COLUMNS]
    return tuple(cell.strip().replace("\\|", "|") for cell in cells)


def _is_table_start(lines: list[str], index: int) -> bool:
    return ("|" in lines[index] and index + 1 < len(lines) and "|" in lines[index + 1]
            and _TABLE_RULE.fullmatch(lines[index + 1].strip()) is not None)


def _list_item(line: str) -> Block | None:
    for kind, pattern in (("bullet", _BULLET), ("number", _NUMBERED)):
        match = pattern.fullmatch(line)
        if match:
            indent = len(match.group(1).expandtabs(4))
            return Block(kind, match.group(2), level=min(indent // 2, 8))
    return None


def markdown_blocks(text: str) -> list[Block]:
    """The blocks of a note's Markdown, in order."""
    lines = text.replace("\r\n", "\n").split("\n")
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block("paragraph", "\n".join(paragraph)))
            paragraph.clear()

    index = 0
    while index < len(lines):
        line = lines[index]
        heading = _HEADING.fullmatch(line)
        item = _list_item(line)
        if not line.strip():
            flush()
        elif heading:
            flush()
            blocks.append(Block("heading", heading.group(2).strip().rstrip("#").strip(), len(heading.group(1))))
        elif item is not None:
            flush()
            blocks.append(item)
        elif _is_table_start(lines, index):
            flush()
            rows = [_cells(line)]
            index += 2
            while index < len(lines) and "|" in lines[index] and lines[index].strip():
                rows.append(_cells(lines[index]))
                index += 1
            width = max(len(row) for row in rows)
            blocks.append(Block("table", rows=tuple(row + ("",) * (width - len(row)) for row in rows)))
            continue
        else:
            paragraph.append(line)
        index += 1
    flush()
    return blocks


def plain_blocks(text: str) -> list[Block]:
    """A draft section's plain text as paragraphs (lines between blank lines)."""
    blocks: list[Block] = []
    for part in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")):
        if part.strip("\n"):
            blocks.append(Block("paragraph", part.strip("\n")))
    return blocks
