"""Durable writes, per system: what Amanat promises about a file it says it has saved.

The functions live in crypto/atomic_write.py, because the key file is written there and crypto/ (the
ground floor) may import nothing of ours; they are named here so the platform seam lists every
operating-system call in one place.

- `flush_to_disk`: `fcntl(F_FULLFSYNC)` on macOS (plain fsync there only reaches the drive's cache),
  `fsync` on Linux, `_commit`/FlushFileBuffers on Windows.
- `fsync_directory`: flushes a rename on Linux and macOS; Windows cannot open a folder for flushing,
  and NTFS journals the rename.
- `replace_retrying`: `os.replace`, retried for about three seconds on Windows while another program
  (antivirus, a viewer, a search indexer) holds the target open without sharing delete access.
- `write_file_atomically`: all three: a crash or power cut leaves the old file or the new one, never a mix.
"""

from __future__ import annotations

from amanat.crypto.atomic_write import flush_to_disk, fsync_directory, replace_retrying, write_file_atomically

__all__ = ["flush_to_disk", "fsync_directory", "replace_retrying", "write_file_atomically"]
