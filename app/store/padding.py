"""Size facts about a database file, for the decoy vault's fixed-size file (app/decoy.py).

SQLite records in its header how many pages the database has, so bytes after
the last page are ignored: the decoy's file is its database followed by random
bytes up to a whole number of size steps, and cutting them off is instant.
"""

from __future__ import annotations

from amanat.app.errors import DamagedInput
from amanat.app.store.connection import Connection, database_errors_as_amanat_errors

PAGE_BYTES = 4096  # SQLCipher 4's page size


def database_bytes(conn: Connection) -> int:
    """How long the database is by its own header (bytes after its last page are not part of it)."""
    with database_errors_as_amanat_errors():
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        return pages * int(conn.execute("PRAGMA page_size").fetchone()[0])


def check_intact(conn: Connection) -> None:
    """Raise DamagedInput unless every page in use reads back (SQLCipher checks each page's HMAC)."""
    with database_errors_as_amanat_errors():
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise DamagedInput("the database is damaged")
