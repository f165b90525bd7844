"""Panic wipe and the duress passphrase: afterwards the real vault cannot be opened by any means Amanat offers."""

from __future__ import annotations

from pathlib import Path

import pytest

from amanat.app.duress import open_decoy, set_duress
from amanat.app.errors import InvalidValue, VaultMissing
from amanat.app.vault import Vault
from amanat.app.wipe import wipe_vault
from amanat.crypto.errors import AmanatError, WrongPassphrase
from tests.conftest import PASSPHRASE, run_cli

DURESS = "harmless holiday pictures"


def fill(vault: Vault) -> None:
    vault.items.add_note("Real testimony", "CANARY-real شاهد")
    vault.items.add_note("Second", "x" * 10_000)


def cannot_open(directory: Path, recovery: str) -> None:
    """Every way into a vault Amanat offers fails."""
    for attempt in (lambda: Vault.unlock(directory, PASSPHRASE),
                    lambda: Vault.unlock_with_recovery_key(directory, recovery),
                    lambda: Vault.unlock_with_keychain(directory)):
        try:
            opened = attempt()
        except AmanatError:
            continue
        if opened is not None:
            with opened:
                assert not any("CANARY-real" in h.title or h.title == "Real testimony" for h in opened.items.list())


def test_a_wipe_leaves_nothing_that_opens(vault_dir: Path, memory_keyring: object) -> None:
    vault, recovery = Vault.create(vault_dir, PASSPHRASE)
    with vault:
        fill(vault)
        vault.keys.remember_on_this_device()
    report = wipe_vault(vault_dir)
    assert report.keys_destroyed and report.files_deleted >= 1
    assert not vault_dir.exists() or not any(vault_dir.iterdir())
    cannot_open(vault_dir, recovery.display())
    with pytest.raises(VaultMissing):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_the_keys_go_first_so_a_large_vault_is_unreadable_at_once(vault_dir: Path) -> None:
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE)
    with vault:
        fill(vault)
        key_file = vault.paths.key_file
    with open(vault_dir / "vault.db", "ab") as db:  # make the database large: 200 MiB, sparse
        db.truncate(200 * 2**20)
    report = wipe_vault(vault_dir)
    assert not key_file.exists() and not (vault_dir / "vault.db").exists()
    assert report.keys_destroyed and report.keys_seconds <= report.total_seconds  # timings: bench/, not here


def test_a_wipe_works_while_the_vault_is_open_elsewhere(vault_dir: Path) -> None:
    vault, recovery = Vault.create(vault_dir, PASSPHRASE)
    try:
        fill(vault)
        wipe_vault(vault_dir)  # the lock is ignored: an emergency
    finally:
        vault.close()
    cannot_open(vault_dir, recovery.display())


def test_amanat_wipe_asks_for_confirmation_unless_yes(vault_dir: Path, tmp_path: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    env = {"AMANAT_VAULT": str(vault_dir), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    refused = run_cli("wipe", env=env, stdin="no\n")
    assert refused.returncode != 0 and (vault_dir / "vault.keys").exists()
    done = run_cli("wipe", "--yes", env=env)
    assert done.returncode == 0, done.stderr
    assert not (vault_dir / "vault.keys").exists()


def test_the_panic_wipe_also_removes_the_settings(vault_dir: Path, tmp_path: Path) -> None:
    """The language and calendar say who used the laptop: the panic wipe removes settings.json too."""
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    config = tmp_path / "config"
    settings = config / "Amanat" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text('{"language": "fa", "calendar": "jalali"}\n', encoding="utf-8")
    done = run_cli("wipe", "--yes", env={"AMANAT_VAULT": str(vault_dir), "XDG_CONFIG_HOME": str(config)})
    assert done.returncode == 0, done.stderr
    assert not settings.exists() and not settings.parent.exists()
    assert not vault_dir.exists()


def test_the_duress_passphrase_wipes_the_real_vault_and_opens_the_decoy(vault_dir: Path) -> None:
    vault, recovery = Vault.create(vault_dir, PASSPHRASE)
    with vault:
        fill(vault)
        set_duress(vault, DURESS)
        with open_decoy(vault) as decoy:  # the user prepares harmless content from the real vault
            decoy.items.add_note("Shopping list", "bread, tea")
    with Vault.unlock(vault_dir, PASSPHRASE) as real:  # the real passphrase still opens the real vault
        assert {h.title for h in real.items.list()} == {"Real testimony", "Second"}

    opened = Vault.unlock(vault_dir, DURESS)
    with opened:
        assert [h.title for h in opened.items.list()] == ["Shopping list"]
        assert opened.paths.directory == vault_dir
        assert opened.duress_state() == "off" and not opened.has_decoy()
    assert sorted(p.name for p in vault_dir.iterdir()) == ["vault.alt", "vault.db", "vault.keys", "vault.lock"]
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    cannot_open(vault_dir, recovery.display())
    with Vault.unlock(vault_dir, DURESS) as again:  # and it goes on looking like a normal vault
        assert [h.title for h in again.items.list()] == ["Shopping list"]
        assert again.check() == []


def test_the_duress_passphrase_must_differ(vault_dir: Path) -> None:
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE)
    with vault:
        fill(vault)
        with pytest.raises(InvalidValue):
            set_duress(vault, PASSPHRASE)
        assert vault.duress_state() == "off"
    with Vault.unlock(vault_dir, PASSPHRASE) as real:
        assert len(real.items.list()) == 2


def test_an_unlock_with_either_passphrase_derives_one_key(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import amanat.crypto.keyfile

    vault, _recovery = Vault.create(vault_dir, PASSPHRASE)
    with vault:
        set_duress(vault, DURESS)
    calls: list[int] = []
    real_derive = amanat.crypto.keyfile.derive_key
    monkeypatch.setattr(amanat.crypto.keyfile, "derive_key", lambda *a: calls.append(1) or real_derive(*a))
    from amanat.crypto.keyfile import KeyFile

    key_file = KeyFile.read(vault_dir / "vault.keys")
    for passphrase in (PASSPHRASE, DURESS):
        calls.clear()
        key_file.open_with_passphrase_or_duress(passphrase)
        assert calls == [1]


def test_changing_the_passphrase_says_the_duress_passphrase_is_off(vault_dir: Path) -> None:
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE)
    with vault:
        set_duress(vault, DURESS)
    env = {"AMANAT_VAULT": str(vault_dir), "AMANAT_PASSPHRASE": PASSPHRASE,
           "AMANAT_NEW_PASSPHRASE": "a brand new long passphrase"}
    result = run_cli("passwd", env=env)
    assert result.returncode == 0 and "duress passphrase is OFF" in result.stderr
    with pytest.raises(WrongPassphrase):  # and it really is off: it no longer opens anything
        Vault.unlock(vault_dir, DURESS)


def test_recover_says_the_duress_passphrase_is_off(vault_dir: Path) -> None:
    vault, recovery = Vault.create(vault_dir, PASSPHRASE)
    with vault:
        set_duress(vault, DURESS)
    env = {"AMANAT_VAULT": str(vault_dir), "AMANAT_RECOVERY_KEY": recovery.display(),
           "AMANAT_NEW_PASSPHRASE": "a brand new long passphrase"}
    result = run_cli("recover", env=env)
    assert result.returncode == 0, result.stderr
    assert "duress passphrase is OFF" in result.stderr
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, DURESS)
    again = run_cli("recover", env={**env, "AMANAT_NEW_PASSPHRASE": "yet another long passphrase"})
    assert again.returncode == 0 and "duress" not in again.stderr  # said only when it was on


def test_only_the_systems_own_keychains_are_used(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An allow-list: a keychain that is not the OS's own is refused, even one named from outside."""
    import keyring

    from amanat.app import keychain
    from amanat.app.errors import KeychainUnavailable
    from tests.conftest import MemoryKeyring

    class SomeOtherKeyring(MemoryKeyring):
        """A backend no deny-list knows (a third-party plug-in, say), with a good priority."""

    previous = keyring.get_keyring()
    try:
        for backend in (SomeOtherKeyring(), MemoryKeyring()):  # the test keychain too, unless handed over
            keyring.set_keyring(backend)
            with pytest.raises(KeychainUnavailable):
                keychain.safe_backend()
    finally:
        keyring.set_keyring(previous)
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    named = run_cli("remember", env={"AMANAT_VAULT": str(vault_dir), "AMANAT_PASSPHRASE": PASSPHRASE,
                                     "PYTHON_KEYRING_BACKEND": "tests.conftest.MemoryKeyring"})
    assert named.returncode != 0 and "will not remember" in named.stderr
    assert b"keychain" not in (vault_dir / "vault.keys").read_bytes()
