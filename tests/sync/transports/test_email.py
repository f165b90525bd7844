"""E-mail drafts: their headers, split bundles put back together in any order, and hostile mail."""

from __future__ import annotations

import email
import itertools
from email.message import EmailMessage
from pathlib import Path

import pytest

from amanat.crypto.age import armor
from amanat.sync.transports import EmailTransport, read_mail_files
from amanat.sync.transports.split import MIN_PART_BYTES, split_bundle
from tests.sync.transports.conftest import age_bundle, mail_with_attachment, write_mbox

MB = 1_000_000


@pytest.fixture(scope="module")
def big_bundle() -> bytes:
    return age_bundle(2_500_000)


@pytest.fixture(scope="module")
def three_parts(big_bundle: bytes, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    drafts = tmp_path_factory.mktemp("drafts")
    return [Path(path) for path in EmailTransport(drafts_folder=drafts, max_part_bytes=MB).send([big_bundle])]


def test_a_draft_is_neutral_and_opens_as_a_draft(tmp_path: Path) -> None:
    bundle = age_bundle(500)
    [path] = EmailTransport(drafts_folder=tmp_path).send([bundle])
    message = email.message_from_bytes(Path(path).read_bytes())
    assert message["X-Unsent"] == "1" and message["Subject"] == "Files"
    for absent in ("From", "To", "Date", "Message-ID", "Cc"):
        assert message[absent] is None
    payload = message.get_payload()
    assert isinstance(payload, list)
    body, attachment = payload
    assert body.get_payload().strip() == "Attached."
    assert attachment.get_content_type() == "application/octet-stream"
    assert attachment.get_filename().endswith(".age") and len(attachment.get_filename()) == 20
    assert attachment.get_payload(decode=True) == bundle
    assert "===" not in message.get_boundary()  # not the email package's default, which gives it away


def test_a_big_bundle_is_split_into_three_drafts_under_the_limit(three_parts: list[Path]) -> None:
    assert len(three_parts) == 3
    for path in three_parts:
        payload = email.message_from_bytes(path.read_bytes()).get_payload()
        assert isinstance(payload, list)
        attachment = payload[1]
        assert len(attachment.get_payload(decode=True)) <= MB
        assert attachment.get_filename().endswith(".part")


def test_parts_go_back_together_in_every_order(three_parts: list[Path], big_bundle: bytes) -> None:
    for order in itertools.permutations(three_parts):
        received = read_mail_files(order)
        assert [bundle.data for bundle in received.bundles] == [big_bundle]
        assert received.skipped == () and received.waiting == ()


def test_duplicate_parts_are_ignored(three_parts: list[Path], big_bundle: bytes) -> None:
    received = read_mail_files([three_parts[1], *three_parts, three_parts[0]])
    assert [bundle.data for bundle in received.bundles] == [big_bundle]
    assert received.skipped == ()


@pytest.mark.parametrize("missing", [0, 1, 2])
def test_a_missing_part_is_waited_for(three_parts: list[Path], missing: int) -> None:
    received = read_mail_files([path for index, path in enumerate(three_parts) if index != missing])
    assert received.bundles == () and received.skipped == ()
    assert received.waiting == (f"A bundle split into 3 e-mails is incomplete: part {missing + 1} of 3 is missing.",)


def corrupted_copy(path: Path, directory: Path) -> Path:
    """The same draft with one base64 character of its attachment changed (still valid base64)."""
    data = bytearray(path.read_bytes())
    position = data.index(b"\r\n\r\n", data.index(b"application/octet-stream")) + 2000
    data[position] = ord("A") if data[position] != ord("A") else ord("B")
    copy = directory / "corrupted.eml"
    copy.write_bytes(bytes(data))
    return copy


def test_a_corrupted_part_makes_the_set_skipped_with_a_reason(three_parts: list[Path], tmp_path: Path) -> None:
    bad = corrupted_copy(three_parts[1], tmp_path)
    received = read_mail_files([three_parts[0], bad, three_parts[2]])
    assert received.bundles == () and received.waiting == ()
    [skipped] = received.skipped
    assert "do not fit together" in skipped.reason


def test_a_good_copy_of_a_corrupted_part_still_completes_the_set(three_parts: list[Path], tmp_path: Path,
                                                                 big_bundle: bytes) -> None:
    bad = corrupted_copy(three_parts[2], tmp_path)
    received = read_mail_files([bad, *three_parts])
    assert [bundle.data for bundle in received.bundles] == [big_bundle]


def test_broken_base64_is_skipped_with_a_reason(tmp_path: Path) -> None:
    [path] = EmailTransport(drafts_folder=tmp_path).send([age_bundle(3000)])
    text = Path(path).read_bytes()
    start = text.index(b"\r\n\r\n", text.index(b"application/octet-stream")) + 10
    Path(path).write_bytes(text[:start] + b"*?!" + text[start + 3 :])
    [skipped] = read_mail_files([Path(path)]).skipped
    assert "base64" in skipped.reason


def test_split_parts_that_disagree_are_skipped(tmp_path: Path) -> None:
    first = split_bundle(age_bundle(100_000), MIN_PART_BYTES)
    other = split_bundle(age_bundle(100_000), MIN_PART_BYTES)
    header = other[1].split(b"\n", 1)[0].split(b" ")
    header[1] = first[0].split(b" ")[1]  # same set id, other size and hash
    mixed = [*first[:1], b" ".join(header) + b"\n" + other[1].split(b"\n", 1)[1], *first[1:]]
    mbox = write_mbox(tmp_path / "in.mbox", [mail_with_attachment(part) for part in mixed])
    received = read_mail_files([mbox])
    assert len(received.bundles) == 1
    assert any("does not belong" in skipped.reason for skipped in received.skipped)


def test_armored_text_in_a_mail_body_is_found(tmp_path: Path) -> None:
    bundle = age_bundle(700)
    message = EmailMessage()
    message["Subject"] = "Re: Files"
    message.set_content("See below.\n\n" + "".join("> " + line + "\n" for line in armor(bundle).splitlines()))
    path = tmp_path / "reply.eml"
    path.write_bytes(message.as_bytes())
    assert [b.data for b in read_mail_files([path]).bundles] == [bundle]


def nested(depth: int, inner: EmailMessage) -> EmailMessage:
    for _ in range(depth):
        outer = EmailMessage()
        outer.make_mixed()
        outer.attach(inner)
        inner = outer
    return inner


def test_mime_depth_and_attachment_count_are_bounded(tmp_path: Path) -> None:
    deep = tmp_path / "deep.eml"
    deep.write_bytes(nested(40, mail_with_attachment(age_bundle(300))).as_bytes())
    received = read_mail_files([deep])
    assert received.bundles == () and "nested too deeply" in received.skipped[0].reason

    many = EmailMessage()
    many.set_content("x")
    for _ in range(60):
        many.add_attachment(b"junk", maintype="application", subtype="octet-stream", filename="j.bin")
    crowded = tmp_path / "crowded.eml"
    crowded.write_bytes(many.as_bytes())
    received = read_mail_files([crowded])
    assert any("more than 50 attachments" in skipped.reason for skipped in received.skipped)
    assert len(received.skipped) <= 52


def test_mbox_message_count_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "many.mbox"
    path.write_bytes(b"".join(b"From x Thu Jan  1 00:00:00 2026\nSubject: hi\n\nhello\n\n" for _ in range(2005)))
    received = read_mail_files([path])
    assert received.bundles == ()
    assert any("more than 2000 messages" in skipped.reason for skipped in received.skipped)
