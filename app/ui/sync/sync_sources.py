"""Where bundles come from in the exchange view: the USB drives mounted now, and text pasted into a dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStorageInfo, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from amanat.app.platform.drives import Volume, exchange_drives
from amanat.app.platform.system import current_system

MAX_PASTED_CHARS = 100 * 2**20


def _volume(storage: QStorageInfo, system_root: str) -> Volume:
    root = storage.rootPath()
    return Volume(root=root, label=storage.displayName() or Path(root).name,
                  file_system=bytes(storage.fileSystemType().data()).decode("utf-8", "replace"),
                  device=bytes(storage.device().data()).decode("utf-8", "replace"),
                  is_system=storage.isRoot() or root == system_root)


def removable_drives() -> list[tuple[str, Path]]:
    """Mounted drives a USB stick shows up as, as (label, root): never the system disk, a network share,
    a cloud drive or a disk image (app/platform/drives.py decides, per system)."""
    system_root = QStorageInfo.root().rootPath()
    volumes = [_volume(storage, system_root) for storage in QStorageInfo.mountedVolumes()
               if storage.isValid() and storage.isReady()]
    return [(f"{volume.label} ({Path(volume.root)})", Path(volume.root))
            for volume in exchange_drives(volumes, current_system())]


class PasteBundleDialog(QDialog):
    """A bundle pasted as text (from an e-mail body or a chat): `pasted` is called with it on OK."""

    def __init__(self, pasted: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteBundleDialog")
        self.setWindowTitle(self.tr("Paste a bundle"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("pastedBundle")
        self.text.setTabChangesFocus(True)  # Tab reaches OK and Cancel: a pasted bundle needs no tab character
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        label = QLabel(self.tr("Paste the text from BEGIN AGE ENCRYPTED FILE to its END line:"))
        label.setBuddy(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.accepted.connect(lambda: pasted(self.text.toPlainText()[:MAX_PASTED_CHARS]))
