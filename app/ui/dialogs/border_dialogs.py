"""Border features in the window: panic wipe, the duress passphrase and the threat model (travel mode:
travel_dialog.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.passphrase_fields import busy_bar, passphrase_field
from amanat.app.ui.widgets.theme import set_state
from amanat.app.ui.widgets.workers import ProgressCallback, Task, run_task
from amanat.app.ui.widgets.wrapped_text import keep_wrapped_text_whole
from amanat.resources import SECURITY_DIR

if TYPE_CHECKING:
    from amanat.app.wipe import WipeReport


class PanicWipeDialog(QDialog):
    """One confirmation, then the vault's keys are destroyed and its files deleted."""

    wipe_confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panicWipeDialog")
        self.setWindowTitle(self.tr("Panic wipe"))
        text = QLabel(self.tr(
            "This destroys the vault on this computer for good: first its keys, so nothing in it can be read "
            "any more, then its files. It takes less than a second. There is no undo; only a backup or your "
            "group's copies can bring the content back."))
        text.setWordWrap(True)
        self.wipe_button = QPushButton(self.tr("Wipe now"))
        self.wipe_button.setObjectName("confirmWipeButton")
        set_state(self.wipe_button, "danger")  # white on red, 6.5:1 (widgets/theme.py)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.wipe_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.wipe_button.clicked.connect(self._confirmed)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def _confirmed(self) -> None:
        self.accept()
        self.wipe_confirmed.emit()


def say_what_remains(parent: QWidget, report: WipeReport) -> QMessageBox | None:
    """After a panic wipe: say which files another program held open (Windows), or that a key file was among them."""
    if report.keys_destroyed and not report.held:
        return None
    if not report.keys_destroyed:
        text = QCoreApplication.translate(
            "PanicWipeDialog", "A key file is held open by another program and could not be destroyed. Close "
            "other programs (a backup or antivirus program, another Amanat) and wipe again.")
    else:
        text = QCoreApplication.translate(
            "PanicWipeDialog", "The keys are destroyed: nothing in the vault can be read any more. {count} file(s) "
            "are held open by another program and remain, encrypted; close other programs and delete them:"
        ).format(count=len(report.held))
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("PanicWipeDialog", "Panic wipe"),
                      text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("wipeLeftoversNotice")
    box.setDetailedText("\n".join(str(path) for path in report.held))
    box.open()
    return box


DURESS_WIDTH = 600


class DuressDialog(QDialog):
    """Set or remove the duress passphrase (setting it derives a key: a second or so, in a worker)."""

    duress_set = Signal()

    fill_decoy_requested = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: Task | None = None
        self.busy = busy_bar("duressBusy")
        self.setObjectName("duressDialog")
        self.context = context
        self.setWindowTitle(self.tr("Duress passphrase"))
        intro = QLabel(self.tr(
            "If someone forces you to unlock Amanat, type the duress passphrase at the unlock screen instead of "
            "yours. It looks like a normal unlock, but it destroys this vault for good and opens a harmless "
            "decoy vault in its place. Nothing in the vault folder shows whether a duress passphrase is set. "
            "Changing your passphrase turns the duress passphrase off."))
        intro.setWordWrap(True)
        self.warning = QLabel(self.tr(
            "<b>Never type the duress passphrase to try it out.</b> Typed at the unlock screen, even once, it "
            "destroys your real vault at once and for good: there is no undo, and only a backup or your "
            "group's copies can bring your content back."))
        self.warning.setObjectName("duressWarning")
        set_state(self.warning, "warning")
        self.warning.setWordWrap(True)
        self.how_to_fill = QLabel(self.tr(
            "To fill the decoy safely, never unlock with the duress passphrase: while your real vault is open, "
            "use Tools → Fill the decoy… (or, on the command line, your own passphrase and amanat --decoy)."))
        self.how_to_fill.setObjectName("duressHowToFill")
        self.how_to_fill.setWordWrap(True)
        self.first = passphrase_field("duressPassphrase")
        self.second = passphrase_field("duressPassphraseAgain")
        self.status = LiveLabel()
        self.status.setObjectName("duressStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_button = QPushButton(self.tr("Set duress passphrase"))
        self.set_button.setObjectName("setDuressButton")
        self.set_button.clicked.connect(self.set_duress)
        self.off_button = QPushButton(self.tr("Turn off and wipe the decoy"))
        self.off_button.setObjectName("removeDuressButton")
        self.off_button.clicked.connect(self.remove_duress)
        self.fill_button = QPushButton(self.tr("Fill the decoy…"))
        self.fill_button.setObjectName("fillDecoyButton")
        self.fill_button.clicked.connect(self.fill_decoy_requested)
        form = QFormLayout()
        form.addRow(self.tr("Duress passphrase:"), self.first)
        #: Label of the second field: type the same duress passphrase again
        form.addRow(self.tr("Repeat it:"), self.second)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        keep_wrapped_text_whole(self)
        self.setMinimumWidth(DURESS_WIDTH)  # three long texts: narrower, it grows taller than a small screen
        layout.addWidget(intro)
        layout.addWidget(self.warning)
        layout.addWidget(self.how_to_fill)
        layout.addLayout(form)
        layout.addWidget(self.set_button)
        layout.addWidget(self.fill_button)
        layout.addWidget(self.off_button)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self._show_state()

    def _show_state(self) -> None:
        vault = self.context.vault
        is_set = vault.duress_state() != "off"
        self.off_button.setEnabled(is_set or vault.has_decoy())
        self.fill_button.setEnabled(vault.has_decoy())
        if is_set:
            self.status.setText(self.tr("The duress passphrase is set."))

    def set_duress(self) -> Task | None:
        """Set the duress passphrase typed twice, in a worker; `duress_set` when done."""
        passphrase = self.first.text()
        if passphrase != self.second.text() or not passphrase:
            self.status.setText(self.tr("The two passphrases differ."))
            return None
        self.first.clear()
        self.second.clear()
        vault = self.context.vault

        def work(progress: ProgressCallback) -> None:
            from amanat.app.duress import set_duress_in_thread  # the vault's machinery: not before the window shows

            set_duress_in_thread(vault, passphrase, progress)

        self._set_busy(True)
        self.status.setText(self.tr("Setting the duress passphrase (a few seconds)…"))
        owner = QCoreApplication.instance()
        assert owner is not None
        self._task = run_task(work, self._duress_was_set, self._duress_failed, owner)
        return self._task

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.first, self.second, self.set_button, self.off_button, self.fill_button):
            widget.setEnabled(not busy)  # the decoy is not opened while its key and file are being written

    def _duress_was_set(self, _result: object) -> None:
        self._task = None
        self._set_busy(False)
        self._show_state()
        self.status.setText(self.tr(
            "Set. Do not try it out: at the unlock screen it destroys this vault for good. Fill the decoy with "
            "harmless content as described above, with your own passphrase."))
        self.duress_set.emit()

    def _duress_failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        self._show_state()
        self.status.setText("")
        self.context.show_error(self, error)

    def done(self, result: int) -> None:
        # Closing (or locking) waits for a key file still being written, so it is whole before the vault closes.
        task, self._task = self._task, None
        if task is not None:
            task.wait()
        super().done(result)

    def remove_duress(self) -> None:
        from amanat.app.duress import remove_duress

        remove_duress(self.context.vault)
        self._show_state()
        self.status.setText(self.tr("There is no duress passphrase any more."))


class SecurityDialog(QDialog):
    """SECURITY.md in the user's language: what Amanat protects against, and what it cannot."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("securityDialog")
        self.setWindowTitle(self.tr("What Amanat protects, and what it cannot"))
        browser = QTextBrowser()
        browser.setObjectName("securityText")
        browser.setAccessibleName(self.windowTitle())
        browser.setTabChangesFocus(True)  # Tab reaches Close
        browser.setOpenLinks(False)
        path = SECURITY_DIR / f"SECURITY.{language}.md"
        if not path.exists():
            path = SECURITY_DIR / "SECURITY.en.md"
        browser.setMarkdown(path.read_text(encoding="utf-8"))
        if language in ("fa", "ps"):
            browser.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        self.resize(760, 620)
