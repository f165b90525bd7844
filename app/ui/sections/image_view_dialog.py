"""An attached image shown from memory: never written to a temporary file, never opened by another program."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from amanat.app.models import AttachmentInfo
from amanat.app.ui.widgets.text_direction import isolate


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
