"""Canaries in every kind of item, a group share and a bundle exchange: afterwards, no file anywhere holds them.

Once with real `amanat` processes, once in the GUI (in-process, offscreen). HOME, the XDG folders and
TMPDIR point into tmp_path, so every file either run could write (vault with its -wal, temp files,
config, cache, logs, Qt settings, exported bundles) lies under tmp_path and is searched, in UTF-8 and
UTF-16-LE, in file contents and in file names. Only the attachment's source file, which the user
chose to import, is kept outside the searched folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, run_cli

CANARIES = ("CANARY-7f3a", "قناری-۷۳")
FOLDERS = {"HOME": "home", "XDG_CONFIG_HOME": "config", "XDG_DATA_HOME": "data", "XDG_CACHE_HOME": "cache",
           "XDG_STATE_HOME": "state", "TMPDIR": "tmp"}


def redirected(root: Path) -> dict[str, str]:
    env = {}
    for variable, name in FOLDERS.items():
        (root / name).mkdir(parents=True, exist_ok=True)
        env[variable] = str(root / name)
    return env


def assert_no_canary_anywhere(root: Path) -> None:
    paths = list(root.rglob("*"))
    assert any(p.name.endswith("-wal") for p in paths) or any(p.name == "vault.db" for p in paths)
    for path in paths:
        for canary in CANARIES:
            assert canary not in str(path.relative_to(root)), f"{canary!r} in the file name {path}"
        if not path.is_file():
            continue
        data = path.read_bytes()
        for canary in CANARIES:
            for encoded in (canary.encode("utf-8"), canary.encode("utf-16-le")):
                assert encoded not in data, f"{canary!r} readable in {path.relative_to(root)}"


# -- the command line ------------------------------------------------------------------


class Cli:
    def __init__(self, env: dict[str, str], vault: Path) -> None:
        self.env = {**env, "AMANAT_VAULT": str(vault), "AMANAT_PASSPHRASE": PASSPHRASE}

    def __call__(self, *args: str, stdin: str | None = None) -> str:
        result: subprocess.CompletedProcess[str] = run_cli(*args, env=self.env, stdin=stdin)
        assert result.returncode == 0, (args, result.stdout, result.stderr)
        return result.stdout


def test_no_canary_on_disk_after_a_command_line_session(tmp_path: Path) -> None:
    searched, outside = tmp_path / "searched", tmp_path / "outside"
    env = redirected(searched)
    outside.mkdir()
    mariam, farid = Cli(env, searched / "mariam"), Cli(env, searched / "farid")
    bundles = searched / "usb"
    bundles.mkdir()
    for name, cli in (("Mariam", mariam), ("Farid", farid)):
        cli("init")
        cli("identity", "set-name", name)
        cli("identity", "card", "--out", str(bundles / f"{name}.card"))
    mariam("peer", "add", str(bundles / "Farid.card"))
    farid("peer", "add", str(bundles / "Mariam.card"))
    for cli in (mariam, farid):
        [peer] = json.loads(cli("peer", "list", "--json"))
        cli("peer", "verify", peer["id"], "--safety-number", peer["safety_number"])
    group = mariam("group", "create", "Border group").strip()
    mariam("group", "add", group[:8], json.loads(mariam("peer", "list", "--json"))[0]["id"])

    ids = []
    for canary in CANARIES:
        ids.append(mariam("note", "add", "--title", f"title {canary}", "--tag", f"tag{canary}",
                          stdin=f"body {canary}").strip())
        ids.append(mariam("contact", "add", "--name", f"name {canary}", "--field", f"organisation={canary}",
                          "--field", f"email={canary}@example.org", "--field", f"notes={canary}",
                          "--tag", f"tag{canary}").strip())
        swot = mariam("draft", "new", "--template", "swot", "--title", f"swot {canary}").strip()
        mariam("draft", "edit", swot, "--section", "strengths", stdin=f"strengths {canary}")
        plan = mariam("draft", "new", "--template", "action-plan", "--title", f"plan {canary}").strip()
        mariam("draft", "edit", plan, "--row", f"action={canary}", f"owner={canary}", "due=2026-12-01")
        ids += [swot, plan]
        source = outside / f"{canary}.txt"
        source.write_text(f"attachment {canary}\n" * 200, encoding="utf-8")
        mariam("attachment", "add", ids[-4], str(source))
        assert canary in mariam("search", canary)
    for item_id in ids:
        mariam("group", "share", group[:8], item_id[:8])
    mariam("sync", "export", "--group", group[:8], "--out", str(bundles / "one.age"))
    mariam("sync", "export", "--group", group[:8], "--full", "--armor", "--out", str(bundles / "two.age"))
    report = json.loads(farid("sync", "import", str(bundles / "one.age"), "--json"))
    assert report["status"] == "applied", report
    for canary in CANARIES:
        assert canary in farid("search", canary)
    farid("check")
    assert_no_canary_anywhere(searched)


# -- the GUI ---------------------------------------------------------------------------


@pytest.fixture
def gui_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every place the in-process GUI could write, redirected into tmp_path/searched."""
    from PySide6.QtCore import QSettings, QStandardPaths

    searched = tmp_path / "searched"
    for variable, value in redirected(searched).items():
        monkeypatch.setenv(variable, value)
    monkeypatch.setattr(tempfile, "tempdir", str(searched / "tmp"))
    QStandardPaths.setTestModeEnabled(True)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(form, scope, str(searched / "config" / "qt"))
    yield searched
    QStandardPaths.setTestModeEnabled(False)
    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, os.path.expanduser("~/.config"))


def test_no_canary_on_disk_after_a_gui_session(qtbot, gui_home: Path) -> None:  # type: ignore[no-untyped-def]
    from amanat.app.ui.shell.gui_main import build_window
    from amanat.app.vault import Vault
    from tests.sharing.conftest import Member, introduce
    from tests.test_encryption_at_rest import fill_with_canaries
    from tests.ui.sync.test_sync_workshop import sync_of, usb_round

    windows, members = [], []
    for name in ("Mariam", "Farid"):
        _app, window = build_window(gui_home / "data" / name.lower(), gui_home / "config" / f"{name}.json")
        qtbot.addWidget(window)
        window.show()
        vault, _recovery = Vault.create(gui_home / "data" / name.lower(), PASSPHRASE)
        vault.sync.identities.set_display_name(name)
        window.open_workspace(vault)
        windows.append(window)
        members.append(Member(name, vault))
    try:
        mariam, farid = members
        introduce(mariam, farid)
        introduce(farid, mariam)
        group = mariam.sync.groups.create("Border group")
        mariam.sync.groups.add_member(group.group_id, farid.fingerprint)
        for canary in CANARIES:
            fill_with_canaries(mariam.vault, canary)
        workspace = windows[0].workspace
        assert workspace is not None
        for header in mariam.vault.items.list():
            mariam.sync.groups.share(group.group_id, header.id)
            section = workspace.sections["draft" if header.kind == "draft" else header.kind]
            section.open_item(header.id)  # the editors render every canary
        usb = gui_home / "usb"
        usb.mkdir()
        usb_round(qtbot, sync_of(windows[0]), usb)
        listed = usb_round(qtbot, sync_of(windows[1]), usb)
        assert any("Mariam" in text for text in listed), listed
        for canary in CANARIES:
            assert farid.vault.items.search(canary)
    finally:
        for window in windows:
            window.lock()
    assert_no_canary_anywhere(gui_home)
