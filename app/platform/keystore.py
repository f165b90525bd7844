"""How the OS keychain entry of "Remember on this device" is named and kept, per system.

The secret itself is handled in app/keychain.py (through `keyring`, allow-listed backends only); this
module holds what differs by system:
- The entry's name says nothing about Amanat or a vault (`ENTRY_SERVICE`, the vault's random id as the
  account): whoever browses Credential Manager, Keychain Access or Seahorse sees a generic entry.
  Entries written by earlier versions under `LEGACY_ENTRY_SERVICES` are still read and removed.
- Windows (Credential Manager, WinVaultKeyring): keyring's default persistence is "enterprise", which
  roams with a domain profile to other computers; Amanat asks for "local machine" so the secret stays
  on this computer (`keep_on_this_computer`). Credentials are protected by DPAPI with the user's logon
  secret; any program running as the user can read them, as with every keychain below.
- macOS (login keychain): the entry is readable by the program that wrote it without asking; another
  program triggers a prompt. An unsigned build is identified by its path, so a moved or updated
  Amanat asks again. The login keychain is in Time Machine backups and local snapshots, encrypted
  with the login password.
- Linux (Secret Service: GNOME Keyring, KWallet): unlocked with the login session; any program of the
  user can read the entry while it is unlocked.
"""

from __future__ import annotations

from typing import Any

ENTRY_SERVICE = "local data key"
LEGACY_ENTRY_SERVICES = ("Amanat vault",)
WINDOWS_LOCAL_PERSISTENCE = "local machine"  # keyring's name for CRED_PERSIST_LOCAL_MACHINE


def keep_on_this_computer(backend: Any) -> None:
    """Make a Windows Credential Manager backend store with local persistence (never roaming).

    Only keyring's WinVaultKeyring has a `persist` setting; other backends are left as they are.
    """
    if hasattr(type(backend), "persist"):
        backend.persist = WINDOWS_LOCAL_PERSISTENCE
