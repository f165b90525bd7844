"""The words a document made from an item needs besides the item's own text: headings, labels, statuses.

The core writes documents without Qt (the command line's `amanat export`), so it holds the English
words here; the window builds the same record from its translations (app/ui/sections/draft_labels.py
and the action plan's labels; a test checks that their English is this English), and a UN
communication may be written with the English words whatever the user's language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from amanat.app.models import ROW_FIELDS, Draft

DateText = Callable[[str], str]


def iso_date(iso: str) -> str:
    """A due date as stored (YYYY-MM-DD): what a document shows when no calendar is given."""
    return iso


ENGLISH_TEMPLATE_NAMES = {
    "blank": "Blank",
    "swot": "SWOT analysis",
    "concept-note": "Concept note",
    "action-plan": "Action plan",
    "un-communication": "UN communication",
    "meeting": "Meeting notes",
}
ENGLISH_DRAFT_STATUSES = {"draft": "Draft", "review": "In review", "final": "Final"}
ENGLISH_SECTION_TITLES = {
    "body": "Text",
    "strengths": "Strengths",
    "weaknesses": "Weaknesses",
    "opportunities": "Opportunities",
    "threats": "Threats",
    "background": "Background",
    "objectives": "Objectives",
    "activities": "Activities",
    "expected_outcomes": "Expected outcomes",
    "risks": "Risks and how to reduce them",
    "summary": "Summary",
    "alleged_victims": "Alleged victims",
    "alleged_perpetrators": "Alleged perpetrators",
    "date_and_place": "Date and place",
    "description": "Description of the facts",
    "domestic_remedies": "Domestic remedies",
    "consent": "Consent",
    "participants": "Participants",
    "agenda": "Agenda",
    "discussion": "Discussion",
    "decisions": "Decisions",
}
ENGLISH_ROW_STATUSES = {"todo": "To do", "in-progress": "In progress", "done": "Done", "blocked": "Blocked"}
ENGLISH_COLUMN_TITLES = ("Action", "Owner", "Due", "Status")


@dataclass(frozen=True)
class DocumentWords:
    """Headings and labels in one language; `date_text` shows a due date in the reader's calendar."""

    template_names: Mapping[str, str] = field(default_factory=lambda: dict(ENGLISH_TEMPLATE_NAMES))
    draft_statuses: Mapping[str, str] = field(default_factory=lambda: dict(ENGLISH_DRAFT_STATUSES))
    section_titles: Mapping[str, str] = field(default_factory=lambda: dict(ENGLISH_SECTION_TITLES))
    row_statuses: Mapping[str, str] = field(default_factory=lambda: dict(ENGLISH_ROW_STATUSES))
    column_titles: tuple[str, ...] = ENGLISH_COLUMN_TITLES  # in ROW_FIELDS order
    actions_heading: str = "Actions"
    action_items_heading: str = "Action items"  # a meeting's rows
    date_line: str = "Date: {0}"  # a meeting's date, place, and whether it was online
    place_line: str = "Place: {0}"
    online: str = "Online"
    online_place: str = "Online: {0}"
    date_text: DateText = iso_date

    def rows_heading(self, template: str) -> str:
        """The heading over a draft's rows: an action plan's actions, a meeting's action items."""
        return self.action_items_heading if template == "meeting" else self.actions_heading

    def meeting_lines(self, draft: Draft) -> tuple[str, ...]:
        """A meeting's date and place, each a line under the title ("Online" when it was)."""
        lines = []
        if draft.field("date"):
            lines.append(self.date_line.format(self.date_text(draft.field("date"))))
        place = draft.field("place")
        if draft.field("online") == "yes":
            place = self.online_place.format(place) if place else self.online
        if place:
            lines.append(self.place_line.format(place))
        return tuple(lines)

    def row_cells(self, values: Mapping[str, str]) -> tuple[str, ...]:
        """One action-plan row as the table shows it, in ROW_FIELDS order."""
        cells = []
        for name in ROW_FIELDS:
            value = values.get(name, "")
            if name == "due":
                value = self.date_text(value) if value else ""
            elif name == "status":
                value = self.row_statuses.get(value, value)
            cells.append(value)
        return tuple(cells)


ENGLISH = DocumentWords()
