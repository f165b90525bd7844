"""Where bundles come from in the exchange view: the USB drives mounted now, and text pasted into a dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStorageInfo, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

MAX_PASTED_CHARS = 100 * 2**20
REMOVABLE_MOUNT_PREFIXES = ("/media/", "/run/media/", "/Volumes/")  # Linux (udisks), macOS


def removable_drives() -> list[tuple[str, Path]]:
    """Mounted drives a USB stick shows up as (never the system's own disks), as (label, root).

    Qt cannot tell a USB stick from an internal disk, so this goes by where systems mount
    removable media: /media and /run/media on Linux, /Volumes on macOS, and on Windows every
    drive but the one Windows runs from.
    """
    system_root = Path(QStorageInfo.root().rootPath())
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady():
            continue
        root = Path(volume.rootPath())
        text = root.as_posix().rstrip("/") + "/"
        removable = text.startswith(REMOVABLE_MOUNT_PREFIXES) or (
            len(root.anchor) > 1 and root.anchor[1] == ":" and root != system_root)  # a Windows drive letter
        if not removable:
            continue
        drives.append((f"{volume.displayName() or root.name} ({root})", root))
    return drives


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
