"""Everything Amanat asks of the operating system, one module per concern, no Qt.

The one seam for the operating system. Each module says, per system (Linux, Windows, macOS), what its
functions guarantee and what they cannot; pure decisions (names, drives, paths, shortcuts, session
messages) take the system as an argument, so all three are tested on any machine, and the calls into
the system are small functions that the tests run on Linux and replace with fakes for the others.

- `system`: which system this is (`System`, `current_system`).
- `process_hardening`: core dumps, crash reports and debuggers.
- `file_names`: file names by Windows rules on every system; a name never leaves its folder.
- `file_lock`: one process per vault (flock / LockFileEx through msvcrt).
- `permissions`: folders and files readable by the user only (mode 0700 / an owner-only access list).
- `durable_files`: flushing to the disk itself (F_FULLFSYNC on macOS) and replacing a file held open.
- `secure_delete`: overwrite, delete, retry around held files, schedule what is left, report it.
- `drives`: which mounted volumes are USB drives (not network shares, cloud drives, disk images, the system disk);
  `windows_drives` asks Windows how a drive letter is attached.
- `commands`: running a system program (icacls, whoami, diskutil, xdg-open) without a shell or a console window.
- `clipboard_marks`: the formats that ask clipboard managers and histories not to keep a copy.
- `session_events`: which system messages mean "lock now" (sleep, screen lock, user switch, logout).
- `mail_program`: opening an e-mail draft in the user's mail program.
- `keystore`: the OS keychain entry's name and how it is kept (local, not roaming, on Windows).
- `fonts`: the Arabic-script fonts shipped with Amanat.
- `terminal`: asking for a passphrase on a terminal (a Windows console has no /dev/tty).
- `shortcuts`: keyboard shortcuts the system reserves (Cmd+H hides an app on macOS).

Durability at the ground floor: `crypto/atomic_write.py` writes the key file, and `crypto/` may import
nothing of ours, so the flushing and the retrying replace live there; `durable_files` names them here.
"""
