"""The words of the Strategy section in the user's language: templates, statuses, section headings and hints."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
)


def template_names() -> dict[str, str]:
    """Template keys in the user's language."""
    return {
        "blank": QCoreApplication.translate("DraftLabels", "Blank"),
        "swot": QCoreApplication.translate("DraftLabels", "SWOT analysis"),
        "concept-note": QCoreApplication.translate("DraftLabels", "Concept note"),
        "action-plan": QCoreApplication.translate("DraftLabels", "Action plan"),
        "un-communication": QCoreApplication.translate("DraftLabels", "UN communication"),
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
    }


def draft_status_labels() -> dict[str, str]:
    """DRAFT_STATUSES in the user's language."""
    return {
        #: Status of a strategy draft: still being written
        "draft": QCoreApplication.translate("DraftLabels", "Draft"),
        "review": QCoreApplication.translate("DraftLabels", "In review"),
        #: Status of a strategy draft: finished and agreed
        "final": QCoreApplication.translate("DraftLabels", "Final"),
    }


def section_titles() -> dict[str, str]:
    """Every TEMPLATE_SECTIONS key's heading in the user's language."""
    return {
        "body": QCoreApplication.translate("DraftLabels", "Text"),
        "strengths": QCoreApplication.translate("DraftLabels", "Strengths"),
        "weaknesses": QCoreApplication.translate("DraftLabels", "Weaknesses"),
        "opportunities": QCoreApplication.translate("DraftLabels", "Opportunities"),
        "threats": QCoreApplication.translate("DraftLabels", "Threats"),
        "background": QCoreApplication.translate("DraftLabels", "Background"),
        "objectives": QCoreApplication.translate("DraftLabels", "Objectives"),
        "activities": QCoreApplication.translate("DraftLabels", "Activities"),
        "expected_outcomes": QCoreApplication.translate("DraftLabels", "Expected outcomes"),
        "risks": QCoreApplication.translate("DraftLabels", "Risks and how to reduce them"),
        "summary": QCoreApplication.translate("DraftLabels", "Summary"),
        "alleged_victims": QCoreApplication.translate("DraftLabels", "Alleged victims"),
        "alleged_perpetrators": QCoreApplication.translate("DraftLabels", "Alleged perpetrators"),
        "date_and_place": QCoreApplication.translate("DraftLabels", "Date and place"),
        "description": QCoreApplication.translate("DraftLabels", "Description of the facts"),
        "domestic_remedies": QCoreApplication.translate("DraftLabels", "Domestic remedies"),
        "consent": QCoreApplication.translate("DraftLabels", "Consent"),
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
    }
