"""Contacts: who the group works with, and how (and how never) to reach each of them safely.

The risk level and the channels never to use sit at the top of the form,
in a coloured banner that says it in words too. Copying an address goes
through the clipboard guard, which takes it back after a while. The list,
saving, the trash and history are `ItemEditorSection`'s.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
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
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import AmanatError
from amanat.app.models import CHANNELS, KIND_CONTACT, RISK_LEVELS, Contact, Item
from amanat.app.ui.models.item_list_model import IdRole
from amanat.app.ui.sections.item_editor_section import ItemEditorSection
from amanat.app.ui.sections.vcard_export import export_vcards
from amanat.app.ui.widgets.colours import RISK_BANNER
from amanat.app.ui.widgets.contact_labels import channel_labels, risk_level_labels
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.icons import icon
from amanat.app.ui.widgets.list_text import join_list
from amanat.app.ui.widgets.multilingual_edit import multilingual_text_edit
from amanat.app.ui.widgets.tags import parse_tags
from amanat.app.ui.widgets.theme import set_type

# Banner colours: each pair is readable in light and dark palettes because it sets both.
RISK_COLOURS = RISK_BANNER


class ContactsSection(ItemEditorSection):
    """The contacts list and the form of one contact."""

    kind = "contact"
    empty_icon = "address-book"

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("contactsSection")

        self.banner = QLabel()
        self.banner.setObjectName("riskBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setMargin(10)
        set_type(self.banner, "subheading")

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
            copy.setIcon(icon("copy"))
            copy.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
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
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty tab stop: its fields take the focus
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)

        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.status_label, 1)
        self.vcard_button = QPushButton()
        self.vcard_button.setObjectName("exportVCardButton")
        self.vcard_button.clicked.connect(self.export_chosen)
        # Ctrl- or Shift-click chooses several contacts for "Export as vCard…"; the editor shows the current one.
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        buttons.addWidget(self.vcard_button)
        buttons.addWidget(self.save_button)
        editor = QWidget()
        editor.setObjectName("contactEditor")
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.banner)
        editor_layout.addWidget(scroll, 1)
        editor_layout.addLayout(buttons)
        self.split(editor)

        for field in (self.name, self.alias, self.organisation, self.role, self.country, self.city,
                      *self.channel_fields.values()):
            field.textEdited.connect(self.mark_dirty)
        self.notes.textChanged.connect(self.mark_dirty)
        self.risk.currentIndexChanged.connect(self._safety_edited)
        self.preferred.currentIndexChanged.connect(self._safety_edited)
        for box in self.never.values():
            box.toggled.connect(self._never_toggled)
        context.settings_changed.connect(self.retranslate)  # the clipboard time in the tooltips
        self.retranslate()
        self._show(None)
        self.open_first()

    def export_chosen(self) -> None:
        """Save the form, then export the contacts chosen in the list (or the one shown) as vCard."""
        if not self.save():
            return
        ids = [str(index.data(IdRole)) for index in self.list_view.selectionModel().selectedRows()]
        if not ids and self.loaded is not None:
            ids = [self.loaded.id]
        try:
            contacts = [c for c in (self.context.items.get(i, KIND_CONTACT) for i in ids) if isinstance(c, Contact)]
        except AmanatError as error:
            self.context.show_error(self, error)
            return
        self._export_task = export_vcards(self, self.context, contacts, self.status_label.setText)

    def _line(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        return field

    # -- texts ------------------------------------------------------------

    def retranslate(self) -> None:
        self.retranslate_common()
        self.new_button.setText(self.tr("New contact"))
        self.new_button.setAccessibleName(self.tr("New contact"))
        self.list_view.setAccessibleName(self.tr("Contacts"))
        self.vcard_button.setText(self.tr("Export as vCard…"))
        self.vcard_button.setAccessibleName(self.tr("Export as vCard"))
        self.vcard_button.setToolTip(self.tr("Write the contacts chosen in the list (Ctrl+click to choose several) "
                                             "into a .vcf file for a phone or a mail program"))
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
                            (self.country, self.tr("Country")), (self.city, self.tr("City"))):
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
        self._update_safety_view()

    def risk_level_labels(self) -> dict[str, str]:
        """RISK_LEVELS in the user's language, for the list."""
        return risk_level_labels()

    def risk_banner_labels(self) -> dict[str, str]:
        """RISK_LEVELS as the banner says them."""
        return {"unknown": self.tr("Risk not assessed"), "low": self.tr("Low risk"),
                "medium": self.tr("Medium risk"), "high": self.tr("High risk")}

    # -- the form ---------------------------------------------------------

    def show_item(self, item: Item | None) -> None:
        contact = item if isinstance(item, Contact) else None
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
        self.tags.setText(join_list(shown.tags))
        for line in (self.name, self.alias, self.organisation, self.role, self.country, self.city, self.tags,
                     *self.channel_fields.values()):
            line.setCursorPosition(0)  # a long value shows its start, not its end
        self._update_safety_view()
        self.delete_button.setEnabled(contact is not None)
        self.history_button.setEnabled(contact is not None)

    def empty_state_texts(self) -> tuple[str, str, str]:
        if self.list_is_empty():
            return (self.tr("No contacts yet"),
                    self.tr("Keep the people you work with here, with how to reach them safely and how never to."),
                    self.tr("New contact"))
        return (self.tr("No contact is open"),
                self.tr("Choose one from the list, or press Ctrl+N to add someone."), self.tr("New contact"))

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
            "tags": parse_tags(self.tags.text()),
        }
        if isinstance(self.loaded, Contact) and self.current_id == self.loaded.id:
            return replace(self.loaded, **values)  # type: ignore[arg-type]
        return Contact(id="", **values)  # type: ignore[arg-type]

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

    def _safety_edited(self) -> None:
        self._update_safety_view()
        self.mark_dirty()

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
