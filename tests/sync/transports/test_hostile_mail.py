"""Review finding 11: a hostile e-mail costs what its limits allow, not what the whole message would.

Before, an .eml was parsed whole by Python's `email` package before the part limits applied: an
86 MB message of tiny parts took 77 s and 1.4 GB. Memory is measured with tracemalloc (the mail
reader is pure Python); the bounds are generous, in bytes, never in time.
"""

from __future__ import annotations

import base64
import email
import os
import tracemalloc
from collections.abc import Callable
from email.policy import compat32
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from amanat.sync.transports import EmailTransport, read_mail_files
from amanat.sync.transports.base import Received
from amanat.sync.transports.email_drafts import MAX_MESSAGE_BYTES, MAX_MIME_DEPTH, MAX_MIME_PARTS
from amanat.sync.transports.mime_walk import walk_message
from tests.sync.transports.conftest import age_bundle

MiB = 2**20


def peak_while(read: Callable[[], Received]) -> tuple[Received, int]:
    """What `read` returned, and the most memory it held at once beyond what was allocated before."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        baseline = tracemalloc.get_traced_memory()[0]
        result = read()
        peak = tracemalloc.get_traced_memory()[1] - baseline
    finally:
        tracemalloc.stop()
    return result, peak


def many_parts(size: int) -> bytes:
    part = b"--BB\r\nContent-Type: text/plain\r\n\r\nx\r\n"
    return b"Content-Type: multipart/mixed; boundary=BB\r\n\r\n" + part * (size // len(part)) + b"--BB--\r\n"


def deep_nesting(levels: int) -> bytes:
    return b"".join(b"Content-Type: multipart/mixed; boundary=B%d\r\n\r\n--B%d\r\n" % (n, n) for n in range(levels)) \
        + b"Content-Type: text/plain\r\n\r\nx\r\n"


def one_huge_part(size: int) -> bytes:
    encoded = base64.encodebytes(os.urandom(size)).replace(b"\n", b"\r\n")
    return (b"Content-Type: multipart/mixed; boundary=BB\r\n\r\n--BB\r\nContent-Type: application/octet-stream\r\n"
            b"Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=x.age\r\n\r\n"
            + encoded + b"\r\n--BB--\r\n")


def test_a_message_of_countless_tiny_parts_stops_at_the_part_limit(tmp_path: Path) -> None:
    path = tmp_path / "many.eml"
    path.write_bytes(many_parts(20 * MiB))  # some 550,000 parts

    received, peak = peak_while(lambda: read_mail_files([path]))

    assert ("This e-mail has too many parts; the rest were not read." in [s.reason for s in received.skipped])
    assert peak < 2 * 20 * MiB + 16 * MiB, f"{peak / MiB:.0f} MiB"  # the file as read (chunks, joined), little more


def test_a_message_nested_a_hundred_thousand_deep_is_read_to_the_depth_limit(tmp_path: Path) -> None:
    path = tmp_path / "deep.eml"
    data = deep_nesting(100_000)
    path.write_bytes(data)

    received, peak = peak_while(lambda: read_mail_files([path]))

    assert "This e-mail is nested too deeply; its inner parts were not read." in [s.reason for s in received.skipped]
    assert peak < 2 * len(data) + 16 * MiB, f"{peak / MiB:.0f} MiB"


def test_one_huge_attachment_costs_a_small_multiple_of_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.eml"
    data = one_huge_part(24 * MiB)
    path.write_bytes(data)

    received, peak = peak_while(lambda: read_mail_files([path]))

    assert [s.reason for s in received.skipped] == ["This is not an Amanat bundle (it is not an encrypted file)."]
    # The file, the attachment's text, that text without line breaks, its bytes: about 3.7 times the file.
    assert peak < 4 * len(data), f"{peak / MiB:.0f} MiB for {len(data) / MiB:.0f} MiB"


def test_a_hostile_message_in_a_mailbox_does_not_hide_the_next_ones_bundle(tmp_path: Path) -> None:
    bundle = age_bundle(3000)
    [draft] = [Path(p) for p in EmailTransport(drafts_folder=tmp_path).send([bundle])]
    mbox = tmp_path / "exported.mbox"
    hostile = many_parts(2 * MiB)
    mbox.write_bytes(b"From someone\n" + hostile + b"\nFrom someone\n" + draft.read_bytes() + b"\n")

    received, peak = peak_while(lambda: read_mail_files([mbox]))

    assert [b.data for b in received.bundles] == [bundle]
    assert "This e-mail has too many parts; the rest were not read." in [s.reason for s in received.skipped]
    assert peak < 3 * len(hostile) + 16 * MiB


def test_the_limits_leave_a_full_size_draft_readable(tmp_path: Path) -> None:
    bundle = age_bundle(5 * 10**6)
    [draft] = EmailTransport(drafts_folder=tmp_path, max_part_bytes=10**7).send([bundle])
    assert Path(draft).stat().st_size < MAX_MESSAGE_BYTES and MAX_MIME_PARTS >= 3
    assert [b.data for b in read_mail_files([Path(draft)]).bundles] == [bundle]


_line = st.text(alphabet="abc -=xyz0123456789", max_size=30).filter(lambda t: not t.startswith("--"))


@st.composite
def _mime_tree(draw: st.DrawFn, depth: int = 0) -> bytes:
    """A random, well-formed MIME part: text leaves, or a multipart of up to four children."""
    if depth >= 3 or draw(st.booleans()):
        lines = draw(st.lists(_line, max_size=4))
        return b"Content-Type: text/plain\r\n\r\n" + "\r\n".join(lines).encode()
    boundary = f"b{depth}{draw(st.integers(0, 999))}".encode()
    children = draw(st.lists(_mime_tree(depth + 1), min_size=1, max_size=4))
    preamble = draw(st.sampled_from([b"", b"preamble\r\n"]))
    body = preamble + b"".join(b"--" + boundary + b"\r\n" + child + b"\r\n" for child in children)
    return b"Content-Type: multipart/mixed; boundary=" + boundary + b"\r\n\r\n" + body + b"--" + boundary + b"--\r\n"


@settings(max_examples=150, deadline=None)
@given(_mime_tree())
def test_the_part_walker_finds_what_the_email_package_finds(message: bytes) -> None:
    """Differential check of `mime_walk` against Python's parser on well-formed messages within the limits."""
    parsed = email.message_from_bytes(message, policy=compat32)
    expected = [part.get_payload() for part in parsed.walk() if not part.is_multipart()]
    walk = walk_message(message, max_parts=MAX_MIME_PARTS, max_depth=MAX_MIME_DEPTH)
    assert [leaf.body.decode("ascii") for leaf in walk.leaves] == expected
    assert walk.notes == []
