"""Placeholder until the section is built (see issue 3)."""

from __future__ import annotations

from app.ui.section import Section


class ContactsSection(Section):
    """Placeholder section."""
