"""Before sealing: members whose keys are not verified here are named, and the user decides about them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from amanat.app.sharing.bundle_reports import INCLUDE, LEAVE_OUT, ExportedBundle
from amanat.app.sharing.groups import GroupInfo
from amanat.app.ui.sync.peer_labels import who
from amanat.app.ui.widgets.text_direction import isolate


def sent_note(bundles: Sequence[ExportedBundle]) -> str:
    """Who was left out of the bundles just sealed, or sealed for although not verified; '' when nobody."""
    left_out = {m.fingerprint: m for b in bundles for m in b.left_out}
    included = {m.fingerprint: m for b in bundles for m in b.untrusted_included}
    lines = []
    if left_out:
        lines.append(QCoreApplication.translate("UntrustedExportDialog", "Left out (not verified by you): {0}").format(
            "; ".join(who(m.name, m.peer_id) for m in left_out.values())))
    if included:
        lines.append(QCoreApplication.translate(
            "UntrustedExportDialog", "Sealed also for people you have not verified: {0}").format(
                "; ".join(who(m.name, m.peer_id) for m in included.values())))
    return "\n".join(lines)


class UntrustedExportDialog(QDialog):
    """Groups with members whose keys I have not verified (or no longer trust): leave them out, include, or stop."""

    chosen = Signal(str)  # LEAVE_OUT or INCLUDE

    def __init__(self, groups: Sequence[GroupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("untrustedExportDialog")
        self.setWindowTitle(self.tr("Before sending"))
        self.intro = QLabel(self.tr(
            "These members' keys are not verified by you: you never compared safety numbers with them, you "
            "withdrew your trust, or their name looks like someone you verified but the keys are others. "
            "Anything sealed for them can be read with those keys."))
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("untrustedMemberList")
        # A name, a key id and a group name are often wider than the dialog: wrapped, never scrolled sideways.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Members not verified"))
        self.list.setAccessibleDescription(self.intro.text())
        for group in groups:
            for member in group.untrusted_members():
                self.list.addItem(self.tr("{0} — in the group {1}").format(
                    who(member.name, member.peer_id), isolate(group.name)))
        self.buttons = QDialogButtonBox()
        self.leave_out = self.buttons.addButton(self.tr("Leave them out"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.leave_out.setObjectName("leaveOutUntrustedButton")
        self.leave_out.setDefault(True)
        self.include = self.buttons.addButton(self.tr("Send to them too"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.include.setObjectName("includeUntrustedButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.leave_out.clicked.connect(lambda: self._choose(LEAVE_OUT))
        self.include.clicked.connect(lambda: self._choose(INCLUDE))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)

    def _choose(self, choice: str) -> None:
        self.chosen.emit(choice)
        self.accept()
