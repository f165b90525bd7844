"""One slot of the key file: the vault key wrapped under a key derived from one secret.

The slot kinds, sizes and the slot's JSON form (written and parsed) live here; the key file
that holds the slots, and wraps and unwraps the vault key, is crypto/keyfile.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from amanat.crypto.encoding import InvalidBase64, decode_base64, encode_base64
from amanat.crypto.entrust_shares import EntrustTerms
from amanat.crypto.errors import DamagedInput, UnsupportedVersion
from amanat.crypto.kdf import SALT_BYTES, Argon2idParams

VAULT_KEY_BYTES = 32
NONCE_BYTES = 24
WRAPPED_BYTES = VAULT_KEY_BYTES + 16
AEAD_NAME = "xchacha20poly1305"
ALT_BYTES = NONCE_BYTES + WRAPPED_BYTES
RECOVERY_SECRET_BYTES = 20  # as amanat.crypto.recovery_key: a recovery slot nobody holds the secret of

DEVICE_SALT_BYTES = 16
MAX_DEVICE_GENERATION = 2**31 - 1

KIND_PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind, not a password
KIND_RECOVERY = "recovery"
KIND_KEYCHAIN = "keychain"
KIND_ENTRUST = "entrust"  # the secret split among colleagues (crypto/entrust_shares.py)
SECRET_KINDS = (KIND_RECOVERY, KIND_KEYCHAIN)
SLOT_KINDS = (KIND_PASSPHRASE, *SECRET_KINDS, KIND_ENTRUST)


def _unb64(value: object, length: int, what: str) -> bytes:
    if not isinstance(value, str) or len(value) > 4 * length:
        raise DamagedInput(f"the key file's {what} is malformed")
    try:
        raw = decode_base64(value, canonical=False)  # key files written so far are read as they always were
    except InvalidBase64:
        raise DamagedInput(f"the key file's {what} is malformed") from None
    if len(raw) != length:
        raise DamagedInput(f"the key file's {what} has the wrong length")
    return raw


@dataclass(frozen=True)
class DeviceBinding:
    """A passphrase slot bound to this device's keystore: which secret (its generation) and the pad's salt.

    The slot's stored keys are XORed with a pad derived from the keystore's secret (crypto/device_binding.py).
    """

    generation: int
    salt: bytes

    def to_json(self) -> dict[str, Any]:
        """The binding as stored in the slot."""
        return {"generation": self.generation, "salt": encode_base64(self.salt)}

    @classmethod
    def from_json(cls, raw: object) -> DeviceBinding:
        """A binding read from a key file; DamagedInput if it is malformed."""
        if not isinstance(raw, dict) or set(raw) != {"generation", "salt"}:
            raise DamagedInput("a passphrase slot's device binding is malformed")
        generation = raw["generation"]
        if not isinstance(generation, int) or isinstance(generation, bool) \
                or not 0 <= generation <= MAX_DEVICE_GENERATION:
            raise DamagedInput("a passphrase slot's device binding is malformed")
        return cls(generation, _unb64(raw["salt"], DEVICE_SALT_BYTES, "device binding salt"))


@dataclass(frozen=True)
class KeySlot:
    """One way in: the vault key wrapped under a key derived from one secret."""

    slot_id: str
    kind: str
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    argon2id: Argon2idParams | None = None
    # Passphrase slots only: a second wrapped key under the same salt and parameters, for the
    # duress passphrase; random bytes when none is set, so the file does not tell which.
    alt: bytes = b""
    # Entrust slots only: the set of shares the slot's secret was split into (covered by the AEAD).
    entrust: EntrustTerms | None = None
    # Passphrase slots only: bound to a secret in this device's keystore (not part of `header`: the pad
    # is over the stored keys, which open under the unbound slot's header).
    device: DeviceBinding | None = None

    def header(self) -> dict[str, Any]:
        """Everything but the wrapped key: the associated data of the AEAD."""
        kdf: dict[str, Any]
        if self.argon2id is not None:
            kdf = {
                "name": "argon2id",
                "memory_kib": self.argon2id.memory_kib,
                "iterations": self.argon2id.iterations,
                "lanes": self.argon2id.lanes,
            }
        else:
            kdf = {"name": "hkdf-sha256"}
        header = {
            "id": self.slot_id,
            "kind": self.kind,
            "kdf": kdf,
            "salt": encode_base64(self.salt),
            "aead": AEAD_NAME,
            "nonce": encode_base64(self.nonce),
        }
        if self.entrust is not None:
            header["entrust"] = self.entrust.to_json()
        return header

    def to_json(self) -> dict[str, Any]:
        """The slot as stored in the key file."""
        stored = {**self.header(), "wrapped_key": encode_base64(self.wrapped_key)}
        if self.alt:
            stored["alt"] = encode_base64(self.alt)
        if self.device is not None:
            stored["device"] = self.device.to_json()
        return stored

    def __repr__(self) -> str:
        return f"KeySlot(id={self.slot_id!r}, kind={self.kind!r})"


def parse_slot(raw: object) -> KeySlot:
    """A slot read from a key file; `DamagedInput` or `UnsupportedVersion` if it is not one this Amanat wrote."""
    if not isinstance(raw, dict):
        raise DamagedInput("a key file slot is malformed")
    expected = {"id", "kind", "kdf", "salt", "aead", "nonce", "wrapped_key"}
    extra = {KIND_PASSPHRASE: {"alt", "device"}, KIND_ENTRUST: {"entrust"}}.get(str(raw.get("kind")), set())
    if not expected <= set(raw) <= expected | extra:
        raise DamagedInput("a key file slot has missing or unknown fields")
    slot_id, kind, kdf = raw["id"], raw["kind"], raw["kdf"]
    if not isinstance(slot_id, str) or not 1 <= len(slot_id) <= 32 or not slot_id.isalnum():
        raise DamagedInput("a key file slot has a malformed id")
    if kind not in SLOT_KINDS:
        raise UnsupportedVersion("the key file has a kind of slot this Amanat does not know")
    if kind == KIND_ENTRUST and "entrust" not in raw:
        raise DamagedInput("an entrust slot has no terms")
    if raw["aead"] != AEAD_NAME:
        raise UnsupportedVersion("the key file uses a cipher this Amanat does not know")
    if not isinstance(kdf, dict):
        raise DamagedInput("a key file slot's key derivation is malformed")
    params: Argon2idParams | None = None
    if kind == KIND_PASSPHRASE:
        if set(kdf) != {"name", "memory_kib", "iterations", "lanes"} or kdf["name"] != "argon2id":
            raise DamagedInput("a passphrase slot's key derivation is malformed")
        params = Argon2idParams(kdf["memory_kib"], kdf["iterations"], kdf["lanes"])
        params.check()
    elif kdf != {"name": "hkdf-sha256"}:
        raise DamagedInput("a key file slot's key derivation is malformed")
    return KeySlot(
        slot_id=slot_id,
        kind=kind,
        salt=_unb64(raw["salt"], SALT_BYTES, "salt"),
        nonce=_unb64(raw["nonce"], NONCE_BYTES, "nonce"),
        wrapped_key=_unb64(raw["wrapped_key"], WRAPPED_BYTES, "wrapped key"),
        argon2id=params,
        alt=_unb64(raw["alt"], ALT_BYTES, "second wrapped key") if "alt" in raw else b"",
        entrust=EntrustTerms.from_json(raw["entrust"]) if "entrust" in raw else None,
        device=DeviceBinding.from_json(raw["device"]) if "device" in raw else None,
    )
