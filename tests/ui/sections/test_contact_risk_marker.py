"""The Contacts list marks each high-risk contact beside its name, in text and for screen readers (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

from amanat.app.models import Contact
from amanat.app.ui.models.item_list_model import RiskRole
from amanat.app.ui.models.list_delegate import RISK_SIGN, TwoLineDelegate
from amanat.app.ui.shell.main_window import MainWindow
from tests.ui.sections.test_contacts import PERSIAN_NAME, contacts


def rows_by_title(section) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {section.model.index(r, 0).data(): r for r in range(section.model.rowCount())}


def painted(delegate: TwoLineDelegate, section, row: int) -> QImage:  # type: ignore[no-untyped-def]
    """The row as the delegate paints it, on a white image."""
    option = QStyleOptionViewItem()
    option.initFrom(section.list_view)
    index = section.model.index(row, 0)
    option.rect = section.list_view.visualRect(index).translated(0, -section.list_view.visualRect(index).top())
    option.rect.setWidth(280)
    image = QImage(280, option.rect.height(), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    return image


def test_high_risk_contacts_are_marked_in_the_list_and_heard_by_screen_readers(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked.vault
    assert vault is not None and unlocked.context is not None
    vault.items.add(Contact(id="", display_name=PERSIAN_NAME, risk_level="high"))
    vault.items.add(Contact(id="", display_name="Farid", risk_level="medium"))
    vault.items.add(Contact(id="", display_name="Omid"))
    unlocked.context.items_changed.emit("contact")
    section = contacts(unlocked)
    rows = rows_by_title(section)
    model = section.model
    high, medium, plain = (model.index(rows[name], 0) for name in (PERSIAN_NAME, "Farid", "Omid"))
    assert high.data(RiskRole) == "High risk" and medium.data(RiskRole) == "" and plain.data(RiskRole) == ""
    assert high.data(Qt.ItemDataRole.AccessibleTextRole).startswith(f"{PERSIAN_NAME}, High risk, ")
    assert "High risk" not in medium.data(Qt.ItemDataRole.AccessibleTextRole)
    assert high.data(Qt.ItemDataRole.ToolTipRole).startswith("High risk · ")

    # The marker is really drawn: the same row painted with and without it differs.
    delegate = section.list_view.itemDelegate()
    assert isinstance(delegate, TwoLineDelegate) and delegate.risk_sign == RISK_SIGN
    with_sign = painted(delegate, section, rows[PERSIAN_NAME])
    delegate.risk_sign = ""
    assert painted(delegate, section, rows[PERSIAN_NAME]) != with_sign
    delegate.risk_sign = RISK_SIGN

    # Filtering keeps the marker; raising a contact's risk in the form marks it once saved.
    section.pane.filter_field.setText("Farid")
    section.model.set_filter("Farid")
    assert section.model.index(0, 0).data(RiskRole) == ""
    section.model.set_filter("")
    section.open_item(section.model.item_id(rows_by_title(section)["Farid"]))  # type: ignore[arg-type]
    risk = section.findChild(QComboBox, "riskLevel")
    assert risk is not None
    risk.setCurrentIndex(risk.findData("high"))
    assert section.save()
    qtbot.waitUntil(lambda: section.model.index(rows_by_title(section)["Farid"], 0).data(RiskRole) == "High risk")
    assert vault.items.high_risk_contact_ids() == {c.id for c in (vault.items.list("contact"))
                                                   if c.title in (PERSIAN_NAME, "Farid")}


def test_the_marker_is_translated(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked.vault
    assert vault is not None and unlocked.context is not None
    vault.items.add(Contact(id="", display_name="Farid", risk_level="high"))
    unlocked.context.items_changed.emit("contact")
    section = contacts(unlocked)
    unlocked.switch_language("fa")
    try:
        marker = section.model.index(0, 0).data(RiskRole)
        assert marker and marker != "High risk" and any("\u0600" <= c <= "\u06ff" for c in marker)
    finally:
        unlocked.switch_language("en")
