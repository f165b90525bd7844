"""The one contract every transport keeps: files, USB folder, e-mail (.eml and .mbox) and pasted text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from amanat.crypto.age import armor
from amanat.crypto.identity import Identity
from amanat.sync.bundle import open_bundle
from amanat.sync.transports import IncomingBundle, NotSealed, Received
from tests.sync.transports.conftest import FORBIDDEN_WORDS, HARNESSES, Harness, age_bundle

NEUTRAL_FILE = re.compile(r"(exchange/|out/|drafts/)?[0-9a-f]{16}\.(age|eml)")


def sorted_data(received: Received) -> list[bytes]:
    return sorted(bundle.data for bundle in received.bundles)


def test_round_trip_is_byte_identical(harness: Harness, tmp_path: Path,
                                      sealed_bundles: tuple[Identity, list[bytes]]) -> None:
    me, bundles = sealed_bundles
    sent = harness.sender(tmp_path).send(bundles)
    received = harness.receiver(tmp_path, sent).receive()
    assert sorted_data(received) == sorted(bundles)
    assert received.skipped == () and received.waiting == ()
    for bundle in received.bundles:
        assert isinstance(bundle, IncomingBundle) and re.fullmatch(r"[0-9a-f]{64}", bundle.digest)
        assert open_bundle(bundle.data, me).header.seq in (1, 2, 3)


def test_armored_bundles_arrive_in_binary_form(harness: Harness, tmp_path: Path) -> None:
    binary = age_bundle(500)
    sent = harness.sender(tmp_path).send([armor(binary).encode("ascii")])
    received = harness.receiver(tmp_path, sent).receive()
    assert sorted_data(received) == [binary]


def test_names_headers_and_text_reveal_nothing(harness: Harness, tmp_path: Path,
                                               sealed_bundles: tuple[Identity, list[bytes]]) -> None:
    _me, bundles = sealed_bundles
    sent = harness.sender(tmp_path).send(bundles)
    seen = harness.visible(tmp_path, sent)
    assert seen
    for text in seen:
        for word in FORBIDDEN_WORDS:
            assert word not in text.lower(), f"{word!r} visible in {text!r}"
    if harness.id != "paste":
        for path in sent:
            assert NEUTRAL_FILE.fullmatch(Path(path).relative_to(tmp_path).as_posix()), path


def test_refuses_to_send_what_is_not_sealed(harness: Harness, tmp_path: Path) -> None:
    for data in (b"plain secret notes", b"", age_bundle(100)[:10].replace(b"age", b"agx")):
        with pytest.raises(NotSealed):
            harness.sender(tmp_path).send([data])
    for folder in ("out", "drafts", "exchange"):
        assert not (tmp_path / folder).exists() or not list((tmp_path / folder).iterdir())


@pytest.mark.parametrize(("harness", "kind"), [(h, kind) for h in HARNESSES for kind in h.kinds],
                         ids=[f"{h.id}-{kind}" for h in HARNESSES for kind in h.kinds])
def test_each_hostile_input_is_skipped_with_a_reason(harness: Harness, tmp_path: Path, kind: str) -> None:
    received = harness.receiver(tmp_path, [], [kind], age_bundle(300)).receive()
    assert received.bundles == ()
    assert received.skipped, "a hostile input vanished without a reason"
    for skipped in received.skipped:
        assert skipped.name and len(skipped.reason) > 10


def test_good_bundles_come_through_among_hostile_inputs(harness: Harness, tmp_path: Path) -> None:
    bundles = [age_bundle(300), age_bundle(50_000)]
    sent = harness.sender(tmp_path).send(bundles)
    received = harness.receiver(tmp_path, sent, harness.kinds, age_bundle(300)).receive()
    assert sorted_data(received) == sorted(bundles)
    # Each hostile file or message is skipped; pasted text is one input, in which only the cut block is.
    assert len(received.skipped) >= (len(harness.kinds) if harness.id != "paste" else 1)
    assert received.waiting == ()
