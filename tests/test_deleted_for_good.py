"""Deleted for good is gone: after emptying the trash, a purge or a travel seal, an examiner who
has the vault key finds none of the item's words anywhere in the database file or its WAL.

The files are decrypted page by page (tests/raw_pages.py), free pages and old WAL frames
included, and every table is read with the key, FTS5's own tables included. Each test first
finds the words while the item is alive, so that it can fail.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
import sqlcipher3

from amanat.app.decoy import write_random_alt
from amanat.app.models import Contact, Note
from amanat.app.vault import Vault
from amanat.crypto.keyfile import KeyFile
from tests.conftest import PASSPHRASE, PROJECT_ROOT
from tests.raw_pages import encodings, pages_holding

# A phone number, a name in English letters, and a name and family name in Dari.
CANARIES = ("0799481726", "Zarghuna", "زرغونه", "کوهستانی")
WORDS = sorted({*CANARIES, *(c.lower() for c in CANARIES)})
# Near misses: in the search index, a canary that starts a leaf page right after one of these is
# kept whole in the index's b-tree (search_index_idx), where FTS5's secure-delete does not reach.
FILLER_WORDS = "zarghun 079948172 زرغون کوهستان".split()


def vault_key(vault_dir: Path) -> bytes:
    return KeyFile.read(vault_dir / "vault.keys").open_with_passphrase(PASSPHRASE).reveal()


def rows_holding(database: Path, key: bytes, word: str) -> list[str]:
    """Tables (FTS5's shadow tables too) in which any value holds `word`, read with the key."""
    conn = sqlcipher3.connect(str(database))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        found = []
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):  # noqa: S608
                values = [v.encode() if isinstance(v, str) else v for v in row if isinstance(v, str | bytes)]
                if any(encoded in value for value in values for encoded in encodings(word)):
                    found.append(table)
                    break
        return found
    finally:
        conn.close()


def traces(vault_dir: Path) -> dict[str, list[str]]:
    """Where each word is still readable: pages first (before a reader touches the files), then tables."""
    database, key = vault_dir / "vault.db", vault_key(vault_dir)
    found = {word: pages_holding(database, key, word) for word in WORDS}
    for word in WORDS:
        found[word] += rows_holding(database, key, word)
    return {word: where for word, where in found.items() if where}


def add_fillers(vault: Vault, count: int) -> None:
    words = FILLER_WORDS
    vault.items.add_many([Note(id="", title=f"note {n}", body=" ".join(words[(n + i) % len(words)] for i in range(30)))
                          for n in range(count)])


def fill(vault: Vault, *, fillers: int = 40) -> list[str]:
    """Other items, and the items carrying the canaries (edited, tagged, with an attachment)."""
    add_fillers(vault, fillers)
    note = vault.items.add_note("Zarghuna زرغونه", "Call 0799481726, ask for کوهستانی.", tags=["زرغونه"])
    vault.items.save(replace(note, body=note.body + " She moved to Mazar. Zarghuna"))
    vault.attachments.add(note.id, io.BytesIO("scan of Zarghuna زرغونه 0799481726\n".encode() * 300), "scan.txt")
    contact = vault.items.add(Contact(id="", display_name="Zarghuna کوهستانی", alias="زرغونه",
                                      channels=(("phone", "0799481726"),), notes="Zarghuna"))
    vault.items.add_many([Note(id="", title=f"later {n}", body="گزارش jalal") for n in range(fillers // 4)])
    return [note.id, contact.id]


def empty_trash(vault: Vault, item_ids: list[str]) -> None:
    for item_id in item_ids:
        vault.items.delete(item_id)
    assert vault.items.empty_trash() == len(item_ids)


def purge(vault: Vault, item_ids: list[str]) -> None:
    for item_id in item_ids:
        vault.items.delete(item_id)
        vault.items.purge(item_id)


def travel_seal(vault: Vault, item_ids: list[str]) -> None:
    """The seal as the window and the command line make it; the file named after the person, as users do."""
    recovery = vault.keys.new_recovery_key()
    trip_file = vault.paths.directory.parent / "Zarghuna-0799481726.age"
    report = vault.sync.travel_order.seal_and_remove(item_ids, trip_file, recovery_key=recovery.display())
    assert report.removed == len(item_ids) and trip_file.exists()


DELETIONS: dict[str, Callable[[Vault, list[str]], None]] = {
    "trash emptied": empty_trash, "purged": purge, "sealed for travel": travel_seal,
}


def small_index_pages(vault: Vault) -> None:
    """FTS5 leaf pages of 64 bytes: almost every word starts a page, and so sits in the index's b-tree."""
    vault._conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('pgsz', 64)")  # type: ignore[union-attr]


@pytest.mark.parametrize("layout", ["default index pages", "small index pages"])
@pytest.mark.parametrize("deletion", DELETIONS)
def test_nothing_of_an_item_deleted_for_good_stays_in_the_file(vault: Vault, vault_dir: Path, deletion: str,
                                                               layout: str) -> None:
    if layout == "small index pages":
        small_index_pages(vault)
    item_ids = fill(vault)
    alive = traces(vault_dir)
    assert set(alive) == set(WORDS)  # readable while alive: the decryption works
    if layout == "small index pages":  # the hard case is there
        assert any("search_index_idx" in where for where in alive.values())

    DELETIONS[deletion](vault, item_ids)

    assert traces(vault_dir) == {}, "readable while the vault is still open"
    assert len(vault.items.search("jalal")) == 10 and not vault.items.search("0799481726")
    assert vault.check() == []
    vault.close()
    assert traces(vault_dir) == {}, "readable after the vault closed"
    with Vault.unlock(vault_dir, PASSPHRASE) as reopened:
        assert len(reopened.items.search("زرغون", limit=200)) == 40


def test_words_an_edit_took_out_are_gone_too_once_the_item_is_purged(vault: Vault, vault_dir: Path) -> None:
    """The edit drops them from the index (its b-tree may keep them); the purge must not leave them there."""
    small_index_pages(vault)
    add_fillers(vault, 40)
    note = vault.items.add_note("Zarghuna زرغونه", "0799481726 کوهستانی")
    vault.items.save(replace(note, title="a note", body="nothing to see"))
    assert set(traces(vault_dir)) == set(WORDS)  # the first revision holds them
    vault.items.delete(note.id)
    vault.items.purge(note.id)
    assert traces(vault_dir) == {}


def secure_delete_setting(conn: sqlcipher3.Connection) -> object:
    row = conn.execute("SELECT v FROM search_index_config WHERE k = 'secure-delete'").fetchone()
    return row[0] if row else None


def test_an_edit_only_marks_the_old_words_deleted_and_the_purge_still_erases_them(vault: Vault,
                                                                                  vault_dir: Path) -> None:
    """Saves stay cheap (no FTS5 secure-delete: ~15 ms, not ~0.15 s); the deletion for good pays instead."""
    assert vault._conn is not None
    add_fillers(vault, 40)
    note = vault.items.add_note("Zarghuna زرغونه", "0799481726 کوهستانی")
    vault.items.save(replace(note, title="a note", body="nothing to see"))
    assert secure_delete_setting(vault._conn) == 0
    assert "search_index_data" in rows_holding(vault_dir / "vault.db", vault_key(vault_dir), "0799481726")
    assert not vault.items.search("0799481726")
    vault.items.delete(note.id)
    vault.items.purge(note.id)
    assert traces(vault_dir) == {}


def test_a_vault_of_schema_4_stops_using_secure_delete_for_ordinary_writes(tmp_path: Path) -> None:
    copy = tmp_path / "v4"
    shutil.copytree(PROJECT_ROOT / "tests" / "frozen_vaults" / "v4", copy)
    passphrase = json.loads((copy / "expected.json").read_text(encoding="utf-8"))["passphrase"]
    with Vault.unlock(copy, passphrase) as vault:
        assert vault._conn is not None
        assert secure_delete_setting(vault._conn) == 0
        assert vault.check() == []


def test_freed_pages_are_given_back_and_the_log_is_emptied(vault: Vault, vault_dir: Path) -> None:
    conn = vault._conn
    assert conn is not None
    item_ids = fill(vault)
    pages_before = conn.execute("PRAGMA page_count").fetchone()[0]
    empty_trash(vault, item_ids)
    pages_after = conn.execute("PRAGMA page_count").fetchone()[0]
    assert pages_after < pages_before
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert (vault_dir / "vault.db").stat().st_size == pages_after * 4096
    assert (vault_dir / "vault.db-wal").stat().st_size == 0


def test_a_removed_attachment_leaves_nothing_either(vault: Vault, vault_dir: Path) -> None:
    add_fillers(vault, 10)
    note = vault.items.add_note("scans", "")
    info = vault.attachments.add(note.id, io.BytesIO("Zarghuna زرغونه کوهستانی 0799481726\n".encode() * 2000),
                                 "scan.txt")
    assert set(traces(vault_dir)) == set(CANARIES)
    vault.attachments.delete(info.id)
    assert traces(vault_dir) == {}
    vault.close()
    assert traces(vault_dir) == {}


# In a process of its own: unlock with files capped near the database's size, too small for the
# one-time VACUUM of the upgrade to schema 4 (its log alone outgrows the file), then say what it got.
_UNLOCK_WITH_FILES_CAPPED = """
import resource, sys
from amanat.crypto.kdf import allow_insecure_test_kdf
from amanat.app.vault import Vault
allow_insecure_test_kdf()
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[3]), resource.RLIM_INFINITY))
with Vault.unlock(sys.argv[1], sys.argv[2]) as vault:
    print(len(vault.items.list()), vault._conn.execute("PRAGMA auto_vacuum").fetchone()[0])
"""


def test_a_disk_too_full_for_the_upgrade_vacuum_still_opens_the_vault(tmp_path: Path) -> None:
    copy = tmp_path / "v3"
    shutil.copytree(PROJECT_ROOT / "tests" / "frozen_vaults" / "v3", copy)
    passphrase = json.loads((copy / "expected.json").read_text(encoding="utf-8"))["passphrase"]
    write_random_alt(copy)  # what an unlock writes first (the duress slot's file), not the case here
    # Room for the few pages the later schemas' new tables take (schema 7 adds four tables and two
    # indexes, schema 8 a table and an index, schema 9 three tables and an index: a root page each), far
    # too little for the VACUUM's copy of the whole file.
    cap = (copy / "vault.db").stat().st_size + 80 * 1024
    done = subprocess.run([sys.executable, "-c", _UNLOCK_WITH_FILES_CAPPED, str(copy), passphrase, str(cap)],
                          cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    items_listed, auto_vacuum = done.stdout.split()
    assert auto_vacuum == "0"  # it opened, not yet switched to incremental vacuum
    assert "incremental vacuum (OperationalError)" in done.stderr
    with Vault.unlock(copy, passphrase) as vault:  # room again: the switch is made now
        assert len(vault.items.list()) == int(items_listed) > 0
        assert vault._conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # type: ignore[union-attr]
        assert vault.check() == []
