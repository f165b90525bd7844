"""Setting the duress passphrase derives its key once (Argon2id is slow on purpose: about a second each)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import amanat.crypto.keyfile
from amanat.app.duress import open_decoy, set_duress
from amanat.app.errors import InvalidValue
from amanat.app.vault import Vault
from amanat.crypto.kdf import Argon2idParams
from amanat.crypto.secret_bytes import SecretBytes
from tests.conftest import PASSPHRASE

DURESS = "a harmless holiday passphrase"


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Argon2idParams]]:
    """Every Argon2id derivation the key file makes, counted (the derivation itself is the real one)."""
    counted: list[Argon2idParams] = []
    real = amanat.crypto.keyfile.derive_key

    def counting(secret: bytes, salt: bytes, params: Argon2idParams) -> SecretBytes:
        counted.append(params)
        return real(secret, salt, params)

    monkeypatch.setattr(amanat.crypto.keyfile, "derive_key", counting)
    yield counted


def test_setting_the_duress_passphrase_derives_one_key(vault: Vault, derivations: list[Argon2idParams]) -> None:
    set_duress(vault, DURESS)
    assert len(derivations) == 1  # it was 2: once to check it, once more to wrap the decoy key
    assert vault.duress_state() == "on"


def test_setting_it_again_keeps_the_decoy_and_derives_one_key(vault: Vault, derivations: list[Argon2idParams]
                                                              ) -> None:
    set_duress(vault, DURESS)
    decoy = open_decoy(vault)
    decoy.items.add_note("Shopping list", "bread")
    decoy.close()
    derivations.clear()
    set_duress(vault, DURESS)
    assert len(derivations) == 1
    decoy = open_decoy(vault)
    try:
        assert [h.title for h in decoy.items.list()] == ["Shopping list"]
    finally:
        decoy.close()


def test_the_real_passphrase_is_refused_after_one_derivation(vault: Vault, vault_dir: Path,
                                                             derivations: list[Argon2idParams]) -> None:
    key_file_before = (vault_dir / "vault.keys").read_bytes()
    with pytest.raises(InvalidValue, match="different from your passphrase"):
        set_duress(vault, PASSPHRASE)
    assert len(derivations) == 1
    assert (vault_dir / "vault.keys").read_bytes() == key_file_before
    assert vault.duress_state() == "off"


def test_the_duress_passphrase_opens_the_decoy_at_unlock(vault: Vault, vault_dir: Path) -> None:
    set_duress(vault, DURESS)
    vault.close()
    key_file = amanat.crypto.keyfile.KeyFile.read(vault_dir / "vault.keys")
    decoy_key, match = key_file.open_with_passphrase_or_duress(DURESS)
    assert match is not None
    decoy_key.wipe()
    match.wipe()
