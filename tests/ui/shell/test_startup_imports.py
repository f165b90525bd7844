"""The window shows before the vault's machinery loads, and loads it right after (app/ui/shell/preload.py).

Importing the vault, the CRDT documents, Word documents, the keychain and every section before the first
page made the window take 0.8 s to show (target 0.5 s, bench/gui_bench.py); these run in a fresh process,
since this one has imported everything already."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ["amanat.app.vault", "amanat.app.ui.shell.workspace", "amanat.app.sharing.exchange", "pycrdt", "docx",
         "keyring", "amanat.app.wipe", "amanat.sync.transports"]


def _run(code: str, tmp_path: Path) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=120, check=True)
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


def test_the_first_page_shows_before_the_vault_s_machinery_loads(tmp_path: Path) -> None:
    code = f"""
import json, sys
from pathlib import Path
from amanat.app.main import main  # what `amanat` imports, command line included
from amanat.app.ui.shell.gui_main import build_window
app, window = build_window(Path({str(tmp_path / 'vault')!r}), Path({str(tmp_path / 'settings.json')!r}))
window.show()
for _ in range(3):
    app.processEvents()
print(json.dumps([name for name in {HEAVY!r} if name in sys.modules]))
"""
    assert _run(code, tmp_path) == []


def test_it_loads_right_after_the_window_shows(tmp_path: Path) -> None:
    code = f"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QEventLoop
from amanat.app.ui.shell.gui_main import build_window
app, window = build_window(Path({str(tmp_path / 'vault')!r}), Path({str(tmp_path / 'settings.json')!r}))
window.show()
deadline = time.monotonic() + 60
while "amanat.app.ui.shell.workspace" not in sys.modules and time.monotonic() < deadline:
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
print(json.dumps([name for name in {HEAVY!r} if name in sys.modules]))
"""
    assert sorted(_run(code, tmp_path)) == sorted(HEAVY)
