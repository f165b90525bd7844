"""A note's attachments: list, add (in a worker), view images inside the app, save a copy, remove.

Nothing here writes plaintext to disk except `save_copy`, which the user asks
for explicitly. Images are decoded from bytes in memory (QImage.fromData) and
dropped when their window closes.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import AmanatError
from amanat.app.export_safety import MAX_SEALED_EXPORT_BYTES
from amanat.app.models import AttachmentInfo
from amanat.app.ui.models.attachment_list_model import KIB, AttachmentListModel
from amanat.app.ui.sections.image_view_dialog import ImageViewDialog
from amanat.app.ui.widgets import file_dialogs
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.export_flow import plan_export, write_sealed
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.shortcut_table import keys_of
from amanat.app.ui.widgets.text_direction import isolate
from amanat.app.ui.widgets.workers import Cancelled, ProgressCallback, Task, run_task
from amanat.app.vault import Vault

IMAGE_VIEW_LIMIT = 64 * 1024 * 1024


class _ProgressReader:
    """A file whose every read reports progress (in KiB, so Qt's 32-bit ints never overflow).

    The progress callback raises `Cancelled` once the user cancels, which
    aborts the core's transaction: nothing half-added stays behind.
    """

    def __init__(self, source: BinaryIO, total: int, progress: ProgressCallback) -> None:
        self._source = source
        self._total_kib = max(total // KIB, 1)
        self._done = 0
        self._progress = progress

    def read(self, size: int = -1) -> bytes:
        chunk = self._source.read(size)
        self._done += len(chunk)
        self._progress(min(self._done // KIB, self._total_kib), self._total_kib)
        return chunk


def add_file_in_this_thread(vault: Vault, item_id: str, path: Path, progress: ProgressCallback) -> AttachmentInfo:
    """Attach `path` through services on the worker's own connection (one connection per thread).

    The GUI thread can keep reading and saving while a large file streams in.
    """
    with vault.thread_services() as (_items, attachments), open(path, "rb") as source:
        reader = _ProgressReader(source, path.stat().st_size, progress)
        return attachments.add(item_id, cast(BinaryIO, reader), path.name)


class AttachmentPanel(QWidget):
    """The attachments of the note on screen, with Add…, View, Save a copy… and Remove."""

    count_changed = Signal(int)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentPanel")
        self.context = context
        self.item_id: str | None = None
        self.model = AttachmentListModel(context, self)
        self.table = QTreeView()
        self.table.setObjectName("attachmentList")
        self.table.setModel(self.model)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAllColumnsShowFocus(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(AttachmentListModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AttachmentListModel.SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AttachmentListModel.ADDED, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda _index: self.view_selected())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton()
        self.add_button.setObjectName("attachmentAddButton")
        self.add_button.clicked.connect(self.add_files_dialog)
        self.view_button = QPushButton()
        self.view_button.setObjectName("attachmentViewButton")
        self.view_button.clicked.connect(self.view_selected)
        self.save_button = QPushButton()
        self.save_button.setObjectName("attachmentSaveButton")
        self.save_button.clicked.connect(lambda: self.save_selected_dialog())
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("attachmentRemoveButton")
        self.remove_button.clicked.connect(self.remove_selected)
        self.progress = QProgressBar()
        self.progress.setObjectName("attachmentProgress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("attachmentCancelButton")
        self.cancel_button.clicked.connect(self.cancel_adding)
        self.cancel_button.hide()
        self.message = LiveLabel()
        self.message.setObjectName("attachmentMessage")
        self.message.setWordWrap(True)

        self.remove_action = QAction(self)
        self.remove_action.setObjectName("attachmentRemoveAction")
        self.remove_action.setShortcuts(keys_of("attachmentRemoveAction"))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.table.addAction(self.remove_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.view_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._task: Task | None = None
        self.retranslate()
        self._update_buttons()

    # -- showing ----------------------------------------------------------

    def set_item(self, item_id: str | None) -> None:
        """Show the attachments of `item_id` (None: nothing)."""
        if item_id != self.item_id:
            self.message.clear()
        self.item_id = item_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read the list from the vault."""
        attachments: list[AttachmentInfo] = []
        if self.item_id is not None:
            try:
                attachments = self.context.attachments.list(self.item_id)
            except AmanatError as error:
                self.context.show_error(self, error)
        self.model.set_attachments(attachments)
        if attachments:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()
        self.count_changed.emit(len(attachments))

    def selected(self) -> AttachmentInfo | None:
        """The attachment selected in the list."""
        index = self.table.currentIndex()
        return self.model.attachment(index.row()) if index.isValid() else None

    def select_name(self, name: str) -> bool:
        """Select the attachment called `name` (keyboard users and tests)."""
        for row in range(self.model.rowCount()):
            info = self.model.attachment(row)
            if info is not None and info.name == name:
                self.table.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def _update_buttons(self) -> None:
        busy = self._task is not None
        chosen = self.selected() is not None
        self.add_button.setEnabled(self.item_id is not None and not busy)
        for button in (self.view_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)
        self.remove_action.setEnabled(chosen)

    # -- adding -----------------------------------------------------------

    def add_files_dialog(self) -> None:
        """Add…: choose a file; it is encrypted into the vault in the background."""
        if self.item_id is None or self._task is not None:
            return
        path = file_dialogs.open_file(self, self.tr("Attach a file"))
        if path is not None:
            self.add_file(path)

    def add_file(self, path: Path) -> Task | None:
        """Encrypt `path` into the vault in a worker, with progress; returns the running task."""
        if self.item_id is None or self._task is not None:
            return None
        vault = self.context.vault
        item_id = self.item_id
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.message.setText(self.tr("Encrypting “{0}” into the vault…").format(isolate(path.name)))
        self._task = run_task(
            lambda progress: add_file_in_this_thread(vault, item_id, path, progress),
            self._added, self._add_failed, self, self._progressed,
        )
        self._update_buttons()
        return self._task

    def cancel_adding(self) -> None:
        """Stop adding; nothing of the file stays in the vault."""
        if self._task is not None:
            self._task.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _adding_ended(self) -> None:
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()

    def _added(self, info: object) -> None:
        self._adding_ended()
        name = info.name if isinstance(info, AttachmentInfo) else ""
        self.message.setText(self.tr("Attached “{0}”.").format(isolate(name)))
        self.refresh()
        if isinstance(info, AttachmentInfo):
            self.select_name(info.name)

    def _add_failed(self, error: BaseException) -> None:
        self._adding_ended()
        self._update_buttons()
        if isinstance(error, Cancelled):
            self.message.setText(self.tr("Cancelled. Nothing was attached."))
            return
        self.message.clear()
        self.context.show_error(self, error)

    def is_busy(self) -> bool:
        """True while a file is being added."""
        return self._task is not None

    # -- viewing, saving, removing ----------------------------------------

    def view_selected(self) -> ImageViewDialog | None:
        """View: images open in a window inside Amanat; other files can only be saved."""
        info = self.selected()
        if info is None:
            return None
        image = QImage()
        if info.media_type.startswith("image/") and info.size <= IMAGE_VIEW_LIMIT:
            try:
                image = QImage.fromData(self.context.attachments.read_all(info.id, IMAGE_VIEW_LIMIT))
            except AmanatError as error:
                self.context.show_error(self, error)
                return None
        if image.isNull():
            self.message.setText(self.tr(
                "Amanat can show pictures, but not “{0}”. Use “Save a copy…” to open it with another "
                "program; remember that the copy is not encrypted.").format(isolate(info.name)))
            return None
        self.message.clear()
        dialog = ImageViewDialog(info, image, self)
        dialog.save_requested.connect(self.save_selected_dialog)
        dialog.resize(dialog.sizeHint())
        dialog.show()
        return dialog

    def save_selected_dialog(self, attachment_id: str | None = None) -> None:
        """Save a copy…: warned, asked where, then written unencrypted or sealed with a passphrase (export_flow)."""
        attachment_id = attachment_id or self._selected_id()
        if attachment_id is None:
            return
        name = self.context.attachments.get(attachment_id).name
        plan = plan_export(self, self.context, self.tr("Save a copy"), name, "", "")
        if plan is None:
            return
        if not plan.sealed:
            self.save_copy(plan.path.parent, attachment_id, plan.path.name)
            return
        try:
            data = self.context.attachments.read_all(attachment_id, limit=MAX_SEALED_EXPORT_BYTES)
        except AmanatError as error:
            self.context.show_error(self, error)
            return
        self._seal_task = write_sealed(self, self.context, data, plan, self.message.setText)

    def _selected_id(self) -> str | None:
        info = self.selected()
        return None if info is None else info.id

    def save_copy(self, folder: Path, attachment_id: str | None = None, name: str | None = None) -> Path | None:
        """Write an attachment (the selected one by default), decrypted, into `folder`.

        An existing file is never overwritten: the core picks a free name.
        """
        attachment_id = attachment_id or self._selected_id()
        if attachment_id is None:
            return None
        try:
            target = self.context.attachments.save_copy(attachment_id, folder, name)
        except (AmanatError, OSError) as error:
            self.context.show_error(self, error)
            return None
        self.message.setText(self.tr("Saved an unencrypted copy as {0}").format(isolate(str(target))))
        return target

    def remove_selected(self) -> bool:
        """Remove the selected attachment for good, after asking."""
        info = self.selected()
        if info is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Remove attachment"),
            self.tr("Remove “{0}” from this note for good? It does not go to the trash.").format(isolate(info.name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.context.attachments.delete(info.id)
        except AmanatError as error:
            self.context.show_error(self, error)
            return False
        self.message.setText(self.tr("Removed “{0}”.").format(isolate(info.name)))
        self.refresh()
        return True

    # -- language and lifetime --------------------------------------------

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Attachments"))
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setAccessibleName(self.tr("Add an attachment"))
        self.view_button.setText(self.tr("View"))
        self.view_button.setAccessibleName(self.tr("View the attachment"))
        self.save_button.setText(self.tr("Save a copy…"))
        self.save_button.setAccessibleName(self.tr("Save an unencrypted copy"))
        self.save_button.setToolTip(self.tr("Writes the file, decrypted, into a folder you choose."))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the attachment"))
        self.remove_action.setText(self.tr("Remove attachment"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel adding the file"))
        self.progress.setAccessibleName(self.tr("Adding the file"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, AttachmentListModel.COLUMNS - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def shutdown(self) -> None:
        """Cancel any add in progress, wait for its thread, and forget every row (on lock)."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            task.wait()
        self.item_id = None
        self.model.clear()
        self.message.clear()
