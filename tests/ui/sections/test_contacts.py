"""Contacts in the real window over a real vault: the form, the risk banner, copying, saving, RTL, lock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTextEdit,
    QWidget,
)

from amanat.app.models import Contact
from amanat.app.ui.sections.contacts_section import ContactsSection
from amanat.app.ui.shell.main_window import MainWindow

PERSIAN_NAME = "مریم احمدی"
PHONE = "+93 700 123 456"


def contacts(window: MainWindow) -> ContactsSection:
    """The Contacts section, shown (so its shortcuts are live)."""
    assert window.workspace is not None
    window.workspace.sidebar.setCurrentRow(1)
    section = window.workspace.sections["contact"]
    assert isinstance(section, ContactsSection) and section.isVisible()
    return section


def field(section: QWidget, name: str) -> QLineEdit:
    widget = section.findChild(QLineEdit, name)
    assert widget is not None, name
    return widget


def type_text(widget: QWidget, text: str) -> None:
    """Type any text the way a keyboard layout delivers it: key events carrying the characters.

    (QTest.keyClicks takes Latin-1 only, and Dari is what these users type.)
    """
    for character in text:
        key = Qt.Key.Key_Return if character == "\n" else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, character))


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls under `root` a screen reader could not name (Qt's own parts of combos, spin boxes and views aside)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QLineEdit | QTextEdit | QComboBox | QAbstractButton | QAbstractItemView):
            continue
        inner_part = isinstance(widget.parent(), QComboBox | QAbstractSpinBox | QAbstractItemView)
        if inner_part or not widget.isVisibleTo(root):
            continue
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def every_shown_text() -> str:
    """Everything any live widget would show: fields, labels, buttons, combo entries and item views."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                column = 0
                while model.index(row, column).isValid():
                    texts.append(str(model.index(row, column).data()))
                    column += 1
        texts.append(widget.windowTitle())
    return "\n".join(texts)


def test_a_contact_added_through_the_form_is_stored_with_its_risk_and_channels(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow
) -> None:
    section = contacts(unlocked)
    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    name = field(section, "contactName")
    assert name.hasFocus() or name.text() == ""
    type_text(name, PERSIAN_NAME)
    qtbot.keyClicks(field(section, "contactOrganisation"), "Women's Rights Network")
    qtbot.keyClicks(field(section, "channel_phone"), PHONE)
    qtbot.keyClicks(field(section, "channel_signal"), PHONE)
    section.risk.setCurrentIndex(section.risk.findData("high"))
    section.preferred.setCurrentIndex(section.preferred.findData("signal"))
    qtbot.mouseClick(section.never["whatsapp"], Qt.MouseButton.LeftButton, pos=QPoint(6, 6))
    assert section.never["whatsapp"].isChecked()
    type_text(field(section, "contactTags"), "partners، herat")

    banner = section.findChild(QLabel, "riskBanner")
    assert banner is not None and banner.isVisible()
    assert "High risk" in banner.text() and "Never contact via WhatsApp" in banner.text()
    assert "Preferred: Signal" in banner.text()
    assert banner.y() < section.findChild(QWidget, "identityBox").mapTo(section, QPoint(0, 0)).y()

    qtbot.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not section.dirty, section.status_label.text()

    headers = unlocked.vault.items.list("contact")
    assert [h.title for h in headers] == [PERSIAN_NAME]
    stored = unlocked.vault.items.get(headers[0].id)
    assert isinstance(stored, Contact)
    assert stored.risk_level == "high"
    assert stored.never_contact_via == ("whatsapp",)
    assert stored.preferred_channel == "signal"
    assert stored.channel("phone") == PHONE and stored.organisation == "Women's Rights Network"
    assert stored.tags == ("partners", "herat")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert section.list_view.currentIndex().row() == 0  # the new contact is selected in the list


def test_marking_the_preferred_channel_never_to_use_clears_the_preference(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = contacts(unlocked)
    section.new_item()
    section.preferred.setCurrentIndex(section.preferred.findData("whatsapp"))
    section.never["whatsapp"].setChecked(True)
    assert section.preferred.currentData() == ""
    assert "Preferred" not in section.banner.text()
    assert "WhatsApp (never use)" in section.channel_name_labels["whatsapp"].text()


def test_copying_a_phone_number_goes_through_the_clipboard_guard(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlocked.vault.items.add(Contact(id="", display_name="Ahmad", channels=(("phone", PHONE),)))
    unlocked.context.items_changed.emit("contact")
    section = contacts(unlocked)
    section.open_item(unlocked.vault.items.list("contact")[0].id)
    assert field(section, "channel_phone").text() == PHONE
    qtbot.mouseClick(section.copy_buttons["phone"], Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == PHONE
    assert "cleared after 30 seconds" in section.status_label.text()
    unlocked.clipboard.clear_if_ours()
    assert QApplication.clipboard().text() == ""


def test_switching_items_saves_and_a_contact_without_a_name_keeps_what_was_typed(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, monkeypatch
) -> None:
    errors: list[BaseException] = []
    assert unlocked.context is not None
    monkeypatch.setattr(unlocked.context, "show_error", lambda _parent, error: errors.append(error))
    items = unlocked.vault.items
    first = items.add(Contact(id="", display_name="First"))
    second = items.add(Contact(id="", display_name="Second"))
    unlocked.context.items_changed.emit("contact")
    section = contacts(unlocked)
    section.open_item(first.id)
    qtbot.keyClicks(field(section, "contactCity"), "Herat")
    section.list_view.setCurrentIndex(section.model.index(section.model.row_of(second.id), 0))
    assert items.get(first.id).city == "Herat"  # saved on switching
    assert section.current_id == second.id and field(section, "contactName").text() == "Second"

    field(section, "contactName").clear()
    type_text(field(section, "contactCity"), "هرات")
    qtbot.keyClick(field(section, "contactName"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(errors) == 1 and "needs a name" in str(errors[0])
    section.list_view.setCurrentIndex(section.model.index(section.model.row_of(first.id), 0))
    assert len(errors) == 2
    assert section.current_id == second.id  # stayed on the contact being edited...
    assert field(section, "contactCity").text() == "هرات"  # ...with everything typed still there
    assert section.list_view.currentIndex().row() == section.model.row_of(second.id)
    qtbot.keyClicks(field(section, "contactName"), "Second again")
    section.list_view.setCurrentIndex(section.model.index(section.model.row_of(first.id), 0))
    assert items.get(second.id).city == "هرات" and items.get(second.id).title == "Second again"


def test_delete_key_in_the_list_moves_the_contact_to_the_trash(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    items = unlocked.vault.items
    gone = items.add(Contact(id="", display_name="Leaving"))
    stays = items.add(Contact(id="", display_name="Staying"))
    unlocked.context.items_changed.emit("contact")
    section = contacts(unlocked)
    section.open_item(gone.id)
    section.list_view.setFocus()
    qtbot.keyClick(section.list_view, Qt.Key.Key_Delete)
    assert items.is_in_trash(gone.id)
    assert [h.id for h in items.list("contact")] == [stays.id]
    assert section.current_id == stays.id and field(section, "contactName").text() == "Staying"


def test_dari_mirrors_the_contact_form(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlocked.vault.items.add(Contact(id="", display_name=PERSIAN_NAME, risk_level="high",
                                     never_contact_via=("whatsapp",)))
    unlocked.context.items_changed.emit("contact")
    section = contacts(unlocked)
    section.open_item(unlocked.vault.items.list("contact")[0].id)
    unlocked.switch_language("fa")
    assert section.layoutDirection() == Qt.LayoutDirection.RightToLeft
    name = field(section, "contactName")
    label = section.identity_labels[0]
    qtbot.waitUntil(lambda: label.mapTo(section, QPoint(0, 0)).x() > name.mapTo(section, QPoint(0, 0)).x())
    list_x = section.list_view.mapTo(section, QPoint(0, 0)).x()
    assert list_x > name.mapTo(section, QPoint(0, 0)).x()  # the list is at the reading start, on the right
    banner = section.banner
    # The banner is translated: Dari words, no English left.
    assert banner.mapTo(section, QPoint(0, 0)).x() < list_x
    assert "High risk" not in banner.text() and any("\u0600" <= c <= "\u06ff" for c in banner.text())
    unlocked.switch_language("en")
    assert section.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_every_control_of_the_contact_form_has_an_accessible_name(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = contacts(unlocked)
    section.new_item()
    assert unnamed_controls(section) == []
    unlocked.switch_language("fa")
    assert unnamed_controls(section) == []


def test_lock_leaves_no_contact_text_on_screen(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlocked.vault.items.add(Contact(id="", display_name=PERSIAN_NAME, channels=(("phone", PHONE),),
                                     notes="secret meeting place"))
    unlocked.context.items_changed.emit("contact")
    section = contacts(unlocked)
    section.open_item(unlocked.vault.items.list("contact")[0].id)
    assert PERSIAN_NAME in every_shown_text() and PHONE in every_shown_text()
    unlocked.lock()
    qtbot.waitUntil(lambda: PERSIAN_NAME not in every_shown_text())
    shown = every_shown_text()
    assert PHONE not in shown and "secret meeting place" not in shown
