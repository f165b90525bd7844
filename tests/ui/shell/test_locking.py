"""Locking by Ctrl+L, idle time and minimising: the vault closes, no widget keeps its content, the clipboard clears."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QEvent, QModelIndex, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from amanat.app.ui.dialogs.settings_dialog import SettingsDialog
from amanat.app.ui.shell.main_window import MainWindow

CANARY = "canary-7f3a91 Zarghuna"
CHECKED_ROLES = (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole,
    *(Qt.ItemDataRole.UserRole + n for n in range(10)),
)


def texts_on_screen() -> list[str]:
    """Every text any widget of the application holds: fields, editors, labels, titles and item models."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # widgets already on their way out
    found: list[str] = []
    for widget in QApplication.allWidgets():
        found.append(widget.windowTitle())
        if isinstance(widget, QLineEdit):
            found.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            found.append(widget.toPlainText())
        elif isinstance(widget, QLabel):
            found.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found.extend(model_texts(widget.model(), QModelIndex()))
    return found


def model_texts(model: QAbstractItemModel, parent: QModelIndex) -> list[str]:
    """The data of every cell under `parent`, recursively (list, table and tree models)."""
    found: list[str] = []
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            found.extend(str(index.data(role)) for role in CHECKED_ROLES)
            if column == 0 and not isinstance(model, QAbstractListModel) and model.hasChildren(index):
                found.extend(model_texts(model, index))
    return found


def test_ctrl_l_locks(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked.vault
    assert vault is not None
    unlocked.activateWindow()
    qtbot.waitUntil(unlocked.isActiveWindow, timeout=2_000)
    qtbot.keyClick(unlocked, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert unlocked.is_locked and not vault.is_open


def test_auto_lock_after_idle_time(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked.vault
    assert vault is not None
    unlocked.idle.set_minutes(0.002)  # about 120 ms
    qtbot.waitUntil(lambda: unlocked.is_locked, timeout=5_000)
    assert not vault.is_open


def test_activity_postpones_auto_lock(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.workspace is not None
    target = unlocked.workspace.sidebar
    unlocked.idle.set_minutes(0.01)  # 600 ms
    for step in range(12):  # 1.8 s of activity, three times the idle time
        qtbot.wait(150)
        if step % 2:
            qtbot.keyClick(target, Qt.Key.Key_Shift)
        else:
            position = QPointF(10 + step, 10)
            move = QMouseEvent(QEvent.Type.MouseMove, position, target.mapToGlobal(position),
                               Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(target.viewport(), move)
        assert not unlocked.is_locked, f"locked after {step + 1} active steps"
    qtbot.waitUntil(lambda: unlocked.is_locked, timeout=5_000)  # then quiet: it locks


def test_lock_when_minimised_set_in_the_settings_dialog(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    def tick_and_close() -> None:
        dialog = unlocked.findChild(SettingsDialog)
        assert dialog is not None and dialog.isVisible()
        dialog.lock_minimised.setChecked(True)
        dialog.close()

    QTimer.singleShot(0, tick_and_close)
    unlocked.open_settings()  # modal, as from the menu
    assert unlocked.settings.lock_when_minimised
    vault = unlocked.vault
    assert vault is not None and not unlocked.is_locked
    unlocked.showMinimized()
    qtbot.waitUntil(lambda: unlocked.is_locked, timeout=5_000)
    assert not vault.is_open


def test_minimising_does_not_lock_when_the_setting_is_off(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert not unlocked.settings.lock_when_minimised
    unlocked.showMinimized()
    qtbot.wait(50)
    assert not unlocked.is_locked
    unlocked.showNormal()


def test_after_lock_no_widget_shows_vault_content(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked.vault
    assert vault is not None and unlocked.context is not None and unlocked.workspace is not None
    vault.items.add_note(f"Meeting with {CANARY}", f"{CANARY} will bring the documents")
    unlocked.context.items_changed.emit("")  # the sections reload, as after any change
    unlocked.workspace.open_search()
    search = unlocked.workspace.search_dialog
    assert search is not None
    search.field.setText("canary")
    qtbot.waitUntil(lambda: search.model.rowCount() == 1, timeout=5_000)
    assert any(CANARY in text for text in texts_on_screen())  # the check can see it while unlocked
    settings = SettingsDialog(unlocked.context, unlocked)
    settings.show()

    unlocked.lock_action.trigger()

    assert unlocked.is_locked and not vault.is_open
    assert not settings.isVisible() and not search.isVisible()
    leaks = [text for text in texts_on_screen() if CANARY in text or "Zarghuna" in text]
    assert leaks == []


def test_auto_lock_while_the_settings_dialog_is_open(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    def go_idle() -> None:
        assert unlocked.findChild(SettingsDialog) is not None
        unlocked.idle.set_minutes(0.002)

    QTimer.singleShot(0, go_idle)
    unlocked.open_settings()  # returns when the lock closes the dialog
    assert unlocked.is_locked
    assert all(not w.isVisible() for w in unlocked.findChildren(QWidget) if w.isWindow() and w is not unlocked)


def test_lock_clears_the_clipboard_we_filled(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    clipboard = QApplication.clipboard()
    unlocked.clipboard.copy("x")
    assert clipboard.text() == "x"
    unlocked.lock()
    assert clipboard.text() == ""


def test_lock_leaves_text_copied_elsewhere(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    clipboard = QApplication.clipboard()
    unlocked.clipboard.copy("x")
    clipboard.setText("copied later from another app")
    unlocked.lock()
    assert clipboard.text() == "copied later from another app"
    clipboard.clear()


def test_ctrl_l_locks_from_the_search_window(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert unlocked.workspace is not None
    unlocked.workspace.open_search()
    search = unlocked.workspace.search_dialog
    assert search is not None
    search.activateWindow()
    qtbot.waitUntil(search.isActiveWindow, timeout=2_000)
    qtbot.keyClick(search.field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert unlocked.is_locked


def test_ctrl_l_locks_from_the_settings_dialog(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    def press_ctrl_l() -> None:
        dialog = unlocked.findChild(SettingsDialog)
        assert dialog is not None
        qtbot.keyClick(dialog.auto_lock, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        if dialog.isVisible():
            dialog.close()  # not locked: end the modal loop so the test can fail instead of hanging

    QTimer.singleShot(0, press_ctrl_l)
    unlocked.open_settings()
    assert unlocked.is_locked
