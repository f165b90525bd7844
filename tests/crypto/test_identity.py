"""Identities: key derivation, fingerprints, signatures, validation of outside keys, no leaks."""

from __future__ import annotations

import hashlib
import pickle

import pytest
from nacl.bindings import crypto_scalarmult_base
from nacl.signing import SigningKey

from amanat.crypto.errors import DamagedInput
from amanat.crypto.identity import DamagedKey, ForgedSignature, Identity, PublicIdentity
from amanat.crypto.secret_bytes import SecretBytes

SEED = bytes(range(32))
AGE = bytes(range(32, 64))


def test_from_secrets_derives_the_expected_public_keys() -> None:
    identity = Identity.from_secrets(SEED, SecretBytes(AGE))
    assert identity.public.signing_key == bytes(SigningKey(SEED).verify_key)
    assert identity.public.age_key == crypto_scalarmult_base(AGE)
    assert identity.signing_seed().reveal() == SEED
    assert identity.age_secret().reveal() == AGE


def test_rfc8032_test_vector_1() -> None:
    seed = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    identity = Identity.from_secrets(seed, AGE)
    assert identity.public.signing_key.hex() == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
    assert identity.sign(b"").hex() == (
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
    )


def test_fingerprint_and_peer_id() -> None:
    public = Identity.from_secrets(SEED, AGE).public
    expected = hashlib.sha256(b"amanat-identity-v1\x00" + public.signing_key + public.age_key).digest()
    assert public.fingerprint == expected
    assert public.peer_id == expected.hex()[:16]
    text = public.fingerprint_text()
    assert text.replace(" ", "") == expected.hex()
    assert [len(group) for group in text.split(" ")] == [4] * 16


def test_generate_makes_distinct_identities() -> None:
    assert Identity.generate().public != Identity.generate().public


def test_sign_and_verify() -> None:
    identity = Identity.generate()
    signature = identity.sign(b"hello")
    assert len(signature) == 64
    identity.public.verify(b"hello", signature)
    with pytest.raises(ForgedSignature):
        identity.public.verify(b"hellO", signature)
    with pytest.raises(ForgedSignature):
        Identity.generate().public.verify(b"hello", signature)
    with pytest.raises(ForgedSignature):
        identity.public.verify(b"hello", signature[:63])
    for index in (0, 31, 32, 63):
        damaged = bytearray(signature)
        damaged[index] ^= 0x01
        with pytest.raises(ForgedSignature):
            identity.public.verify(b"hello", bytes(damaged))
    assert issubclass(ForgedSignature, DamagedInput)


def test_public_identity_rejects_bad_keys() -> None:
    good = Identity.generate().public
    with pytest.raises(DamagedKey):
        PublicIdentity(good.signing_key[:31], good.age_key)
    with pytest.raises(DamagedKey):
        PublicIdentity(good.signing_key, good.age_key + b"\x00")
    # The identity point and other small-order points: signatures by them prove nothing.
    with pytest.raises(DamagedKey):
        PublicIdentity(b"\x01" + bytes(31), good.age_key)
    with pytest.raises(DamagedKey):
        PublicIdentity(bytes(32), good.age_key)
    # A y coordinate with no point on the curve.
    with pytest.raises(DamagedKey):
        PublicIdentity(b"\x02" + bytes(31), good.age_key)
    # Low-order X25519 points: zero and one.
    with pytest.raises(DamagedKey):
        PublicIdentity(good.signing_key, bytes(32))
    with pytest.raises(DamagedKey):
        PublicIdentity(good.signing_key, b"\x01" + bytes(31))
    assert issubclass(DamagedKey, DamagedInput)


def test_from_secrets_rejects_wrong_lengths() -> None:
    with pytest.raises(DamagedKey):
        Identity.from_secrets(SEED[:31], AGE)
    with pytest.raises(DamagedKey):
        Identity.from_secrets(SEED, AGE + b"\x00")


def test_secrets_do_not_leak() -> None:
    identity = Identity.from_secrets(SEED, AGE)
    for text in (repr(identity), str(identity), repr(identity.signing_seed()), repr(identity.age_secret())):
        assert SEED.hex() not in text and AGE.hex() not in text
        assert repr(SEED) not in text and repr(AGE) not in text
    with pytest.raises(TypeError):
        pickle.dumps(identity)


def test_wiping_a_returned_secret_does_not_break_the_identity() -> None:
    identity = Identity.from_secrets(SEED, AGE)
    identity.signing_seed().wipe()
    identity.age_secret().wipe()
    assert identity.signing_seed().reveal() == SEED
    assert identity.age_secret().reveal() == AGE
