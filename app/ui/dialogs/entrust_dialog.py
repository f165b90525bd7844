"""Tools → Entrust to colleagues…: my vault's set of shares, and the shares I hold for others.

Making a set is the core's (`EntrustService.create`, which `amanat entrust create` runs too): a new slot in the
key file, one share per chosen verified colleague, each sealed in a bundle file written into a folder the
owner picks. Answering a colleague's recovery request is `entrust_answer_dialog.py`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import AmanatError, InvalidValue
from amanat.app.sharing.entrust import month_of
from amanat.app.ui.dialogs.entrust_answer_dialog import AnswerRequestDialog
from amanat.app.ui.widgets import file_dialogs
from amanat.app.ui.widgets.context import WINDOW_TITLE, UiContext
from amanat.app.ui.widgets.list_text import join_list
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.text_direction import isolate
from amanat.crypto.atomic_write import write_file_atomically


def _label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label


class EntrustDialog(QDialog):
    """Entrust my vault to k of n verified colleagues; see the sets made; the shares I hold for others."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entrustDialog")
        self.context = context
        self.tabs = QTabWidget()
        self.tabs.setObjectName("entrustTabs")
        self.tabs.addTab(self._my_vault_tab(), "")
        self.tabs.addTab(self._held_tab(), "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.answer_dialog: AnswerRequestDialog | None = None
        self.resize(720, 600)
        self.retranslate()
        self.refresh()

    def _my_vault_tab(self) -> QWidget:
        self.intro = _label("entrustIntro")
        self.current = _label("entrustCurrent")
        self.history = _label("entrustHistory")
        self.people = QListWidget()
        self.people.setObjectName("entrustPeople")
        self.people.itemChanged.connect(self._update_threshold)
        self.threshold_label = QLabel()
        self.threshold = QSpinBox()
        self.threshold.setObjectName("entrustThreshold")
        self.threshold.setRange(2, 2)
        self.make_button = QPushButton()
        self.make_button.setObjectName("entrustMakeButton")
        self.make_button.clicked.connect(self._choose_folder_and_make)
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("entrustWithdrawButton")
        self.withdraw_button.clicked.connect(self._ask_withdraw)
        self.status = LiveLabel()
        self.status.setObjectName("entrustStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.threshold_label)
        row.addWidget(self.threshold)
        row.addStretch(1)
        row.addWidget(self.withdraw_button)
        row.addWidget(self.make_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        for widget in (self.intro, self.current, self.history, self.people):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.status)
        return tab

    def _held_tab(self) -> QWidget:
        self.held_intro = _label("entrustHeldIntro")
        self.held = QListWidget()
        self.held.setObjectName("entrustHeldList")
        self.answer_button = QPushButton()
        self.answer_button.setObjectName("entrustAnswerButton")
        self.answer_button.clicked.connect(self.open_answer)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.held_intro)
        layout.addWidget(self.held)
        layout.addWidget(self.answer_button, 0, Qt.AlignmentFlag.AlignRight)
        return tab

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Entrust to colleagues"))
        self.tabs.setTabText(0, self.tr("My vault"))
        self.tabs.setTabText(1, self.tr("Shares I hold"))
        self.intro.setText(self.tr(
            "If you lose your passphrase and your recovery key, colleagues you trust can help you open your vault "
            "again. Choose them below and how many of them are needed. Each receives one share, in a bundle only "
            "they can open. Fewer shares than needed reveal nothing. Those needed, working together, could open "
            "your vault if they also had a copy of its files: choose people who would never do that, and keep "
            "your backups away from them."))
        self.threshold_label.setText(self.tr("Colleagues needed to recover:"))
        self.threshold.setAccessibleName(self.threshold_label.text())
        self.people.setAccessibleName(self.tr("Verified colleagues who will hold a share"))
        self.make_button.setText(self.tr("Make the shares…"))
        self.withdraw_button.setText(self.tr("Withdraw the set"))
        self.held_intro.setText(self.tr(
            "Shares that colleagues entrusted to you. They are kept apart from your items. Give one back only "
            "through a recovery request, after comparing the safety number with its owner."))
        self.answer_button.setText(self.tr("Answer a recovery request…"))
        self.held.setAccessibleName(self.tr("Recovery shares I hold for others"))

    def refresh(self) -> None:
        """Fill the lists from the vault."""
        entrust = self.context.vault.sync.entrust
        sets = entrust.sets(self.context.vault.key_file)
        current = next((s for s in sets if s.current), None)
        if current is None:
            self.current.setText(self.tr("Your vault is not entrusted to colleagues."))
        else:
            self.current.setText(self.tr("Your vault is entrusted to {0} (set of {1}, {2} of {3}).").format(
                join_list(isolate(name) for _, name in current.holders), self._digits(month_of(current.created)),
                self._digits(str(current.threshold)), self._digits(str(current.shares))))
        replaced = [s for s in sets if not s.current]
        self.history.setVisible(bool(replaced))
        self.history.setText("\n".join(self.tr("Replaced: set of {0}, held by {1}; its shares no longer open "
                                                "the vault.").format(self._digits(month_of(s.created)),
                                                                     join_list(isolate(n) for _, n in s.holders))
                                       for s in replaced))
        self.withdraw_button.setEnabled(current is not None)
        self._fill_people()
        self._fill_held()

    def _digits(self, text: str) -> str:
        return self.context.localise_digits(text)

    def _fill_people(self) -> None:
        self.people.blockSignals(True)
        self.people.clear()
        for peer in self.context.vault.sync.identities.peers():
            item = QListWidgetItem(f"{isolate(peer.name)} · {peer.peer_id}" if peer.verified else
                                   self.tr("{0} · {1} (not verified: compare safety numbers first)").format(
                                       isolate(peer.name), peer.peer_id))
            item.setData(Qt.ItemDataRole.UserRole, peer.fingerprint)
            if peer.verified:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.people.addItem(item)
        self.people.blockSignals(False)
        self._update_threshold()

    def _fill_held(self) -> None:
        self.held.clear()
        for share in self.context.vault.sync.entrust.held():
            self.held.addItem(self.tr("{0} (set of {1}, {2} of {3})").format(
                isolate(share.owner_name), self._digits(month_of(share.created)), self._digits(str(share.threshold)),
                self._digits(str(share.shares))))
        if self.held.count() == 0:
            self.held.addItem(self.tr("You hold no recovery shares for others."))
        self.answer_button.setEnabled(bool(self.context.vault.sync.entrust.held()))

    def chosen(self) -> list[str]:
        """The fingerprints of the ticked colleagues."""
        return [item.data(Qt.ItemDataRole.UserRole) for item in
                (self.people.item(row) for row in range(self.people.count()))
                if item.checkState() == Qt.CheckState.Checked]

    def _update_threshold(self) -> None:
        count = len(self.chosen())
        self.threshold.setRange(2, max(2, count))
        if count >= 2 and self.threshold.value() < 2:
            self.threshold.setValue(min(3, count))
        self.make_button.setEnabled(count >= 2)

    def _choose_folder_and_make(self) -> None:
        folder = file_dialogs.existing_folder(self, self.tr("Where to put the shares' bundle files"))
        if folder is not None:
            self.make_into(folder)

    def make_into(self, folder: Path) -> bool:
        """Make a new set for the ticked colleagues and write each one's bundle into `folder`."""
        try:
            made = self.context.vault.sync.entrust.create(self.context.vault.keys, self.threshold.value(),
                                                          self.chosen())
            lines = []
            for bundle in made.bundles:
                path = Path(folder) / bundle.file_name
                if path.exists():
                    raise InvalidValue(f"{path} exists already")
                write_file_atomically(path, bundle.data)
                lines.append(f"{isolate(bundle.holder_name)}: {isolate(str(path))}")
        except AmanatError as error:
            self.context.show_error(self, error)
            return False
        self.status.setText(self.tr("Made. Give each colleague their own file (it opens only for them), like any "
                                    "bundle. Any older set no longer opens the vault.") + "\n" + "\n".join(lines))
        self.refresh()
        return True

    def _ask_withdraw(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, WINDOW_TITLE, self.tr(
            "Withdraw the set? No colleague's share will open your vault any more, until you make a new set."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("entrustWithdrawQuestion")
        box.accepted.connect(self.withdraw)
        box.open()
        self.question = box

    def withdraw(self) -> None:
        """Remove the set: no shares open the vault any more."""
        self.context.vault.sync.entrust.withdraw(self.context.vault.keys)
        self.status.setText(self.tr("The set is withdrawn: no shares open your vault any more."))
        self.refresh()

    def open_answer(self) -> AnswerRequestDialog:
        """The dialog that opens a colleague's recovery request."""
        dialog = AnswerRequestDialog(self.context, self)
        dialog.finished.connect(lambda _result: self.refresh())
        self.answer_dialog = dialog
        dialog.open()
        return dialog
