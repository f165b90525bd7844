"""Ours against two other age implementations: pyrage (rage, in Rust) and the `age` CLI (Go)."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import time
from pathlib import Path

import pyrage
import pytest

from amanat.crypto.age import (
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    X25519Recipient,
    armor,
    dearmor,
    decrypt,
    encrypt,
)

PERSIAN = "امانت: یادداشت‌های رمزنگاری‌شده برای مدافعان حقوق بشر در تبعید".encode()
SIZES = [0, 1, 65535, 65536, 65537, 200_000]
PLAINTEXTS = [os.urandom(size) for size in SIZES] + [PERSIAN]
PLAINTEXT_IDS = [f"{size}B" for size in SIZES] + ["persian"]
LIMIT = 16 * 1024 * 1024
LOW_WORK_FACTOR = 10

AGE = shutil.which("age")
AGE_KEYGEN = shutil.which("age-keygen")
needs_cli = pytest.mark.skipif(
    AGE is None or AGE_KEYGEN is None, reason="the age CLI (Debian package 'age') is not installed; CI installs it"
)


def ours_and_pyrage_keys(count: int) -> tuple[list[X25519Identity], list[pyrage.x25519.Identity]]:
    theirs = [pyrage.x25519.Identity.generate() for _ in range(count)]
    return [X25519Identity.from_bech32(str(identity)) for identity in theirs], theirs


# --- pyrage ------------------------------------------------------------------------------------


@pytest.mark.parametrize("plaintext", PLAINTEXTS, ids=PLAINTEXT_IDS)
def test_ours_to_pyrage_several_recipients(plaintext: bytes) -> None:
    ours, theirs = ours_and_pyrage_keys(3)
    ciphertext = encrypt(plaintext, [identity.recipient for identity in ours])
    for identity in theirs:
        assert pyrage.decrypt(ciphertext, [identity]) == plaintext
    assert pyrage.decrypt(armor(ciphertext).encode("ascii"), [theirs[1]]) == plaintext


@pytest.mark.parametrize("plaintext", PLAINTEXTS, ids=PLAINTEXT_IDS)
@pytest.mark.parametrize("armored", [False, True], ids=["binary", "armored"])
def test_pyrage_to_ours_several_recipients(plaintext: bytes, armored: bool) -> None:
    ours, theirs = ours_and_pyrage_keys(3)
    ciphertext = pyrage.encrypt(plaintext, [identity.to_public() for identity in theirs], armored=armored)
    if armored:
        ciphertext = dearmor(ciphertext, max_size=LIMIT)
    for identity in ours:
        assert decrypt(ciphertext, [identity], max_plaintext=LIMIT) == plaintext


def test_ours_to_pyrage_scrypt_binary_and_armored() -> None:
    ciphertext = encrypt(PERSIAN, [ScryptRecipient("کلمه عبور", work_factor=LOW_WORK_FACTOR)])
    assert pyrage.passphrase.decrypt(ciphertext, "کلمه عبور") == PERSIAN
    assert pyrage.passphrase.decrypt(armor(ciphertext).encode("ascii"), "کلمه عبور") == PERSIAN


@pytest.mark.slow
def test_pyrage_to_ours_scrypt() -> None:
    # pyrage picks its own work factor (about 1 s of work), so this is the one slow-ish case.
    ciphertext = pyrage.passphrase.encrypt(PERSIAN, "hunter2 hunter2", armored=True)
    binary = dearmor(ciphertext, max_size=LIMIT)
    assert decrypt(binary, [ScryptIdentity("hunter2 hunter2")], max_plaintext=LIMIT) == PERSIAN


def test_bech32_keys_cross_parse_with_pyrage() -> None:
    theirs = pyrage.x25519.Identity.generate()
    ours = X25519Identity.from_bech32(str(theirs))
    assert ours.to_bech32() == str(theirs)
    assert ours.recipient.to_bech32() == str(theirs.to_public())
    assert X25519Recipient.from_bech32(str(theirs.to_public())) == ours.recipient

    mine = X25519Identity.generate()
    assert str(pyrage.x25519.Identity.from_str(mine.to_bech32())) == mine.to_bech32()
    assert str(pyrage.x25519.Identity.from_str(mine.to_bech32()).to_public()) == mine.recipient.to_bech32()
    assert str(pyrage.x25519.Recipient.from_str(mine.recipient.to_bech32())) == mine.recipient.to_bech32()


# --- the age CLI -------------------------------------------------------------------------------


def age_keygen(tmp_path: Path, name: str) -> tuple[Path, X25519Identity]:
    key_file = tmp_path / name
    subprocess.run([AGE_KEYGEN or "age-keygen", "-o", str(key_file)], check=True, capture_output=True)
    secret = next(line for line in key_file.read_text().splitlines() if line.startswith("AGE-SECRET-KEY-"))
    return key_file, X25519Identity.from_bech32(secret)


def run_on_a_terminal(argv: list[str], passphrase: str, prompts: int, timeout: float = 30) -> int:
    """`age -p` reads the passphrase from /dev/tty only, so give it a pseudo-terminal."""
    pid, fd = pty.fork()
    if pid == 0:  # the child becomes the age CLI; argv is built by the test, never from input
        os.execvp(argv[0], argv)  # noqa: S606
    transcript = b""
    answered = 0
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            try:
                piece = os.read(fd, 1024)
            except OSError:  # the child closed the terminal
                break
            if not piece:
                break
            transcript += piece
            if answered < prompts and transcript.lower().count(b"passphrase") > answered:
                os.write(fd, passphrase.encode() + b"\n")
                answered += 1
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status)


@needs_cli
@pytest.mark.parametrize(
    "plaintext", [PLAINTEXTS[0], PLAINTEXTS[2], PLAINTEXTS[5], PERSIAN], ids=["0B", "65535B", "200000B", "persian"]
)
@pytest.mark.parametrize("armored", [False, True], ids=["binary", "armored"])
def test_ours_to_age_cli(tmp_path: Path, plaintext: bytes, armored: bool) -> None:
    key_files, identities = zip(*(age_keygen(tmp_path, f"key{index}.txt") for index in range(2)), strict=True)
    ciphertext = encrypt(plaintext, [identity.recipient for identity in identities])
    encrypted = tmp_path / "file.age"
    encrypted.write_bytes(armor(ciphertext).encode("ascii") if armored else ciphertext)
    for key_file in key_files:
        result = subprocess.run(
            [AGE or "age", "-d", "-i", str(key_file), str(encrypted)], check=True, capture_output=True
        )
        assert result.stdout == plaintext


@needs_cli
@pytest.mark.parametrize(
    "plaintext", [PLAINTEXTS[0], PLAINTEXTS[3], PLAINTEXTS[5], PERSIAN], ids=["0B", "65536B", "200000B", "persian"]
)
@pytest.mark.parametrize("armored", [False, True], ids=["binary", "armored"])
def test_age_cli_to_ours(tmp_path: Path, plaintext: bytes, armored: bool) -> None:
    (_, first), (_, second) = age_keygen(tmp_path, "a.txt"), age_keygen(tmp_path, "b.txt")
    source = tmp_path / "plain"
    source.write_bytes(plaintext)
    argv = [AGE or "age", "-r", first.recipient.to_bech32(), "-r", second.recipient.to_bech32()]
    if armored:
        argv.append("-a")
    ciphertext = subprocess.run([*argv, str(source)], check=True, capture_output=True).stdout
    if armored:
        ciphertext = dearmor(ciphertext, max_size=LIMIT)
    for identity in (first, second):
        assert decrypt(ciphertext, [identity], max_plaintext=LIMIT) == plaintext


@needs_cli
def test_age_cli_keys_and_ours_cross_parse(tmp_path: Path) -> None:
    key_file, identity = age_keygen(tmp_path, "key.txt")
    public = subprocess.run(
        [AGE_KEYGEN or "age-keygen", "-y", str(key_file)], check=True, capture_output=True, text=True
    ).stdout.strip()
    assert identity.recipient.to_bech32() == public
    assert X25519Recipient.from_bech32(public) == identity.recipient

    mine = X25519Identity.generate()
    key_file.write_text(mine.to_bech32() + "\n")
    public = subprocess.run(
        [AGE_KEYGEN or "age-keygen", "-y", str(key_file)], check=True, capture_output=True, text=True
    ).stdout.strip()
    assert public == mine.recipient.to_bech32()


@needs_cli
def test_ours_to_age_cli_scrypt(tmp_path: Path) -> None:
    encrypted = tmp_path / "file.age"
    encrypted.write_bytes(encrypt(PERSIAN, [ScryptRecipient("pass phrase", work_factor=LOW_WORK_FACTOR)]))
    output = tmp_path / "out"
    assert run_on_a_terminal([AGE or "age", "-d", "-o", str(output), str(encrypted)], "pass phrase", 1) == 0
    assert output.read_bytes() == PERSIAN


@needs_cli
def test_age_cli_to_ours_scrypt(tmp_path: Path) -> None:
    source, encrypted = tmp_path / "plain", tmp_path / "file.age"
    source.write_bytes(PERSIAN)
    argv = [AGE or "age", "-p", "-a", "-o", str(encrypted), str(source)]
    assert run_on_a_terminal(argv, "pass phrase", 2) == 0
    binary = dearmor(encrypted.read_bytes(), max_size=LIMIT)
    assert decrypt(binary, [ScryptIdentity("pass phrase")], max_plaintext=LIMIT) == PERSIAN
