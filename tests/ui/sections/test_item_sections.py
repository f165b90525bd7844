"""Notes, Contacts, Strategy and Trash built on their own over a real vault, without the main window.

Each item section is constructed with the context it needs (the vault's services, settings, languages,
the clipboard guard) and wired to reload on `items_changed`, as the workspace does. The behaviour the
three item sections share through ItemEditorSection is checked once for each of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from amanat.app.errors import AmanatError
from amanat.app.models import Contact, Draft, Item, Note
from amanat.app.settings import Settings
from amanat.app.ui.sections.contacts_section import ContactsSection
from amanat.app.ui.sections.item_editor_section import ItemEditorSection
from amanat.app.ui.sections.item_list_pane import FILTER_DELAY_MS
from amanat.app.ui.sections.notes_section import NotesSection
from amanat.app.ui.sections.section import Section
from amanat.app.ui.sections.strategy_section import StrategySection
from amanat.app.ui.sections.trash_section import TrashSection
from amanat.app.ui.widgets.clipboard_guard import ClipboardGuard
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.i18n import LanguageManager
from amanat.app.vault import Vault
from tests.ui.sections.test_notes import type_text


@dataclass(frozen=True)
class ItemKind:
    """How the tests make an item of one kind, and which field of its form they type into."""

    section_class: type[ItemEditorSection]
    make: Callable[[Vault, str], str]  # (vault, title) -> id
    field: Callable[[ItemEditorSection], QWidget]
    stored: Callable[[Item], str]  # the stored value of that field


def _field(name: str) -> Callable[[ItemEditorSection], QWidget]:
    return lambda section: getattr(section, name)


KINDS = {
    "note": ItemKind(NotesSection, lambda v, t: v.items.add_note(t).id, _field("body"),
                     lambda item: item.body if isinstance(item, Note) else ""),
    "contact": ItemKind(ContactsSection, lambda v, t: v.items.add(Contact(id="", display_name=t)).id, _field("city"),
                        lambda item: item.city if isinstance(item, Contact) else ""),
    "draft": ItemKind(StrategySection, lambda v, t: v.items.new_draft("blank", t).id, _field("title"),
                      lambda item: item.title if isinstance(item, Draft) else ""),
}


@pytest.fixture
def errors() -> list[BaseException]:
    return []


@pytest.fixture
def context(qtbot, vault: Vault, tmp_path: Path, errors: list[BaseException]) -> Iterator[UiContext]:  # type: ignore[no-untyped-def]
    """What a section needs of an unlocked vault; errors are collected instead of shown in a dialog."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    languages = LanguageManager(app)
    clipboard = ClipboardGuard(30)
    shared = UiContext(vault, Settings(), languages, clipboard, tmp_path / "settings.json")
    shared.show_error = lambda _parent, error: errors.append(error)  # type: ignore[method-assign]
    yield shared
    clipboard.deleteLater()
    languages.deleteLater()


@pytest.fixture
def build(qtbot, context: UiContext) -> Iterator[Callable[[str], Section]]:  # type: ignore[no-untyped-def]
    """Build a section by kind, shown, reloading on `items_changed` as the workspace makes it; forgotten (as on
    lock) before the vault closes."""
    built: list[Section] = []

    def make(kind: str) -> Section:
        section: Section = TrashSection(context) if kind == "trash" else KINDS[kind].section_class(context)
        qtbot.addWidget(section)
        context.items_changed.connect(
            lambda changed, s=section, k=kind: s.reload() if changed in ("", k) or k == "trash" else None)
        section.show()
        built.append(section)
        return section

    yield make
    for section in built:
        section.forget()


def listed(section: ItemEditorSection | TrashSection) -> list[str]:
    return [section.model.index(row, 0).data() for row in range(section.model.rowCount())]


def item_section(build: Callable[[str], Section], kind: str) -> ItemEditorSection:
    section = build(kind)
    assert isinstance(section, ItemEditorSection)
    return section


def typed(section: ItemEditorSection, kind: str, text: str) -> None:
    """Type `text` at the end of the kind's test field, as keys."""
    widget = KINDS[kind].field(section)
    if isinstance(widget, QLineEdit):
        widget.end(False)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.moveCursor(widget.textCursor().MoveOperation.End)
    type_text(widget, text)


# -- what the three item sections share ----------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_filter_waits_for_a_pause_in_typing_then_asks_the_index_once(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, build, kind: str
) -> None:
    for title in ("Alpha report", "Beta plan", "Gamma list"):
        KINDS[kind].make(vault, title)
    section = item_section(build, kind)
    assert section.findChild(QLineEdit, f"{kind}Filter") is section.filter_field  # bench/gui_bench.py finds it so
    assert sorted(listed(section)) == ["Alpha report", "Beta plan", "Gamma list"]
    resets: list[str] = []
    section.model.modelReset.connect(lambda: resets.append(section.model.filter_text))
    with qtbot.waitSignal(section.model.modelReset, timeout=10 * FILTER_DELAY_MS):
        type_text(section.filter_field, "Beta")
        assert resets == [] and len(listed(section)) == 3  # four keys, no search yet
    assert listed(section) == ["Beta plan"]
    assert resets == ["Beta"]  # one search for the word, not one per key


@pytest.mark.parametrize("kind", list(KINDS))
def test_return_in_the_filter_filters_at_once_and_goes_to_the_list(qtbot, vault: Vault, build, kind: str) -> None:  # type: ignore[no-untyped-def]
    first = KINDS[kind].make(vault, "Alpha report")
    KINDS[kind].make(vault, "Beta plan")
    section = item_section(build, kind)
    section.activateWindow()
    section.filter_field.setFocus()
    type_text(section.filter_field, "Alph")
    qtbot.keyClick(section.filter_field, Qt.Key.Key_Return)
    assert listed(section) == ["Alpha report"]
    assert not section.pane.filter_timer.isActive()
    assert section.current_id == first and section.list_view.currentIndex().row() == 0


@pytest.mark.parametrize("kind", list(KINDS))
def test_moving_to_the_trash_saves_first_offers_undo_and_undo_brings_it_back(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, build, kind: str
) -> None:
    keep = KINDS[kind].make(vault, "Keep")
    gone = KINDS[kind].make(vault, "Gone")
    section = item_section(build, kind)
    trash = build("trash")
    assert isinstance(trash, TrashSection)
    section.open_item(gone)
    typed(section, kind, " last words")
    assert section.dirty
    section.delete_button.click()
    assert vault.items.is_in_trash(gone)
    assert "last words" in KINDS[kind].stored(vault.items.get(gone))  # what was typed went to the trash too
    assert listed(section) == ["Keep"] and section.current_id == keep  # the next item is shown
    assert len(listed(trash)) == 1 and listed(trash)[0].startswith("Gone")
    assert section.hint.isVisibleTo(section) and "Gone" in section.hint.text.text()
    assert section.hint.timer.isActive()  # it goes away by itself

    section.hint.undo_button.click()
    assert not vault.items.is_in_trash(gone)
    assert section.current_id == gone and not section.dirty
    assert section.model.rowCount() == 2 and listed(trash) == []
    assert section.list_view.currentIndex().row() == section.model.row_of(gone)
    assert not section.hint.isVisibleTo(section)


@pytest.mark.parametrize("kind", list(KINDS))
def test_choosing_another_item_or_leaving_the_section_saves_what_was_typed(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, build, kind: str
) -> None:
    first = KINDS[kind].make(vault, "First")
    second = KINDS[kind].make(vault, "Second")
    section = item_section(build, kind)
    section.open_item(first)
    typed(section, kind, " switched")
    section.list_view.setCurrentIndex(section.model.index(section.model.row_of(second) or 0, 0))
    assert section.current_id == second and not section.dirty
    assert "switched" in KINDS[kind].stored(vault.items.get(first))
    typed(section, kind, " hidden")
    section.hide()  # another section, or the window minimised
    assert "hidden" in KINDS[kind].stored(vault.items.get(second))


@pytest.mark.parametrize("kind", list(KINDS))
def test_an_item_that_cannot_be_saved_keeps_its_place_and_its_text(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, build, kind: str, errors: list[BaseException]
) -> None:
    first = KINDS[kind].make(vault, "First")
    second = KINDS[kind].make(vault, "Second")
    section = item_section(build, kind)
    section.open_item(second)
    section.tags.setText("x" * 65)  # longer than a tag may be
    section.tags.textEdited.emit(section.tags.text())
    section.list_view.setCurrentIndex(section.model.index(section.model.row_of(first) or 0, 0))
    assert len(errors) == 1 and isinstance(errors[0], AmanatError)
    assert section.current_id == second and section.dirty and section.tags.text() == "x" * 65
    assert section.list_view.currentIndex().row() == section.model.row_of(second)
    assert section.status_label.text().startswith("Not saved: ")


@pytest.mark.parametrize("kind", list(KINDS))
def test_lock_saves_quietly_and_leaves_no_text_in_the_section(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, build, kind: str, errors: list[BaseException]
) -> None:
    item_id = KINDS[kind].make(vault, "Secret-7731")
    section = item_section(build, kind)
    section.open_item(item_id)
    section.filter_field.setText("Secret")
    typed(section, kind, " unsaved-7731")
    section.forget()
    assert errors == []
    assert "unsaved-7731" in KINDS[kind].stored(vault.items.get(item_id))
    assert section.model.rowCount() == 0 and section.model.filter_text == ""
    texts = [w.text() for w in section.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in section.findChildren(QPlainTextEdit)]
    texts += [w.toPlainText() for w in section.findChildren(QTextEdit)]
    assert not [text for text in texts if "7731" in text]
    section.hide()  # after the lock, hiding saves nothing more
    assert vault.items.get(item_id).revision == 2


# -- what changed for one of them -------------------------------------------------------------------------------


def test_notes_filter_no_longer_searches_on_every_key(qtbot, vault: Vault, build) -> None:  # type: ignore[no-untyped-def]
    """On the old main the notes filter asked the index at each key (instant filtering)."""
    for number in range(30):
        vault.items.add_note(f"Report {number}" if number % 6 else f"Summary {number}")
    section = item_section(build, "note")
    searches: list[str] = []
    original = vault.items.search

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        searches.append(str(args[0]))
        return original(*args, **kwargs)

    vault.items.search = counted  # type: ignore[method-assign]
    try:
        type_text(section.filter_field, "Summar")
        assert searches == []
        qtbot.waitUntil(lambda: searches == ["Summar"])
    finally:
        vault.items.search = original  # type: ignore[method-assign]
    assert len(listed(section)) == 5


def test_contacts_offer_undo_after_the_trash_as_notes_do(qtbot, vault: Vault, build) -> None:  # type: ignore[no-untyped-def]
    """On the old main a contact moved to the trash said so in the status line, with no way back but Trash."""
    contact = KINDS["contact"].make(vault, "Farid")
    section = item_section(build, "contact")
    section.open_item(contact)
    section.delete_button.click()
    assert vault.items.is_in_trash(contact) and section.current_id is None
    section.hint.undo_button.click()
    assert not vault.items.is_in_trash(contact) and section.current_id == contact
    assert section.findChild(QLineEdit, "contactName").text() == "Farid"  # type: ignore[union-attr]


def test_tags_say_alt_g_everywhere_not_alt_t_which_opens_the_tools_menu(qtbot, build) -> None:  # type: ignore[no-untyped-def]
    for kind in KINDS:
        assert item_section(build, kind).tags_label.text() == "Ta&gs", kind


# -- the trash --------------------------------------------------------------------------------------------------


def test_the_trash_section_lists_restores_and_forgets(qtbot, vault: Vault, build, context: UiContext) -> None:  # type: ignore[no-untyped-def]
    note = vault.items.add_note("Testimony", "Zarghuna-4711")
    vault.items.delete(note.id)
    contact = vault.items.add(Contact(id="", display_name="Mina"))
    vault.items.delete(contact.id)
    trash = build("trash")
    notes = item_section(build, "note")
    assert isinstance(trash, TrashSection)
    assert sorted(listed(trash)) == ["Mina", "Testimony"]
    assert trash.select_item(note.id) and "Zarghuna-4711" in trash.preview.toPlainText()
    with qtbot.waitSignal(context.items_changed) as changed:
        assert trash.restore_selected() == note.id
    assert changed.args == ["note"]
    assert listed(trash) == ["Mina"] and listed(notes) == ["Testimony"]
    trash.forget()
    assert trash.model.rowCount() == 0 and trash.preview.toPlainText() == "" and trash.title.text() == ""
