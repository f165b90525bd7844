"""Keep the running process's memory out of core dumps and away from debuggers.

While Amanat runs, its memory holds the vault key and, for a moment, the passphrase. A core
dump written when the process crashes (or is made to crash) would put both in a file on disk;
a debugger attached by another program of the same user could read them live. At start, the
window and the command line (installed or built) call `harden_process()` before reading any
secret. One function per guarantee, each saying per system what it does and what it cannot do:

- Linux: `RLIMIT_CORE` 0 (soft and hard, so it cannot be raised again) and
  `prctl(PR_SET_DUMPABLE, 0)`. A non-dumpable process writes no core dump (unless root has set
  `fs.suid_dumpable` to 2, and then only a file root alone can read), and programs of the same
  user cannot attach a debugger or read `/proc/<pid>/mem`. Root, or a program holding
  `CAP_SYS_PTRACE`, still can: nothing a process does stops its administrator.
- macOS: `RLIMIT_CORE` 0 and `ptrace(PT_DENY_ATTACH)`, which makes debuggers fail to attach.
  Root with System Integrity Protection turned off can still read the process's memory.
- Windows: no system error dialog or crash box for the process (`SetErrorMode`), and Windows
  Error Reporting is told to leave the memory (heap) out of its crash reports (`WerSetFlags`).
  Python cannot stop an administrator, or a program of the same user, from writing a full
  memory dump (Task Manager's "Create dump file", procdump) or attaching a debugger; an
  administrator's WER `LocalDumps` policy still applies.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from dataclasses import dataclass

log = logging.getLogger(__name__)

PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4
PT_DENY_ATTACH = 31
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002
SEM_NOOPENFILEERRORBOX = 0x8000
WER_FAULT_REPORTING_FLAG_NOHEAP = 1


@dataclass(frozen=True)
class ProcessProtection:
    """What this process's protection is, read back from the system where it can be."""

    core_dumps_off: bool
    debugger_blocked: bool | None  # None: this system cannot refuse debuggers, or cannot say so afterwards

    def describe(self) -> str:
        """One line for `amanat self-test`."""
        if sys.platform == "win32":
            dumps = "crash dialog off, memory left out of crash reports" if self.core_dumps_off else \
                "crash reports NOT limited"
        else:
            dumps = "core dumps off" if self.core_dumps_off else "core dumps NOT off"
        debugger = {True: "debuggers refused", False: "debuggers NOT refused",
                    None: "debuggers refused where this system allows (cannot be read back here)"}
        if sys.platform == "win32":
            debugger[None] = "debuggers cannot be refused on Windows"
        return f"{dumps}, {debugger[self.debugger_blocked]}"

    @property
    def complete(self) -> bool:
        """Everything this system offers is in place."""
        return self.core_dumps_off and self.debugger_blocked is not False


def _libc() -> ctypes.CDLL:
    # The C library is already loaded into Python; looking it up by name would start ldconfig.
    return ctypes.CDLL(None, use_errno=True)


def disable_core_dumps() -> bool:
    """No core dump of this process (and of what it starts): True if the system took it."""
    if sys.platform == "win32":
        kernel32 = ctypes.WinDLL("kernel32")
        kernel32.SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX)
        return bool(kernel32.WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP) == 0)
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        log.warning("could not turn core dumps off")
        return False
    return True


def deny_debugger_attach() -> bool:
    """Refuse debuggers and memory readers of the same user: True if the system took it."""
    if sys.platform.startswith("linux"):
        return bool(_libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0)
    if sys.platform == "darwin":
        return bool(_libc().ptrace(PT_DENY_ATTACH, 0, None, 0) == 0)
    return False  # Windows: nothing Python reaches refuses a debugger of the same user


def harden_process() -> None:
    """Apply every protection this system offers; called first thing by the window and the command line."""
    if not disable_core_dumps():
        log.warning("core dumps could not be turned off on this system")
    if not deny_debugger_attach() and sys.platform != "win32":
        log.warning("debuggers could not be refused on this system")


def current_protection() -> ProcessProtection:
    """What the system says about this process now (for `amanat self-test`)."""
    if sys.platform == "win32":
        error_mode = ctypes.WinDLL("kernel32").GetErrorMode()
        return ProcessProtection(core_dumps_off=bool(error_mode & SEM_NOGPFAULTERRORBOX), debugger_blocked=None)
    import resource

    core_dumps_off = resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    if sys.platform.startswith("linux"):
        return ProcessProtection(core_dumps_off, _libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)
    return ProcessProtection(core_dumps_off, None)
