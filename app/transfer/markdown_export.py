"""Notes and drafts as Markdown, without Qt: what `amanat export --format md` writes.

A note is its title as a heading, then its body (already Markdown). A draft is its title, its
template and status, each section under its heading, and an action plan's rows as a table
(pipes in a cell are escaped). Markdown has no way to say direction, and no metadata: the file
holds the item's text and nothing about who made it, with what, or when.
"""

from __future__ import annotations

from amanat.app.models import TEMPLATES_WITH_ROWS, Draft, Item, Note
from amanat.app.transfer.document_words import ENGLISH, DocumentWords


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|")


def _heading(level: int, text: str) -> str:
    return "#" * level + " " + " ".join(text.split())


def _table(words: DocumentWords, draft: Draft) -> list[str]:
    lines = ["| " + " | ".join(_cell(t) for t in words.column_titles) + " |",
             "|" + "---|" * len(words.column_titles)]
    for row in draft.rows:
        cells = words.row_cells({"action": row.action, "owner": row.owner, "due": row.due, "status": row.status})
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return lines


def item_markdown(item: Item, *, words: DocumentWords = ENGLISH) -> str:
    """A note or a draft as Markdown text."""
    if isinstance(item, Note):
        parts = [_heading(1, item.title or "—"), item.body.strip("\n")]
    elif isinstance(item, Draft):
        template = words.template_names.get(item.template, item.template)
        status = words.draft_statuses.get(item.status, item.status)
        parts = [_heading(1, item.title or template), f"{template} · {status}"]
        if item.template == "meeting":
            parts += list(words.meeting_lines(item))
        for key, text in item.sections:
            parts += [_heading(2, words.section_titles.get(key, key)), text.strip("\n")]
        if item.template in TEMPLATES_WITH_ROWS:
            parts += [_heading(2, words.rows_heading(item.template)), "\n".join(_table(words, item))]
    else:
        raise TypeError("only notes and drafts are written as documents")
    return "\n\n".join(part for part in parts if part) + "\n"


def markdown_bytes(item: Item, *, words: DocumentWords = ENGLISH) -> bytes:
    return item_markdown(item, words=words).encode("utf-8")
