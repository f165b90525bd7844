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
