"""The Security group of the settings: passphrase, recovery key, key-derivation cost, re-keying, keychain, binding.

It changes the vault's key file, never the settings file. Results and errors are said under the group;
the dialogs it opens are window-modal over the settings window and closed with it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from amanat.app.errors import AmanatError, KeychainUnavailable
from amanat.app.ui.dialogs.device_binding_settings import DeviceBindingSettings
from amanat.app.ui.dialogs.passphrase_dialogs import (
    ChangePassphraseDialog,
    RecalibrateDialog,
    RecoveryKeyDialog,
    grow_to_fit,
)
from amanat.app.ui.dialogs.rekey_dialog import RekeyDialog
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.error_text import describe_error
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.passphrase_fields import busy_bar
from amanat.app.ui.widgets.workers import Task, run_task
from amanat.crypto.kdf import KIB_PER_MIB, Argon2idParams
from amanat.crypto.recovery_key import RecoveryKey


def row(*widgets: QWidget) -> QWidget:
    """Widgets side by side, the last one pushed to the trailing edge."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets[:-1]:
        layout.addWidget(widget, 1)
    layout.addWidget(widgets[-1])
    return box


class SecuritySettings(QGroupBox):
    """The Security group: every change here goes through the vault's key slots, in a dialog or a worker."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("securityGroup")
        self.context = context
        self._sub_dialog: QDialog | None = None
        self._message_box: QMessageBox | None = None
        self._task: Task | None = None
        self.change_passphrase = QPushButton()
        self.change_passphrase.setObjectName("changePassphraseButton")
        self.new_recovery = QPushButton()
        self.new_recovery.setObjectName("newRecoveryKeyButton")
        self.kdf_description = QLabel()
        self.kdf_description.setObjectName("kdfDescription")
        self.kdf_description.setWordWrap(True)
        self.recalibrate = QPushButton()
        self.recalibrate.setObjectName("recalibrateButton")
        self.rekey = QPushButton()
        self.rekey.setObjectName("rekeyButton")
        self.remember = QCheckBox()
        self.remember.setObjectName("rememberOnDevice")
        self.remember_note = LiveLabel()
        self.remember_note.setObjectName("rememberNote")
        self.remember_note.setWordWrap(True)
        self.security_message = LiveLabel()
        self.security_message.setObjectName("securityMessage")
        self.security_message.setWordWrap(True)
        self.security_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.security_message.hide()
        self.security_busy = busy_bar("securityBusy")
        self.binding = DeviceBindingSettings(context, self.say, self._confirm, self)
        self.passphrase_label, self.recovery_label, self.kdf_label = QLabel(), QLabel(), QLabel()
        self.vault_key_label = QLabel()
        form = QFormLayout()
        form.addRow(self.passphrase_label, row(QWidget(), self.change_passphrase))
        form.addRow(self.recovery_label, row(QWidget(), self.new_recovery))
        form.addRow(self.kdf_label, row(self.kdf_description, self.recalibrate))
        form.addRow(self.vault_key_label, row(QWidget(), self.rekey))
        # Wrapped labels outside the form: QFormLayout's spanning rows clip them.
        column = QVBoxLayout(self)
        column.addLayout(form)
        for widget in (self.remember, self.remember_note, self.binding, self.security_message, self.security_busy):
            column.addWidget(widget)
        column.addStretch(1)  # a tab as tall as the General one: the rows stay together at the top
        self.setFlat(True)  # the Security tab is its frame and its title

        self.change_passphrase.clicked.connect(self.ask_change_passphrase)
        self.new_recovery.clicked.connect(self.ask_new_recovery_key)
        self.recalibrate.clicked.connect(self.ask_recalibrate)
        self.rekey.clicked.connect(self.ask_rekey)
        self.remember.clicked.connect(self._remember_clicked)
        self.remember.setChecked(context.vault.keys.remembered_on_this_device)

    @property
    def settings_window(self) -> QWidget:
        """The window the sub-dialogs and warnings belong to (the settings dialog)."""
        return self.window()

    def retranslate(self) -> None:
        self.passphrase_label.setText(self.tr("Passphrase"))
        self.change_passphrase.setText(self.tr("C&hange passphrase…"))
        self.change_passphrase.setAccessibleName(self.tr("Change passphrase"))
        self.recovery_label.setText(self.tr("Recovery key"))
        self.new_recovery.setText(self.tr("Show a &new recovery key…"))
        self.new_recovery.setAccessibleName(self.tr("Show a new recovery key"))
        self.kdf_label.setText(self.tr("Key derivation"))
        self.recalibrate.setText(self.tr("&Recalibrate…"))
        self.recalibrate.setAccessibleName(self.tr("Recalibrate key derivation"))
        self.kdf_description.setAccessibleName(self.tr("Key-derivation strength"))
        self.vault_key_label.setText(self.tr("Vault key"))
        self.rekey.setText(self.tr("Re-&key…"))
        self.rekey.setAccessibleName(self.tr("Re-key the vault"))
        self.remember.setText(self.tr("Remember on this &device (open without the passphrase)"))
        self.remember.setAccessibleName(self.tr("Remember on this device"))
        self.remember_note.setText(self.tr(
            "Off is safer. When on, anyone who can use this computer while you are logged in can open "
            "the vault without your passphrase."
        ))
        self.security_message.setAccessibleName(self.tr("Security message"))
        self.binding.retranslate()
        self._show_kdf()

    def say(self, text: str = "") -> None:
        """Show a result or an error of the Security group under it (hidden when empty)."""
        self.security_message.setText(text)
        self.security_message.setVisible(bool(text))
        grow_to_fit(self.settings_window)

    # -- security: key derivation ------------------------------------------------

    def describe_kdf(self, params: Argon2idParams | None) -> str:
        """The passphrase slot's key-derivation cost, in the user's language and digits."""
        if params is None:
            return self.tr("This vault has no passphrase slot.")
        locale = self.context.languages.locale()
        return self.tr("Argon2id: {0} MiB of memory, passes: {1}, lanes: {2}").format(
            locale.toString(params.memory_kib // KIB_PER_MIB), locale.toString(params.iterations),
            locale.toString(params.lanes),
        )

    def _show_kdf(self) -> None:
        self.kdf_description.setText(self.describe_kdf(self.context.vault.key_file.passphrase_params()))

    # -- security: dialogs ---------------------------------------------------------

    def _open_sub_dialog(self, dialog: QDialog) -> None:
        """Show a window-modal dialog without a nested event loop; it is deleted when it closes."""
        if self._sub_dialog is not None:
            self._sub_dialog.close()
        self._sub_dialog = dialog
        dialog.finished.connect(lambda _result: self._sub_dialog_finished(dialog))
        dialog.open()

    def _sub_dialog_finished(self, dialog: QDialog) -> None:
        if self._sub_dialog is dialog:
            self._sub_dialog = None
        dialog.deleteLater()

    def ask_change_passphrase(self) -> None:
        """Change passphrase…"""
        self.say()
        dialog = ChangePassphraseDialog(self.context, self.settings_window)
        dialog.succeeded.connect(self._passphrase_changed)
        self._open_sub_dialog(dialog)

    def _passphrase_changed(self, _params: object) -> None:
        self._show_kdf()
        text = self.tr(
            "Your passphrase was changed. Use the new one from now on. An old copy of the key file (in a "
            "copied vault folder, say) still opens the vault with the old passphrase until you re-key: "
            "press Re-key… to make every old copy useless."
        )
        self.say(text + self._duress_off_note())
        self.rekey.setFocus()

    def _duress_off_note(self) -> str:
        """A new passphrase slot carries no duress key: say so when a decoy is kept."""
        vault = self.context.vault
        if not vault.has_decoy() or vault.duress_state() != "off":
            return ""
        return " " + self.tr("The duress passphrase is off now: set it again in Tools → Duress passphrase.")

    def ask_recalibrate(self) -> None:
        """Recalibrate…"""
        self.say()
        dialog = RecalibrateDialog(self.context, self.settings_window)
        dialog.succeeded.connect(self._recalibrated)
        self._open_sub_dialog(dialog)

    def _recalibrated(self, _params: object) -> None:
        self._show_kdf()
        self.say(self.tr("Key derivation was measured again for this computer.") + self._duress_off_note())

    def ask_rekey(self) -> None:
        """Re-key…: a new vault key, then the new recovery key is shown once."""
        self.say()
        dialog = RekeyDialog(self.context, self.settings_window)
        dialog.succeeded.connect(self._rekeyed)
        self._open_sub_dialog(dialog)

    def _rekeyed(self, recovery: object) -> None:
        assert isinstance(recovery, RecoveryKey)
        text = self.tr("The vault has a new key. Old copies of the key file, old passphrases and the old "
                       "recovery key no longer open it. Write down the new recovery key shown now.")
        self.say(text + self._duress_off_note())
        self.remember.setChecked(self.context.vault.keys.remembered_on_this_device)
        self._open_sub_dialog(RecoveryKeyDialog(recovery, self.settings_window))

    def _confirm(self, name: str, title: str, text: str, confirm_text: str, on_confirmed: Any) -> None:
        """A warning with a named confirm button; `on_confirmed()` runs only if the user agrees."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel,
                          self.settings_window)
        box.setObjectName(name)
        confirm = box.addButton(confirm_text, QMessageBox.ButtonRole.AcceptRole)
        confirm.setObjectName(f"{name}Confirm")
        confirm.setAccessibleName(confirm_text)
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName(f"{name}Cancel")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Return must not agree to something this serious

        def finished() -> None:
            agreed = box.clickedButton() is confirm
            if self._message_box is box:
                self._message_box = None
            box.deleteLater()
            if agreed:
                on_confirmed()

        box.finished.connect(finished)
        self._message_box = box
        box.open()

    def ask_new_recovery_key(self) -> None:
        """Show a new recovery key…: warn that the old one stops working, then show the new one."""
        self.say()
        self._confirm(
            "newRecoveryWarning", self.tr("New recovery key"),
            self.tr("Your current recovery key will stop working at once. Only the new one, shown next, "
                    "will open the vault if you forget your passphrase. Have paper ready to write it down."),
            self.tr("Make a new recovery key"), self._make_new_recovery_key,
        )

    def _make_new_recovery_key(self) -> None:
        try:
            recovery = self.context.vault.keys.new_recovery_key()
        except (AmanatError, OSError) as error:  # the key file was not replaced: the old key still works
            self.say(describe_error(error))
            return
        dialog = RecoveryKeyDialog(recovery, self.settings_window)
        del recovery
        dialog.accepted.connect(lambda: self.say(self.tr(
            "The new recovery key is in use. The old one no longer opens the vault.")))
        dialog.rejected.connect(lambda: self.say(self.tr(
            "The old recovery key no longer opens the vault. You did not confirm the new one: if you did not "
            "write it down, make another now.")))
        self._open_sub_dialog(dialog)

    # -- security: remember on this device -----------------------------------------

    def _remember_clicked(self, checked: bool) -> None:
        self.say()
        self.remember.setChecked(self.context.vault.keys.remembered_on_this_device)  # changes only when done
        if checked:  # first ask whether there is a safe keychain at all, then warn
            self._run_keychain_work(lambda: self.context.vault.keys.check_can_remember(), self._keychain_checked)
        else:
            self._run_keychain_change(remember=False)

    def _keychain_checked(self, _result: object) -> None:
        self._keychain_done()
        self._confirm(
            "rememberWarning", self.tr("Remember on this device?"),
            self.tr(
                "With this on, Amanat opens without your passphrase for anyone who can use this computer "
                "while you are logged in to it. If the laptop is taken or seized while you are logged in "
                "(at a border, in a raid, or when you step away), your vault can be opened.\n\n"
                "Your passphrase still works, and you can turn this off at any time. Turn it off before "
                "you travel."
            ),
            self.tr("Remember on this device"), lambda: self._run_keychain_change(remember=True),
        )

    def _run_keychain_change(self, remember: bool) -> None:
        keys = self.context.vault.keys

        def change() -> bool:
            if remember:
                keys.remember_on_this_device()
            else:
                keys.forget_on_this_device()
            return remember

        self._run_keychain_work(change, self._keychain_changed)

    def _run_keychain_work(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        """Keychain work off the GUI thread (the keychain may probe D-Bus or ask the user to unlock it)."""
        self.remember.setEnabled(False)
        self.security_busy.show()
        owner = QGuiApplication.instance()
        assert owner is not None
        self._task = run_task(lambda _progress: work(), done, self._keychain_failed, owner)

    def _keychain_done(self) -> None:
        self._task = None
        self.security_busy.hide()
        self.remember.setEnabled(True)
        self.remember.setChecked(self.context.vault.keys.remembered_on_this_device)

    def _keychain_changed(self, remembered: object) -> None:
        self._keychain_done()
        if remembered:
            self.say(self.tr(
                "Amanat now opens on this device without the passphrase while you are logged in."))
        else:
            self.say(self.tr("Amanat no longer opens on this device without the passphrase."))

    def _keychain_failed(self, error: BaseException) -> None:
        self._keychain_done()
        self.say(describe_error(error))
        if isinstance(error, KeychainUnavailable) and not self.remember.isChecked():
            self.remember.setEnabled(False)  # nothing to turn on here; said why just below

    def close_windows(self) -> None:
        """The settings window closes: so do the dialog and the warning this group opened."""
        for window in (self._sub_dialog, self._message_box):
            if window is not None:
                window.close()
