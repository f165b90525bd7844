"""Text as a reader sees it: Markdown's marks taken out, for search results and other one-line previews.

`readable_markdown` keeps every word of a note and drops what Markdown uses to format it: heading
hashes, emphasis stars and underscores, code backticks, quote and list marks, link targets, image
addresses. It is a preview, not a renderer: what it cannot recognise it leaves as typed, and HTML is
shown as the text it is.
Positions in the result are not those of the source; snippets are cut from the result.
"""

from __future__ import annotations

import re

_LINE_PREFIX = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+)+")
_HEADING_CLOSE = re.compile(r"\s+#+\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_CODE = re.compile(r"`+([^`\n]+?)`+")
# Emphasis: runs of * or _ that open after a non-word and close before one (snake_case and 2*3*4 stay).
_STRONG_OR_EM = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
# Every pattern above needs one of these characters somewhere, or a line whose first character (after
# spaces) is a dash, a colon or a digit: a line with neither is its own readable form, stripped. Most lines
# of prose are (a date's dashes are mid-line), and the patterns cost ten scans of it.
_MARK_CHARACTER = re.compile(r"[#>*+_~`!\[<|]")


def readable_line(line: str) -> str:
    """One line of Markdown without its marks."""
    first = line.lstrip()[:1]
    if not first:
        return ""  # a blank line
    if first not in "-:" and not first.isdecimal() and not _MARK_CHARACTER.search(line):
        return line.strip()
    return _without_marks(line)


def _without_marks(line: str) -> str:
    """`readable_line` for a line that may hold marks (on any line, the same result)."""
    if _RULE.match(line) or _TABLE_RULE.match(line) or _FENCE.match(line):
        return ""
    text = _LINE_PREFIX.sub("", line)
    text = _HEADING_CLOSE.sub("", text) if line.lstrip().startswith("#") else text
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    for _ in range(3):  # nested emphasis: ***both***, **bold _and italic_**
        stripped = _STRIKE.sub(r"\1", _STRONG_OR_EM.sub(r"\2", text))
        if stripped == text:
            break
        text = stripped
    if "|" in text and text.strip().startswith("|"):
        text = " · ".join(cell.strip() for cell in text.strip().strip("|").split("|") if cell.strip())
    return text.strip()


def readable_markdown(text: str, separator: str = " ") -> str:
    """`text` without Markdown's marks, its non-empty lines joined by `separator`."""
    return separator.join(filter(None, map(readable_line, text.splitlines())))
