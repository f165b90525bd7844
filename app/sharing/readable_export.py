"""A group's shared items as one readable Markdown document, for someone without Amanat.

Sealed with the age scrypt recipient (a passphrase), so a partner can open it
with the standard `age -d` tool and read it in any text editor; the passphrase
travels by another way (a call, in person).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from amanat.app.models import Contact, Draft, Item, Note
from amanat.app.sharing.comment_threads import Comment, CommentThread

SECTION_TITLES = {key: key.replace("_", " ").capitalize() for key in (
    "body", "strengths", "weaknesses", "opportunities", "threats", "background", "objectives", "activities",
    "expected_outcomes", "risks", "summary", "alleged_victims", "alleged_perpetrators", "date_and_place",
    "description", "domestic_remedies", "consent")}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _item_markdown(item: Item) -> list[str]:
    lines = [f"## {item.title or '(untitled)'}", ""]
    if item.tags:
        lines += [f"Tags: {', '.join(item.tags)}", ""]
    if isinstance(item, Note):
        lines += [item.body, ""]
    elif isinstance(item, Contact):
        fields = [("Alias", item.alias), ("Organisation", item.organisation), ("Role", item.role),
                  ("Country", item.country), ("City", item.city), ("Risk level", item.risk_level),
                  ("Preferred channel", item.preferred_channel),
                  ("Never contact via", ", ".join(item.never_contact_via))]
        fields += [(channel.capitalize(), address) for channel, address in item.channels]
        lines += [f"- {label}: {value}" for label, value in fields if value]
        if item.notes:
            lines += ["", item.notes]
        lines.append("")
    elif isinstance(item, Draft):
        lines += [f"Template: {item.template} · Status: {item.status}", ""]
        for key, text in item.sections:
            lines += [f"### {SECTION_TITLES.get(key, key)}", "", text, ""]
        if item.rows:
            lines += ["| Action | Owner | Due | Status |", "|---|---|---|---|"]
            lines += [f"| {_cell(r.action)} | {_cell(r.owner)} | {r.due} | {r.status} |" for r in item.rows]
            lines.append("")
    return lines


def _author(comment: Comment) -> str:
    if comment.mine:
        return f"{comment.author_name or 'me'} (me)"
    return comment.author_name or f"someone not in my contacts ({comment.author[:4]} {comment.author[4:8]})"


def comments_markdown(threads: Sequence[CommentThread]) -> list[str]:
    """An item's comment threads as Markdown lines (quote, each comment with author and time, state)."""
    if not threads:
        return []
    lines = ["### Comments", ""]
    for thread in threads:
        where = f" ({SECTION_TITLES.get(thread.section, thread.section)})" if thread.section else ""
        state = "resolved" if thread.resolved else "open"
        quote = " ".join(thread.quote.split())
        lines += [f"> {quote}", "", f"On this passage{where}, {state}:", ""]
        for comment in thread.comments:
            when = comment.written_at.strftime("%Y-%m-%d %H:%M UTC")
            body = comment.body.replace("\n", "\n  ")
            lines.append(f"- {_author(comment)}, {when}: {body}")
        lines.append("")
    return lines


def readable_markdown(group_name: str, items: list[Item], exported_at: str,
                      comments: Mapping[str, Sequence[CommentThread]] | None = None) -> str:
    """The whole document: a heading, then every item in the order given (with its comments if given)."""
    lines = [f"# {group_name}", "", f"Exported from Amanat on {exported_at[:10]} ({len(items)} items).", ""]
    for item in items:
        lines += _item_markdown(item)
        lines += comments_markdown((comments or {}).get(item.id, ()))
    return "\n".join(lines).rstrip("\n") + "\n"
