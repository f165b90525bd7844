"""The words of the Strategy section in the user's language: templates, statuses, section headings and hints."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
)

Translate = Callable[[str, str], str]


def in_english(_context: str, text: str) -> str:
    """A `Translate` that keeps the English source (the UN communication's headings, whatever the language)."""
    return text


def template_names(translate: Translate = QCoreApplication.translate) -> dict[str, str]:
    """Template keys in the user's language."""
    return {
        "blank": translate("DraftLabels", "Blank"),
        "swot": translate("DraftLabels", "SWOT analysis"),
        "concept-note": translate("DraftLabels", "Concept note"),
        "action-plan": translate("DraftLabels", "Action plan"),
        "un-communication": translate("DraftLabels", "UN communication"),
        "meeting": translate("DraftLabels", "Meeting notes"),
    }


def template_descriptions() -> dict[str, str]:
    """The full name of each template, as a tooltip beside its short name."""
    return {
        "blank": QCoreApplication.translate("DraftLabels", "A blank draft: one section of free text"),
        "swot": QCoreApplication.translate(
            "DraftLabels", "SWOT analysis: strengths, weaknesses, opportunities and threats"),
        "concept-note": QCoreApplication.translate(
            "DraftLabels", "Concept note: background, objectives, activities, expected outcomes, risks"),
        "action-plan": QCoreApplication.translate("DraftLabels", "Action plan: who does what by when"),
        "un-communication": QCoreApplication.translate(
            "DraftLabels", "Communication to the UN Special Procedures (Special Rapporteurs)"),
        "meeting": QCoreApplication.translate(
            "DraftLabels", "Meeting notes: date, place, participants, agenda, discussion, decisions, action items"),
    }


def draft_status_labels(translate: Translate = QCoreApplication.translate) -> dict[str, str]:
    """DRAFT_STATUSES in the user's language."""
    return {
        #: Status of a strategy draft: still being written
        "draft": translate("DraftLabels", "Draft"),
        "review": translate("DraftLabels", "In review"),
        #: Status of a strategy draft: finished and agreed
        "final": translate("DraftLabels", "Final"),
    }


def section_titles(translate: Translate = QCoreApplication.translate) -> dict[str, str]:
    """Every TEMPLATE_SECTIONS key's heading in the user's language."""
    return {
        "body": translate("DraftLabels", "Text"),
        "strengths": translate("DraftLabels", "Strengths"),
        "weaknesses": translate("DraftLabels", "Weaknesses"),
        "opportunities": translate("DraftLabels", "Opportunities"),
        "threats": translate("DraftLabels", "Threats"),
        "background": translate("DraftLabels", "Background"),
        "objectives": translate("DraftLabels", "Objectives"),
        "activities": translate("DraftLabels", "Activities"),
        "expected_outcomes": translate("DraftLabels", "Expected outcomes"),
        "risks": translate("DraftLabels", "Risks and how to reduce them"),
        "summary": translate("DraftLabels", "Summary"),
        "alleged_victims": translate("DraftLabels", "Alleged victims"),
        "alleged_perpetrators": translate("DraftLabels", "Alleged perpetrators"),
        "date_and_place": translate("DraftLabels", "Date and place"),
        "description": translate("DraftLabels", "Description of the facts"),
        "domestic_remedies": translate("DraftLabels", "Domestic remedies"),
        "consent": translate("DraftLabels", "Consent"),
        "participants": translate("DraftLabels", "Participants"),
        "agenda": translate("DraftLabels", "Agenda"),
        "discussion": translate("DraftLabels", "Discussion"),
        "decisions": translate("DraftLabels", "Decisions"),
    }


def section_hints() -> dict[str, str]:
    """A short hint shown in each empty section."""
    return {
        "strengths": QCoreApplication.translate("DraftLabels", "Inside the group: what works well."),
        "weaknesses": QCoreApplication.translate("DraftLabels", "Inside the group: what holds you back."),
        "opportunities": QCoreApplication.translate("DraftLabels", "Outside: openings you could use."),
        "threats": QCoreApplication.translate("DraftLabels", "Outside: what could harm the work or people."),
        "background": QCoreApplication.translate("DraftLabels", "The situation, and why this work is needed now."),
        "objectives": QCoreApplication.translate("DraftLabels", "What will be different when this succeeds."),
        "activities": QCoreApplication.translate("DraftLabels", "What you will do, who does it, and when."),
        "expected_outcomes": QCoreApplication.translate("DraftLabels", "Concrete results someone could check."),
        "risks": QCoreApplication.translate(
            "DraftLabels", "What could go wrong for the people and the work, and how you will reduce it."),
        "summary": QCoreApplication.translate("DraftLabels", "The goal of this plan in a few sentences."),
        "alleged_victims": QCoreApplication.translate(
            "DraftLabels", "Names (or initials, without consent to disclose), sex, age, occupation, home."),
        "alleged_perpetrators": QCoreApplication.translate(
            "DraftLabels", "Who is believed responsible (authority, unit or group), and why."),
        "date_and_place": QCoreApplication.translate("DraftLabels", "When and where it happened."),
        "description": QCoreApplication.translate("DraftLabels", "What happened, in order, and how you know."),
        "domestic_remedies": QCoreApplication.translate(
            "DraftLabels", "Complaints made at home and their results, or why none was possible."),
        "consent": QCoreApplication.translate(
            "DraftLabels", "Whether the victims or their families agree to this submission and to names being shared."),
        "participants": QCoreApplication.translate("DraftLabels", "One name a line."),
        "agenda": QCoreApplication.translate("DraftLabels", "The points to discuss, in order."),
        "discussion": QCoreApplication.translate("DraftLabels", "What was said, point by point."),
        "decisions": QCoreApplication.translate("DraftLabels", "What the group agreed."),
    }
