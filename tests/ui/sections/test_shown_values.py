"""History's diff and the Trash preview show labels in the user's language, never stored keys (issue 13)."""

from __future__ import annotations

import re

import pytest

from amanat.app.models import ActionRow, Contact, Draft
from amanat.app.ui.sections.history_dialog import HistoryDialog
from amanat.app.ui.shell.main_window import MainWindow
from tests.ui.sections.test_trash_history import trash_of

# The keys the vault stores; a user must never see them as words.
INTERNAL = ("high", "whatsapp", "phone", "signal", "un-communication", "action-plan", "review", "in-progress",
            "todo", "blocked")
LABELS = {"en": ("High", "WhatsApp", "Phone", "UN communication", "In review", "Blocked"),
          "fa": ("زیاد", "مکاتبه با سازمان ملل"),
          "ps": ("لوړ", "ملګرو ملتونو ته لیک")}


def internal_values_in(text: str) -> list[str]:
    return [key for key in INTERNAL if re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text)]


@pytest.mark.parametrize("language", sorted(LABELS))
def test_trash_preview_and_history_show_labels_not_stored_keys(  # type: ignore[no-untyped-def]
        unlocked: MainWindow, language: str) -> None:
    vault = unlocked.vault
    assert vault is not None
    contact = vault.items.add(Contact(id="", display_name="Farid", channels=(("whatsapp", "+93 700 000 000"),),
                                      preferred_channel="signal", never_contact_via=("whatsapp", "phone"),
                                      risk_level="high"))
    letter = vault.items.new_draft("un-communication", "Letter")
    vault.items.save(Draft(**{**letter.__dict__, "status": "review"}))
    plan = vault.items.new_draft("action-plan", "Plan")
    vault.items.save(Draft(**{**plan.__dict__, "rows": (ActionRow(action="Call", status="blocked"),)}))
    for item in (contact, letter, plan):
        vault.items.delete(item.id)
    unlocked.switch_language(language)
    trash = trash_of(unlocked)
    trash.reload()
    shown = []
    for item in (contact, letter, plan):
        assert trash.select_item(item.id)
        shown.append(trash.preview.toPlainText())
    history = HistoryDialog(unlocked.context, letter.id, unlocked)
    history.select_revision(1)
    shown.append(history.diff_text())
    history.close()
    text = "\n".join(shown)
    for label in LABELS[language]:
        assert label in text, (language, label)
        text = text.replace(label, "")  # "In review" is a label; "review" alone is the stored key
    assert not internal_values_in(text), (internal_values_in(text), text)


SHORT_AND_FULL = {"fa": ("تحلیل SWOT", "نقاط قوت، نقاط ضعف"), "ps": ("د SWOT شننه", "پیاوړي اړخونه")}


@pytest.mark.parametrize("language", sorted(SHORT_AND_FULL))
def test_template_names_are_short_with_the_full_name_as_a_tooltip(  # type: ignore[no-untyped-def]
        unlocked: MainWindow, language: str) -> None:
    from PySide6.QtCore import Qt

    from amanat.app.ui.sections.strategy_section import NewDraftDialog

    unlocked.switch_language(language)
    dialog = NewDraftDialog(unlocked)
    position = dialog.template.findData("swot")
    short, full = SHORT_AND_FULL[language]
    assert dialog.template.itemText(position) == short
    assert full in str(dialog.template.itemData(position, Qt.ItemDataRole.ToolTipRole))
    dialog.close()
