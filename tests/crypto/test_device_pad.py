"""The device binding's pad (crypto/device_binding.py), on key files in memory."""

from __future__ import annotations

import secrets

import pytest

from amanat.crypto.device_binding import bind, binding_of, unbind
from amanat.crypto.errors import DeviceSecretMissing, WrongPassphrase
from amanat.crypto.kdf import INSECURE_TEST_PARAMS
from amanat.crypto.keyfile import KIND_RECOVERY, KeyFile, generate_vault_key
from amanat.crypto.secret_bytes import SecretBytes

PASSPHRASE = "نگهبان امانت ۱۴۰۳"
DURESS = "harmless holiday pictures"


def secret() -> SecretBytes:
    return SecretBytes(secrets.token_bytes(32))


def test_bound_keys_open_only_after_unbinding_with_the_same_secret() -> None:
    vault_key, decoy_key = generate_vault_key(), generate_vault_key()
    plain = KeyFile.new().with_passphrase(vault_key, PASSPHRASE, INSECURE_TEST_PARAMS).with_duress(decoy_key, DURESS)
    device = secret()
    bound = KeyFile.parse(bind(plain, device, 7).to_bytes())
    assert binding_of(bound) is not None and binding_of(bound).generation == 7  # type: ignore[union-attr]
    slot, before = bound.slots[0], plain.slots[0]
    assert slot.wrapped_key != before.wrapped_key and slot.alt != before.alt and slot.header() == before.header()
    with pytest.raises(DeviceSecretMissing):
        bound.open_with_passphrase(PASSPHRASE)
    with pytest.raises(DeviceSecretMissing):  # the duress passphrase exactly alike
        bound.open_with_passphrase_or_duress(DURESS)
    with pytest.raises(WrongPassphrase):
        unbind(bound, secret()).open_with_passphrase(PASSPHRASE)
    assert unbind(bound, device).open_with_passphrase(PASSPHRASE).reveal() == vault_key.reveal()
    opened, match = unbind(bound, device).open_with_passphrase_or_duress(DURESS)
    assert match is not None and opened.reveal() == decoy_key.reveal()


def test_every_binding_has_its_own_pad_and_other_slots_are_untouched() -> None:
    vault_key, recovery = generate_vault_key(), SecretBytes(secrets.token_bytes(20))
    plain = KeyFile.new().with_passphrase(vault_key, PASSPHRASE, INSECURE_TEST_PARAMS).with_secret(
        KIND_RECOVERY, vault_key, recovery)
    device = secret()
    first, second = bind(plain, device, 0), bind(plain, device, 0)
    assert first.slots[0].wrapped_key != second.slots[0].wrapped_key  # a fresh salt: never the same pad
    assert first.slots[1] == plain.slots[1]
    assert first.open_with_secret(KIND_RECOVERY, recovery) is not None  # the recovery slot is never bound
    with pytest.raises(ValueError, match="bound already"):
        bind(first, device, 1)
    assert unbind(plain, device) == plain


def test_a_frozen_bound_key_file_still_opens() -> None:
    """bound_keyfile_v2.json, written by the first Amanat with the binding: its pad and format must never change."""
    from pathlib import Path

    frozen = KeyFile.parse((Path(__file__).parent / "bound_keyfile_v2.json").read_bytes())
    device = SecretBytes(bytes(range(200, 232)))
    assert binding_of(frozen) is not None and binding_of(frozen).generation == 41  # type: ignore[union-attr]
    opened = unbind(frozen, device)
    assert opened.open_with_passphrase("frozen passphrase").reveal() == bytes(range(32))
    decoy, match = opened.open_with_passphrase_or_duress("frozen duress")
    assert match is not None and decoy.reveal() == bytes(range(100, 132))
    with pytest.raises(DeviceSecretMissing):
        frozen.open_with_passphrase("frozen passphrase")
