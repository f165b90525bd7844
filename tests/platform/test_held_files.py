"""Windows file semantics, simulated here: a file another program holds open can be neither deleted nor
written to. The panic wipe still finishes (keys first, then retries, schedules and reports the rest), and
atomic writes retry around a held target. The simulation sits at the system calls only
(app/platform/secure_delete.py's `_unlink`, `_open_for_overwrite`, `_schedule`; crypto/atomic_write.py's
`_replace`); everything above them is the product as it runs."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from amanat.app.platform import secure_delete
from amanat.app.platform.secure_delete import Removal, overwrite, remove_file
from amanat.app.vault import Vault
from amanat.app.wipe import wipe_vault
from amanat.crypto import atomic_write
from amanat.crypto.atomic_write import replace_retrying, write_file_atomically
from amanat.crypto.errors import AmanatError
from tests.conftest import PASSPHRASE


class HeldFiles:
    """Paths held open by "another program": refused `refusals` times each (forever if None)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.refusals: dict[Path, int | None] = {}
        self.scheduled: list[Path] = []
        self.allow_schedule = False
        real_unlink, real_open = secure_delete._unlink, secure_delete._open_for_overwrite
        monkeypatch.setattr(secure_delete, "HELD_FILE_DELAYS", (0.0, 0.0, 0.0))
        monkeypatch.setattr(secure_delete, "_unlink", lambda path: self._refuse(path) or real_unlink(path))
        monkeypatch.setattr(secure_delete, "_open_for_overwrite", lambda path: self._refuse(path) or real_open(path))
        monkeypatch.setattr(secure_delete, "_schedule", self._schedule)

    def hold(self, path: Path, times: int | None = None) -> None:
        self.refusals[Path(path)] = times

    def _refuse(self, path: Path) -> None:
        path = Path(path)
        if path in self.refusals:
            left = self.refusals[path]
            if left is None or left > 0:
                self.refusals[path] = None if left is None else left - 1
                raise PermissionError(13, "The process cannot access the file because it is being used")

    def _schedule(self, path: Path) -> bool:
        self.scheduled.append(Path(path))
        return self.allow_schedule


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldFiles]:
    yield HeldFiles(monkeypatch)


def test_a_briefly_held_file_is_deleted_after_retries(tmp_path: Path, held: HeldFiles) -> None:
    path = tmp_path / "scanned"
    path.write_bytes(b"x")
    held.hold(path, times=2)
    waits: list[float] = []
    assert remove_file(path, delays=(0.05, 0.1, 0.2), sleep=waits.append) is Removal.GONE
    assert not path.exists() and waits == [0.05, 0.1]


def test_a_file_held_for_good_is_scheduled_or_left(tmp_path: Path, held: HeldFiles) -> None:
    path = tmp_path / "held"
    path.write_bytes(b"x")
    held.hold(path)
    assert remove_file(path) is Removal.LEFT and path.exists()
    held.allow_schedule = True
    assert remove_file(path) is Removal.AT_RESTART
    assert held.scheduled == [path, path]


def test_overwriting_waits_for_a_held_key_file(tmp_path: Path, held: HeldFiles) -> None:
    path = tmp_path / "vault.keys"
    path.write_bytes(b"K" * 500)
    held.hold(path, times=1)
    assert overwrite(path, 4096) is True
    assert path.read_bytes() != b"K" * 500 and len(path.read_bytes()) == 500


def _filled_vault(vault_dir: Path) -> str:
    vault, recovery = Vault.create(vault_dir, PASSPHRASE)
    with vault:
        vault.items.add_note("Testimony", "CANARY شاهد")
    return recovery.display()


def test_the_wipe_finishes_around_held_database_files(vault_dir: Path, held: HeldFiles) -> None:
    _filled_vault(vault_dir)
    database = vault_dir / "vault.db"
    held.hold(database)
    report = wipe_vault(vault_dir)
    assert report.keys_destroyed  # keys first: the database left behind is unreadable
    assert report.held == (database,) and database.exists()
    assert not (vault_dir / "vault.keys").exists() and not (vault_dir / "vault.lock").exists()
    with pytest.raises(AmanatError):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_a_key_file_that_cannot_be_touched_is_reported_as_not_destroyed(vault_dir: Path, held: HeldFiles) -> None:
    _filled_vault(vault_dir)
    key_file = vault_dir / "vault.keys"
    held.hold(key_file)
    report = wipe_vault(vault_dir)
    assert not report.keys_destroyed and key_file in report.held
    held.refusals.clear()  # the other program let go: wiping again finishes the job
    assert wipe_vault(vault_dir).keys_destroyed and not key_file.exists()


def test_a_key_file_that_is_overwritten_but_held_counts_as_destroyed(vault_dir: Path, held: HeldFiles,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _filled_vault(vault_dir)
    key_file = vault_dir / "vault.keys"
    real_unlink = secure_delete._unlink

    def unlink_all_but_the_key_file(path: Path) -> None:  # it can be written to, not deleted
        if Path(path) == key_file:
            raise PermissionError(13, "held")
        real_unlink(path)

    monkeypatch.setattr(secure_delete, "_unlink", unlink_all_but_the_key_file)
    report = wipe_vault(vault_dir)
    assert report.keys_destroyed and key_file in report.held
    with pytest.raises(AmanatError):
        Vault.unlock(vault_dir, PASSPHRASE)  # overwritten with random bytes: no slot opens


# -- atomic writes around a held target ---------------------------------------------------------------

def _held_replace(monkeypatch: pytest.MonkeyPatch, refusals: int) -> list[tuple[str, str]]:
    calls: list[tuple[str, str]] = []
    real = atomic_write._replace

    def replace(source: Path, target: Path) -> None:
        calls.append((Path(source).name, Path(target).name))
        if len(calls) <= refusals:
            raise PermissionError(13, "Access is denied")
        real(source, target)

    monkeypatch.setattr(atomic_write, "_replace", replace)
    return calls


def test_an_atomic_write_retries_while_the_target_is_held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "settings.json"
    target.write_bytes(b"old")
    calls = _held_replace(monkeypatch, refusals=3)
    monkeypatch.setattr(atomic_write, "REPLACE_DELAYS", (0.0,) * 6)  # Windows' policy, without the waiting
    write_file_atomically(target, b"new")
    assert target.read_bytes() == b"new" and len(calls) == 4
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temp file left


def test_a_target_held_too_long_keeps_its_old_content_and_no_temp_file(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "vault.keys"
    target.write_bytes(b"old")
    _held_replace(monkeypatch, refusals=100)
    monkeypatch.setattr(atomic_write, "REPLACE_DELAYS", (0.0,) * 6)
    with pytest.raises(PermissionError):
        write_file_atomically(target, b"new")
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["vault.keys"]


def test_the_retry_waits_as_told_and_gives_up_with_the_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, target = tmp_path / "a", tmp_path / "b"
    source.write_bytes(b"x")
    _held_replace(monkeypatch, refusals=2)
    waits: list[float] = []
    replace_retrying(source, target, delays=(0.05, 0.1, 0.2), sleep=waits.append)
    assert waits == [0.05, 0.1] and target.read_bytes() == b"x"
    source.write_bytes(b"y")
    _held_replace(monkeypatch, refusals=5)
    with pytest.raises(PermissionError):
        replace_retrying(source, target, delays=(0.01,), sleep=waits.append)


def test_off_windows_a_permission_error_is_not_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if os.name == "nt":
        pytest.skip("Windows retries")
    calls = _held_replace(monkeypatch, refusals=1)
    with pytest.raises(PermissionError):
        write_file_atomically(tmp_path / "x", b"1")
    assert len(calls) == 1


@pytest.mark.skipif(os.name != "posix", reason="fcntl is POSIX")
def test_macos_flushes_with_f_fullfsync(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import fcntl

    asked: list[int] = []
    synced: list[int] = []
    monkeypatch.setattr(atomic_write, "USE_FULL_FSYNC", True)
    monkeypatch.setattr(fcntl, "fcntl", lambda fd, command, *_: asked.append(command) or 0)
    monkeypatch.setattr(atomic_write.os, "fsync", synced.append)
    with open(tmp_path / "f", "wb") as handle:
        atomic_write.flush_to_disk(handle.fileno())
    assert asked == [atomic_write.F_FULLFSYNC] and synced == []

    def refuse(fd: int, command: int, *_: object) -> int:
        raise OSError(45, "not supported on this file system")

    monkeypatch.setattr(fcntl, "fcntl", refuse)
    with open(tmp_path / "f", "wb") as handle:
        atomic_write.flush_to_disk(handle.fileno())
    assert len(synced) == 1  # FAT or SMB: fsync, the most such a volume offers


def test_the_window_says_which_files_remain(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from amanat.app.ui.dialogs.border_dialogs import say_what_remains
    from amanat.app.wipe import WipeReport

    parent = QWidget()
    assert say_what_remains(parent, WipeReport(True, 4, 0.01, 0.02)) is None  # all gone: nothing to say
    box = say_what_remains(parent, WipeReport(True, 3, 0.01, 0.02, (tmp_path / "vault.db",)))
    assert box is not None and "1 file(s)" in box.text() and str(tmp_path / "vault.db") in box.detailedText()
    box = say_what_remains(parent, WipeReport(False, 3, 0.01, 0.02, (tmp_path / "vault.keys",)))
    assert box is not None and "could not be destroyed" in box.text()
    parent.deleteLater()


def test_the_command_line_reports_a_key_file_it_could_not_destroy(vault_dir: Path, held: HeldFiles, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from amanat.app.cli import main as cli_main

    for variable in ("XDG_CONFIG_HOME", "APPDATA", "LOCALAPPDATA", "HOME"):  # the wipe deletes the settings file
        monkeypatch.setenv(variable, str(tmp_path / "config"))
    _filled_vault(vault_dir)
    held.hold(vault_dir / "vault.keys")
    code = cli_main(["--vault", str(vault_dir), "wipe", "--yes"])
    assert code == 1 and "could not be overwritten or deleted" in capsys.readouterr().err


def test_the_sign_in_deletion_takes_the_path_literally() -> None:
    from amanat.app.platform.secure_delete import RUN_ONCE_MAX_CHARS, delete_at_sign_in_command

    command = delete_at_sign_in_command("C:\\Users\\زهرا\\O'Brien $env:x %TEMP% `a\\vault.db")
    assert command is not None and len(command) < RUN_ONCE_MAX_CHARS
    assert command.endswith("-Command \"Remove-Item -LiteralPath 'C:\\Users\\زهرا\\O''Brien $env:x %TEMP% `a\\vault.db'"
                            " -Force\"")  # single-quoted: no variable, no escape; the quote doubled
    assert delete_at_sign_in_command("C:\\" + "x" * 250 + "\\vault.db") is None  # RunOnce would ignore it
