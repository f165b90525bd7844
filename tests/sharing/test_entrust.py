"""Entrusting a vault to colleagues, on real vaults: 3 of 5 made, shares sent as bundles, recovery
on a fresh folder from a backup with any 3 holders; 2 are not enough; an old set stops working."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from amanat.app.backup import create_backup
from amanat.app.entrust_recovery import (
    RECOVERY_FILE_NAME,
    add_answer,
    finish_recovery,
    recovery_progress,
    start_recovery,
)
from amanat.app.errors import InvalidValue
from amanat.app.sharing.entrust import EntrustedSet, EntrustRefused
from amanat.app.vault import Vault
from amanat.crypto.entrust_shares import combine_shares
from amanat.crypto.keyfile import KIND_ENTRUST, KeyFile
from tests.conftest import snapshot_files
from tests.sharing.conftest import Member, introduce, make_member

HOLDERS = ("Farid", "Zahra", "Hamid", "Laila", "Nasir")
NEW_PASSPHRASE = "a new passphrase after the raid"


@dataclass
class Circle:
    owner: Member
    holders: tuple[Member, ...]
    directory: Path

    def entrust(self, threshold: int = 3) -> EntrustedSet:
        made = self.owner.sync.entrust.create(self.owner.vault.keys, threshold, [h.fingerprint for h in self.holders])
        by_holder = {bundle.holder: bundle for bundle in made.bundles}
        for holder in self.holders:
            report = holder.receive(by_holder[holder.fingerprint].data)
            assert report.status == "entrusted", report
        return made

    def backup(self, name: str = "backup.amanat") -> Path:
        path = self.directory / name
        create_backup(self.owner.vault, path)
        return path


@pytest.fixture
def circle(tmp_path: Path) -> Iterator[Circle]:
    owner = make_member(tmp_path, "Mariam")
    holders = tuple(make_member(tmp_path, name) for name in HOLDERS)
    for holder in holders:
        introduce(owner, holder)
        introduce(holder, owner)
    owner.vault.items.add_note("the list of names", "kept safe")
    yield Circle(owner, holders, tmp_path)
    for member in (owner, *holders):
        member.vault.close()


def _params(circle: Circle):  # type: ignore[no-untyped-def]
    return circle.owner.vault.key_file.passphrase_params()  # the weak test cost, measured nowhere


def _recover(circle: Circle, backup: Path, folder: Path, helpers: tuple[Member, ...]) -> Vault:
    progress = start_recovery(folder, backup=backup)
    for holder in helpers:
        answer = holder.sync.entrust.answer(progress.request_text, progress.number.digits)
        progress = add_answer(folder, answer.data)
    assert progress.missing == 0
    return finish_recovery(folder, NEW_PASSPHRASE, _params(circle))


def test_three_of_five_open_a_fresh_folder_from_a_backup_with_a_new_passphrase(circle: Circle) -> None:
    made = circle.entrust()
    assert (made.threshold, made.shares, len(made.bundles)) == (3, 5, 5)
    held = circle.holders[0].sync.entrust.held()
    assert [(h.owner_name, h.threshold, h.shares) for h in held] == [("Mariam", 3, 5)]
    assert circle.holders[0].vault.items.count("note") == 0  # shares are never items
    backup = circle.backup()
    for number, helpers in enumerate([circle.holders[:3], circle.holders[2:]]):
        folder = circle.directory / f"new-laptop-{number}"
        with _recover(circle, backup, folder, helpers) as vault:
            assert [n.title for n in vault.items.list("note")] == ["the list of names"]
        assert not (folder / RECOVERY_FILE_NAME).exists()
        Vault.unlock(folder, NEW_PASSPHRASE).close()


def test_any_three_shares_open_the_slot_and_no_two_do(circle: Circle) -> None:
    circle.entrust()
    key_file = circle.owner.vault.key_file
    shares = [h.sync.entrust.held()[0].share for h in circle.holders]
    for three in itertools.combinations(shares, 3):
        secret = combine_shares(three)
        key = key_file.open_with_secret(KIND_ENTRUST, secret)
        assert key is not None and key.reveal() == circle.owner.vault.keys.require_key().reveal()
    with pytest.raises(Exception):  # noqa: B017 - shamir-mnemonic refuses too few shares
        combine_shares(shares[:2])


def test_two_shares_leave_the_vault_locked_and_unchanged(circle: Circle) -> None:
    circle.entrust()
    folder = circle.directory / "new-laptop"
    progress = start_recovery(folder, backup=circle.backup())
    for holder in circle.holders[:2]:
        progress = add_answer(folder, holder.sync.entrust.answer(progress.request_text, progress.number.digits).data)
    assert progress.missing == 1
    before = snapshot_files(folder)
    with pytest.raises(EntrustRefused, match="2 of the 3 shares needed have arrived; 1 more needed"):
        finish_recovery(folder, NEW_PASSPHRASE, _params(circle))
    assert snapshot_files(folder) == before


def test_a_new_set_makes_the_old_shares_useless(circle: Circle) -> None:
    circle.entrust()
    old_shares = {h.fingerprint: h.sync.entrust.held()[0].share for h in circle.holders}
    old_backup = circle.backup("old.amanat")
    circle.entrust()  # renewal: the old slot is gone
    sets = circle.owner.sync.entrust.sets(circle.owner.vault.key_file)
    assert [s.current for s in sets] == [True, False]
    assert all(len(s.holders) == 5 for s in sets)
    assert len(circle.holders[0].sync.entrust.held()) == 1  # the old share was replaced
    key_file = circle.owner.vault.key_file
    assert key_file.open_with_secret(KIND_ENTRUST, combine_shares(list(old_shares.values())[:3])) is None
    # A recovery from the new key file refuses answers that carry an old share.
    folder = circle.directory / "new-laptop"
    progress = start_recovery(folder, backup=circle.backup())
    holder = circle.holders[0]
    stale = _answer_with(holder, progress.request_text, progress.number.digits, old_shares[holder.fingerprint])
    before = snapshot_files(folder)
    with pytest.raises(EntrustRefused, match="not one of this vault's shares"):
        add_answer(folder, stale)
    assert snapshot_files(folder) == before
    # A request from the old backup (old set) finds no share: the holders keep the new set's only.
    old_folder = circle.directory / "old-laptop"
    old_progress = start_recovery(old_folder, backup=old_backup)
    with pytest.raises(EntrustRefused, match="replaced"):
        holder.sync.entrust.answer(old_progress.request_text, old_progress.number.digits)
    # Even an answer carrying a new share is refused by the old key file: it names the newer set.
    new_share = holder.sync.entrust.held()[0]
    forwarded = _answer_for(holder, old_progress.request_text, new_share.vault_id, new_share.set_id, new_share.share)
    with pytest.raises(EntrustRefused, match="older set"):
        add_answer(old_folder, forwarded)


def _answer_with(holder: Member, request_text: str, digits: str, share: str) -> bytes:
    """An answer as a holder's Amanat would seal it, but carrying `share` (an old or a forged one)."""
    held = holder.sync.entrust.review_request(request_text).held
    return _answer_for(holder, request_text, held.vault_id, held.set_id, share)


def _answer_for(holder: Member, request_text: str, vault_id: str, set_id: str, share: str) -> bytes:
    from amanat.sync.bundle import seal_bundle
    from amanat.sync.entrust_messages import AnswerMessage, encode_answer, parse_request

    request = parse_request(request_text)
    message = AnswerMessage(vault_id, set_id, holder.name, request.identity.fingerprint.hex(), share)
    return seal_bundle(holder.sync.identities.identity(), [request.identity], group_id=bytes.fromhex(set_id),
                       seq=1, created=1, base_state=bytes(32), payload=encode_answer(message))


def test_withdrawing_removes_the_slot(circle: Circle) -> None:
    circle.entrust()
    circle.owner.sync.entrust.withdraw(circle.owner.vault.keys)
    assert KeyFile.read(circle.owner.vault.paths.key_file).entrust_terms() is None
    assert not any(s.current for s in circle.owner.sync.entrust.sets(circle.owner.vault.key_file))
    with pytest.raises(EntrustRefused, match="not entrusted"):
        start_recovery(circle.directory / "new", backup=circle.backup())


def test_only_verified_contacts_and_sensible_numbers(circle: Circle, tmp_path: Path) -> None:
    stranger = make_member(tmp_path, "Stranger")
    try:
        introduce(circle.owner, stranger, verify=False)
        entrust = circle.owner.sync.entrust
        keys = circle.owner.vault.keys
        before = keys.key_file
        with pytest.raises(InvalidValue, match="not verified"):
            entrust.create(keys, 2, [circle.holders[0].fingerprint, stranger.fingerprint])
        with pytest.raises(InvalidValue):
            entrust.create(keys, 1, [h.fingerprint for h in circle.holders[:2]])
        with pytest.raises(InvalidValue):
            entrust.create(keys, 3, [h.fingerprint for h in circle.holders[:2]])
        with pytest.raises(InvalidValue, match="only once"):
            entrust.create(keys, 2, [circle.holders[0].fingerprint] * 2)
        assert keys.key_file == before and entrust.sets(before) == []
    finally:
        stranger.vault.close()


def test_recovery_from_the_old_vault_folder(circle: Circle) -> None:
    circle.entrust()
    folder = circle.directory / "copied-folder"
    circle.owner.vault.close()
    shutil.copytree(circle.owner.vault.paths.directory, folder)
    progress = start_recovery(folder)
    assert start_recovery(folder).request_text == progress.request_text  # shown again, not replaced
    assert recovery_progress(folder) is not None
    for holder in circle.holders[1:4]:
        progress = add_answer(folder, holder.sync.entrust.answer(progress.request_text, progress.number.digits).data)
    assert progress.holders == ("Zahra", "Hamid", "Laila")
    finish_recovery(folder, NEW_PASSPHRASE, _params(circle)).close()
    Vault.unlock(folder, NEW_PASSPHRASE).close()
