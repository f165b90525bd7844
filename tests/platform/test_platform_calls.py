"""The smaller parts of the platform seam: terminal prompts, the mail program, the keychain entry, shortcuts,
clipboard marks, and files opened in binary mode (Windows translates line endings otherwise)."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from amanat.app import keychain
from amanat.app.platform import terminal
from amanat.app.platform.clipboard_marks import KDE_MANAGER_HINT, WINDOWS_CLOUD, WINDOWS_HISTORY, secret_marks
from amanat.app.platform.keystore import ENTRY_SERVICE, LEGACY_ENTRY_SERVICES, keep_on_this_computer
from amanat.app.platform.mail_program import open_command, open_draft
from amanat.app.platform.shortcuts import (
    normalised,
    reserved_by_system,
    shortcut_for_system,
    shown_keys,
)
from amanat.app.platform.system import System
from tests.conftest import PROJECT_ROOT

W, M, L = System.WINDOWS, System.MACOS, System.LINUX


@pytest.mark.parametrize(("system", "stdin_tty", "dev_tty", "console", "possible"), [
    (L, True, True, False, True), (L, False, True, False, True),  # a pipe in, /dev/tty still asks
    (L, False, False, False, False),  # a service: nobody to ask
    (M, False, True, False, True),
    (W, True, False, True, True),  # cmd.exe, PowerShell, Windows Terminal
    (W, False, False, True, False),  # Git Bash's mintty: a pipe; getpass would hang
    (W, True, False, False, False),  # the windowed Amanat.exe: no console
    (W, False, True, False, False),  # no /dev/tty on Windows, whatever exists() says
])
def test_a_passphrase_is_asked_only_where_someone_can_answer(system: System, stdin_tty: bool, dev_tty: bool,
                                                              console: bool, possible: bool) -> None:
    assert terminal.prompt_possible(system, stdin_is_terminal=stdin_tty, has_dev_tty=dev_tty,
                                    has_console=console) is possible


def test_the_command_line_asks_through_the_platform_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from amanat.app.cli import secret_input

    monkeypatch.delenv("AMANAT_PASSPHRASE", raising=False)
    monkeypatch.setattr(terminal, "can_prompt", lambda: True)
    monkeypatch.setattr(terminal, "ask_secret", lambda label: "گذرواژه " + label.strip())
    assert secret_input.passphrase(None) == "گذرواژه Passphrase:"
    monkeypatch.setattr(terminal, "can_prompt", lambda: False)
    with pytest.raises(secret_input.NoSecretGiven):
        secret_input.passphrase(None)


def test_the_mail_program_is_started_without_a_shell(tmp_path: Path) -> None:
    draft = tmp_path / "--help; rm -rf ~.eml"
    draft.write_text("X-Unsent: 1\n\n")
    started: list[list[str]] = []
    for system, program in ((L, "xdg-open"), (M, "open")):
        assert open_draft(draft, system=system, start=lambda argv: started.append(list(argv)) or True)
        assert started[-1] == [program, str(draft.resolve())]  # absolute: never read as an option
    assert open_command(draft, W) is None  # os.startfile (ShellExecute), no command line at all


class WinVaultLike:
    """keyring's WinVaultKeyring in the one respect that matters here: a `persist` setting on the class."""

    class _Persist:
        def __get__(self, obj: Any, kind: Any = None) -> str:
            return getattr(obj, "_persist", "enterprise")  # keyring's default: roams with the profile

        def __set__(self, obj: Any, value: str) -> None:
            obj._persist = value

    persist = _Persist()
    priority = 5.0

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, user: str, password: str) -> None:
        self.entries[(service, user)] = password


def test_windows_credentials_stay_on_this_computer() -> None:
    backend = WinVaultLike()
    assert backend.persist == "enterprise"
    keep_on_this_computer(backend)
    assert backend.persist == "local machine"
    plain = type("Plain", (), {})()
    keep_on_this_computer(plain)  # other keychains have no such setting and are left alone
    assert not hasattr(plain, "persist")


def test_the_keychain_entry_is_neutral_and_old_entries_still_work(memory_keyring: Any) -> None:
    assert "amanat" not in ENTRY_SERVICE.lower() and "vault" not in ENTRY_SERVICE.lower()
    secret = keychain.store_secret("0f1e2d")
    assert list(memory_keyring.entries) == [(ENTRY_SERVICE, "0f1e2d")]
    memory_keyring.entries[(LEGACY_ENTRY_SERVICES[0], "aa11")] = memory_keyring.entries.pop((ENTRY_SERVICE, "0f1e2d"))
    loaded = keychain.load_secret("aa11")
    assert loaded is not None and loaded.reveal() == secret.reveal()
    keychain.forget_secret("aa11")
    assert memory_keyring.entries == {}


@pytest.mark.parametrize(("keys", "system", "expected"), [
    ("Ctrl+H", M, "Ctrl+Y"), ("ctrl+h", M, "Ctrl+Y"), ("Ctrl+H", W, "Ctrl+H"), ("Ctrl+H", L, "Ctrl+H"),
    ("Ctrl+M", M, "Ctrl+Shift+M"), ("Ctrl+L", M, "Ctrl+L"), ("Ctrl+Shift+W", M, "Ctrl+Shift+W"),
])
def test_macos_keeps_cmd_h_for_hide(keys: str, system: System, expected: str) -> None:
    assert shortcut_for_system(keys, system) == expected


def test_reserved_keys_without_an_alternative_are_refused() -> None:
    assert reserved_by_system("Ctrl+Space", M) and not reserved_by_system("Ctrl+Space", W)
    with pytest.raises(ValueError):
        shortcut_for_system("Ctrl+Space", M)
    assert normalised("shift+control+h") == "Ctrl+Shift+H" and normalised("Ctrl++") == "Ctrl++"


def test_keys_are_written_as_each_system_writes_them() -> None:
    assert shown_keys("Ctrl+Shift+W", M) == "⇧⌘W"
    assert shown_keys("Ctrl+Alt+H", M) == "⌥⌘H"
    assert shown_keys("Meta+Ctrl+K", M) == "⌃⌘K"
    assert shown_keys("Ctrl+Shift+W", W) == "Ctrl+Shift+W"


def test_every_copy_carries_every_systems_marks() -> None:
    marks = dict(secret_marks("متن"))
    assert marks[KDE_MANAGER_HINT] == b"secret"
    assert marks[WINDOWS_HISTORY] == marks[WINDOWS_CLOUD] == b"\0\0\0\0"
    assert len(marks) == 5


def _writes_without_binary(tree: ast.AST) -> list[int]:
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "open"
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "os" and len(node.args) >= 2):
            flags = ast.unparse(node.args[1])
            if ("O_WRONLY" in flags or "O_RDWR" in flags or "flags" in flags) and "O_BINARY" not in flags:
                found.append(node.lineno)
    return found


def test_files_written_through_os_open_are_binary_on_windows() -> None:
    """os.open without O_BINARY is a text-mode file on Windows: every LF written becomes CR LF."""
    offenders = []
    for folder in ("app", "crypto", "sync"):
        for path in sorted((PROJECT_ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            flag_lines = {n.lineno for n in ast.walk(tree) if isinstance(n, ast.Assign)
                          and "O_BINARY" in ast.unparse(n.value)}
            offenders += [f"{path.relative_to(PROJECT_ROOT)}:{line}" for line in _writes_without_binary(tree)
                          if not any(0 < line - flag_line <= 3 for flag_line in flag_lines)]
    assert offenders == []


def test_the_check_finds_a_text_mode_write() -> None:
    assert _writes_without_binary(ast.parse("os.open(p, os.O_WRONLY | os.O_CREAT, 0o600)")) == [1]
    assert _writes_without_binary(ast.parse("os.open(p, os.O_WRONLY | getattr(os, 'O_BINARY', 0))")) == []


def test_dari_on_a_cp1252_pipe_is_escaped_not_a_crash() -> None:
    import io

    raw = io.BytesIO()
    pipe = io.TextIOWrapper(raw, encoding="cp1252")  # what Windows gives a redirected stdout
    with pytest.raises(UnicodeEncodeError):
        pipe.write("گزارش")
        pipe.flush()
    terminal.keep_output_printable(pipe)
    pipe.write("ok گزارش\n")
    pipe.flush()
    assert raw.getvalue().endswith(b"ok \\u06af\\u0632\\u0627\\u0631\\u0634\n")
    utf8 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    terminal.keep_output_printable(utf8)
    assert utf8.errors == "strict"  # a UTF-8 stream is left as it is
    terminal.keep_output_printable(None)  # the windowed Windows program has no streams at all
