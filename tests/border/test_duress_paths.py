"""Finding 1: every path through the duress passphrase destroys the real vault and looks like a normal unlock.

Whatever state the decoy is in (fine, missing, damaged, never there as after an older restore, or in an
older Amanat's `decoy/` folder), the duress passphrase ends with the real vault's keys destroyed, its files
replaced, and an unlock that is indistinguishable from a normal one, in the core and on the command line.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from amanat.app.duress import open_decoy, set_duress
from amanat.app.vault import Vault
from amanat.crypto.errors import AmanatError, WrongPassphrase
from amanat.crypto.keyfile import KeyFile
from tests.conftest import PASSPHRASE, run_cli

DURESS = "harmless holiday pictures"
NORMAL_SHAPE = ["vault.alt", "vault.db", "vault.keys", "vault.lock"]
ALT_BYTES = 4 * 1024 * 1024


def real_vault_with_duress(directory: Path, decoy_note: str | None = None) -> str:
    """A real vault with a secret note and a duress passphrase; its recovery key."""
    vault, recovery = Vault.create(directory, PASSPHRASE)
    with vault:
        vault.items.add_note("Real testimony", "CANARY-real")
        set_duress(vault, DURESS)
        if decoy_note is not None:
            with open_decoy(vault) as decoy:
                decoy.items.add_note(decoy_note, "bread, tea")
    return recovery.display()


def remove_alt(directory: Path) -> None:
    (directory / "vault.alt").unlink()


def damage_alt(directory: Path) -> None:
    with open(directory / "vault.alt", "r+b") as handle:
        handle.seek(4096 + 100)
        handle.write(secrets.token_bytes(64))


def truncate_alt(directory: Path) -> None:
    with open(directory / "vault.alt", "r+b") as handle:
        handle.truncate(1000)


def like_an_older_restore(directory: Path) -> None:
    """An older restore brought back vault.db and vault.keys (with the duress slot) and nothing else."""
    for name in ("vault.alt", "vault.lock"):
        (directory / name).unlink()


EMPTY_DECOY_PATHS: dict[str, Callable[[Path], None]] = {
    "alt file missing": remove_alt,
    "decoy damaged": damage_alt,
    "decoy truncated": truncate_alt,
    "restored without a decoy": like_an_older_restore,
}


def make_legacy_vault(directory: Path, decoy_note: str | None) -> str:
    """The layout of an older Amanat: the decoy as a whole vault in `decoy/`, its key in the real slot's alt."""
    vault, recovery = Vault.create(directory, PASSPHRASE)
    with vault:
        vault.items.add_note("Real testimony", "CANARY-real")
    (directory / "vault.alt").unlink(missing_ok=True)
    legacy, _decoy_recovery = Vault.create(directory / "decoy", DURESS)
    with legacy:
        if decoy_note is not None:
            legacy.items.add_note(decoy_note, "")
        decoy_key = legacy.keys.require_key()
    for name in ("vault.alt", "vault.lock"):
        (directory / "decoy" / name).unlink(missing_ok=True)
    KeyFile.read(directory / "vault.keys").with_duress(decoy_key, DURESS).write(directory / "vault.keys")
    return recovery.display()


def assert_real_vault_is_gone(directory: Path, recovery: str) -> None:
    with pytest.raises(WrongPassphrase):
        Vault.unlock(directory, PASSPHRASE)
    with pytest.raises(AmanatError):
        Vault.unlock_with_recovery_key(directory, recovery)
    assert Vault.unlock_with_keychain(directory) is None
    for path in directory.rglob("*"):
        if path.is_file():
            assert b"CANARY-real" not in path.read_bytes()


def assert_normal_shape(directory: Path) -> None:
    assert sorted(p.name for p in directory.iterdir()) == NORMAL_SHAPE
    assert (directory / "vault.alt").stat().st_size == ALT_BYTES
    with Vault.unlock(directory, DURESS) as again:  # and it goes on as an ordinary vault
        assert again.check() == []
        assert again.duress_state() == "off"


@pytest.mark.parametrize("path", sorted(EMPTY_DECOY_PATHS))
def test_a_missing_or_damaged_decoy_still_destroys_the_vault_and_opens_an_empty_one(
        path: str, vault_dir: Path, memory_keyring: object) -> None:
    recovery = real_vault_with_duress(vault_dir, decoy_note="Shopping list")
    with Vault.unlock(vault_dir, PASSPHRASE) as real:
        real.keys.remember_on_this_device()
    EMPTY_DECOY_PATHS[path](vault_dir)
    with Vault.unlock(vault_dir, DURESS) as opened:
        assert opened.items.list() == []
        assert opened.check() == []
    assert_real_vault_is_gone(vault_dir, recovery)
    assert_normal_shape(vault_dir)


def test_a_filled_decoy_takes_the_vaults_place(vault_dir: Path, memory_keyring: object) -> None:
    recovery = real_vault_with_duress(vault_dir, decoy_note="Shopping list")
    with Vault.unlock(vault_dir, PASSPHRASE) as real:
        real.keys.remember_on_this_device()
    with Vault.unlock(vault_dir, DURESS) as opened:
        assert [h.title for h in opened.items.list()] == ["Shopping list"]
        assert not opened.keys.remembered_on_this_device
    assert_real_vault_is_gone(vault_dir, recovery)
    assert_normal_shape(vault_dir)
    db_size = (vault_dir / "vault.db").stat().st_size
    assert db_size % 4096 == 0 and db_size < ALT_BYTES  # shrunk to its content, like any vault


@pytest.mark.parametrize("decoy_note", ["Recipes", None])
def test_an_older_decoy_folder_is_used_and_moved_away(vault_dir: Path, decoy_note: str | None) -> None:
    recovery = make_legacy_vault(vault_dir, decoy_note)
    with Vault.unlock(vault_dir, DURESS) as opened:
        assert [h.title for h in opened.items.list()] == ([decoy_note] if decoy_note else [])
    assert_real_vault_is_gone(vault_dir, recovery)
    assert_normal_shape(vault_dir)


def test_an_older_decoy_folder_is_moved_into_the_new_layout_at_a_normal_unlock(vault_dir: Path) -> None:
    make_legacy_vault(vault_dir, "Recipes")
    with Vault.unlock(vault_dir, PASSPHRASE) as real:
        assert [h.title for h in real.items.list()] == ["Real testimony"]
        assert real.duress_state() == "unconfirmed"
    assert sorted(p.name for p in vault_dir.iterdir()) == NORMAL_SHAPE
    assert (vault_dir / "vault.alt").stat().st_size == ALT_BYTES
    with Vault.unlock(vault_dir, PASSPHRASE) as real:
        set_duress(real, DURESS)  # typed once more: the decoy's key is taken back, its content kept
        assert real.duress_state() == "on"
        with open_decoy(real) as decoy:
            assert [h.title for h in decoy.items.list()] == ["Recipes"]
    assert (vault_dir / "vault.alt").stat().st_size == ALT_BYTES
    with Vault.unlock(vault_dir, DURESS) as opened:
        assert [h.title for h in opened.items.list()] == ["Recipes"]


# -- on the command line: the same exit code and output as a normal unlock --------------------------------


def cli(directory: Path, passphrase: str, *args: str) -> tuple[int, str, str]:
    result = run_cli(*args, env={"AMANAT_VAULT": str(directory), "AMANAT_PASSPHRASE": passphrase})
    return result.returncode, result.stdout, result.stderr


@pytest.mark.parametrize("path", ["decoy fine (empty)", *sorted(EMPTY_DECOY_PATHS), "older decoy folder",
                                  "older decoy folder missing its database"])
def test_on_the_command_line_every_duress_path_looks_like_a_normal_unlock(path: str, tmp_path: Path) -> None:
    reference = tmp_path / "reference"
    Vault.create(reference, DURESS)[0].close()
    expected = cli(reference, DURESS, "check")
    assert expected[0] == 0 and expected[2] == ""

    directory = tmp_path / "vault"
    if path.startswith("older decoy folder"):
        recovery = make_legacy_vault(directory, None)
        if path.endswith("database"):
            os.remove(directory / "decoy" / "vault.db")
    else:
        recovery = real_vault_with_duress(directory)
        if path in EMPTY_DECOY_PATHS:
            EMPTY_DECOY_PATHS[path](directory)
    assert cli(directory, DURESS, "check") == expected
    assert_real_vault_is_gone(directory, recovery)
    assert_normal_shape(directory)
    assert cli(directory, DURESS, "note", "list") == cli(reference, DURESS, "note", "list")


def test_on_the_command_line_a_filled_decoy_answers_like_a_vault_with_that_content(tmp_path: Path) -> None:
    reference = tmp_path / "reference"
    with Vault.create(reference, DURESS)[0] as vault:
        vault.items.add_note("Shopping list", "bread, tea")
    directory = tmp_path / "vault"
    recovery = real_vault_with_duress(directory, decoy_note="Shopping list")
    assert cli(directory, DURESS, "check") == cli(reference, DURESS, "check")
    code, out, err = cli(directory, DURESS, "search", "bread")
    assert (code, err) == (0, "") and "Shopping list" in out
    assert_real_vault_is_gone(directory, recovery)


def test_the_decoy_is_filled_with_the_real_passphrase_and_decoy_flag(tmp_path: Path) -> None:
    directory = tmp_path / "vault"
    real_vault_with_duress(directory)
    env = {"AMANAT_VAULT": str(directory), "AMANAT_PASSPHRASE": PASSPHRASE}
    added = run_cli("--decoy", "note", "add", "--title", "Recipes", env=env, stdin="tea\n")
    assert added.returncode == 0, added.stderr
    listed = run_cli("--decoy", "note", "list", env=env)
    assert "Recipes" in listed.stdout and "Real testimony" not in listed.stdout
    assert "Recipes" not in run_cli("note", "list", env=env).stdout
    refused = run_cli("--decoy", "passwd", env=env)
    assert refused.returncode == 2
    assert (directory / "vault.alt").stat().st_size == ALT_BYTES
    with Vault.unlock(directory, DURESS) as opened:
        assert [h.title for h in opened.items.list()] == ["Recipes"]


def test_the_duress_unlock_takes_no_second_key_derivation(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import amanat.crypto.keyfile

    real_vault_with_duress(vault_dir)
    calls: list[int] = []
    real_derive = amanat.crypto.keyfile.derive_key
    monkeypatch.setattr(amanat.crypto.keyfile, "derive_key", lambda *a: calls.append(1) or real_derive(*a))
    Vault.unlock(vault_dir, DURESS).close()
    assert calls == [1]
    shutil.rmtree(vault_dir)
