"""Re-keying (issue 11, finding 4): a new vault key, so old key file copies and old secrets stop working."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from amanat.app.errors import DamagedInput, WrongPassphrase
from amanat.app.rekey import PENDING_NAME, STEPS, RekeyOutcome
from amanat.app.store.connection import open_database
from amanat.app.vault import Vault
from amanat.crypto.keyfile import KIND_KEYCHAIN, KIND_RECOVERY, KeyFile
from amanat.crypto.recovery_key import RecoveryKey
from tests.conftest import PASSPHRASE, MemoryKeyring, run_cli, snapshot_files


def _old_key_opens_database(vault_dir: Path, old_keys: Path, passphrase: str | None, recovery: str | None) -> bool:
    key_file = KeyFile.read(old_keys)
    if passphrase is not None:
        key = key_file.open_with_passphrase(passphrase)
    else:
        assert recovery is not None
        opened = key_file.open_with_secret(KIND_RECOVERY, RecoveryKey.parse(recovery).secret)
        assert opened is not None
        key = opened
    try:
        open_database(vault_dir / "vault.db", key).close()
    except DamagedInput:
        return False
    return True


def test_after_a_rekey_an_old_key_file_copy_opens_nothing(vault_dir: Path, tmp_path: Path) -> None:
    vault, old_recovery = Vault.create(vault_dir, PASSPHRASE)
    old_copy = tmp_path / "old-vault.keys"
    shutil.copy(vault_dir / "vault.keys", old_copy)
    with vault:
        note = vault.items.add_note("Witness list", "names")
        assert _old_key_opens_database(vault_dir, old_copy, PASSPHRASE, None)  # today's hole
        steps: list[tuple[int, int]] = []
        new_recovery = vault.rekey(PASSPHRASE, lambda done, total: steps.append((done, total)))
        assert steps == [(step, STEPS) for step in range(1, STEPS + 1)]
        # The open vault goes on working with the new key, on its own and on new connections.
        later = vault.items.add_note("After the re-key", "")
        with vault.thread_services() as (items, _attachments):
            assert items.get(note.id).title == "Witness list"
        assert vault.check() == []
    assert not _old_key_opens_database(vault_dir, old_copy, PASSPHRASE, None)
    assert not _old_key_opens_database(vault_dir, old_copy, None, old_recovery.display())
    assert not (vault_dir / PENDING_NAME).exists()
    with Vault.unlock(vault_dir, PASSPHRASE) as reopened:
        assert reopened.items.get(later.id).title == "After the re-key"
        assert reopened.check() == []
    with Vault.unlock_with_recovery_key(vault_dir, new_recovery.display()) as reopened:
        assert reopened.items.get(note.id).title == "Witness list"
    with pytest.raises(Exception):  # noqa: B017 - the old recovery key opens nothing now
        Vault.unlock_with_recovery_key(vault_dir, old_recovery.display())


def test_a_wrong_passphrase_changes_nothing(vault: Vault, vault_dir: Path) -> None:
    vault.items.add_note("kept", "")
    vault.close()
    with Vault.unlock(vault_dir, PASSPHRASE) as reopened:
        before = snapshot_files(vault_dir)
        with pytest.raises(WrongPassphrase):
            reopened.rekey("not the passphrase")
        assert snapshot_files(vault_dir) == before


def test_rekey_turns_duress_off_and_keeps_the_keychain(vault_dir: Path, memory_keyring: MemoryKeyring) -> None:
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE)
    with vault:
        vault.keys.remember_on_this_device()
        alt_before = next(s.alt for s in vault.key_file.slots if s.kind == "passphrase")
        vault.rekey(PASSPHRASE)
        assert vault.keys.remembered_on_this_device
        assert next(s.alt for s in vault.key_file.slots if s.kind == "passphrase") != alt_before
    assert KeyFile.read(vault_dir / "vault.keys").has(KIND_KEYCHAIN)
    reopened = Vault.unlock_with_keychain(vault_dir)
    assert reopened is not None
    reopened.close()


class _Stop(Exception):
    pass


def _stop_at(step: int):  # type: ignore[no-untyped-def]
    def progress(done: int, _total: int) -> None:
        if done == step:
            raise _Stop

    return progress


@pytest.mark.parametrize(("stopped_after", "outcome"), [
    (3, RekeyOutcome.UNDONE),  # the record is written, the database not yet re-encrypted
    (4, RekeyOutcome.FINISHED),  # the database is re-encrypted, the key file not yet replaced
])
def test_an_interrupted_rekey_is_settled_at_the_next_unlock(
    vault_dir: Path, tmp_path: Path, stopped_after: int, outcome: RekeyOutcome
) -> None:
    vault, recovery = Vault.create(vault_dir, PASSPHRASE)
    old_copy = tmp_path / "old-vault.keys"
    shutil.copy(vault_dir / "vault.keys", old_copy)
    note = vault.items.add_note("committed", "")
    with pytest.raises(_Stop):
        vault.rekey(PASSPHRASE, _stop_at(stopped_after))
    vault.close()
    assert (vault_dir / PENDING_NAME).exists()
    # The keychain is no way around the settling: it waits for the passphrase.
    assert Vault.unlock_with_keychain(vault_dir) is None
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "wrong passphrase")
    assert (vault_dir / PENDING_NAME).exists()
    with Vault.unlock(vault_dir, PASSPHRASE) as reopened:
        assert reopened.interrupted_rekey is outcome
        assert reopened.items.get(note.id).title == "committed"
        assert reopened.check() == []
    assert not (vault_dir / PENDING_NAME).exists()
    old_still_opens = _old_key_opens_database(vault_dir, old_copy, None, recovery.display())
    assert old_still_opens is (outcome is RekeyOutcome.UNDONE)
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert again.interrupted_rekey is RekeyOutcome.NONE


def test_rekey_and_passwd_on_the_command_line(vault_dir: Path, tmp_path: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    env = {"AMANAT_VAULT": str(vault_dir), "AMANAT_PASSPHRASE": PASSPHRASE, "AMANAT_NEW_PASSPHRASE": "new words here"}
    changed = run_cli("passwd", env=env)
    assert changed.returncode == 0, changed.stderr
    assert "amanat rekey" in changed.stdout and "old copy of the key file" in changed.stdout
    env["AMANAT_PASSPHRASE"] = "new words here"
    rekeyed = run_cli("rekey", env=env)
    assert rekeyed.returncode == 0, rekeyed.stderr
    assert "Recovery key (shown only this once)" in rekeyed.stdout
    assert f"[{STEPS}/{STEPS}]" in rekeyed.stderr
    assert run_cli("check", env=env).returncode == 0


def test_a_panic_wipe_destroys_the_record_of_an_interrupted_rekey(vault_dir: Path) -> None:
    from amanat.app.wipe import wipe_vault

    vault, _recovery = Vault.create(vault_dir, PASSPHRASE)
    with pytest.raises(_Stop):
        vault.rekey(PASSPHRASE, _stop_at(3))
    vault.close()
    assert (vault_dir / PENDING_NAME).exists()
    wipe_vault(vault_dir)
    assert not vault_dir.exists()
