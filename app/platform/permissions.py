"""Folders readable by the user only: the vault's, the settings', a backup's staging folder.

- Linux and macOS: mode 0700 on the folder (files inside are created 0600, and the process runs with
  umask 077). Root can still read them, and so can anyone who has the disk (they are encrypted anyway:
  the database by SQLCipher, the key file by the passphrase).
- Windows: POSIX modes mean nothing there (Python's chmod only sets the read-only flag). The folder gets
  an owner-only access list instead: inheritance from the parent removed, and one entry granting the
  current user full control, inherited by every file and folder created inside (icacls
  `/inheritance:r /grant:r *SID:(OI)(CI)F`). SYSTEM and the Administrators group lose their entries, so
  other accounts -- including other administrators' programs without the backup privilege -- cannot
  read it. An administrator can still take ownership of the folder and then read it; nothing a user's
  program does stops that. The user is named by SID (from `whoami /user`), never by a localised name.
  If icacls or whoami fails (a locked-down machine), the folder keeps the access list it inherited from
  the profile (the user, SYSTEM and Administrators), Amanat logs that, and `amanat self-test` says so.
- macOS: mode 0700 as on Linux; the folder sits in ~/Library/Application Support, which other users
  cannot enter anyway. Full Disk Access granted to another program (a backup tool) bypasses nothing:
  it reads as the same user.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from amanat.app.platform.commands import CommandResult, Runner, run_quietly
from amanat.app.platform.system import System, current_system

log = logging.getLogger(__name__)

PRIVATE_FOLDER_MODE = 0o700
_SID = re.compile(r"S-1-\d+(-\d+)+")


def sid_from_whoami(output: str) -> str | None:
    """The SID in `whoami /user /fo csv /nh` output (`"pc\\name","S-1-5-21-..."`), or None."""
    fields = [field.strip().strip('"') for line in output.splitlines() for field in line.split(",")]
    sids = [field for field in fields if _SID.fullmatch(field)]
    return sids[-1] if len(sids) == 1 else None


def owner_only_acl_command(folder: Path, sid: str) -> list[str]:
    """icacls arguments giving `sid` alone full control of `folder` and what is created in it."""
    if not _SID.fullmatch(sid):
        raise ValueError("not a SID")
    return ["icacls", str(folder), "/inheritance:r", "/grant:r", f"*{sid}:(OI)(CI)F", "/Q"]


def restrict_on_windows(folder: Path, run: Runner = run_quietly) -> bool:
    """Give `folder` an owner-only access list (Windows): True if icacls took it."""
    sid = sid_from_whoami(run(["whoami", "/user", "/fo", "csv", "/nh"]).stdout)
    if sid is None:
        log.warning("could not read this account's SID; the folder keeps the access list it inherited")
        return False
    result: CommandResult = run(owner_only_acl_command(folder, sid))
    if not result.ok:
        log.warning("icacls could not make the folder owner-only (exit %d)", result.returncode)
    return result.ok


def make_private_folder(folder: Path, *, exist_ok: bool = True, system: System | None = None,
                        run: Runner = run_quietly) -> bool:
    """Create `folder` (and its parents) readable by the user only; True if the restriction is in place."""
    folder = Path(folder)
    folder.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=exist_ok)
    if (system or current_system()) is System.WINDOWS:
        return restrict_on_windows(folder, run)
    os.chmod(folder, PRIVATE_FOLDER_MODE)  # mkdir's mode is masked by umask; an existing folder kept its own
    return True


def is_private_folder(folder: Path, *, system: System | None = None, run: Runner = run_quietly) -> bool | None:
    """Whether only the user can read `folder` (for self-test); None where this cannot be read back."""
    if (system or current_system()) is System.WINDOWS:
        listing = run(["icacls", str(folder)])
        return _only_one_entry(listing.stdout, folder) if listing.ok else None
    return (os.stat(folder).st_mode & 0o077) == 0


def _only_one_entry(icacls_output: str, folder: Path) -> bool:
    """icacls lists one entry per line after the path; an owner-only folder has exactly one."""
    lines = [line.replace(str(folder), "", 1).strip() for line in icacls_output.splitlines()]
    entries = [line for line in lines if ":(" in line]
    return len(entries) == 1

