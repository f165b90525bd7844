"""Export as vCard…: the contacts chosen in the list, into one .vcf file, safety fields only if asked.

The dialog names the contacts that will leave, and offers the safety fields (risk level, channels
never to use) unticked, saying what they would tell whoever gets the file; then the usual export
flow (export_flow): the plaintext warning with its sealed alternative, the file dialog, the
exposed-folder check. The cards are written by the core (app/transfer/vcard.py), as by
`amanat export ID… --format vcf`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from amanat.app.errors import AmanatError
from amanat.app.models import Contact
from amanat.app.transfer.vcard import contacts_to_vcards
from amanat.app.ui.sections.draft_export import write_export
from amanat.app.ui.widgets.context import WINDOW_TITLE, UiContext
from amanat.app.ui.widgets.export_flow import plan_export, write_sealed
from amanat.app.ui.widgets.text_direction import isolate
from amanat.app.ui.widgets.workers import Task
from amanat.app.ui.widgets.wrapped_text import keep_wrapped_text_whole

Report = Callable[[str], None]


class VCardExportDialog(QDialog):
    """Which contacts leave, and whether their safety fields go with them (not unless ticked)."""

    def __init__(self, context: UiContext, contacts: list[Contact], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vcardExportDialog")
        self.setWindowTitle(WINDOW_TITLE)
        self.contacts = contacts
        heading = QLabel(context.counted(len(contacts), self.tr("Export {0} contact as a vCard file"),
                                         self.tr("Export {0} contacts as a vCard file")))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        names = QListWidget()
        names.setObjectName("vcardContacts")
        names.setAccessibleName(self.tr("Contacts to export"))
        names.addItems([isolate(contact.display_name) for contact in contacts])
        names.setMaximumHeight(160)
        self.safety_fields = QCheckBox(self.tr("Also write their safety fields: risk level and channels never to use"))
        self.safety_fields.setObjectName("vcardSafetyFields")
        self.safety_fields.setChecked(False)
        hint = QLabel(self.tr(
            "Left out unless you tick it. Whoever gets the file would learn who is at risk and how not to "
            "reach them. Phones and mail programs ignore these fields."))
        hint.setWordWrap(True)
        hint.setObjectName("vcardSafetyHint")
        high = sum(1 for contact in contacts if contact.risk_level == "high")
        at_risk = QLabel(context.counted(high, self.tr("{0} of them is marked high risk."),
                                         self.tr("{0} of them are marked high risk.")) if high else "")
        at_risk.setObjectName("vcardHighRisk")
        at_risk.setVisible(high > 0)
        at_risk.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, names, at_risk, self.safety_fields, hint, self.buttons):
            layout.addWidget(widget)
        self.setMaximumWidth(640)
        keep_wrapped_text_whole(self)


def export_vcards(parent: QWidget, context: UiContext, contacts: list[Contact], report: Report) -> Task | None:
    """Ask (VCardExportDialog, then the export flow) and write the cards; a sealing task if one was started."""
    if not contacts:
        return None
    dialog = VCardExportDialog(context, contacts, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    with_safety = dialog.safety_fields.isChecked()
    vcf = QCoreApplication.translate("Export", "vCard file (*.vcf)")
    plan = plan_export(parent, context, QCoreApplication.translate("Export", "Export contacts"), "contacts.vcf",
                       vcf, vcf)
    if plan is None:
        return None
    target = plan.path if plan.path.suffix.lower() in (".vcf", ".vcard") else plan.path.with_name(
        plan.path.name + ".vcf")
    try:
        data = contacts_to_vcards(contacts, with_safety_fields=with_safety)
        if plan.sealed:
            return write_sealed(parent, context, data, replace(plan, path=target), report)
        write_export(target, data)
    except AmanatError as error:
        context.show_error(parent, error)
        return None
    report(context.counted(len(contacts), QCoreApplication.translate("Export", "{0} contact exported to {1} "
                                                                     "(not encrypted)."),
                           QCoreApplication.translate("Export", "{0} contacts exported to {1} (not encrypted)."),
                           target.name))
    return None
