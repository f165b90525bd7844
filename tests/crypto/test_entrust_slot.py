"""The key file's entrust slot: its terms are covered by the slot's AEAD, a new set replaces the old slot, and
a slot without terms (or with malformed ones) is a damaged key file, never a crash."""

from __future__ import annotations

import hashlib
import json
import secrets

import pytest

from amanat.crypto.encoding import canonical_json
from amanat.crypto.entrust_shares import EntrustTerms, combine_shares, share_digest, split_secret
from amanat.crypto.errors import DamagedInput
from amanat.crypto.keyfile import KIND_ENTRUST, KeyFile, generate_vault_key
from amanat.crypto.secret_bytes import SecretBytes


def _entrusted() -> tuple[KeyFile, SecretBytes, list[str], SecretBytes]:
    vault_key, secret = generate_vault_key(), SecretBytes(secrets.token_bytes(32))
    shares = split_secret(secret, 3, 5)
    set_id = secrets.token_hex(16)
    terms = EntrustTerms(set_id, 3, 5, 1_796_000_000, tuple(share_digest(set_id, s) for s in shares))
    return KeyFile.new().with_entrust(vault_key, secret, terms), vault_key, shares, secret


def _rewritten(key_file: KeyFile, change) -> bytes:  # type: ignore[no-untyped-def]
    """The key file's bytes after `change` edits its JSON, with the checksum made right again."""
    body = json.loads(key_file.to_bytes())
    body.pop("checksum")
    change(body)
    body["checksum"] = hashlib.sha256(canonical_json(body, ascii_only=True)).hexdigest()
    return canonical_json(body, ascii_only=True) + b"\n"


def test_three_shares_open_the_slot_after_a_round_trip_through_bytes() -> None:
    key_file, vault_key, shares, _secret = _entrusted()
    parsed = KeyFile.parse(key_file.to_bytes())
    assert parsed.entrust_terms() == key_file.entrust_terms()
    opened = parsed.open_with_secret(KIND_ENTRUST, combine_shares(shares[1:4]))
    assert opened is not None and opened.reveal() == vault_key.reveal()


def test_edited_terms_make_the_slot_fail_to_open() -> None:
    key_file, _vault_key, shares, _secret = _entrusted()

    def lower_threshold(body: dict) -> None:  # type: ignore[type-arg]
        body["slots"][0]["entrust"]["threshold"] = 2

    edited = KeyFile.parse(_rewritten(key_file, lower_threshold))
    assert edited.entrust_terms().threshold == 2  # type: ignore[union-attr]
    assert edited.open_with_secret(KIND_ENTRUST, combine_shares(shares[:3])) is None


@pytest.mark.parametrize("damage", [
    lambda slot: slot.pop("entrust"),
    lambda slot: slot["entrust"].update(threshold=1),
    lambda slot: slot["entrust"].update(share_digests=["00" * 32] * 5),
    lambda slot: slot["entrust"].update(set_id="not hex"),
    lambda slot: slot["entrust"].update(extra=1),
    lambda slot: slot.update(kind="recovery"),
])
def test_a_damaged_entrust_slot_is_a_damaged_key_file(damage) -> None:  # type: ignore[no-untyped-def]
    key_file, *_rest = _entrusted()
    with pytest.raises(DamagedInput):
        KeyFile.parse(_rewritten(key_file, lambda body: damage(body["slots"][0])))


def test_a_new_set_replaces_the_old_slot() -> None:
    key_file, vault_key, old_shares, _secret = _entrusted()
    secret = SecretBytes(secrets.token_bytes(32))
    shares = split_secret(secret, 2, 2)
    set_id = secrets.token_hex(16)
    terms = EntrustTerms(set_id, 2, 2, 1_796_000_100, tuple(share_digest(set_id, s) for s in shares))
    renewed = key_file.with_entrust(vault_key, secret, terms)
    assert [s.kind for s in renewed.slots] == [KIND_ENTRUST] and renewed.entrust_terms() == terms
    assert renewed.open_with_secret(KIND_ENTRUST, combine_shares(old_shares[:3])) is None
    assert renewed.open_with_secret(KIND_ENTRUST, combine_shares(shares)) is not None
