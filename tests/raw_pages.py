"""Decrypt a vault's database file and write-ahead log page by page, as an examiner with the key would.

SQLCipher 4 defaults with a raw 32-byte key: pages of 4096 bytes, each ending in an
80-byte reserve (a 16-byte IV, then a 64-byte HMAC-SHA512); AES-256-CBC over the page
minus the reserve, with the raw key as the AES key. Page 1 starts with the file's
16-byte salt, stored in clear, so its encrypted part is bytes 16..4016. A WAL file is
a 32-byte header, then frames: a 24-byte frame header and one page encrypted the same way.

Every page is decrypted, including free pages and pages past the end of what SQLite
still uses: nothing is skipped, so a word anywhere in the file is found.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80
IV_SIZE = 16
SALT_SIZE = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24
SQLITE_MAGIC = b"SQLite format 3\x00"


def decrypt_page(page: bytes, key: bytes, *, first: bool) -> bytes:
    """The plaintext of one encrypted page (page 1 gets SQLite's magic in place of the salt)."""
    assert len(page) == PAGE_SIZE, len(page)
    start = SALT_SIZE if first else 0
    end = PAGE_SIZE - RESERVE
    iv = page[end:end + IV_SIZE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(page[start:end]) + decryptor.finalize()
    return (SQLITE_MAGIC if first else b"") + plain


def database_pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of the database file, decrypted (page 1 first)."""
    data = path.read_bytes()
    assert len(data) % PAGE_SIZE == 0, f"{path.name} is not whole pages"
    return [decrypt_page(data[i:i + PAGE_SIZE], key, first=i == 0) for i in range(0, len(data), PAGE_SIZE)]


def wal_pages(path: Path, key: bytes) -> list[bytes]:
    """Every frame's page in a write-ahead log, decrypted (an absent or empty log has none)."""
    if not path.exists():
        return []
    data = path.read_bytes()
    pages = []
    frame = WAL_FRAME_HEADER + PAGE_SIZE
    for offset in range(WAL_HEADER, len(data) - frame + 1, frame):
        page_number = int.from_bytes(data[offset:offset + 4], "big")
        page = data[offset + WAL_FRAME_HEADER:offset + frame]
        pages.append(decrypt_page(page, key, first=page_number == 1))
    return pages


def encodings(word: str) -> list[bytes]:
    """The ways SQLite may store a word: UTF-8, and UTF-16 in either order."""
    return [word.encode("utf-8"), word.encode("utf-16-le"), word.encode("utf-16-be")]


def pages_holding(database: Path, key: bytes, word: str) -> list[str]:
    """Where `word` can be read in the decrypted database file and its WAL ("db page 7", "wal frame 3")."""
    found = []
    wal = Path(f"{database}-wal")
    for label, pages in (("db page", database_pages(database, key)), ("wal frame", wal_pages(wal, key))):
        for number, page in enumerate(pages, start=1):
            if any(encoded in page for encoded in encodings(word)):
                found.append(f"{label} {number}")
    return found
