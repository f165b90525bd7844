"""Issue 14: a screen reader names every control. Every interactive widget of every start page, section
(in each state that shows other widgets) and dialog has a name of its own -- an accessible name, a label
whose buddy it is, or the text it shows -- in English, Dari and Pashto, and Qt's accessibility interface
says that name. In Dari and Pashto a name is in Dari or Pashto: a name set once and never retranslated
stays English after a live switch. Two controls of one kind shown together never share a name."""

from __future__ import annotations

import unicodedata
from collections import Counter
from itertools import chain
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QWidget

from amanat.app.ui.shell.main_window import MainWindow
from tests.ui.accessibility.interactive import describe, interactive_widgets, is_interactive, own_name, spoken_name
from tests.ui.accessibility.screens import FilledWindow, start_pages


def settle() -> None:
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def in_arabic_script(text: str) -> bool:
    return any(unicodedata.bidirectional(char) == "AL" for char in text)


def name_problem(widget: QWidget, language: str) -> str:
    own, spoken = own_name(widget).strip(), spoken_name(widget)
    if not own or not spoken:
        return f"no name (a screen reader says {spoken!r})"
    if language != "en" and not in_arabic_script(own):
        return f"an English name in {language}: {own!r}"
    return ""


DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def same_names(shown: list[QWidget]) -> list[str]:
    """Controls of one kind shown together under one name: a screen reader user cannot tell them apart."""
    named = Counter((type(widget).__name__, spoken_name(widget)) for widget in shown)
    return [f"{kind} {name!r}" for (kind, name), count in named.items() if count > 1 and name]


def cell_editors(root: QWidget) -> list[QWidget]:
    """The editor a cell opens, for each editable column of the first row of every table and list shown."""
    editors: list[QWidget] = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if isinstance(view, QHeaderView) or not view.isVisibleTo(root) or model is None:
            continue
        for column in range(64):
            index = model.index(0, column)
            if not index.isValid():
                break
            if not model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                continue
            before = set(view.viewport().findChildren(QWidget, options=DIRECT))
            view.setCurrentIndex(index)
            view.edit(index)
            editors += [w for w in view.viewport().findChildren(QWidget, options=DIRECT)
                        if w not in before and is_interactive(w)]
    return editors


def open_a_row(window: MainWindow) -> None:
    """The action plan on screen gets a row, so its cells' editors can be opened."""
    plan = window.findChild(QWidget, "actionPlanEditor")
    if plan is not None and plan.isVisibleTo(window):
        plan.add_row()  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", ["en", "fa", "ps"])
def test_every_interactive_widget_has_a_name(qtbot, unlocked: MainWindow, tmp_path: Path, vault_dir: Path,  # type: ignore[no-untyped-def]
                                             language: str) -> None:
    unlocked.switch_language(language)
    settle()  # the sections built before the switch take the new language
    filled = FilledWindow(unlocked, tmp_path)
    problems: dict[str, str] = {}
    checked = 0
    for screen in chain(start_pages(vault_dir, language), filled.sections(), filled.dialogs()):
        settle()  # pages replaced by others are gone
        open_a_row(unlocked)
        for widget in interactive_widgets(screen.root) + cell_editors(screen.root):
            checked += 1
            problem = name_problem(widget, language)
            if problem:
                problems.setdefault(f"{screen.name}: {describe(widget)}", problem)
        for twins in same_names(interactive_widgets(screen.root, visible_only=True)):
            problems.setdefault(f"{screen.name}: {twins}", "two controls shown together, one name")
    assert checked > 400
    assert not problems, "\n".join(f"{where}: {problem}" for where, problem in sorted(problems.items()))


def test_the_check_notices_a_widget_without_a_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout

    page = QWidget()
    qtbot.addWidget(page)
    nameless, labelled, named, button = QListWidget(), QLineEdit(), QLineEdit(), QPushButton("S&ave")
    label = QLabel("&Title")
    label.setBuddy(labelled)
    named.setAccessibleName("Filter")
    layout = QVBoxLayout(page)
    for widget in (nameless, label, labelled, named, button):
        layout.addWidget(widget)
    page.show()
    assert interactive_widgets(page) == [nameless, labelled, named, button]
    assert [name_problem(w, "en") for w in (labelled, named, button)] == ["", "", ""]
    assert name_problem(nameless, "en").startswith("no name")
    assert name_problem(named, "fa").startswith("an English name")
    assert same_names([labelled, named]) == []
    named.setAccessibleName("Title")
    assert same_names([labelled, named]) == ["QLineEdit 'Title'"]
