"""Opening the SQLCipher database with the vault key and Amanat's pragmas."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from sqlcipher3 import Connection as Connection

from amanat.app.errors import DamagedInput, VaultBusy
from amanat.crypto.secret_bytes import SecretBytes

# Set before the key: quiet on wrong keys. Memory security (lock and wipe every SQLCipher
# allocation) stays off, SQLCipher's own default since 4.5: it made a search about four times
# slower, while Python keeps its own copies of every decrypted text anyway; the process
# already refuses core dumps and debuggers, where such a copy would leak (SECURITY.md).
_BEFORE_KEY = ("PRAGMA cipher_log_level = NONE", "PRAGMA cipher_memory_security = OFF")
_AFTER_CHECK = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA synchronous = FULL",
    # macOS: commits and checkpoints reach the disk itself (F_FULLFSYNC), not only the drive's cache;
    # SQLite ignores both elsewhere, where fsync already does (app/platform/durable_files.py).
    "PRAGMA fullfsync = ON",
    "PRAGMA checkpoint_fullfsync = ON",
    "PRAGMA busy_timeout = 5000",
)


def translate_database_error(error: Exception) -> Exception:
    """Map a SQLCipher error to the Amanat error a user should see."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return VaultBusy("the vault is busy in another Amanat process; close it and try again")
    return DamagedInput("the vault database is damaged or unreadable; run 'amanat check'")


@contextlib.contextmanager
def database_errors_as_amanat_errors() -> Iterator[None]:
    """Within the block, raise Amanat errors instead of SQLCipher's."""
    try:
        yield
    except sqlcipher3.DatabaseError as error:
        raise translate_database_error(error) from None


def open_database(path: Path, key: SecretBytes, *, create: bool = False) -> Connection:
    """Open the vault database with its raw key, checking that the key reads it.

    The connection is in autocommit mode; callers open transactions
    explicitly. WAL is switched on by the schema module once the schema
    version is known to be one this Amanat understands.
    """
    if create:
        # Created private before SQLite touches it; -wal and -shm inherit the mode.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600))
    elif not Path(path).is_file():
        raise DamagedInput("the vault's database file is missing")
    # A connection may be handed from the worker that opened it to the GUI thread;
    # it is used by one thread at a time (SQLite is built thread-safe).
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        for pragma in _BEFORE_KEY:
            conn.execute(pragma)
        _set_raw_key(conn, key)
        with database_errors_as_amanat_errors():
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            for pragma in _AFTER_CHECK:
                conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return conn


def rekey_connection(conn: Connection, key: SecretBytes) -> None:
    """Re-encrypt every page under `key` in one transaction (SQLCipher's PRAGMA rekey).

    In WAL mode with synchronous=FULL the database is, after any crash, wholly under the old
    key or wholly under the new one. A full checkpoint then moves the new pages into the file
    and empties the WAL of frames under the old key.
    """
    spec = key.hex_buffer(b"x'", b"'")  # as in _set_raw_key: never the key as text
    try:
        conn.reset_key(spec)  # sqlite3_rekey, what PRAGMA rekey calls
    finally:
        for index in range(len(spec)):
            spec[index] = 0
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _set_raw_key(conn: Connection, key: SecretBytes) -> None:
    """Give SQLCipher the raw key (`x'…'`) from a buffer that is overwritten at once.

    `PRAGMA key = "x'…'"` would leave the key as immutable text in Python's memory (and in the
    statement cache) for as long as the connection lives, and beyond; this way no text copy is made.
    """
    spec = key.hex_buffer(b"x'", b"'")
    try:
        conn.set_key(spec)
    finally:
        for index in range(len(spec)):
            spec[index] = 0


class Transaction:
    """The handle `transaction` yields: the block commits at its end, unless told to roll back.

    `rollback_on_exit()` makes a block that ends normally undo everything done in it, the way an
    error would, without an exception to carry the result out: a preview runs the real work
    and keeps none of it.
    """

    __slots__ = ("_roll_back",)

    def __init__(self) -> None:
        self._roll_back = False

    def rollback_on_exit(self) -> None:
        """Undo everything done in this block when it ends; nothing of it is committed."""
        self._roll_back = True

    @property
    def rolls_back_on_exit(self) -> bool:
        """True once `rollback_on_exit` was called."""
        return self._roll_back


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Transaction]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error or when the handle asks for it.

    Inside an open transaction it becomes a savepoint, so that several
    service calls (an imported bundle's items, say) can be applied together
    in one outer transaction: all of them, or none. Rolling a savepoint back
    undoes only what was done inside it.
    """
    handle = Transaction()
    if conn.in_transaction:
        with _savepoint(conn, handle):
            yield handle
        return
    with database_errors_as_amanat_errors():
        conn.execute("BEGIN IMMEDIATE")
    try:
        yield handle
    except sqlcipher3.DatabaseError as error:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK")
        raise translate_database_error(error) from None
    except BaseException:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK")
        raise
    with database_errors_as_amanat_errors():
        conn.execute("ROLLBACK" if handle.rolls_back_on_exit else "COMMIT")


@contextlib.contextmanager
def _savepoint(conn: Connection, handle: Transaction) -> Iterator[None]:
    with database_errors_as_amanat_errors():
        conn.execute("SAVEPOINT nested")
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK TO nested")
            conn.execute("RELEASE nested")
        raise
    with database_errors_as_amanat_errors():
        if handle.rolls_back_on_exit:
            conn.execute("ROLLBACK TO nested")
        conn.execute("RELEASE nested")
