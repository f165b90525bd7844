"""The quarantine in the exchange view: bundles from people not verified here, kept until the user decides."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from amanat.app.sharing.bundle_reports import ImportReport
from amanat.app.sharing.quarantine import DEFAULT_LIMITS
from amanat.app.ui.sync.peer_labels import look_alike_text, who
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.workers import ProgressCallback, Task, run_task


class QuarantineView(QWidget):
    """The quarantined bundles, with Import now and Delete."""

    imported = Signal(list)  # ImportReports of what was applied
    said = Signal(str)  # a line for the exchange view's status

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task: Task | None = None
        self.label = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("quarantineList")
        self.list.setMaximumHeight(110)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyQuarantinedButton")
        self.apply_button.clicked.connect(self.apply_selected)
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discardQuarantinedButton")
        self.discard_button.clicked.connect(self.discard_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr(
            "Quarantine: bundles from people you have not verified. Verify the sender, then import."))
        limits = DEFAULT_LIMITS
        number = self.context.localise_digits
        self.label.setToolTip(self.tr(
            "The quarantine keeps at most {0} bundles ({1} MB) from one sender and {2} MB in all; "
            "the oldest are deleted to make room.").format(
                number(str(limits.bundles_per_sender)), number(str(limits.bytes_per_sender // 1_000_000)),
                number(str(limits.total_bytes // 1_000_000))))
        self.list.setAccessibleName(self.tr("Quarantined bundles"))
        self.list.setAccessibleDescription(self.label.text())
        self.apply_button.setText(self.tr("Import now"))
        self.discard_button.setText(self.tr("Delete"))

    def reload(self) -> None:
        self.list.clear()
        for entry in self.context.vault.sync.exchange.quarantined():
            text = self.tr("From {0} · received {1}").format(
                who(entry.sender_name or self.tr("someone unknown"), entry.sender[:16]),
                self.context.format_time(entry.received_at))
            alike = self.context.vault.sync.identities.look_alikes_of(entry.sender_name, entry.sender)
            item = QListWidgetItem(text + ("\n" + look_alike_text(alike) if alike else ""))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
        has_entries = self.list.count() > 0
        self.apply_button.setEnabled(has_entries)
        self.discard_button.setEnabled(has_entries)

    def _selected(self) -> str | None:
        item = self.list.currentItem() or self.list.item(0)
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def apply_selected(self) -> Task | None:
        """Import the selected bundle now (its sender was verified meanwhile), in a worker."""
        entry_id = self._selected()
        if entry_id is None:
            return None
        vault = self.context.vault

        def work(_progress: ProgressCallback) -> ImportReport:
            with vault.thread_sync() as sync:
                return sync.exchange.import_from_quarantine(entry_id)

        self.apply_button.setEnabled(False)
        self.discard_button.setEnabled(False)
        self.task = run_task(work, self._applied, self._failed, self)
        return self.task

    def _applied(self, report: ImportReport) -> None:
        self.task = None
        if report.status == "quarantined":
            self.said.emit(self.tr("Still waiting: verify {0} first.").format(
                who(report.sender_name, report.sender_id)))
        else:
            self.said.emit(self.tr("Imported."))
            self.imported.emit([report])
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.reload()
        self.context.show_error(self, error)

    def discard_selected(self) -> None:
        entry_id = self._selected()
        if entry_id is not None:
            self.context.vault.sync.exchange.discard_from_quarantine(entry_id)
            self.said.emit(self.tr("Deleted from the quarantine."))
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
