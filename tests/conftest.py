"""Shared fixtures: fast (insecure) key derivation, real SQLCipher, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Weak Argon2id parameters, allowed only because this variable is set. Set before
# anything imports the code, and inherited by every subprocess the tests start.
os.environ["AMANAT_INSECURE_TEST_KDF"] = "1"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for name in ("AMANAT_VAULT", "AMANAT_PASSPHRASE", "AMANAT_NEW_PASSPHRASE", "AMANAT_RECOVERY_KEY"):
    os.environ.pop(name, None)

import keyring  # noqa: E402
import keyring.backend  # noqa: E402

from app.vault import Vault  # noqa: E402

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery staple"


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
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
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
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    opened, _recovery = Vault.create(vault_dir, PASSPHRASE)
    yield opened
    opened.close()


def run_cli(*args: str, env: dict[str, str] | None = None, stdin: str | bytes | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run `python -m app` as a real process; stdin text is UTF-8."""
    full_env = {**os.environ, **(env or {})}
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    completed = subprocess.run(
        [sys.executable, "-m", "app", *args],
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


def snapshot_files(directory: Path) -> dict[str, bytes]:
    """Every file in a folder (recursively) with its bytes, to prove nothing changed."""
    return {
        str(p.relative_to(directory)): p.read_bytes()
        for p in sorted(directory.rglob("*")) if p.is_file()
    }
