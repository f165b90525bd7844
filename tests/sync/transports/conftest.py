"""Real bundles, hostile inputs, and one harness per transport, so the contract suite runs against each.

A harness knows how to send with its transport and how to build a receiving
transport over what was sent plus hostile things planted in its medium (files
given, files in the exchange folder, .eml files, messages in an mbox, pasted text).
"""

from __future__ import annotations

import email
import mailbox
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from email.message import EmailMessage
from pathlib import Path

import pytest

from amanat.crypto.age import X25519Identity, armor, encrypt
from amanat.crypto.identity import Identity
from amanat.sync.bundle import seal_bundle
from amanat.sync.transports import EmailTransport, FileTransport, FolderExchange, PastedText, Transport
from amanat.sync.transports.folder import EXCHANGE_FOLDER

GROUP_NAME = "Lawyers of Mashhad"
PEOPLE = ("Mariam", "Farid", "Zahra")
FORBIDDEN_WORDS = ("amanat", "mashhad", "lawyers", *(name.lower() for name in PEOPLE))

FILE_KINDS = ("huge_sparse", "directory", "symlink", "fifo")
CONTENT_KINDS = ("random", "empty", "text", "truncated_armor")
HUGE = 2**33  # sparse: no block is allocated


def age_bundle(size: int) -> bytes:
    """A real age file of about `size` bytes, to a fresh X25519 recipient."""
    return encrypt(os.urandom(max(size - 200, 1)), [X25519Identity.generate().recipient])


def age_bundle_of_exactly(size: int) -> bytes:
    """A real age file of exactly `size` bytes (up to one 64 KiB chunk)."""
    recipient = X25519Identity.generate().recipient
    overhead = len(encrypt(b"x", [recipient])) - 1
    bundle = encrypt(os.urandom(size - overhead), [recipient])
    assert len(bundle) == size
    return bundle


@pytest.fixture(scope="session")
def sealed_bundles() -> tuple[Identity, list[bytes]]:
    """Three real bundles from amanat.sync.bundle.seal_bundle, addressed to the returned identity."""
    me, sender = Identity.generate(), Identity.generate()
    bundles = [seal_bundle(sender, [me.public], group_id=bytes(16), seq=seq, created=0, base_state=bytes(32),
                           payload=os.urandom(size))
               for seq, size in ((1, 10), (2, 3000), (3, 70_000))]
    return me, bundles


def hostile_content(kind: str, good: bytes) -> bytes:
    return {
        "random": os.urandom(4096),
        "empty": b"",
        "text": "Meeting notes: bring the documents.\nسلام\n".encode(),
        "truncated_armor": armor(good).encode()[: len(armor(good)) // 2],
    }[kind]


def plant(directory: Path, kind: str, good: bytes) -> Path:
    """Make one hostile thing named after its kind in `directory`."""
    path = directory / f"hostile-{kind}"
    if kind in CONTENT_KINDS:
        path.write_bytes(hostile_content(kind, good))
    elif kind == "huge_sparse":
        with path.open("wb") as handle:
            handle.truncate(HUGE)
    elif kind == "directory":
        path.mkdir()
        (path / "inside.age").write_bytes(good)
    elif kind == "symlink":
        target = directory.parent / "symlink-target.age"
        target.write_bytes(good)  # a real bundle: the link must still not be followed
        path.symlink_to(target)
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        raise AssertionError(kind)
    return path


class Harness:
    id: str
    kinds: tuple[str, ...] = FILE_KINDS + CONTENT_KINDS

    def sender(self, place: Path) -> Transport:
        raise NotImplementedError

    def receiver(self, place: Path, sent: Sequence[str], hostile: Sequence[str] = (), good: bytes = b"") -> Transport:
        raise NotImplementedError

    def visible(self, place: Path, sent: Sequence[str]) -> list[str]:
        """Everything an onlooker sees without decrypting: paths and, for mail, headers, body, file names."""
        return [str(Path(path).relative_to(place)) for path in sent]


class FilesHarness(Harness):
    id = "files"

    def sender(self, place: Path) -> Transport:
        (place / "out").mkdir(exist_ok=True)
        return FileTransport(destination=place / "out")

    def receiver(self, place: Path, sent: Sequence[str], hostile: Sequence[str] = (), good: bytes = b"") -> Transport:
        planted = [plant(place, kind, good) for kind in hostile]
        return FileTransport(sources=[Path(path) for path in sent] + planted)


class FolderHarness(Harness):
    id = "usb_folder"

    def sender(self, place: Path) -> Transport:
        return FolderExchange(place)

    def receiver(self, place: Path, sent: Sequence[str], hostile: Sequence[str] = (), good: bytes = b"") -> Transport:
        (place / EXCHANGE_FOLDER).mkdir(exist_ok=True)
        for kind in hostile:
            plant(place / EXCHANGE_FOLDER, kind, good)
        return FolderExchange(place)


class EmlHarness(Harness):
    id = "eml"

    def sender(self, place: Path) -> Transport:
        (place / "drafts").mkdir(exist_ok=True)
        return EmailTransport(drafts_folder=place / "drafts", max_part_bytes=40_000)

    def receiver(self, place: Path, sent: Sequence[str], hostile: Sequence[str] = (), good: bytes = b"") -> Transport:
        planted = [plant(place, kind, good) for kind in hostile]
        return EmailTransport(sources=[Path(path) for path in sent] + planted)

    def visible(self, place: Path, sent: Sequence[str]) -> list[str]:
        seen = super().visible(place, sent)
        for path in sent:
            message = email.message_from_bytes(Path(path).read_bytes())
            seen += [f"{key}: {value}" for key, value in message.items()]
            for part in message.walk():
                seen += [f"{key}: {value}" for key, value in part.items()]
                if part.get_content_maintype() == "text":
                    seen.append(str(part.get_payload()))
        return seen


def mail_with_attachment(content: bytes) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = "Files"
    message.set_content("Attached.\n")
    message.add_attachment(content, maintype="application", subtype="octet-stream", filename="x.bin")
    return message


def write_mbox(path: Path, messages: Sequence[bytes | email.message.Message]) -> Path:
    box = mailbox.mbox(path)
    for message in messages:
        box.add(message)
    box.close()
    return path


class MboxHarness(EmlHarness):
    id = "mbox"

    def receiver(self, place: Path, sent: Sequence[str], hostile: Sequence[str] = (), good: bytes = b"") -> Transport:
        messages: list[bytes | email.message.Message] = [Path(path).read_bytes() for path in sent]
        messages += [mail_with_attachment(hostile_content(kind, good)) for kind in hostile if kind in CONTENT_KINDS]
        files = [plant(place, kind, good) for kind in hostile if kind in FILE_KINDS]
        return EmailTransport(sources=[write_mbox(place / "inbox.mbox", messages), *files])


class PasteHarness(Harness):
    id = "paste"
    kinds = CONTENT_KINDS

    def sender(self, place: Path) -> Transport:
        return PastedText()

    def receiver(self, place: Path, sent: Sequence[str], hostile: Sequence[str] = (), good: bytes = b"") -> Transport:
        pieces = [hostile_content(kind, good).decode("latin-1") for kind in hostile]
        # As a mail program quotes a reply: "> " before every line, CRLF line ends.
        quoted = ["\r\n".join("> " + line for line in text.splitlines()) for text in sent]
        return PastedText("\r\nOn Monday you wrote:\r\n" + "\r\n\r\n".join(pieces + quoted))

    def visible(self, place: Path, sent: Sequence[str]) -> list[str]:
        return [line for text in sent for line in text.splitlines() if line.startswith("-----")]


HARNESSES = [FilesHarness(), FolderHarness(), EmlHarness(), MboxHarness(), PasteHarness()]


@pytest.fixture(params=HARNESSES, ids=[harness.id for harness in HARNESSES])
def harness(request: pytest.FixtureRequest) -> Harness:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """Mount a small tmpfs (a stand-in for a USB drive) with the given options; skipped where mounting is refused."""
    mounted: list[Path] = []

    def mount(options: str) -> Path:
        if not sys.platform.startswith("linux") or os.geteuid() != 0 or shutil.which("mount") is None:
            pytest.skip("mounting a test drive needs root on Linux; the error mapping is tested by injection")
        directory = tmp_path / f"drive{len(mounted)}"
        directory.mkdir()
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(directory)],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0:
            pytest.skip(f"mounting a test drive is not permitted here (no CAP_SYS_ADMIN?): {result.stderr.strip()}")
        mounted.append(directory)
        return directory

    yield mount
    for directory in reversed(mounted):
        subprocess.run(["umount", str(directory)], capture_output=True, check=False)


def remount(directory: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(directory)], check=True, capture_output=True)
