"""Nothing readable on disk: canaries in every kind never appear in the vault folder's files."""

from __future__ import annotations

import io
import sqlite3
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from amanat.app.backup import create_backup
from amanat.app.models import ActionRow, Contact
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE

CANARIES = ["CANARY-ZEBRA-7731", "قناری‌امانت۷۷۳۱"]


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def fill_with_canaries(vault: Vault, canary: str) -> None:
    note = vault.items.add_note(f"title {canary}", f"body {canary}", tags=[f"tag{canary}"])
    vault.items.save(replace(note, body=f"edited {canary}"))
    vault.items.add(Contact(
        id="", display_name=f"name {canary}", alias=canary, organisation=canary, role=canary,
        country=canary, city=canary, channels=(("email", f"{canary}@example.org"), ("signal", canary)),
        notes=canary, tags=(canary,),
    ))
    for template in ("swot", "concept-note", "un-communication", "blank"):
        draft = vault.items.new_draft(template, f"{template} {canary}")
        vault.items.save(replace(draft, sections=tuple((k, f"{k} {canary}") for k, _ in draft.sections)))
    plan = vault.items.new_draft("action-plan", canary)
    vault.items.save(replace(plan, rows=(ActionRow(canary, canary, "2026-12-01"),)))
    vault.attachments.add(note.id, io.BytesIO(f"attachment {canary}".encode() * 1000), f"{canary}.txt")
    vault.items.search(canary)
    trashed = vault.items.add_note(canary, canary)
    vault.items.delete(trashed.id)
    vault.items.empty_trash()


def assert_no_canary(folder: Path, canary: str) -> None:
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        for encoded in encodings(canary):
            assert encoded not in data, f"{canary!r} readable in {path.name}"


@pytest.mark.parametrize("canary", CANARIES)
def test_canaries_appear_in_no_file_while_open_and_after_close(vault: Vault, vault_dir: Path, canary: str,
                                                               tmp_path: Path) -> None:
    fill_with_canaries(vault, canary)
    names = {p.name for p in vault_dir.iterdir()}
    assert {"vault.db", "vault.db-wal", "vault.keys"} <= names  # the WAL is checked too
    assert_no_canary(vault_dir, canary)
    backup = tmp_path / "backups"
    backup.mkdir()
    create_backup(vault, backup / "vault.amanat-backup")
    assert_no_canary(backup, canary)
    vault.close()
    assert_no_canary(vault_dir, canary)
    with Vault.unlock(vault_dir, PASSPHRASE) as reopened:
        assert reopened.items.search(canary)


def test_stdlib_sqlite_cannot_read_the_database(vault: Vault, vault_dir: Path) -> None:
    vault.items.add_note("x", "y")
    vault.close()
    connection = sqlite3.connect(vault_dir / "vault.db")
    with pytest.raises(sqlite3.DatabaseError):
        connection.execute("SELECT * FROM sqlite_master").fetchall()
    connection.close()
    assert not (vault_dir / "vault.db").read_bytes().startswith(b"SQLite format 3")


def test_vault_files_are_private(vault: Vault, vault_dir: Path) -> None:
    vault.items.add_note("x", "y")
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    for path in vault_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path.name


def test_sqlcipher_memory_security_is_off_on_every_connection(vault: Vault) -> None:
    """Off by decision (issue 16, SECURITY.md): it made search several times slower for little gain."""
    extra = vault.open_connection()
    try:
        assert vault._conn is not None
        for conn in (vault._conn, extra):
            assert str(conn.execute("PRAGMA cipher_memory_security").fetchone()[0]) == "0"
    finally:
        extra.close()
