"""The Notes section in the real window over a real vault: write, filter, pin, attach, lock, Dari."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QModelIndex, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from amanat.app.errors import AmanatError
from amanat.app.models import Note
from amanat.app.ui.models.attachment_list_model import AttachmentListModel
from amanat.app.ui.models.item_list_model import IdRole, ItemListModel, PinnedRole
from amanat.app.ui.sections.attachment_views import add_file_in_this_thread
from amanat.app.ui.sections.image_view_dialog import ImageViewDialog
from amanat.app.ui.sections.notes_section import NotesSection
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.widgets.tags import parse_tags
from amanat.app.ui.widgets.workers import Cancelled
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE

CTRL = Qt.KeyboardModifier.ControlModifier
KEHEH_TITLE = "گزارش کابل"  # stored with the Persian keheh (U+06A9)
KAF_QUERY = "\u0643ابل"  # typed with the Arabic kaf (U+0643), as many keyboards do


def notes_of(window: MainWindow) -> NotesSection:
    assert window.workspace is not None
    section = window.workspace.sections["note"]
    assert isinstance(section, NotesSection)
    return section


def vault_of(window: MainWindow) -> Vault:
    assert window.vault is not None
    return window.vault


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Dari included, as key presses (QTest.keyClicks knows only ASCII)."""
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, char, Qt.KeyboardModifier.NoModifier)


def listed_titles(section: NotesSection) -> list[str]:
    return [section.model.index(row, 0).data() for row in range(section.model.rowCount())]


def new_note_by_keyboard(qtbot, window: MainWindow, title: str, body: str = "", tags: str = "") -> str:  # type: ignore[no-untyped-def]
    """Ctrl+N, type over the selected title, fill tags and text, Ctrl+S; returns the id."""
    section = notes_of(window)
    qtbot.keyClick(section.list_view, Qt.Key.Key_N, CTRL)
    item_id = section.current_id
    assert item_id is not None
    assert QApplication.focusWidget() is section.title and section.title.selectedText() == QCoreApplication.translate(
        "NotesSection", "Untitled note"
    )
    type_text(section.title, title)
    if tags:
        type_text(section.tags, tags)
    if body:
        section.tabs.setCurrentIndex(0)
        type_text(section.body, body)
    assert section.dirty
    qtbot.keyClick(section.body, Qt.Key.Key_S, CTRL)
    assert not section.dirty
    return item_id


def png_bytes(width: int = 8, height: int = 6, colour: str = "#d02020") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


# -- writing and finding ----------------------------------------------------


def test_ctrl_n_then_typing_and_ctrl_s_stores_the_note(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = notes_of(unlocked)
    item_id = new_note_by_keyboard(qtbot, unlocked, "Safe house list", "# Contacts\n\nMeet at *noon*.",
                                   "shelter، kabul, urgent")
    stored = vault_of(unlocked).items.get(item_id)
    assert isinstance(stored, Note)
    assert stored.title == "Safe house list"
    assert stored.body == "# Contacts\n\nMeet at *noon*."
    assert stored.tags == ("shelter", "kabul", "urgent")  # the Arabic comma separates tags too
    assert section.status_label.text() == "Saved."
    qtbot.waitUntil(lambda: listed_titles(section) == ["Safe house list"])
    assert section.list_view.currentIndex().data(IdRole) == item_id
    section.tabs.setCurrentIndex(1)
    assert "Meet at noon." in section.preview.toPlainText()
    assert section.preview.document().toMarkdown().count("#") == 1  # rendered as a heading


def test_the_filter_finds_keheh_typed_as_arabic_kaf(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = notes_of(unlocked)
    vault_of(unlocked).items.add_note("Budget 2025", "numbers")
    unlocked.context.items_changed.emit("note")  # type: ignore[union-attr]
    new_note_by_keyboard(qtbot, unlocked, KEHEH_TITLE, "وضعیت مدافعان")
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    section.filter_field.setFocus()
    type_text(section.filter_field, KAF_QUERY)
    qtbot.waitUntil(lambda: listed_titles(section) == [KEHEH_TITLE])
    section.filter_field.clear()
    qtbot.waitUntil(lambda: sorted(listed_titles(section)) == sorted(["Budget 2025", KEHEH_TITLE]))
    qtbot.keyClick(section.list_view, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is section.filter_field


def test_the_preview_follows_no_link_and_reads_no_file(qtbot, unlocked: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    section = notes_of(unlocked)
    picture = tmp_path / "local.png"
    picture.write_bytes(png_bytes())
    url = picture.as_uri()
    new_note_by_keyboard(qtbot, unlocked, "Links", f"![local]({url})\n\n[outside](https://example.org/)")
    section.toggle_preview()
    assert section.tabs.currentWidget() is section.preview
    loaded = section.preview.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl(url))
    assert loaded is None or loaded.isNull()  # the picture on disk was not read
    assert not section.preview.openLinks() and not section.preview.openExternalLinks()
    section.preview.anchorClicked.emit(QUrl("https://example.org/"))
    assert section.preview.source().isEmpty()  # still the note, nowhere else
    assert "outside" in section.preview.toPlainText()


def test_parse_tags_accepts_both_commas_and_drops_empty_ones() -> None:
    assert parse_tags(" a ,b،، c ,") == ("a", "b", "c")
    assert parse_tags("") == ()


def test_pin_saves_at_once_and_moves_the_note_to_the_top(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = notes_of(unlocked)
    first = new_note_by_keyboard(qtbot, unlocked, "Older")
    new_note_by_keyboard(qtbot, unlocked, "Newer")
    qtbot.waitUntil(lambda: listed_titles(section) == ["Newer", "Older"])
    section.open_item(first)
    section.pin.setFocus()
    qtbot.keyClick(section.pin, Qt.Key.Key_Space)  # a keyboard toggle, no mouse needed
    assert vault_of(unlocked).items.get(first).pinned
    qtbot.waitUntil(lambda: listed_titles(section) == ["Older", "Newer"])
    assert section.model.index(0, 0).data(PinnedRole) is True
    assert section.list_view.currentIndex().data(IdRole) == first
    assert section.pin.text() == "Pinned"


def test_switching_notes_and_sections_saves_without_ctrl_s(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = notes_of(unlocked)
    items = vault_of(unlocked).items
    first = new_note_by_keyboard(qtbot, unlocked, "First")
    second = new_note_by_keyboard(qtbot, unlocked, "Second")
    qtbot.waitUntil(lambda: section.model.row_of(first) is not None)
    type_text(section.body, "typed, never saved by hand")
    section.list_view.setCurrentIndex(section.model.index(section.model.row_of(first) or 0, 0))
    assert section.current_id == first
    assert items.get(second).body == "typed, never saved by hand"  # type: ignore[union-attr]
    type_text(section.body, "more")
    unlocked.workspace.sidebar.setCurrentRow(3)  # type: ignore[union-attr]  # the Trash
    assert items.get(first).body == "more"  # type: ignore[union-attr]


def test_a_note_that_cannot_be_saved_says_why_and_keeps_its_place(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, monkeypatch
) -> None:
    section = notes_of(unlocked)
    errors: list[BaseException] = []
    monkeypatch.setattr(unlocked.context, "show_error", lambda _parent, error: errors.append(error))
    first = new_note_by_keyboard(qtbot, unlocked, "First")
    second = new_note_by_keyboard(qtbot, unlocked, "Second")
    qtbot.waitUntil(lambda: section.model.row_of(first) is not None)
    section.tags.setText("x" * 65)  # longer than a tag may be
    section.tags.textEdited.emit(section.tags.text())
    section.list_view.setCurrentIndex(section.model.index(section.model.row_of(first) or 0, 0))
    assert len(errors) == 1 and isinstance(errors[0], AmanatError)
    assert section.current_id == second and section.dirty
    assert section.list_view.currentIndex().data(IdRole) == second
    assert section.status_label.text().startswith("Not saved")


def test_search_opens_the_note_even_when_the_filter_hides_it(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = notes_of(unlocked)
    hidden = new_note_by_keyboard(qtbot, unlocked, "Hidden by the filter")
    new_note_by_keyboard(qtbot, unlocked, "Shown")
    type_text(section.filter_field, "Shown")
    qtbot.waitUntil(lambda: listed_titles(section) == ["Shown"])
    unlocked.workspace.sidebar.setCurrentRow(1)  # type: ignore[union-attr]
    unlocked.context.open_item_requested.emit("note", hidden)  # type: ignore[union-attr]
    assert unlocked.workspace.current_section() is section  # type: ignore[union-attr]
    assert section.current_id == hidden
    assert section.title.text() == "Hidden by the filter"
    assert section.filter_field.text() == ""
    assert section.list_view.currentIndex().data(IdRole) == hidden


# -- attachments ------------------------------------------------------------


def test_attach_a_png_view_it_in_the_app_save_a_copy_and_remove_it(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    section = notes_of(unlocked)
    item_id = new_note_by_keyboard(qtbot, unlocked, "Evidence")
    picture = tmp_path / "photo.png"
    picture.write_bytes(png_bytes())
    panel = section.attachments
    section.tabs.setCurrentWidget(panel)
    task = panel.add_file(picture)
    assert task is not None and panel.is_busy() and not panel.add_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.model.rowCount() == 1, timeout=10_000)
    assert [a.name for a in vault_of(unlocked).attachments.list(item_id)] == ["photo.png"]
    assert panel.model.index(0, AttachmentListModel.SIZE).data().endswith("bytes")
    assert section.tabs.tabText(2) == "Attachments (1)"

    dialog = panel.view_selected()
    assert isinstance(dialog, ImageViewDialog) and dialog.isVisible()
    assert dialog.view.image.size().width() == 8 and dialog.view.image.size().height() == 6
    assert dialog.view.image.pixelColor(3, 3) == QColor("#d02020")
    assert dialog.windowTitle() == "Attachment"  # the file name stays out of the window title
    saved_from_viewer = tmp_path / "from-viewer"
    saved_from_viewer.mkdir()
    copy = panel.save_copy(saved_from_viewer, dialog.attachment_id)
    assert copy is not None and copy.read_bytes() == picture.read_bytes()
    dialog.close()
    assert dialog.view.image.isNull()  # the decoded picture goes with the window

    notes = tmp_path / "readme.txt"
    notes.write_text("plain words", encoding="utf-8")
    panel.add_file(notes)
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.model.rowCount() == 2, timeout=10_000)
    assert panel.select_name("readme.txt")
    assert panel.view_selected() is None
    assert "Save a copy" in panel.message.text()

    out = tmp_path / "out"
    out.mkdir()
    copy = panel.save_copy(out)
    assert copy is not None and copy.read_text(encoding="utf-8") == "plain words"

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.No))
    assert not panel.remove_selected()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))
    assert panel.remove_selected()
    assert [a.name for a in vault_of(unlocked).attachments.list(item_id)] == ["photo.png"]
    assert panel.model.rowCount() == 1


def test_a_cancelled_add_leaves_nothing_behind(qtbot, unlocked: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    item_id = new_note_by_keyboard(qtbot, unlocked, "Big file")
    big = tmp_path / "big.bin"
    big.write_bytes(b"\0" * (1024 * 1024))
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        raise Cancelled

    with pytest.raises(Cancelled):
        add_file_in_this_thread(vault_of(unlocked), item_id, big, progress)
    assert calls == [(256, 1024)]  # KiB, after the first chunk
    assert vault_of(unlocked).attachments.list(item_id) == []


def test_the_item_list_model_passes_the_model_tester_across_batches(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, unlocked: MainWindow
) -> None:
    items = vault_of(unlocked).items
    items.add_many(Note(id="", title=f"Note {n:04}", body=f"text {n}", pinned=n % 97 == 0) for n in range(1_100))
    model = ItemListModel(unlocked.context, "note")  # type: ignore[arg-type]
    assert model.rowCount() == 500 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)  # which fetches more, as a view would
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 1_100
    qtmodeltester.check(model)
    pinned = [model.index(row, 0).data(PinnedRole) for row in range(model.rowCount())]
    assert pinned == sorted(pinned, reverse=True)  # pinned first
    model.set_filter("Note 0042")
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Note 0042"


def test_the_notes_list_view_fetches_more_as_it_scrolls(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    items = vault_of(unlocked).items
    items.add_many(Note(id="", title=f"Note {n:04}") for n in range(700))
    section = notes_of(unlocked)
    section.reload()
    assert section.model.rowCount() == 500
    section.list_view.setFocus()
    section.list_view.setCurrentIndex(section.model.index(0, 0))
    qtbot.keyClick(section.list_view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: section.model.rowCount() == 700)


def test_the_attachment_model_passes_the_model_tester(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, unlocked: MainWindow
) -> None:
    vault = vault_of(unlocked)
    note = vault.items.add_note("With files")
    for number in range(5):
        vault.attachments.add(note.id, __import__("io").BytesIO(b"x" * (number * 700)), f"file{number}.bin")
    model = AttachmentListModel(unlocked.context)  # type: ignore[arg-type]
    qtmodeltester.check(model)
    model.set_attachments(vault.attachments.list(note.id))
    qtmodeltester.check(model)
    assert model.rowCount() == 5 and model.columnCount() == 3
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Size"
    assert model.index(4, AttachmentListModel.SIZE).data() == "2.7 KB"


# -- locking and languages --------------------------------------------------


SECRET = "Zarghuna-4711"


def texts_on_screen() -> list[str]:
    """Every piece of text any widget (or any item view's model) still holds."""
    found: list[str] = []
    for widget in QApplication.allWidgets():
        found.append(widget.windowTitle())
        found.append(widget.accessibleName())
        if isinstance(widget, QLineEdit):
            found.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            found.append(widget.toPlainText())
        elif isinstance(widget, QLabel):
            found.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                column = 0
                while (index := model.index(row, column)).isValid():
                    found.append(str(index.data()))
                    column += 1
    return found


def live_models_with_rows() -> list[object]:
    holding: list[object] = []
    for obj in gc.get_objects():
        if isinstance(obj, ItemListModel | AttachmentListModel):
            try:
                rows = obj.rowCount()
            except RuntimeError:  # the C++ side is gone; what matters is the Python rows
                rows = len(obj._rows)
            if rows:
                holding.append(obj)
    return holding


def test_lock_saves_what_was_typed_and_leaves_no_trace_anywhere(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, vault_dir: Path, tmp_path: Path
) -> None:
    section = notes_of(unlocked)
    item_id = new_note_by_keyboard(qtbot, unlocked, f"Title {SECRET}", f"Body {SECRET}", f"tag{SECRET}")
    picture = tmp_path / f"{SECRET}.png"
    picture.write_bytes(png_bytes())
    section.attachments.add_file(picture)
    qtbot.waitUntil(lambda: section.attachments.model.rowCount() == 1, timeout=10_000)
    assert section.attachments.view_selected() is not None
    history = section.open_history()
    assert history is not None and history.isVisible()
    section.tabs.setCurrentIndex(1)
    type_text(section.title, " unsaved")  # typed, never saved: the lock must keep it
    assert any(SECRET in text for text in texts_on_screen())

    unlocked.lock()
    qtbot.waitUntil(lambda: not [w for w in QApplication.allWidgets() if isinstance(w, NotesSection)])
    gc.collect()
    assert not [text for text in texts_on_screen() if SECRET in text]
    assert live_models_with_rows() == []
    with Vault.unlock(vault_dir, PASSPHRASE) as reopened:
        assert reopened.items.get(item_id).title == f"Title {SECRET} unsaved"


def test_dari_mirrors_the_notes_section_and_keeps_working(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = notes_of(unlocked)
    unlocked.switch_language("fa")
    assert section.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert section.list_view.isRightToLeft() and section.tabs.isRightToLeft()
    list_panel, editor = section.splitter.widget(0), section.splitter.widget(1)
    qtbot.waitUntil(lambda: list_panel.geometry().left() > editor.geometry().left())  # the list moved right
    item_id = new_note_by_keyboard(qtbot, unlocked, "یادداشت تازه", "سلام دوستان\n\nمتن دری")
    assert vault_of(unlocked).items.get(item_id).body == "سلام دوستان\n\nمتن دری"  # type: ignore[union-attr]
    # The editor aligns by the note's own language: right for Dari, left for English.
    assert section.body.document().defaultTextOption().alignment() & Qt.AlignmentFlag.AlignRight
    section.toggle_preview()
    assert "متن دری" in section.preview.toPlainText()
    section.toggle_preview()
    section.body.selectAll()
    type_text(section.body, "English text")
    assert section.body.document().defaultTextOption().alignment() & Qt.AlignmentFlag.AlignLeft
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    detail = section.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert detail[0] == "۲"  # the list's dates in Persian digits
    unlocked.switch_language("en")
    assert section.layoutDirection() == Qt.LayoutDirection.LeftToRight
