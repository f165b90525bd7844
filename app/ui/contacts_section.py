"""Contacts: who the group works with, and how (and how never) to reach each of them safely.

The risk level and the channels never to use sit at the top of the form,
in a coloured banner that says it in words too. Copying an address goes
through the clipboard guard, which takes it back after a while.

`ItemEditorSection` is the list-beside-an-editor behaviour Contacts and
Strategy share: filter, save on Ctrl+S and on switching item, delete to
the trash, keep the selection across reloads.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AmanatError, NotFound
from app.models import CHANNELS, RISK_LEVELS, Contact, Item
from app.ui.context import UiContext
from app.ui.draft_editors import multilingual_text_edit
from app.ui.error_text import describe_error
from app.ui.history_dialog import HistoryDialog
from app.ui.item_list_model import IdRole, ItemListModel
from app.ui.list_delegate import TwoLineDelegate
from app.ui.section import Section

Index = QModelIndex | QPersistentModelIndex
FILTER_DELAY_MS = 150
TAG_SEPARATORS = (",", "،")  # Latin and Arabic-script commas

# Banner colours: each pair is readable in light and dark palettes because it sets both.
RISK_COLOURS = {
    "high": ("#B3261E", "#FFFFFF"),
    "medium": ("#F2B01E", "#1F1B16"),
    "low": ("#2E7D32", "#FFFFFF"),
    "unknown": ("#5F6368", "#FFFFFF"),
}


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed as a comma-separated list (either comma)."""
    for separator in TAG_SEPARATORS[1:]:
        text = text.replace(separator, TAG_SEPARATORS[0])
    return tuple(tag for tag in (part.strip() for part in text.split(TAG_SEPARATORS[0])) if tag)


class ItemEditorSection(Section):
    """A filterable list of one kind of item beside its editor.

    Subclasses build the form and implement `show_item`, `item_from_form`
    and `form_is_blank`; this class does the rest. The form's text lives
    only in widgets, so the section keeps nothing once it is destroyed.
    """

    kind = ""
    # Texts here use an explicit context: PySide's self.tr() would look them up under the
    # subclass's name, where lupdate never puts them.

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.current_id: str | None = None
        self.dirty = False
        self._selecting = False
        self.model = ItemListModel(context, self.kind)
        self.filter_field = QLineEdit()
        self.filter_field.setObjectName(f"{self.kind}Filter")
        self.filter_field.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_field.textChanged.connect(self._filter_timer.start)
        self.filter_field.returnPressed.connect(self.apply_filter)
        self.list_view = QListView()
        self.list_view.setObjectName(f"{self.kind}List")
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(TwoLineDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_button = QPushButton()
        self.new_button.setObjectName(f"{self.kind}NewButton")
        self.new_button.clicked.connect(self.new_item)
        self.save_button = QPushButton()
        self.save_button.setObjectName(f"{self.kind}SaveButton")
        self.save_button.clicked.connect(lambda: self.save())
        self.delete_button = QPushButton()
        self.delete_button.setObjectName(f"{self.kind}DeleteButton")
        self.delete_button.clicked.connect(self.delete_current)
        self.history_button = QPushButton()
        self.history_button.setObjectName(f"{self.kind}HistoryButton")
        self.history_button.clicked.connect(self.open_history)
        self.share_button = QPushButton()
        self.share_button.setObjectName(f"{self.kind}ShareButton")
        self.share_button.clicked.connect(self.open_share)
        self.status_label = QLabel()
        self.status_label.setObjectName(f"{self.kind}StatusLabel")
        self.status_label.setWordWrap(True)
        self.save_action = self._action("saveAction", lambda: self.save(), QKeySequence.StandardKey.Save)
        self.delete_action = self._action("deleteAction", self.delete_current, QKeySequence.StandardKey.Delete,
                                          widget=self.list_view, context=Qt.ShortcutContext.WidgetShortcut)
        self.filter_action = self._action("filterAction", self.focus_filter, QKeySequence.StandardKey.Find)
        self.history_action = self._action("historyAction", self.open_history, "Ctrl+H")

    def _action(self, name: str, slot: object, key: QKeySequence.StandardKey | str, *,
                widget: QWidget | None = None,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
        action = QAction(self)
        action.setObjectName(f"{self.kind}_{name}")
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(context)  # WindowShortcut: only while this section is the one shown
        action.triggered.connect(slot)
        (widget or self).addAction(action)
        return action

    def list_pane(self) -> QWidget:
        """Filter field, list, and the New button."""
        pane = QWidget()
        pane.setObjectName(f"{self.kind}ListPane")
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_field)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.new_button)
        return pane

    def split(self, editor: QWidget) -> None:
        """Lay the list and the editor side by side (mirrored right to left)."""
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName(f"{self.kind}Splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list_pane())
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 740])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    def retranslate_common(self) -> None:
        """Texts every item section shares."""
        self.filter_field.setPlaceholderText(QCoreApplication.translate("ItemEditorSection", "Filter…"))
        self.filter_field.setAccessibleName(QCoreApplication.translate("ItemEditorSection", "Filter the list"))
        self.save_button.setText(QCoreApplication.translate("ItemEditorSection", "Save"))
        self.save_button.setAccessibleName(QCoreApplication.translate("ItemEditorSection", "Save"))
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.delete_button.setText(QCoreApplication.translate("ItemEditorSection", "Move to trash"))
        self.delete_button.setAccessibleName(QCoreApplication.translate("ItemEditorSection", "Move to trash"))
        self.delete_button.setToolTip(QCoreApplication.translate("ItemEditorSection", "Delete key in the list"))
        self.history_button.setText(QCoreApplication.translate("ItemEditorSection", "History…"))
        self.share_button.setText(QCoreApplication.translate("ItemEditorSection", "Share…"))
        self.share_button.setAccessibleName(QCoreApplication.translate("ItemEditorSection", "Share"))
        self.share_button.setToolTip(QCoreApplication.translate(
            "ItemEditorSection", "Share this item with a group, and see with which groups it is shared"))
        self.history_button.setAccessibleName(QCoreApplication.translate("ItemEditorSection", "History"))
        self.history_button.setToolTip(
            QCoreApplication.translate("ItemEditorSection", "Saved versions, and restoring one (Ctrl+H)"))
        self.history_action.setText(QCoreApplication.translate("ItemEditorSection", "History…"))
        self.save_action.setText(QCoreApplication.translate("ItemEditorSection", "Save"))
        self.delete_action.setText(QCoreApplication.translate("ItemEditorSection", "Move to trash"))
        self.filter_action.setText(QCoreApplication.translate("ItemEditorSection", "Filter the list"))

    # -- what subclasses provide ------------------------------------------

    def show_item(self, item: Item | None) -> None:
        """Fill the form with `item`, or empty it for a new one."""
        raise NotImplementedError

    def item_from_form(self) -> Item:
        """The item as the form shows it (raises InvalidValue for what cannot be stored)."""
        raise NotImplementedError

    def form_is_blank(self) -> bool:
        """True when a new, unsaved item has nothing typed in it."""
        raise NotImplementedError

    def focus_form(self) -> None:
        """Put the cursor in the first field."""

    # -- editing ----------------------------------------------------------

    def mark_dirty(self) -> None:
        """The user changed something since the last save."""
        if not self.dirty:
            self.dirty = True
            self.status_label.setText(QCoreApplication.translate("ItemEditorSection", "Not saved yet."))

    def save(self, report: bool = True) -> bool:
        """Store the form if it changed; False (and the form untouched) when it cannot be stored.

        `report` shows a dialog for the error; without it (leaving the section,
        locking) the reason only goes to the status line and the text stays.
        """
        if not self.dirty:
            return True
        if self.current_id is None and self.form_is_blank():
            self.dirty = False
            self.status_label.clear()
            return True
        try:
            item = self.item_from_form()
            stored = self.context.items.save(item) if self.current_id else self.context.items.add(item)
        except AmanatError as error:
            self.status_label.setText(describe_error(error))
            if report:
                self.context.show_error(self, error)
            return False
        self.current_id = stored.id
        self.stored_item(stored)
        self.dirty = False
        self.status_label.setText(QCoreApplication.translate("ItemEditorSection", "Saved."))
        self.context.items_changed.emit(self.kind)
        return True

    def stored_item(self, item: Item) -> None:
        """The vault now holds `item` (remember what is needed to save it again)."""

    def new_item(self) -> None:
        """An empty form; nothing is stored until it is saved."""
        if not self.save():
            return
        self._show(None)
        self.focus_form()

    def open_item(self, item_id: str) -> None:
        """Show one item (from search, or the history dialog)."""
        if item_id == self.current_id or self.save():
            self._show_id(item_id)

    def delete_current(self) -> None:
        """Move the item shown to the trash and show the next one."""
        if self.current_id is None:
            return  # a new contact not yet saved: nothing to delete, and what is typed stays
        row = self.model.row_of(self.current_id)
        try:
            self.context.items.delete(self.current_id)
        except AmanatError as error:
            self.context.show_error(self, error)
            return
        self.dirty = False
        self.current_id = None
        self.context.items_changed.emit(self.kind)
        next_id = self.model.item_id(min(row or 0, self.model.rowCount() - 1))
        if next_id is not None:
            self._show_id(next_id)
        else:
            self._show(None)
        self.status_label.setText(
            QCoreApplication.translate("ItemEditorSection", "Moved to the trash. It can be restored from Trash."))

    def item_to_share(self) -> str | None:
        return self.current_id if self.current_id is not None and self.save() else None

    def open_history(self) -> None:
        """Ctrl+H: the saved versions of the item shown (saved first, so the newest is among them)."""
        if self.current_id is None or not self.save():
            return
        dialog = HistoryDialog(self.context, self.current_id, self)
        dialog.restored.connect(self._show_id)
        dialog.open()

    def reload(self) -> None:
        """Re-read the list; the form keeps what is typed unless its item has gone away."""
        self._selecting = True
        try:
            self.model.reload()
        finally:
            self._selecting = False
        if self.current_id is not None and not self.dirty and not self._still_live(self.current_id):
            self._show(None)
            return
        self._select(self.current_id)

    def _still_live(self, item_id: str) -> bool:
        try:
            return not self.context.items.is_in_trash(item_id)
        except NotFound:
            return False

    def apply_filter(self) -> None:
        """Show only the items that match the filter text."""
        self._filter_timer.stop()
        self._selecting = True
        try:
            self.model.set_filter(self.filter_field.text())
        finally:
            self._selecting = False
        self._select(self.current_id)

    def focus_filter(self) -> None:
        """Ctrl+F: type to filter."""
        self.filter_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_field.selectAll()

    # -- showing ----------------------------------------------------------

    def _show_id(self, item_id: str) -> None:
        try:
            item = self.context.items.get(item_id, self.kind)
        except AmanatError as error:
            self.context.show_error(self, error)
            self.reload()
            return
        self._show(item)

    def _show(self, item: Item | None) -> None:
        self.current_id = item.id if item is not None else None
        self.show_item(item)
        self.dirty = False
        self.status_label.clear()
        self._select(self.current_id)

    def _select(self, item_id: str | None) -> None:
        row = self.model.row_of(item_id) if item_id else None
        self._selecting = True
        try:
            selection = self.list_view.selectionModel()
            if row is None:
                selection.clear()
            else:
                selection.setCurrentIndex(self.model.index(row, 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._selecting = False

    def _current_changed(self, current: Index, _previous: Index) -> None:
        if self._selecting:
            return
        new_id = current.data(IdRole) if current.isValid() else None
        if new_id is None or new_id == self.current_id:
            return
        if not self.save():
            self._select(self.current_id)  # stay, with everything typed still there
            return
        self._show_id(str(new_id))

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the section or locking: keep what was typed in the vault, quietly.
        self.save(report=False)
        super().hideEvent(event)


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


class ContactsSection(ItemEditorSection):
    """The contacts list and the form of one contact."""

    kind = "contact"

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("contactsSection")
        self.loaded: Contact | None = None
        self._filling = False

        self.banner = QLabel()
        self.banner.setObjectName("riskBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setMargin(10)
        font = self.banner.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.banner.setFont(font)

        # Safety first: risk, preferred channel, channels never to use.
        self.risk = QComboBox()
        self.risk.setObjectName("riskLevel")
        for key in RISK_LEVELS:
            self.risk.addItem("", key)
        self.preferred = QComboBox()
        self.preferred.setObjectName("preferredChannel")
        self.preferred.addItem("", "")
        for key in CHANNELS:
            self.preferred.addItem("", key)
        self.never: dict[str, QCheckBox] = {}
        never_grid = QGridLayout()
        never_grid.setContentsMargins(0, 0, 0, 0)
        for position, key in enumerate(CHANNELS):
            box = QCheckBox()
            box.setObjectName(f"never_{key}")
            self.never[key] = box
            never_grid.addWidget(box, position // 3, position % 3)
        self.never_label = QLabel()
        self.risk_label = QLabel()
        self.risk_label.setBuddy(self.risk)
        self.preferred_label = QLabel()
        self.preferred_label.setBuddy(self.preferred)
        self.safety_box = QGroupBox()
        self.safety_box.setObjectName("safetyBox")
        safety = QFormLayout(self.safety_box)
        safety.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow windows: fields go under labels
        safety.addRow(self.risk_label, self.risk)
        safety.addRow(self.preferred_label, self.preferred)
        safety.addRow(self.never_label, never_grid)

        # Who they are.
        self.name = self._line("contactName")
        self.alias = self._line("contactAlias")
        self.organisation = self._line("contactOrganisation")
        self.role = self._line("contactRole")
        self.country = self._line("contactCountry")
        self.city = self._line("contactCity")
        self.identity_labels = [QLabel() for _ in range(6)]
        self.identity_box = QGroupBox()
        self.identity_box.setObjectName("identityBox")
        identity = QFormLayout(self.identity_box)
        identity.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, field in zip(self.identity_labels, (self.name, self.alias, self.organisation, self.role,
                                                        self.country, self.city), strict=True):
            label.setBuddy(field)
            identity.addRow(label, field)

        # How to reach them.
        self.channel_fields: dict[str, QLineEdit] = {}
        self.copy_buttons: dict[str, QToolButton] = {}
        self.channel_name_labels: dict[str, QLabel] = {}
        self.channels_box = QGroupBox()
        self.channels_box.setObjectName("channelsBox")
        channels = QFormLayout(self.channels_box)
        channels.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key in CHANNELS:
            field = self._line(f"channel_{key}")
            copy = QToolButton()
            copy.setObjectName(f"copy_{key}")
            copy.clicked.connect(lambda _checked=False, k=key: self.copy_channel(k))
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(copy)
            label = QLabel()
            label.setBuddy(field)
            self.channel_fields[key] = field
            self.copy_buttons[key] = copy
            self.channel_name_labels[key] = label
            channels.addRow(label, row)

        self.notes = multilingual_text_edit("contactNotes")
        self.notes.setMinimumHeight(120)
        self.notes_label = QLabel()
        self.notes_label.setBuddy(self.notes)
        self.tags = self._line("contactTags")
        self.tags_label = QLabel()
        self.tags_label.setBuddy(self.tags)
        more = QFormLayout()
        more.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        more.addRow(self.notes_label, self.notes)
        more.addRow(self.tags_label, self.tags)

        form = QWidget()
        form.setObjectName("contactForm")
        column = QVBoxLayout(form)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.safety_box)
        column.addWidget(self.identity_box)
        column.addWidget(self.channels_box)
        column.addLayout(more)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("contactScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)

        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        editor = QWidget()
        editor.setObjectName("contactEditor")
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.banner)
        editor_layout.addWidget(scroll, 1)
        editor_layout.addLayout(buttons)
        self.split(editor)

        for field in (self.name, self.alias, self.organisation, self.role, self.country, self.city, self.tags,
                      *self.channel_fields.values()):
            field.textEdited.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self.risk.currentIndexChanged.connect(self._safety_edited)
        self.preferred.currentIndexChanged.connect(self._safety_edited)
        for box in self.never.values():
            box.toggled.connect(self._never_toggled)
        context.settings_changed.connect(self.retranslate)  # the clipboard time in the tooltips
        self.retranslate()
        self._show(None)
        self._select_first()

    def _line(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        return field

    def _select_first(self) -> None:
        first = self.model.item_id(0)
        if first is not None:
            self._show_id(first)

    # -- texts ------------------------------------------------------------

    def retranslate(self) -> None:
        self.retranslate_common()
        self.new_button.setText(self.tr("New contact"))
        self.new_button.setAccessibleName(self.tr("New contact"))
        self.list_view.setAccessibleName(self.tr("Contacts"))
        self.safety_box.setTitle(self.tr("Safety"))
        self.identity_box.setTitle(self.tr("Who"))
        self.channels_box.setTitle(self.tr("How to reach them"))
        self.risk_label.setText(self.tr("&Risk level"))
        self.risk.setAccessibleName(self.tr("Risk level"))
        risk_names = self.risk_level_labels()
        for position, key in enumerate(RISK_LEVELS):
            self.risk.setItemText(position, risk_names[key])
        self.preferred_label.setText(self.tr("&Preferred safe channel"))
        self.preferred.setAccessibleName(self.tr("Preferred safe channel"))
        self.preferred.setItemText(0, self.tr("None chosen"))
        channel_names = channel_labels()
        for position, key in enumerate(CHANNELS, start=1):
            self.preferred.setItemText(position, channel_names[key])
        self.never_label.setText(self.tr("Never contact via"))
        for key, box in self.never.items():
            box.setText(channel_names[key])
            box.setAccessibleName(self.tr("Never contact via {0}").format(channel_names[key]))
        for label, text in zip(self.identity_labels, (
                self.tr("&Name"), self.tr("&Alias"), self.tr("&Organisation"), self.tr("Ro&le"),
                self.tr("&Country"), self.tr("Cit&y")), strict=True):
            label.setText(text)
        for field, name in ((self.name, self.tr("Name")), (self.alias, self.tr("Alias")),
                            (self.organisation, self.tr("Organisation")), (self.role, self.tr("Role")),
                            (self.country, self.tr("Country")), (self.city, self.tr("City")),
                            (self.tags, self.tr("Tags"))):
            field.setAccessibleName(name)
        self.name.setPlaceholderText(self.tr("Required"))
        self.alias.setPlaceholderText(self.tr("A name to use in messages instead of the real one"))
        for key in CHANNELS:
            self.channel_fields[key].setAccessibleName(channel_names[key])
            self.copy_buttons[key].setText(self.tr("Copy"))
            self.copy_buttons[key].setAccessibleName(self.tr("Copy {0}").format(channel_names[key]))
            self.copy_buttons[key].setToolTip(self.tr("Copy; the clipboard is cleared after {0} seconds").format(
                self.context.localise_digits(str(self.context.clipboard.seconds))))
        self.notes_label.setText(self.tr("Not&es"))  # Alt+T is the Tools menu
        self.notes.setAccessibleName(self.tr("Notes"))
        self.tags_label.setText(self.tr("Ta&gs"))
        self.tags.setPlaceholderText(self.tr("Separated by commas"))
        self._update_safety_view()

    def risk_level_labels(self) -> dict[str, str]:
        """RISK_LEVELS in the user's language, for the list (the one place these keys are translated)."""
        return {"unknown": self.tr("Not assessed"), "low": self.tr("Low"),
                "medium": self.tr("Medium"), "high": self.tr("High")}

    def risk_banner_labels(self) -> dict[str, str]:
        """RISK_LEVELS as the banner says them."""
        return {"unknown": self.tr("Risk not assessed"), "low": self.tr("Low risk"),
                "medium": self.tr("Medium risk"), "high": self.tr("High risk")}

    # -- the form ---------------------------------------------------------

    def show_item(self, item: Item | None) -> None:
        contact = item if isinstance(item, Contact) else None
        self.loaded = contact
        self._filling = True
        try:
            shown = contact or Contact(id="", display_name="")
            self.name.setText(shown.display_name)
            self.alias.setText(shown.alias)
            self.organisation.setText(shown.organisation)
            self.role.setText(shown.role)
            self.country.setText(shown.country)
            self.city.setText(shown.city)
            for key, field in self.channel_fields.items():
                field.setText(shown.channel(key))
            self.risk.setCurrentIndex(max(self.risk.findData(shown.risk_level), 0))
            self.preferred.setCurrentIndex(max(self.preferred.findData(shown.preferred_channel), 0))
            for key, box in self.never.items():
                box.setChecked(key in shown.never_contact_via)
            self.notes.setPlainText(shown.notes)
            self.tags.setText(", ".join(shown.tags))
        finally:
            self._filling = False
        self._update_safety_view()
        self.delete_button.setEnabled(contact is not None)
        self.history_button.setEnabled(contact is not None)

    def item_from_form(self) -> Contact:
        channels = tuple((key, self.channel_fields[key].text().strip()) for key in CHANNELS
                         if self.channel_fields[key].text().strip())
        values = {
            "display_name": self.name.text().strip(),
            "alias": self.alias.text().strip(),
            "organisation": self.organisation.text().strip(),
            "role": self.role.text().strip(),
            "country": self.country.text().strip(),
            "city": self.city.text().strip(),
            "channels": channels,
            "preferred_channel": str(self.preferred.currentData() or ""),
            "never_contact_via": self.never_channels(),
            "risk_level": str(self.risk.currentData()),
            "notes": self.notes.toPlainText(),
            "tags": split_tags(self.tags.text()),
        }
        if self.loaded is not None and self.current_id == self.loaded.id:
            return replace(self.loaded, **values)  # type: ignore[arg-type]
        return Contact(id="", **values)  # type: ignore[arg-type]

    def stored_item(self, item: Item) -> None:
        if isinstance(item, Contact):
            self.loaded = item
            self.delete_button.setEnabled(True)
            self.history_button.setEnabled(True)

    def form_is_blank(self) -> bool:
        fields = (self.name, self.alias, self.organisation, self.role, self.country, self.city, self.tags,
                  *self.channel_fields.values())
        return (not any(f.text().strip() for f in fields) and not self.notes.toPlainText().strip()
                and self.risk.currentData() == "unknown" and not self.preferred.currentData()
                and not self.never_channels())

    def focus_form(self) -> None:
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def never_channels(self) -> tuple[str, ...]:
        """The channels ticked 'never contact via', in CHANNELS order."""
        return tuple(key for key in CHANNELS if self.never[key].isChecked())

    def _edited(self) -> None:
        if not self._filling:
            self.mark_dirty()

    def _safety_edited(self) -> None:
        self._update_safety_view()
        self._edited()

    def _never_toggled(self) -> None:
        # A channel marked 'never' cannot stay the preferred one.
        if self.preferred.currentData() in self.never_channels():
            self.preferred.setCurrentIndex(0)
        self._safety_edited()

    def _update_safety_view(self) -> None:
        risk = str(self.risk.currentData() or "unknown")
        never = self.never_channels()
        names = channel_labels()
        parts = [self.risk_banner_labels()[risk]]
        if never:
            listed = self.context.languages.locale().createSeparatedList([names[key] for key in never])
            parts.append(self.tr("Never contact via {0}").format(listed))
        preferred = str(self.preferred.currentData() or "")
        if preferred:
            parts.append(self.tr("Preferred: {0}").format(names[preferred]))
        text = " · ".join(parts)
        self.banner.setText(text)
        self.banner.setAccessibleName(self.tr("Risk"))
        self.banner.setAccessibleDescription(text)
        background, foreground = RISK_COLOURS.get(risk, RISK_COLOURS["unknown"])
        self.banner.setStyleSheet(
            f"QLabel#riskBanner {{ background-color: {background}; color: {foreground}; border-radius: 4px; }}"
        )
        model = self.preferred.model()
        for position, key in enumerate(CHANNELS, start=1):
            if isinstance(model, QStandardItemModel):
                model.item(position).setEnabled(key not in never)
            self.channel_name_labels[key].setText(
                self.tr("{0} (never use)").format(names[key]) if key in never else names[key])

    # -- copying ----------------------------------------------------------

    def copy_channel(self, key: str) -> None:
        """Copy one address through the guard that clears the clipboard again."""
        text = self.channel_fields[key].text().strip()
        if not text:
            return
        self.context.clipboard.copy(text)
        self.status_label.setText(self.tr("Copied. The clipboard is cleared after {0} seconds.").format(
            self.context.localise_digits(str(self.context.clipboard.seconds))))
