"""The floors and the import graph of the product code.

crypto/ stands on nothing of ours, sync/ only on crypto/, the core (app/ outside app/ui and
app/cli) on both; the command line (app/cli) and the window (app/ui) stand side by side on the
core and never import each other; app/main.py, the composition root, is the only module above
both. Every import between our modules -- at module level or inside a function -- is an arrow
of the graph: every arrow must go down a floor or stay on its own, and the graph has no cycles.
Inside the window, each room (app/ui/<room>/) may use only the rooms listed for it; the shell
sits on top. Only app/ui imports Qt, only app/store speaks SQL. The tree is parsed once per session.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OUR_PACKAGES = ("crypto", "sync", "app", "resources")
INSTALL_NAMESPACE = "amanat"  # installed as amanat.app, amanat.crypto, ...: the same modules
QT_PACKAGES = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
SQL_OWNERS = ("app/store/",)

# Floors, lowest first. Modules on one floor may import each other (without cycles); an arrow
# to another floor must go to a lower one. The window and the command line share a height
# but are different floors: neither may import the other.
FLOOR_HEIGHT = {"crypto": 0, "resources": 0, "sync": 1, "core": 2, "cli": 3, "ui": 3, "root": 4}


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


def floor_of(module: str) -> str:
    """The floor of one of our modules (`app.ui.main_window` -> "ui")."""
    top = module.split(".")[0]
    if top != "app":
        return top
    if module in ("app.main", "app.__main__"):
        return "root"
    if module == "app.ui" or module.startswith("app.ui."):
        return "ui"
    if module == "app.cli" or module.startswith("app.cli."):
        return "cli"
    return "core"


def arrow_allowed(source: str, target: str) -> bool:
    """May module `source` import module `target`?"""
    source_floor, target_floor = floor_of(source), floor_of(target)
    if source_floor == target_floor:
        return True
    return FLOOR_HEIGHT[target_floor] < FLOOR_HEIGHT[source_floor]


def room_of(module: str) -> str | None:
    """The room of a window module (`app.ui.sections.notes_section` -> "sections"), None outside them."""
    parts = module.split(".")
    return parts[2] if parts[:2] == ["app", "ui"] and len(parts) >= 3 else None


def room_arrow_allowed(source: str, target: str) -> bool:
    """May window module `source` import window module `target` (rooms only; floors are checked apart)?"""
    source_room, target_room = room_of(source), room_of(target)
    if source_room is None or target_room is None or source_room == target_room:
        return True
    return target_room in UI_ROOMS.get(source_room, set()) or (source_room, target) in UI_SHARED_ACROSS_ROOMS


@dataclass(frozen=True)
class ParsedModule:
    name: str
    path: Path
    relative: str
    source: str
    tree: ast.Module


@dataclass(frozen=True)
class ProductCode:
    modules: dict[str, ParsedModule]
    graph: dict[str, frozenset[str]]  # module -> our modules it imports (anywhere in its code)
    top_levels: dict[str, frozenset[str]]  # module -> every top-level package it imports (Qt, sqlcipher3, ...)


def _module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _without_namespace(name: str) -> str:
    prefix = INSTALL_NAMESPACE + "."
    return name[len(prefix):] if name.startswith(prefix) else name


def _imports(module: ParsedModule, known: Iterable[str]) -> tuple[set[str], set[str]]:
    """(our modules imported, top-level names imported) anywhere in the module's code."""
    known = set(known)

    def resolve(name: str) -> str | None:
        while name and name not in known:
            name = name.rpartition(".")[0]
        return name or None

    ours: set[str] = set()
    tops: set[str] = set()
    package = module.name if module.path.name == "__init__.py" else module.name.rpartition(".")[0]
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                name = _without_namespace(alias.name)
                tops.add(name.split(".")[0])
                if name.split(".")[0] in OUR_PACKAGES:
                    ours.add(resolve(name) or name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = _without_namespace(node.module or "")
            tops.add(target.split(".")[0])
            if target.split(".")[0] not in OUR_PACKAGES:
                continue
            for alias in node.names:
                found = resolve(f"{target}.{alias.name}")
                ours.add(found if found == f"{target}.{alias.name}" else (resolve(target) or target))
    ours.discard(module.name)
    return ours, tops


@functools.cache
def product_code(root: Path = ROOT) -> ProductCode:
    """Every Python file of our packages under `root`, parsed once, with its imports."""
    modules: dict[str, ParsedModule] = {}
    for package in OUR_PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            source = path.read_text(encoding="utf-8")
            name = _module_name(root, path)
            modules[name] = ParsedModule(name, path, path.relative_to(root).as_posix(), source,
                                         ast.parse(source, filename=str(path)))
    graph: dict[str, frozenset[str]] = {}
    top_levels: dict[str, frozenset[str]] = {}
    for name, module in modules.items():
        ours, tops = _imports(module, modules)
        graph[name], top_levels[name] = frozenset(ours), frozenset(tops)
    return ProductCode(modules, graph, top_levels)


def arrows_going_up(code: ProductCode) -> list[str]:
    """Every import that does not go down (or stay on its floor), as 'a -> b (floor -> floor)'."""
    return sorted(
        f"{source} -> {target} ({floor_of(source)} -> {floor_of(target)})"
        for source, targets in code.graph.items() for target in targets
        if not arrow_allowed(source, target)
    )


def arrows_between_rooms_not_allowed(code: ProductCode) -> list[str]:
    """Every import from one room of the window into a room it may not use, as 'a -> b (room -> room)'."""
    return sorted(
        f"{source} -> {target} ({room_of(source)} -> {room_of(target)})"
        for source, targets in code.graph.items() for target in targets
        if not room_arrow_allowed(source, target)
    )


def import_cycles(graph: dict[str, frozenset[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(start: str) -> None:
        # Iterative, so that a deep import chain cannot exhaust Python's recursion limit.
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(graph.get(successor, ())))))
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


# -- the product ---------------------------------------------------------------


def test_the_product_code_is_all_there() -> None:
    code = product_code()
    for package in OUR_PACKAGES:
        assert any(floor_of(name) == floor_of(package) for name in code.modules), f"{package}/ has no Python files"
    assert "app.main" in code.modules and "app.cli" in code.modules and "app.ui.shell.main_window" in code.modules


def test_every_arrow_of_the_import_graph_goes_down() -> None:
    assert arrows_going_up(product_code()) == []


def test_the_import_graph_has_no_cycles() -> None:
    assert import_cycles(product_code().graph) == []


def test_the_core_imports_neither_the_window_nor_the_command_line() -> None:
    code = product_code()
    for name, targets in code.graph.items():
        if floor_of(name) in ("crypto", "sync", "core", "resources"):
            assert not {t for t in targets if floor_of(t) in ("ui", "cli", "root")}, name


def test_the_command_line_imports_nothing_of_the_window() -> None:
    code = product_code()
    for name, targets in code.graph.items():
        if floor_of(name) == "cli":
            assert not {t for t in targets if floor_of(t) in ("ui", "root")}, name
            assert not (code.top_levels[name] & QT_PACKAGES), f"{name} imports Qt"


def test_only_app_ui_imports_qt() -> None:
    code = product_code()
    for name, module in code.modules.items():
        if floor_of(name) == "ui":
            continue
        assert not (code.top_levels[name] & QT_PACKAGES), f"{module.relative} imports Qt"


def test_only_the_store_speaks_sql() -> None:
    code = product_code()
    for name, module in code.modules.items():
        if module.relative.startswith(SQL_OWNERS):
            continue
        assert "sqlcipher3" not in code.top_levels[name], f"{module.relative} imports sqlcipher3"
        assert ".execute(" not in module.source, f"{module.relative} runs SQL"


def test_every_window_module_lives_in_a_room() -> None:
    code = product_code()
    loose = [name for name in code.modules if floor_of(name) == "ui" and room_of(name) is None and name != "app.ui"]
    assert loose == [], "put each app/ui module in a room"
    assert sorted(p.name for p in (ROOT / "app" / "ui").iterdir() if p.is_dir() and p.name != "__pycache__") \
        == sorted(UI_ROOMS)


def test_each_room_of_the_window_imports_only_the_rooms_below_it() -> None:
    assert arrows_between_rooms_not_allowed(product_code()) == []


def test_the_gui_does_not_reach_into_the_store() -> None:
    code = product_code()
    for name, module in code.modules.items():
        if floor_of(name) == "ui":
            assert "app.store" not in module.source, f"{module.relative} uses the store directly; call the services"


# -- the checker itself ------------------------------------------------------------


def write_tree(root: Path, files: dict[str, str]) -> Path:
    for package in OUR_PACKAGES:
        (root / package).mkdir(parents=True, exist_ok=True)
        (root / package / "__init__.py").touch()
    for relative, source in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        (path.parent / "__init__.py").touch()
        path.write_text(source, encoding="utf-8")
    return root


def test_the_checker_notices_an_arrow_going_up(tmp_path: Path) -> None:
    root = write_tree(tmp_path, {
        "crypto/keys.py": "import sync.bundle\n",  # the ground floor leaning on the first
        "sync/bundle.py": "from crypto import keys\n",
        "app/vault.py": "def later():\n    from app.ui.window import Window  # inside a function still counts\n",
        "app/ui/window.py": "from PySide6.QtWidgets import QWidget\nfrom app.vault import later\n",
        "app/cli/commands.py": "from app.ui import window\n",
        "app/main.py": "from app.cli import commands\nfrom app.ui import window\n",
    })
    code = product_code(root)
    assert arrows_going_up(code) == [
        "app.cli.commands -> app.ui.window (cli -> ui)",
        "app.vault -> app.ui.window (core -> ui)",
        "crypto.keys -> sync.bundle (crypto -> sync)",
    ]
    assert "PySide6" in code.top_levels["app.ui.window"]


def test_the_checker_notices_a_cycle(tmp_path: Path) -> None:
    root = write_tree(tmp_path, {
        "app/vault.py": "from app import wipe\n",
        "app/wipe.py": "def destroy():\n    from app.vault import Vault\n",
        "app/items.py": "from app.store import rows\n",
        "app/store/rows.py": "from .. import items\n",  # relative imports count too
        "app/settings.py": "import app.vault\n",
    })
    assert import_cycles(product_code(root).graph) == [["app.items", "app.store.rows"], ["app.vault", "app.wipe"]]


def test_the_room_checker_notices_a_violation(tmp_path: Path) -> None:
    root = write_tree(tmp_path, {
        "app/ui/widgets/pages.py": "from app.ui.shell.main_window import MainWindow\n",
        "app/ui/sections/notes.py": "import app.ui.sync.sync_section\nfrom app.ui.widgets import pages\n",
        "app/ui/sync/sync_section.py": "from app.ui.sections import section\n",  # the one shared module: allowed
        "app/ui/sections/section.py": "",
        "app/ui/shell/main_window.py": "from app.ui.sync import sync_section\nfrom app.ui.sections import notes\n",
    })
    assert arrows_between_rooms_not_allowed(product_code(root)) == [
        "app.ui.sections.notes -> app.ui.sync.sync_section (sections -> sync)",
        "app.ui.widgets.pages -> app.ui.shell.main_window (widgets -> shell)",
    ]


def test_the_checker_reads_installed_names_as_the_same_modules(tmp_path: Path) -> None:
    root = write_tree(tmp_path, {"app/vault.py": "from amanat.app.ui.window import Window\n", "app/ui/window.py": ""})
    assert arrows_going_up(product_code(root)) == ["app.vault -> app.ui.window (core -> ui)"]


@pytest.mark.parametrize(("source", "target", "allowed"), [
    ("app.ui.main_window", "app.vault", True),
    ("app.cli.session", "app.vault", True),
    ("app.main", "app.ui.gui_main", True),
    ("app.main", "app.cli", True),
    ("app.ui.unlock", "app.cli.session", False),
    ("app.cli", "app.main", False),
    ("app.vault", "app.main", False),
    ("sync.bundle", "crypto.keyfile", True),
    ("crypto.keyfile", "app.vault", False),
    ("app.store.repository", "app.items", True),  # same floor: allowed, as long as there is no cycle
])
def test_floors(source: str, target: str, allowed: bool) -> None:
    assert arrow_allowed(source, target) is allowed


# -- installed names ----------------------------------------------------------------

BARE_OWN_NAMES = {"app", "crypto", "sync", "resources"}
EVERY_PYTHON_FOLDER = ("app", "crypto", "sync", "resources", "tests", "bench", "scripts", "fuzz")


def imports_not_by_installed_name(path: Path) -> list[str]:
    """Imports of app, crypto, sync or resources by their folder name instead of amanat.*; and
    `from amanat import X`, whose module the graph above would not see (write `import amanat.X as X`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name.split(".")[0] in BARE_OWN_NAMES]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] in BARE_OWN_NAMES:
                found.append(node.module)
            elif node.module == INSTALL_NAMESPACE:
                found += [f"from {INSTALL_NAMESPACE} import {alias.name}" for alias in node.names]
    return found


def test_our_packages_are_imported_by_their_installed_names() -> None:
    # Installed, the folders are amanat.app, amanat.crypto, …: `import crypto` would find another
    # distribution's package (or nothing), even though it works from the checkout.
    files = [path for folder in EVERY_PYTHON_FOLDER for path in sorted((ROOT / folder).rglob("*.py"))]
    files.append(ROOT / "build.spec")
    found = {path.relative_to(ROOT).as_posix(): imports_not_by_installed_name(path) for path in files}
    assert {relative: names for relative, names in found.items() if names} == {}


def test_the_installed_name_check_would_notice(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import crypto.kdf\nfrom sync import bundle\nfrom amanat import app\n"
                   "import amanat.resources as resources\n", encoding="utf-8")
    assert imports_not_by_installed_name(bad) == ["crypto.kdf", "sync", "from amanat import app"]
