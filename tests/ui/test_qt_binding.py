"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 lost a reference to None on every call
returning nothing, and aborted a long session ("none_dealloc"). This pins the fix."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("x")
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(2_000):
        label.setText(str(number))
    # Other code may hold or drop a few references meanwhile; a leak would be ~2,000.
    assert before - sys.getrefcount(None) < 100
