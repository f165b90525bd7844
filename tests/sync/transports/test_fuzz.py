"""Random and mutated mail, mailboxes, pasted text and folders: only results come out, never an exception."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amanat.crypto.age import armor
from amanat.sync.transports import (
    FileTransport,
    FolderExchange,
    Received,
    draft_messages,
    read_mail_files,
    receive_pasted,
)
from amanat.sync.transports.base import AGE_HEADER_LINE
from amanat.sync.transports.split import MIN_PART_BYTES
from tests.sync.transports.conftest import age_bundle

# AMANAT_FUZZ_EXAMPLES=5000 for a longer search than the quick default.
FUZZ = settings(max_examples=int(os.environ.get("AMANAT_FUZZ_EXAMPLES", "120")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
SMALL = age_bundle(400)
SPLIT = age_bundle(MIN_PART_BYTES + 5000)
DRAFTS = [*draft_messages(SMALL), *draft_messages(SPLIT, max_part_bytes=MIN_PART_BYTES)]
MBOX = b"".join(b"From nobody Thu Jan  1 00:00:00 2026\r\n" + draft + b"\r\n" for draft in DRAFTS)
ARMORED = "> " + armor(SMALL).replace("\n", "\r\n> ")


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """`original` with a few bytes flipped, cut out, duplicated or inserted, or truncated."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        position = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "delete", "insert", "repeat", "truncate"]))
        if action == "flip":
            data[position] ^= 1 << draw(st.integers(0, 7))
        elif action == "delete":
            del data[position : position + draw(st.integers(1, 80))]
        elif action == "insert":
            data[position:position] = draw(st.sampled_from([b"\r\n", b"--", b"\n\n", b"=", b"From ", b"\x00",
                                                            b"Content-Type: multipart/mixed; boundary=x\n",
                                                            b"split-v1 ", b"-----BEGIN AGE ENCRYPTED FILE-----"]))
        elif action == "repeat":
            data[position:position] = data[position : position + draw(st.integers(1, 200))]
        else:
            del data[position:]
    return bytes(data)


def check(received: Received) -> None:
    assert isinstance(received, Received)
    for bundle in received.bundles:
        assert bundle.data.startswith(AGE_HEADER_LINE)
        assert bundle.digest == hashlib.sha256(bundle.data).hexdigest()
    for skipped in received.skipped:
        assert skipped.reason


def read_as_file(workdir: Path, data: bytes) -> Received:
    path = workdir / "input"
    path.write_bytes(data)
    return read_mail_files([path])


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes_as_mail(workdir: Path, data: bytes) -> None:
    check(read_as_file(workdir, data))
    check(read_as_file(workdir, b"From x\n" + data))


@FUZZ
@given(st.sampled_from(DRAFTS).flatmap(mutated))
def test_mutated_drafts(workdir: Path, data: bytes) -> None:
    check(read_as_file(workdir, data))


@FUZZ
@given(mutated(MBOX))
def test_mutated_mailbox(workdir: Path, data: bytes) -> None:
    check(read_as_file(workdir, data))


@FUZZ
@given(st.text(max_size=2000))
def test_random_pasted_text(text: str) -> None:
    check(receive_pasted(text))
    check(receive_pasted("-----BEGIN AGE ENCRYPTED FILE-----\n" + text + "\n-----END AGE ENCRYPTED FILE-----"))


@FUZZ
@given(mutated(ARMORED.encode()))
def test_mutated_pasted_armor(data: bytes) -> None:
    # A flipped base64 character can still make valid armor: such a bundle comes through, and
    # opening it (amanat.sync.bundle.open_bundle) fails; the transport only promises it starts like one.
    check(receive_pasted(data.decode("utf-8", "replace")))


@FUZZ
@given(st.lists(st.tuples(st.text(min_size=1, max_size=40), st.binary(max_size=300)), max_size=6))
def test_random_names_and_contents_in_the_exchange_folder(workdir: Path, files: list[tuple[str, bytes]]) -> None:
    drive = workdir / "drive"
    folder = drive / "exchange"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    written = []
    for name, data in files:
        try:
            (folder / name).write_bytes(data)
            written.append(folder / name)
        except (OSError, ValueError):
            continue  # a name this file system refuses (a slash, NUL, too long): nothing to read
    check(FolderExchange(drive).receive())
    check(FileTransport(sources=written).receive())
    for path in written:
        if os.path.lexists(path):
            path.unlink()
