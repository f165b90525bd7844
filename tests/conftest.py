"""Shared fixtures: fast (insecure) key derivation, real SQLCipher, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from amanat.crypto.kdf import allow_insecure_test_kdf

# Weak Argon2id parameters, switched on in this process only: the product never reads a switch
# from the environment. The `amanat` processes the tests start get it through tests.amanat_entry.
allow_insecure_test_kdf()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for name in ("AMANAT_VAULT", "AMANAT_PASSPHRASE", "AMANAT_NEW_PASSPHRASE", "AMANAT_RECOVERY_KEY"):
    os.environ.pop(name, None)

import keyring  # noqa: E402
import keyring.backend  # noqa: E402

import amanat.app.cli  # noqa: E402
from amanat.app.vault import Vault  # noqa: E402
from amanat.crypto.kdf import set_cost_check  # noqa: E402

# A few CLI tests call amanat.app.cli.main in this process. It must not harden the test runner itself: the
# hard RLIMIT_CORE of 0 cannot be raised again and every process started afterwards would inherit it,
# hiding whether amanat sets it (tests/test_process_hardening.py checks real amanat processes).
amanat.app.cli.harden_process = lambda: None  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def no_cost_check_left_behind() -> Iterator[None]:
    """An in-process amanat.app.cli.main installs a key-derivation cost check; it ends with its test."""
    yield
    set_cost_check(None)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery staple"
TEST_ENTRY_MODULE = "tests.amanat_entry"  # `python -m amanat.app` with the weak test key derivation on


class MemoryKeyring(keyring.backend.KeyringBackend):
    """The OS keychain boundary, in memory."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    from amanat.app import keychain

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    keychain.trust_backend(backend)  # trusted as this object, not by its name: the product allows no other
    yield backend
    keychain.distrust_backend(backend)
    keyring.set_keyring(previous)


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's file backend, which keeps secrets in clear text."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


@pytest.fixture
def plaintext_keyring() -> Iterator[PlaintextKeyring]:
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def without_test_kdf() -> Iterator[None]:
    """The weak test key derivation switched off for one test, as in the product."""
    allow_insecure_test_kdf(False)
    try:
        yield
    finally:
        allow_insecure_test_kdf()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    opened, _recovery = Vault.create(vault_dir, PASSPHRASE)
    yield opened
    opened.close()


def run_cli(*args: str, env: dict[str, str] | None = None, stdin: str | bytes | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run `amanat` as a real process (with the weak test key derivation); stdin text is UTF-8."""
    return _run_module(TEST_ENTRY_MODULE, args, env, stdin, timeout)


def _run_module(module: str, args: tuple[str, ...], env: dict[str, str] | None, stdin: str | bytes | None,
                timeout: float) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    completed = subprocess.run(
        [sys.executable, "-m", module, *args],
        input=data if data is not None else b"",
        capture_output=True,
        env=full_env,
        cwd=PROJECT_ROOT,
        timeout=timeout,
        check=False,
    )
    return subprocess.CompletedProcess(
        completed.args, completed.returncode,
        completed.stdout.decode("utf-8", "replace"), completed.stderr.decode("utf-8", "replace"),
    )


def run_product(*args: str, env: dict[str, str] | None = None, stdin: str | bytes | None = None,
                timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run the product itself, `python -m amanat.app`, without the weak test key derivation."""
    return _run_module("amanat.app", args, env, stdin, timeout)


def snapshot_files(directory: Path) -> dict[str, bytes]:
    """Every file in a folder (recursively) with its bytes, to prove nothing changed."""
    return {
        str(p.relative_to(directory)): p.read_bytes()
        for p in sorted(directory.rglob("*")) if p.is_file()
    }
