"""Review finding 10: the quarantine is bounded per sender and in all, keeps a bundle once, and says what it dropped.

Strangers here are real vaults with real keys; their bundles are signed and sealed with those keys
and carry a real group log, as anyone holding Mariam's card could send her.
"""

from __future__ import annotations

import os
import secrets
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amanat.app.errors import TooLargeForQuarantine
from amanat.app.sharing.quarantine import DEFAULT_LIMITS, QuarantineLimits, bundles_to_drop
from amanat.app.store.sync_repository import QuarantineSize, SyncRepository
from amanat.sync.bundle import seal_bundle
from amanat.sync.bundle_payload import BundlePayload, encode_payload
from tests.conftest import run_cli
from tests.sharing.conftest import PASSPHRASE, Member, introduce, make_member, vault_fingerprint


class Stranger:
    """Someone with Mariam's card who put her in a group of theirs; Mariam never added them."""

    def __init__(self, directory: Path, name: str, mariam: Member) -> None:
        self.member = make_member(directory, name)
        introduce(self.member, mariam)
        group = self.member.sync.groups.create(f"{name}'s group")
        self.member.sync.groups.add_member(group.group_id, mariam.fingerprint)
        self.group_id = group.group_id
        self.mariam = mariam
        self.seq = 0

    def bundle(self, size: int) -> bytes:
        """A signed, sealed bundle of about `size` bytes (one opaque document of random bytes)."""
        self.seq += 1
        log = self.member.sync.groups.log(self.group_id)
        filler = {secrets.token_hex(16): os.urandom(size * 3 // 4)} if size else {}
        payload = encode_payload(BundlePayload(group_ops=log.ops, documents=filler, states={}))
        return seal_bundle(self.member.sync.identities.identity(), [self.mariam.sync.identities.public()],
                           group_id=bytes.fromhex(self.group_id), seq=self.seq, created=int(time.time()),
                           base_state=bytes(32), payload=payload)

    def close(self) -> None:
        self.member.vault.close()


@pytest.fixture
def mariam(tmp_path: Path):  # type: ignore[no-untyped-def]
    member = make_member(tmp_path, "Mariam")
    yield member
    member.vault.close()


def quarantined_bytes(member: Member) -> int:
    return sum(entry.size for entry in SyncRepository(member.vault._conn).quarantine_sizes())


def test_the_same_bundle_arriving_again_is_kept_once(mariam: Member, tmp_path: Path) -> None:
    stranger = Stranger(tmp_path, "Stranger", mariam)
    data = stranger.bundle(20_000)
    first = mariam.receive(data)
    for _ in range(5):
        again = mariam.receive(data)
        assert again.status == "quarantined" and "already in the quarantine" in again.reason
    assert first.status == "quarantined"
    assert len(mariam.sync.exchange.quarantined()) == 1
    stranger.close()


def test_six_5_mb_bundles_from_one_stranger_keep_the_vault_within_the_per_sender_limit(
        mariam: Member, tmp_path: Path) -> None:
    stranger = Stranger(tmp_path, "Stranger", mariam)
    reports = [mariam.receive(stranger.bundle(5_000_000)) for _ in range(6)]

    kept = mariam.sync.exchange.quarantined()
    assert 1 <= len(kept) <= DEFAULT_LIMITS.bundles_per_sender
    assert quarantined_bytes(mariam) <= DEFAULT_LIMITS.bytes_per_sender
    dropped = [d for r in reports for d in r.dropped]
    assert len(dropped) == 6 - len(kept)
    assert all(d.sender == stranger.member.fingerprint for d in dropped)
    # The newest bundles are the ones kept.
    assert [e.received_at for e in kept] == sorted(e.received_at for e in kept)
    assert reports[-1].dropped and not reports[0].dropped
    database = mariam.vault.paths.directory / "vault.db"
    assert database.stat().st_size < DEFAULT_LIMITS.bytes_per_sender + 8 * 2**20  # was 33 MB before the limit
    stranger.close()


def test_when_the_quarantine_is_full_strangers_give_way_before_an_added_colleague(
        mariam: Member, tmp_path: Path) -> None:
    mariam.sync.exchange.quarantine_limits = QuarantineLimits(
        bundles_per_sender=5, bytes_per_sender=200_000, total_bundles=100, total_bytes=400_000)
    colleague = Stranger(tmp_path, "Zahra", mariam)
    introduce(mariam, colleague.member, verify=False)  # her card was added, not yet verified
    assert mariam.receive(colleague.bundle(100_000)).status == "quarantined"
    strangers = [Stranger(tmp_path, f"Stranger{n}", mariam) for n in range(4)]
    dropped = [d for s in strangers for d in mariam.receive(s.bundle(100_000)).dropped]

    senders = {e.sender for e in mariam.sync.exchange.quarantined()}
    assert colleague.member.fingerprint in senders
    assert quarantined_bytes(mariam) <= 400_000
    assert dropped  # five bundles of about 100 kB do not fit in 400 kB
    assert [d.sender for d in dropped] == [s.member.fingerprint for s in strangers[: len(dropped)]]
    for person in [colleague, *strangers]:
        person.close()


def test_a_bundle_too_large_for_the_quarantine_is_refused_and_changes_nothing(
        mariam: Member, tmp_path: Path) -> None:
    mariam.sync.exchange.quarantine_limits = QuarantineLimits(bytes_per_sender=100_000)
    stranger = Stranger(tmp_path, "Stranger", mariam)
    small = stranger.bundle(10_000)
    mariam.receive(small)
    before = vault_fingerprint(mariam.vault)
    large = stranger.bundle(150_000)

    with pytest.raises(TooLargeForQuarantine, match="too large to keep in the quarantine"):
        mariam.sync.exchange.preview(large)
    with pytest.raises(TooLargeForQuarantine):
        mariam.receive(large)

    assert vault_fingerprint(mariam.vault) == before
    stranger.close()


def test_the_command_line_says_which_bundle_the_full_quarantine_dropped(tmp_path: Path) -> None:
    mariam = make_member(tmp_path, "Mariam")
    stranger = Stranger(tmp_path, "Stranger", mariam)
    bundles = [stranger.bundle(10_000) for _ in range(DEFAULT_LIMITS.bundles_per_sender + 1)]
    mariam.vault.close()
    env = {"AMANAT_VAULT": str(tmp_path / "mariam"), "AMANAT_PASSPHRASE": PASSPHRASE}
    outputs = []
    for number, data in enumerate(bundles):
        path = tmp_path / f"{number}.age"
        path.write_bytes(data)
        result = run_cli("sync", "import", str(path), env=env)
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)

    assert all("quarantine was full" not in out for out in outputs[:-1])
    assert "The quarantine was full: deleted an older bundle from Stranger" in outputs[-1]
    stranger.close()


@settings(max_examples=300, deadline=None)
@given(sizes=st.lists(st.tuples(st.integers(0, 4), st.integers(1, 90), st.booleans()), min_size=1, max_size=40),
       limits=st.builds(QuarantineLimits, st.integers(1, 6), st.integers(90, 200), st.integers(1, 20),
                        st.integers(90, 400)))
def test_dropping_always_brings_the_quarantine_within_its_limits(
        sizes: list[tuple[int, int, bool]], limits: QuarantineLimits) -> None:
    """Whatever was kept before, after the newest arrives: within every limit, the newest kept, known last."""
    entries = [QuarantineSize(f"{n:04}", f"2026-01-01T00:{n:02}", f"sender{s}", "", size)
               for n, (s, size, _known) in enumerate(sizes)]
    known = {f"sender{s}" for s, _size, is_known in sizes if is_known}
    newest = entries[-1]
    dropped = bundles_to_drop(entries, newest.id, limits, known.__contains__)

    kept = [e for e in entries if e not in dropped]
    assert newest in kept
    mine = [e for e in kept if e.sender == newest.sender]
    assert len(mine) <= limits.bundles_per_sender and sum(e.size for e in mine) <= limits.bytes_per_sender
    if len(kept) > 1:  # only the newest can stay above a total it alone exceeds
        assert len(kept) <= limits.total_bundles and sum(e.size for e in kept) <= limits.total_bytes
    # Another known sender's bundle goes only once no stranger's bundle is left to go.
    if any(e.sender in known and e.sender != newest.sender for e in dropped):
        assert all(e.sender in known for e in kept if e is not newest)
