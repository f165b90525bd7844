"""A note's attachments: list, add (in a worker), view images inside the app, save a copy, remove.

Nothing here writes plaintext to disk except `save_copy`, which the user asks
for explicitly. Images are decoded from bytes in memory (QImage.fromData) and
dropped when their window closes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QImage, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.errors import AmanatError
from app.models import AttachmentInfo
from app.ui.widgets import file_dialogs
from app.ui.widgets.context import UiContext
from app.ui.widgets.text_direction import isolate
from app.ui.widgets.workers import Cancelled, ProgressCallback, Task, run_task
from app.vault import Vault

Index = QModelIndex | QPersistentModelIndex
KIB = 1024
IMAGE_VIEW_LIMIT = 64 * 1024 * 1024


def format_size(context: UiContext, size: int) -> str:
    """A byte count as the user reads it: '812 bytes', '3.4 KB', '12.0 MB', in the user's digits."""
    units = [
        (KIB**3, QCoreApplication.translate("AttachmentSize", "{0} GB")),
        (KIB**2, QCoreApplication.translate("AttachmentSize", "{0} MB")),
        (KIB, QCoreApplication.translate("AttachmentSize", "{0} KB")),
    ]
    for factor, template in units:
        if size >= factor:
            return context.localise_digits(template.format(f"{size / factor:.1f}"))
    return context.localise_digits(QCoreApplication.translate("AttachmentSize", "{0} bytes").format(size))


class AttachmentListModel(QAbstractTableModel):
    """The attachments of one item: name, size and when it was added."""

    COLUMNS = 3
    NAME, SIZE, ADDED = range(COLUMNS)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._rows: list[AttachmentInfo] = []

    def set_attachments(self, attachments: list[AttachmentInfo]) -> None:
        """Show these attachments instead."""
        self.beginResetModel()
        self._rows = list(attachments)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock, or when no item is shown)."""
        self.set_attachments([])

    def attachment(self, row: int) -> AttachmentInfo | None:
        """The attachment in `row`."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.NAME:
                return info.name
            if column == self.SIZE:
                return format_size(self.context, info.size)
            if column == self.ADDED:
                return self.context.format_time(info.created_at)
        if role == Qt.ItemDataRole.ToolTipRole:
            return info.media_type
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {self.NAME: self.tr("Name"), self.SIZE: self.tr("Size"), self.ADDED: self.tr("Added")}
        return names.get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


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


class ImageView(QWidget):
    """An image drawn from memory, scaled down (never up) to fit, centred."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentImage")
        self.image = image
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)

    def sizeHint(self) -> QSize:
        return self.image.size().boundedTo(QSize(1000, 700)).expandedTo(self.minimumSize())

    def clear(self) -> None:
        """Drop the decoded image."""
        self.image = QImage()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.image.isNull():
            return
        size = self.image.size()
        if size.width() > self.width() or size.height() > self.height():
            size = size.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(self.rect().center())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self.image)
        painter.end()


class ImageViewDialog(QDialog):
    """An image attachment, shown inside Amanat from decrypted bytes; nothing touches the disk.

    The window title stays generic: desktops record window titles, file names can be sensitive.
    """

    save_requested = Signal(str)  # attachment id

    def __init__(self, info: AttachmentInfo, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.attachment_id = info.id
        self.name = QLabel(info.name)
        self.name.setObjectName("imageViewName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = ImageView(image)
        self.save_button = QPushButton()
        self.save_button.setObjectName("imageSaveCopyButton")
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.attachment_id))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Attachment"))
        self.save_button.setText(self.tr("Save a copy…"))
        self.save_button.setAccessibleName(self.tr("Save a copy"))
        self.view.setAccessibleName(self.tr("Image: {0}").format(isolate(self.name.text())))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        self.view.clear()
        self.name.clear()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.view.clear()
        self.name.clear()
        super().closeEvent(event)


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
        self.message = QLabel()
        self.message.setObjectName("attachmentMessage")
        self.message.setWordWrap(True)

        self.remove_action = QAction(self)
        self.remove_action.setObjectName("attachmentRemoveAction")
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.table.addAction(self.remove_action)

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
        """Save a copy…: choose a folder; an unencrypted copy of the attachment is written there."""
        attachment_id = attachment_id or self._selected_id()
        if attachment_id is None:
            return
        folder = file_dialogs.existing_folder(self, self.tr("Save an unencrypted copy in"))
        if folder is not None:
            self.save_copy(folder, attachment_id)

    def _selected_id(self) -> str | None:
        info = self.selected()
        return None if info is None else info.id

    def save_copy(self, folder: Path, attachment_id: str | None = None) -> Path | None:
        """Write an attachment (the selected one by default), decrypted, into `folder`.

        An existing file is never overwritten: the core picks a free name.
        """
        attachment_id = attachment_id or self._selected_id()
        if attachment_id is None:
            return None
        try:
            target = self.context.attachments.save_copy(attachment_id, folder)
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
