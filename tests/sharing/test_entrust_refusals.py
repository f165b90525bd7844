"""What entrusting refuses, each with one clear message and nothing changed: a stranger's request, a
request whose number does not match or that expired, a replayed share, an answer to an old request,
a share for another vault, a forged or damaged share, a share from an unverified sender."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from amanat.app.backup import create_backup
from amanat.app.entrust_recovery import add_answer, cancel_recovery, start_recovery
from amanat.app.sharing.entrust import EntrustRefused
from amanat.crypto.contact_card import DamagedCard
from amanat.crypto.entrust_shares import ENTRUST_SECRET_BYTES, DamagedShare, split_secret
from amanat.crypto.identity import ForgedSignature, Identity
from amanat.crypto.secret_bytes import SecretBytes
from amanat.sync.bundle import seal_bundle
from amanat.sync.entrust_messages import AnswerMessage, encode_answer, make_request, parse_request
from tests.conftest import snapshot_files
from tests.sharing.conftest import Member, introduce, make_member


@dataclass
class Scene:
    owner: Member
    holders: tuple[Member, ...]
    other_owner: Member  # entrusted their own vault to the same first holder
    folder: Path  # the owner's new laptop, a recovery under way
    request_text: str
    digits: str

    def answer(self, holder: Member) -> bytes:
        return holder.sync.entrust.answer(self.request_text, self.digits).data


@pytest.fixture
def scene(tmp_path: Path) -> Iterator[Scene]:
    owner, other = make_member(tmp_path, "Mariam"), make_member(tmp_path, "Yusuf")
    holders = tuple(make_member(tmp_path, name) for name in ("Farid", "Zahra", "Hamid"))
    for person in (owner, other):
        for holder in holders:
            introduce(person, holder)
            introduce(holder, person)
    for person in (owner, other):
        made = person.sync.entrust.create(person.vault.keys, 2, [h.fingerprint for h in holders])
        for bundle, holder in zip(made.bundles, holders, strict=True):
            assert holder.receive(bundle.data).status == "entrusted"
    backup = tmp_path / "backup.amanat"
    create_backup(owner.vault, backup)
    folder = tmp_path / "new-laptop"
    progress = start_recovery(folder, backup=backup)
    yield Scene(owner, holders, other, folder, progress.request_text, progress.number.digits)
    for member in (owner, other, *holders):
        member.vault.close()


def _refused(scene: Scene, data: bytes, message: str) -> None:
    before = snapshot_files(scene.folder)
    with pytest.raises(EntrustRefused, match=message):
        add_answer(scene.folder, data)
    assert snapshot_files(scene.folder) == before


def _forged_answer(scene: Scene, holder: Member, *, vault_id: str | None = None, set_id: str | None = None,
                   share: str | None = None) -> bytes:
    request = parse_request(scene.request_text)
    held = next(h for h in holder.sync.entrust.held() if h.owner_name == "Mariam")
    message = AnswerMessage(vault_id or held.vault_id, set_id or held.set_id, holder.name,
                            request.identity.fingerprint.hex(), share or held.share)
    return seal_bundle(holder.sync.identities.identity(), [request.identity],
                       group_id=bytes.fromhex(set_id or held.set_id), seq=1, created=1, base_state=bytes(32),
                       payload=encode_answer(message))


def test_a_strangers_request_is_refused_by_the_holder(scene: Scene) -> None:
    stranger = Identity.generate()
    text = make_request(stranger, "ab" * 16, "cd" * 16, parse_request(scene.request_text).created).to_text()
    holder = scene.holders[0]
    held_before = holder.sync.entrust.held()
    with pytest.raises(EntrustRefused, match="you hold no recovery share for this request"):
        holder.sync.entrust.answer(text, "0" * 60)
    assert holder.sync.entrust.held() == held_before


def test_an_impostor_with_the_key_file_is_stopped_by_the_safety_number(scene: Scene) -> None:
    request = parse_request(scene.request_text)
    impostor = make_request(Identity.generate(), request.vault_id, request.set_id, request.created).to_text()
    holder = scene.holders[0]
    with pytest.raises(EntrustRefused, match="safety number you typed is not this request's"):
        holder.sync.entrust.answer(impostor, scene.digits)  # the digits the real owner reads aloud
    assert all(h.answered_at is None for h in holder.sync.entrust.held())


def test_an_expired_or_forged_request_is_refused(scene: Scene) -> None:
    request = parse_request(scene.request_text)
    holder = scene.holders[0]
    with pytest.raises(EntrustRefused, match="expired"):
        holder.sync.entrust.answer(scene.request_text, scene.digits, now=request.expires + 1)
    lines = scene.request_text.splitlines()
    lines[2] = lines[2][:10] + ("A" if lines[2][10] != "A" else "B") + lines[2][11:]
    with pytest.raises((ForgedSignature, DamagedCard)):
        holder.sync.entrust.answer("\n".join(lines), scene.digits)


def test_a_replayed_share_is_refused(scene: Scene) -> None:
    answer = scene.answer(scene.holders[0])
    assert add_answer(scene.folder, answer).holders == ("Farid",)
    _refused(scene, answer, "Farid's share was added already")
    _refused(scene, scene.answer(scene.holders[0]), "Farid's share was added already")  # answered twice


def test_an_answer_to_an_older_request_is_refused(scene: Scene) -> None:
    old = scene.answer(scene.holders[0])
    cancel_recovery(scene.folder)
    progress = start_recovery(scene.folder)
    assert progress.request_text != scene.request_text
    _refused(scene, old, "not made for this recovery request")


def test_a_share_for_another_vault_is_refused(scene: Scene) -> None:
    holder = scene.holders[0]
    yusuf = next(h for h in holder.sync.entrust.held() if h.owner_name == "Yusuf")
    _refused(scene, _forged_answer(scene, holder, vault_id=yusuf.vault_id, set_id=yusuf.set_id, share=yusuf.share),
             "another vault")


def test_a_forged_or_damaged_share_is_refused(scene: Scene) -> None:
    holder = scene.holders[0]
    held = next(h for h in holder.sync.entrust.held() if h.owner_name == "Mariam")
    lookalike = split_secret(SecretBytes(bytes(ENTRUST_SECRET_BYTES)), 2, 3)[0]  # a well-formed share of another secret
    _refused(scene, _forged_answer(scene, holder, share=lookalike), "forged or damaged")
    words = held.share.split()
    words[5] = "academic" if words[5] != "academic" else "acid"
    before = snapshot_files(scene.folder)
    with pytest.raises(DamagedShare):
        add_answer(scene.folder, _forged_answer(scene, holder, share=" ".join(words)))
    assert snapshot_files(scene.folder) == before
    _refused(scene, b"not an answer at all" * 10, "not an answer to a recovery request")


def test_a_share_from_an_unverified_sender_is_refused(tmp_path: Path) -> None:
    owner, holder, other = (make_member(tmp_path, name) for name in ("Mariam", "Farid", "Zahra"))
    try:
        introduce(owner, holder)
        introduce(owner, other)
        introduce(holder, owner, verify=False)
        made = owner.sync.entrust.create(owner.vault.keys, 2, [holder.fingerprint, other.fingerprint])
        with pytest.raises(EntrustRefused, match="not verified"):
            holder.receive(made.bundles[0].data)
        assert holder.sync.entrust.held() == []
    finally:
        for member in (owner, holder, other):
            member.vault.close()
