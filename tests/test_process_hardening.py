"""A running `amanat` writes no core dump and refuses debuggers (issue 11, finding 3).

Real processes: the command line waiting at its passphrase prompt (on a pseudo-terminal), and the
window (offscreen) waiting on its settings file. The tests run as root, and root may read any
process's memory whatever the process does; so both `amanat` and the process that tries to read
its memory run without the debugging capability (CAP_SYS_PTRACE), as an ordinary user's programs
do. `/proc/<pid>/status` does not show whether a process is dumpable; what does is that opening
`/proc/<pid>/mem` (what a debugger or a memory dumper needs) is refused, which the control process
below shows is allowed for a process that did not protect itself. (Both run through the tests'
entry module, which is `amanat` with the weak test key derivation; the built program reports the
same protection in its `self-test`.)
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import resource
import select
import shutil
import subprocess
import sys
import termios
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from amanat.app.vault import Vault
from amanat.crypto.kdf import INSECURE_TEST_PARAMS
from tests.conftest import PASSPHRASE, PROJECT_ROOT, TEST_ENTRY_MODULE

SETPRIV = shutil.which("setpriv")
# Root drops the debugging capability for both sides; an ordinary user never had it.
WITHOUT_PTRACE = [SETPRIV or "setpriv", "--inh-caps=-sys_ptrace", "--bounding-set=-sys_ptrace"] \
    if os.geteuid() == 0 else []
YAMA = Path("/proc/sys/kernel/yama/ptrace_scope")
# With Yama's ptrace_scope 1 or more, a sibling may not open any process's memory, protected or not:
# the memory probe cannot tell the two apart there, and only the core-dump limit is checked.
MEMORY_PROBE_WORKS = not YAMA.exists() or YAMA.read_text().strip() == "0"
STARTUP_LIMIT_SECONDS = 120  # a bound against hanging, not a measurement

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or (SETPRIV is None and os.geteuid() == 0),
                                reason="needs Linux /proc (and setpriv from util-linux when run as root)")


def allow_core_dumps_then(extra: Callable[[], None] | None = None) -> Callable[[], None]:
    """In the child before exec: core dumps allowed as far as the hard limit goes, so amanat must lower them."""

    def prepare() -> None:
        _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
        if extra is not None:
            extra()

    return prepare


def core_limit_line(pid: int) -> str:
    text = Path(f"/proc/{pid}/limits").read_text()
    return next(line for line in text.splitlines() if line.startswith("Max core file size"))


def memory_readable_by_a_same_user_program(pid: int) -> bool:
    """Whether a program of the same user, without CAP_SYS_PTRACE, may open /proc/<pid>/mem."""
    probe = f"open('/proc/{pid}/mem', 'rb').close()"
    completed = subprocess.run([*WITHOUT_PTRACE, sys.executable, "-c", probe], capture_output=True, text=True,
                               check=False, timeout=60)
    if completed.returncode != 0:
        assert "PermissionError" in completed.stderr, completed.stderr
    return completed.returncode == 0


def assert_protected(pid: int) -> None:
    assert re.fullmatch(r"Max core file size\s+0\s+0\s+bytes\s*", core_limit_line(pid))
    assert "Dumpable" not in Path(f"/proc/{pid}/status").read_text()  # not shown there: the mem probe tells
    if MEMORY_PROBE_WORKS:
        assert not memory_readable_by_a_same_user_program(pid)


@pytest.fixture
def locked_vault(tmp_path: Path) -> Path:
    directory = tmp_path / "vault"
    Vault.create(directory, PASSPHRASE, params=INSECURE_TEST_PARAMS)[0].close()
    return directory


@pytest.fixture
def control_process() -> Iterator[subprocess.Popen[bytes]]:
    """A plain Python process started the same way, which does not protect itself."""
    process = subprocess.Popen([*WITHOUT_PTRACE, sys.executable, "-c", "import sys; print(1, flush=True); "
                                "sys.stdin.read()"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               preexec_fn=allow_core_dumps_then())
    assert process.stdout is not None and process.stdout.readline()
    yield process
    process.kill()
    process.wait()


def test_the_probe_can_tell_an_unprotected_process(control_process: subprocess.Popen[bytes]) -> None:
    if resource.getrlimit(resource.RLIMIT_CORE)[1] == 0:
        pytest.skip("the hard core-dump limit is already 0 here, so the limits line cannot tell")
    assert not re.fullmatch(r"Max core file size\s+0\s+0\s+bytes\s*", core_limit_line(control_process.pid))
    if MEMORY_PROBE_WORKS:
        assert memory_readable_by_a_same_user_program(control_process.pid)


def test_the_command_line_at_its_passphrase_prompt_is_protected(locked_vault: Path) -> None:
    controller, terminal = pty.openpty()

    def take_the_terminal() -> None:
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)  # getpass asks on the controlling terminal

    env = {k: v for k, v in os.environ.items() if k != "AMANAT_PASSPHRASE"}
    process = subprocess.Popen(
        [*WITHOUT_PTRACE, sys.executable, "-m", TEST_ENTRY_MODULE, "note", "list", "--vault", str(locked_vault)],
        stdin=terminal, stdout=terminal, stderr=terminal, cwd=PROJECT_ROOT, env=env, start_new_session=True,
        preexec_fn=allow_core_dumps_then(take_the_terminal),
    )
    os.close(terminal)
    try:
        seen = b""
        while b"Passphrase:" not in seen:
            ready, _, _ = select.select([controller], [], [], STARTUP_LIMIT_SECONDS)
            assert ready, f"no passphrase prompt; output so far: {seen!r}"
            try:
                seen += os.read(controller, 4096)
            except OSError:  # the terminal closed: amanat left without asking
                pytest.fail(f"amanat exited ({process.wait()}) without asking: {seen!r}")
        assert_protected(process.pid)
    finally:
        process.kill()
        process.wait()
        os.close(controller)


def test_the_window_is_protected(locked_vault: Path, tmp_path: Path) -> None:
    # The window reads its settings file at start; a named pipe there holds it until we look.
    settings = tmp_path / "config" / "Amanat" / "settings.json"
    settings.parent.mkdir(parents=True)
    os.mkfifo(settings)
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([*WITHOUT_PTRACE, sys.executable, "-m", TEST_ENTRY_MODULE, "--vault", str(locked_vault)],
                               cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               preexec_fn=allow_core_dumps_then())
    writer: list[int] = []
    opening = threading.Thread(target=lambda: writer.append(os.open(settings, os.O_WRONLY)), daemon=True)
    opening.start()
    try:
        opening.join(STARTUP_LIMIT_SECONDS)
        assert writer, f"the window never read its settings (exit {process.poll()})"
        assert_protected(process.pid)
    finally:
        process.kill()
        process.wait()
        if not writer:  # release the thread still waiting on the pipe
            os.close(os.open(settings, os.O_RDONLY | os.O_NONBLOCK))
        for fd in writer:
            os.close(fd)
