"""A contact's stored keys (channels, risk levels) in the user's language: the one place they are translated.

Used by the Contacts section and by the history's plain-text rendering of a contact; kept apart from
both so that neither has to import the other (translation context: "ContactsSection", as before).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def channel_labels() -> dict[str, str]:
    """CHANNELS in the user's language (the one place these keys are translated)."""
    return {
        "email": QCoreApplication.translate("ContactsSection", "Email"),
        "phone": QCoreApplication.translate("ContactsSection", "Phone"),
        "signal": QCoreApplication.translate("ContactsSection", "Signal"),
        "whatsapp": QCoreApplication.translate("ContactsSection", "WhatsApp"),
        "telegram": QCoreApplication.translate("ContactsSection", "Telegram"),
        "other": QCoreApplication.translate("ContactsSection", "Other"),
    }


def risk_level_labels() -> dict[str, str]:
    """RISK_LEVELS in the user's language, for the list and the history (the one place these keys are translated)."""
    return {"unknown": QCoreApplication.translate("ContactsSection", "Not assessed"),
            "low": QCoreApplication.translate("ContactsSection", "Low"),
            "medium": QCoreApplication.translate("ContactsSection", "Medium"),
            "high": QCoreApplication.translate("ContactsSection", "High")}
