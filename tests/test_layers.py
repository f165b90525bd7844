"""The floors: crypto/ stands on nothing of ours, sync/ only on crypto/, and only app/ui/ imports Qt."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_PACKAGES = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
ALLOWED_OWN_IMPORTS = {
    "crypto": {"crypto"},
    "sync": {"crypto", "sync"},
    "app": {"crypto", "sync", "app", "resources"},
    "resources": {"resources"},
}
SQL_OWNERS = ("app/store/",)


def imported_top_levels(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module.split(".")[0]


def python_files(floor: str) -> list[Path]:
    return sorted((ROOT / floor).rglob("*.py"))


@pytest.mark.parametrize("floor", sorted(ALLOWED_OWN_IMPORTS))
def test_each_floor_imports_only_what_is_below_it(floor: str) -> None:
    files = python_files(floor)
    assert files, f"{floor}/ has no Python files"
    ours = set(ALLOWED_OWN_IMPORTS)
    for path in files:
        for name in imported_top_levels(path):
            if name in ours:
                assert name in ALLOWED_OWN_IMPORTS[floor], f"{path.relative_to(ROOT)} imports {name}"


def test_only_app_ui_imports_qt() -> None:
    for floor in ALLOWED_OWN_IMPORTS:
        for path in python_files(floor):
            relative = path.relative_to(ROOT).as_posix()
            if relative.startswith("app/ui/"):
                continue
            assert not (set(imported_top_levels(path)) & QT_PACKAGES), f"{relative} imports Qt"


def test_only_the_store_speaks_sql() -> None:
    for floor in ALLOWED_OWN_IMPORTS:
        for path in python_files(floor):
            relative = path.relative_to(ROOT).as_posix()
            if relative.startswith(SQL_OWNERS):
                continue
            source = path.read_text(encoding="utf-8")
            assert "sqlcipher3" not in set(imported_top_levels(path)), f"{relative} imports sqlcipher3"
            assert ".execute(" not in source, f"{relative} runs SQL"


def test_the_checker_would_notice_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport app.vault\n", encoding="utf-8")
    assert {"PySide6", "app"} <= set(imported_top_levels(bad))


def test_the_gui_does_not_reach_into_the_store() -> None:
    for path in python_files("app/ui"):
        source = path.read_text(encoding="utf-8")
        assert "app.store" not in source, f"{path.relative_to(ROOT)} uses the store directly; call the services"


# The rooms of the window (app/ui/<room>/): each may import the rooms listed, the shell sits on top.
UI_ROOMS: dict[str, set[str]] = {
    "widgets": set(),
    "models": {"widgets"},
    "sections": {"widgets", "models"},
    "sync": {"widgets", "models"},
    "dialogs": {"widgets", "models"},
    "shell": {"widgets", "models", "sections", "sync", "dialogs"},
}
# Single modules another room may use: the Sync section is a section, so it stands on the section base.
UI_SHARED_ACROSS_ROOMS = {("sync", "app.ui.sections.section")}
# The start: `python -m app`, and the composition root both front ends start from.
CORE_EXEMPT = {"app/__main__.py", "app/main.py"}


def imported_modules(path: Path) -> Iterator[str]:
    """Every module `path` imports, absolute and dotted (`from a.b import c` gives a.b and a.b.c)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def room_violations(room: str, imports: Iterator[str]) -> list[str]:
    """The imports of a module in `room` that reach a room it may not use."""
    bad = []
    for module in imports:
        parts = module.split(".")
        if parts[:2] != ["app", "ui"] or len(parts) < 3 or parts[2] == room:
            continue
        if parts[2] not in UI_ROOMS[room] and (room, ".".join(parts[:4])) not in UI_SHARED_ACROSS_ROOMS:
            bad.append(module)
    return bad


def test_every_window_module_lives_in_a_room() -> None:
    loose = [p.name for p in (ROOT / "app" / "ui").glob("*.py") if p.name != "__init__.py"]
    assert loose == [], "put each app/ui module in a room"
    assert sorted(p.name for p in (ROOT / "app" / "ui").iterdir() if p.is_dir() and p.name != "__pycache__") \
        == sorted(UI_ROOMS)


@pytest.mark.parametrize("room", sorted(UI_ROOMS))
def test_each_room_of_the_window_imports_only_the_rooms_below_it(room: str) -> None:
    for path in python_files(f"app/ui/{room}"):
        bad = room_violations(room, imported_modules(path))
        assert bad == [], f"{path.relative_to(ROOT)} imports {bad}"


def test_the_core_imports_neither_the_window_nor_the_command_line() -> None:
    for path in python_files("app"):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(("app/ui/", "app/cli/")) or relative in CORE_EXEMPT:
            continue
        bad = [m for m in imported_modules(path) if m.startswith(("app.ui", "app.cli"))]
        assert bad == [], f"{relative} imports {bad}"


def test_the_command_line_does_not_import_the_window() -> None:
    if not (ROOT / "app" / "main.py").is_file():
        pytest.skip("the composition root (app/main.py) has not landed yet: app/cli still starts the window")
    for path in python_files("app/cli"):
        bad = [m for m in imported_modules(path) if m.startswith("app.ui")]
        assert bad == [], f"{path.relative_to(ROOT).as_posix()} imports {bad}"


def test_the_room_checker_would_notice_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from app.ui.shell.main_window import MainWindow\nfrom app.ui.widgets import file_dialogs\n"
                   "import app.ui.sync.sync_section\n", encoding="utf-8")
    assert room_violations("widgets", imported_modules(bad)) == [
        "app.ui.shell.main_window", "app.ui.shell.main_window.MainWindow", "app.ui.sync.sync_section"]
    assert room_violations("sections", imported_modules(bad)) == [
        "app.ui.shell.main_window", "app.ui.shell.main_window.MainWindow", "app.ui.sync.sync_section"]
    assert room_violations("shell", imported_modules(bad)) == []
