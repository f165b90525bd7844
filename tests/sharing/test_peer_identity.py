"""Issue 11, findings 5, 6 and 13: peers are their keys, ids beat names, and nothing is sealed for keys not trusted.

Each test failed on main before the fix (see /work/notes/peers.md for how that was checked).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from amanat.app.errors import InvalidValue
from amanat.crypto.contact_card import card_to_file_bytes, make_card
from amanat.crypto.identity import Identity
from amanat.sync.bundle import open_bundle
from amanat.sync.errors import NotAddressedToMe
from amanat.sync.group_log import GroupLog
from tests.sharing.conftest import Workshop, make_member, vault_fingerprint


def _card_named(member_identity: Identity, name: str, later_by: int = 60) -> bytes:
    """A newer card for the same keys with another name (as a peer renaming themselves would send)."""
    return card_to_file_bytes(make_card(member_identity, name, int(time.time()) + later_by))


# -- finding 5: a peer is its keys, never its name --------------------------------------------------


def test_a_card_with_a_verified_peers_name_never_replaces_or_downgrades_them(
        tmp_path: Path, workshop: Workshop) -> None:
    mariam, farid, _zahra = workshop.members
    impostor = make_member(tmp_path / "elsewhere", "Farid")  # the same name, other keys
    try:
        added = mariam.sync.identities.add_peer(impostor.sync.identities.card_file())
        assert added.outcome == "look-alike"
        assert not added.peer.verified and added.peer.keys_changed
        assert [(a.peer_id, a.verified) for a in added.peer.look_alikes] == [(farid.fingerprint[:16], True)]
        # Both stay: two peers may share a name; the real Farid is still verified.
        fridays = {p.fingerprint: p for p in mariam.sync.identities.peers() if p.name == "Farid"}
        assert set(fridays) == {farid.fingerprint, impostor.fingerprint}
        assert fridays[farid.fingerprint].verified and not fridays[farid.fingerprint].keys_changed
        assert fridays[farid.fingerprint].look_alikes[0].peer_id == impostor.fingerprint[:16]
        # ... and the real Farid's next bundle is applied, not quarantined as a stranger's.
        farid.receive(mariam.export(workshop.group_id))
        assert mariam.receive(farid.export(workshop.group_id)).status == "applied"
        # The impostor's keys are trusted for nothing.
        assert mariam.sync.identities.verified_identity(impostor.fingerprint) is None
    finally:
        impostor.vault.close()


def test_a_verified_peer_renaming_themselves_after_another_member_is_flagged(workshop: Workshop) -> None:
    mariam, farid, zahra = workshop.members
    renamed = _card_named(zahra.sync.identities.identity(), "Farid")
    added = mariam.sync.identities.add_peer(renamed)
    assert added.outcome == "updated" and added.previous_name == "Zahra"
    assert added.peer.verified  # the same keys: verification stands
    assert [a.peer_id for a in added.peer.look_alikes] == [farid.fingerprint[:16]]
    farid_seen = mariam.sync.identities.peer(farid.fingerprint)
    assert farid_seen.verified and [a.peer_id for a in farid_seen.look_alikes] == [zahra.fingerprint[:16]]


@pytest.mark.parametrize(("real", "fake"), [
    ("Parwin", "P\u0430rwin"),  # Cyrillic а
    ("Nasrin", "Nas\u200brin"),  # a zero-width space
    ("Nasrin", "\u2067NASRIN\u2069"),  # bidi isolate, capitals
    ("علی کریمی", "علي كريمي"),  # Arabic yeh and kaf for the Persian ones
    ("Omid", "0mid"),
])
def test_look_alike_names_are_flagged(tmp_path: Path, workshop: Workshop, real: str, fake: str) -> None:
    mariam = workshop.admin
    someone = make_member(tmp_path / "someone", real)
    other = make_member(tmp_path / "other", fake)
    try:
        first = mariam.sync.identities.add_peer(someone.sync.identities.card_file())
        second = mariam.sync.identities.add_peer(other.sync.identities.card_file())
        assert len(mariam.sync.identities.peers()) == 4  # Farid, Zahra and both newcomers
        assert first.outcome == "added" and second.outcome == "look-alike"
        assert not first.peer.flagged and second.peer.flagged
        assert [a.peer_id for a in second.peer.look_alikes] == [someone.fingerprint[:16]]
    finally:
        someone.vault.close()
        other.vault.close()


def test_a_name_like_mine_and_a_mixed_script_name_are_flagged(tmp_path: Path, workshop: Workshop) -> None:
    mariam = workshop.admin
    like_me = make_member(tmp_path / "likeme", "Mari\u0430m")  # Cyrillic а: looks like "Mariam"
    try:
        peer = mariam.sync.identities.add_peer(like_me.sync.identities.card_file()).peer
        assert peer.mixed_scripts and [a.is_me for a in peer.look_alikes] == [True]
    finally:
        like_me.vault.close()


def test_an_ambiguous_peer_prefix_is_refused_with_every_candidate(workshop: Workshop) -> None:
    mariam = workshop.admin
    seen: dict[str, Identity] = {}
    while True:  # about 300 tries find two identities whose ids share four digits
        identity = Identity.generate()
        prefix = identity.public.peer_id[:4]
        if prefix in seen:
            break
        seen[prefix] = identity
    for index, who in enumerate((seen[prefix], identity)):
        mariam.sync.identities.add_peer(card_to_file_bytes(make_card(who, f"Twin {index}", 1)))
    before = vault_fingerprint(mariam.vault)
    with pytest.raises(InvalidValue) as refused:
        mariam.sync.identities.resolve_peer(prefix)
    assert seen[prefix].public.peer_id in str(refused.value) and identity.public.peer_id in str(refused.value)
    assert mariam.sync.identities.resolve_peer(identity.public.peer_id) == identity.public.fingerprint.hex()
    assert vault_fingerprint(mariam.vault) == before


# -- finding 6: ids beat names ------------------------------------------------------------------------


def _hostile_group(workshop: Workshop, name: str) -> str:
    """Farid, as a member-admin with a changed program, makes a group called `name` with Mariam in it."""
    mariam, farid, _zahra = workshop.members
    identity = farid.sync.identities.identity()
    log = GroupLog.create(identity, "Farid", name, int(time.time()))
    log = log.add_member(identity, mariam.sync.identities.public(), "Mariam", int(time.time()))
    farid.sync.groups._repository.save_group(log.group_id.hex(), log.ops, "2026-01-01T00:00:00+00:00")
    note = farid.vault.items.add_note("bait", "")
    farid.sync.groups.share(log.group_id.hex(), note.id)
    assert mariam.receive(farid.export(log.group_id.hex())).status == "applied"
    return log.group_id.hex()


def test_a_group_named_like_another_groups_id_cannot_capture_a_reference(workshop: Workshop) -> None:
    mariam = workshop.admin
    prefix = workshop.group_id[:6]
    hostile = _hostile_group(workshop, prefix)
    note = mariam.vault.items.add_note("Secret list", "names")
    before = vault_fingerprint(mariam.vault)
    with pytest.raises(InvalidValue) as refused:
        mariam.sync.groups.resolve(prefix)
    assert workshop.group_id in str(refused.value) and hostile in str(refused.value)
    assert vault_fingerprint(mariam.vault) == before
    assert mariam.sync.groups.groups_sharing(note.id) == []
    # The whole id always works; so does a prefix no name competes with.
    assert mariam.sync.groups.resolve(workshop.group_id) == workshop.group_id
    assert mariam.sync.groups.resolve(hostile[:8]) == hostile
    assert mariam.sync.groups.info(hostile).name_looks_like_id
    assert not mariam.sync.groups.info(workshop.group_id).name_looks_like_id


@pytest.mark.parametrize("name", ["cafe", "0123 4567", "DEADBEEF"])
def test_group_names_that_look_like_ids_are_refused(workshop: Workshop, name: str) -> None:
    mariam = workshop.admin
    before = vault_fingerprint(mariam.vault)
    with pytest.raises(InvalidValue):
        mariam.sync.groups.create(name)
    with pytest.raises(InvalidValue):
        mariam.sync.groups.create(workshop.group_id[:5].upper())
    assert vault_fingerprint(mariam.vault) == before
    assert mariam.sync.groups.create("Caf\u00e9 2026").name == "Caf\u00e9 2026"  # a word is fine


# -- finding 13: nothing sealed for keys not trusted here -----------------------------------------------


def test_an_export_to_a_member_no_longer_trusted_is_refused_unless_chosen(workshop: Workshop) -> None:
    from amanat.app.sharing.bundle_reports import INCLUDE, LEAVE_OUT, UntrustedMembers  # here: main had none of them

    mariam, farid, zahra = workshop.members
    note = mariam.vault.items.add_note("Route", "via the northern crossing")
    mariam.sync.groups.share(workshop.group_id, note.id)
    mariam.sync.identities.unverify_peer(farid.fingerprint)  # e.g. Farid's laptop was seized
    repository = mariam.sync.groups._repository
    before, seq_before = vault_fingerprint(mariam.vault), repository.group(workshop.group_id).next_seq
    with pytest.raises(UntrustedMembers) as refused:
        mariam.sync.exchange.export(workshop.group_id)
    assert [m.peer_id for m in refused.value.members] == [farid.fingerprint[:16]]
    assert "Farid" in str(refused.value) and farid.fingerprint[:16] in str(refused.value)
    assert vault_fingerprint(mariam.vault) == before
    assert repository.group(workshop.group_id).next_seq == seq_before

    left_out = mariam.sync.exchange.export(workshop.group_id, untrusted=LEAVE_OUT)
    assert [m.peer_id for m in left_out.left_out] == [farid.fingerprint[:16]]
    assert farid.fingerprint[:16] not in left_out.recipients
    with pytest.raises(NotAddressedToMe):
        open_bundle(left_out.data, farid.sync.identities.identity())
    assert zahra.receive(left_out.data).status == "applied"

    included = mariam.sync.exchange.export(workshop.group_id, untrusted=INCLUDE)
    assert [m.peer_id for m in included.untrusted_included] == [farid.fingerprint[:16]]
    assert farid.receive(included.data).status == "applied"
