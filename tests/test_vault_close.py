"""Closing a vault: a checkpoint that fails is logged and reported, and the vault is closed anyway."""

from __future__ import annotations

import contextlib
import logging
import resource
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from amanat.app.errors import VaultCheckpointFailed
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE

SECRET_BODY = "the safe house is behind the bakery"


@contextlib.contextmanager
def files_may_not_grow_past(limit: int) -> Iterator[None]:
    """A full disk, for this process: no file may be written past `limit` bytes (EFBIG instead of SIGXFSZ)."""
    previous_signal = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous_signal)


def fill_the_write_ahead_log(vault: Vault) -> None:
    """Enough new pages that folding the log into the database file makes that file grow."""
    for number in range(40):
        vault.items.add_note(f"note {number}", SECRET_BODY + "." * 4000)


def test_a_failing_checkpoint_is_logged_and_reported_and_the_vault_still_closes(
    vault_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE)
    vault.items.add_note("first", "kept")
    vault.close()  # an ordinary close: the log is folded in, the database file has its size
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    fill_the_write_ahead_log(vault)
    database_size = (vault_dir / "vault.db").stat().st_size
    assert (vault_dir / "vault.db-wal").stat().st_size > 0
    caplog.set_level(logging.DEBUG)

    with files_may_not_grow_past(database_size), pytest.raises(VaultCheckpointFailed) as raised:
        vault.close()

    assert not vault.is_open
    assert "closed" in str(raised.value)
    warnings = [record for record in caplog.records
                if record.name == "amanat.app.vault" and record.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "checkpoint" in warnings[0].getMessage()
    assert SECRET_BODY not in caplog.text and PASSPHRASE not in caplog.text
    # The lock was released and the key dropped; the changes were kept and the next unlock reads them.
    with Vault.unlock(vault_dir, PASSPHRASE) as reopened:
        titles = {summary.title for summary in reopened.items.list()}
    assert {"first", "note 0", "note 39"} <= titles


def test_a_failing_checkpoint_does_not_hide_the_error_already_raised(vault_dir: Path) -> None:
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE)
    fill_the_write_ahead_log(vault)
    database_size = (vault_dir / "vault.db").stat().st_size
    with pytest.raises(KeyError), files_may_not_grow_past(database_size), vault:
        raise KeyError("the error the caller must see")
    assert not vault.is_open


def test_an_ordinary_close_reports_nothing(vault: Vault, caplog: pytest.LogCaptureFixture) -> None:
    fill_the_write_ahead_log(vault)
    vault.close()
    vault.close()  # closing twice is fine
    assert not [record for record in caplog.records if record.levelno >= logging.WARNING]
