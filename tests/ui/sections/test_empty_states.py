"""One empty state for Notes, Contacts and Strategy, in the real window over a real vault.

While no item is open, each section shows the same widget (an icon, a heading, a sentence and a New
button) in the editor's place, says whether the section is empty or nothing is chosen yet, and offers no
Share, History or Move to trash: there is nothing to share.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from amanat.app.ui.sections.item_editor_section import ItemEditorSection
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.widgets.empty_state import EmptyState

ROWS = {"note": 0, "contact": 1, "draft": 2}
FIRST_HEADINGS = {"note": "No notes yet", "contact": "No contacts yet", "draft": "No drafts yet"}


def section(window: MainWindow, kind: str) -> ItemEditorSection:
    assert window.workspace is not None
    window.workspace.sidebar.setCurrentRow(ROWS[kind])
    shown = window.workspace.sections[kind]
    assert isinstance(shown, ItemEditorSection) and shown.isVisible()
    return shown


@pytest.mark.parametrize("kind", list(ROWS))
def test_an_empty_section_shows_the_one_empty_state(unlocked: MainWindow, kind: str) -> None:
    shown = section(unlocked, kind)
    empty = shown.editor_stack.currentWidget()
    assert type(empty) is EmptyState and empty.isVisible()
    assert empty.heading.text() == FIRST_HEADINGS[kind]
    assert empty.text.text() and empty.action.text()
    assert not empty.picture.pixmap().isNull() and empty.picture.pixmap().size() == QSize(64, 64)
    for button in (shown.share_button, shown.history_button, shown.delete_button):
        assert not button.isEnabled(), button.objectName()
    assert shown.open_share() is None


def test_share_is_disabled_on_an_empty_contacts_page_until_a_contact_is_saved(unlocked: MainWindow) -> None:
    contacts = section(unlocked, "contact")
    assert not contacts.share_button.isEnabled()
    contacts.empty_state.action.click()  # New contact: the form, still nothing to share
    assert contacts.editor_stack.currentWidget() is contacts.editor_pane
    assert not contacts.share_button.isEnabled()
    contacts.name.setText("Farid")
    contacts.mark_dirty()
    assert contacts.save()
    assert contacts.share_button.isEnabled() and contacts.history_button.isEnabled()


def test_nothing_chosen_and_nothing_left_say_different_things(unlocked: MainWindow) -> None:
    notes = section(unlocked, "note")
    notes.empty_state.action.click()  # New note: stored at once, and open
    assert notes.editor_stack.currentWidget() is notes.editor_pane
    assert notes.share_button.isEnabled()
    notes.pane.list_view.clearSelection()
    notes._show(None)  # as after the open note went to the trash from elsewhere
    assert notes.empty_state.heading.text() == "No note is open"
    notes.open_first()
    notes.delete_current()  # the last note goes to the trash
    assert notes.editor_stack.currentWidget() is notes.empty_state
    assert notes.empty_state.heading.text() == "No notes yet"
    assert not notes.share_button.isEnabled()
