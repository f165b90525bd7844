"""Settings → Security: "Bind the passphrase to this computer" (app/device_binding.py), explained where it is set.

Off by default. Turning it on asks first (what it protects, what it costs); the keystore work runs in a
worker (a keystore may probe D-Bus or ask the user to unlock it). Results and errors are said in the
Security group's message line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from amanat.app.device_binding import Binding, binding_state, set_device_binding_in_thread
from amanat.app.errors import KeychainUnavailable
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.error_text import describe_error
from amanat.app.ui.widgets.live_label import LiveLabel
from amanat.app.ui.widgets.workers import Task, run_task

Say = Callable[[str], None]
Confirm = Callable[[str, str, str, str, Callable[[], None]], None]


class DeviceBindingSettings(QWidget):
    """The checkbox and its note; every change goes through `set_device_binding` in a worker."""

    def __init__(self, context: UiContext, say: Say, confirm: Confirm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._say = say
        self._confirm = confirm
        self._task: Task | None = None
        self._state = Binding.OFF
        self.bind = QCheckBox()
        self.bind.setObjectName("bindToDevice")
        self.note = LiveLabel()
        self.note.setObjectName("bindNote")
        self.note.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.bind)
        column.addWidget(self.note)
        self.bind.clicked.connect(self._clicked)
        if context.vault.keys.bound_to_this_device:  # does the keystore have the secret? Asked off the GUI thread
            self._state = Binding.ON
            self.bind.setChecked(True)
            self._run(lambda: None, self._done)
        else:
            self._done()

    def retranslate(self) -> None:
        self.bind.setText(self.tr("&Bind the passphrase to this computer's keystore"))
        self.bind.setAccessibleName(self.tr("Bind the passphrase to this computer"))
        self._show_note()

    def _show_note(self) -> None:
        if self._state is Binding.ELSEWHERE:
            self.note.setText(self.tr(
                "Your passphrase is bound to the keystore of another computer (or of this one before it was reset) "
                "and does not work here. Lock the vault, open it with your recovery key and set your passphrase "
                "again: it is then bound to this computer."))
            return
        self.note.setText(self.tr(
            "When on, an old copy of the key file (a Time Machine snapshot, a Windows shadow copy, a copied "
            "folder) does not open with your passphrase alone, not even one forced out of you. The recovery key "
            "still opens the vault anywhere."))

    # -- changes --------------------------------------------------------------------

    def _clicked(self, checked: bool) -> None:
        self._say("")
        self.bind.setChecked(self._state is not Binding.OFF)  # changes only when done
        if not checked:
            self._run(lambda: set_device_binding_in_thread(self.context.vault, False), self._changed)
            return
        self._confirm(
            "bindWarning", self.tr("Bind the passphrase to this computer?"),
            self.tr(
                "Your passphrase will open the vault only together with a secret kept in this computer's own "
                "keystore. A copy of the vault taken from this laptop (a snapshot, a disk image, a cloud "
                "copy) then does not open with your passphrase alone.\n\n"
                "Keep your recovery key safe: if this computer's keystore is reset, or you restore a backup on "
                "another computer, only the recovery key opens the vault there (then set your passphrase "
                "again). Copies made before now are not bound: re-key afterwards to make them useless. The "
                "duress passphrase keeps working as before."),
            self.tr("Bind to this computer"),
            lambda: self._run(lambda: set_device_binding_in_thread(self.context.vault, True), self._changed),
        )

    def _run(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        self.bind.setEnabled(False)
        owner = QGuiApplication.instance()
        assert owner is not None

        def with_state() -> object:
            work()
            return binding_state(self.context.vault)

        self._task = run_task(lambda _progress: with_state(), done, self._failed, owner)

    def _done(self, state: object = None) -> None:
        self._task = None
        if isinstance(state, Binding):
            self._state = state
        self.bind.setChecked(self._state is not Binding.OFF)
        self.bind.setEnabled(self._state is not Binding.ELSEWHERE)
        self._show_note()

    def _changed(self, state: object) -> None:
        self._done(state)
        if self._state is Binding.ON:
            self._say(self.tr("Your passphrase now works only together with this computer's keystore. Re-key "
                              "to make copies taken before now useless."))
        elif self._state is Binding.OFF:
            self._say(self.tr("Your passphrase alone opens the vault again."))

    def _failed(self, error: BaseException) -> None:
        self._done()
        if isinstance(error, KeychainUnavailable):
            self._say(self.tr("This computer has no keystore Amanat can trust, so the passphrase cannot be bound "
                              "to it. Nothing was changed."))
            self.bind.setEnabled(False)
            return
        self._say(describe_error(error))
