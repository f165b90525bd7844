"""The key file: a versioned list of slots that each wrap the vault key.

The vault key is 256 random bits (SQLCipher's raw key), changed only by a re-key. Each slot wraps it
with XChaCha20-Poly1305 under a key derived from one secret: a passphrase (Argon2id), a recovery key or
an OS keychain secret (HKDF-SHA256). The slot's header and the vault id are the associated data. A
passphrase slot bound to a device is opened through crypto/device_binding.py first.

The file is canonical JSON with a SHA-256 checksum over its content. The
checksum is not a security measure (it has no key); it separates a damaged
or hand-edited file from a wrong passphrase, which would otherwise look the
same. See docs/key-file.md for the format byte by byte.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_decrypt,
    crypto_aead_xchacha20poly1305_ietf_encrypt,
)
from nacl.exceptions import CryptoError

from amanat.crypto.atomic_write import write_file_atomically
from amanat.crypto.encoding import canonical_json
from amanat.crypto.entrust_shares import EntrustTerms
from amanat.crypto.errors import DamagedInput, DeviceSecretMissing, UnsupportedVersion, WrongPassphrase
from amanat.crypto.kdf import SALT_BYTES, Argon2idParams, derive_key
from amanat.crypto.key_slot import (
    ALT_BYTES,
    KIND_ENTRUST,
    KIND_KEYCHAIN,
    KIND_PASSPHRASE,
    KIND_RECOVERY,
    NONCE_BYTES,
    RECOVERY_SECRET_BYTES,
    SECRET_KINDS,
    VAULT_KEY_BYTES,
    KeySlot,
    parse_slot,
)
from amanat.crypto.passphrase import normalise_passphrase
from amanat.crypto.secret_bytes import SecretBytes

__all__ = ["KIND_ENTRUST", "KIND_KEYCHAIN", "KIND_PASSPHRASE", "KIND_RECOVERY", "MAX_KEYFILE_BYTES", "DuressMatch",
           "KeyFile", "KeySlot", "generate_vault_key"]

FORMAT_NAME = "amanat-keyfile"
FORMAT_VERSION = 2  # 2 only when the passphrase slot is bound to a device (`device`); else 1, as before
_SLOT_DATA_VERSION = 1  # the `version` in every slot's associated data, whatever the file's version
MAX_KEYFILE_BYTES = 64 * 1024
MAX_SLOTS = 16
_BOUND = "the passphrase works only with this device's keystore, which has to be asked first"


def generate_vault_key() -> SecretBytes:
    """A fresh random 256-bit vault key."""
    return SecretBytes(secrets.token_bytes(VAULT_KEY_BYTES))


def _hkdf_wrapping_key(secret: SecretBytes, salt: bytes, kind: str) -> SecretBytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=f"amanat/{kind}-slot/v1".encode())
    return SecretBytes(hkdf.derive(secret.reveal()))


@dataclass(frozen=True)
class DuressMatch:
    """The duress passphrase was typed: the key it derived, with the salt and parameters it used."""

    wrapping_key: SecretBytes
    salt: bytes
    params: Argon2idParams

    def wipe(self) -> None:
        """Overwrite the derived key."""
        self.wrapping_key.wipe()

    def __repr__(self) -> str:
        return "DuressMatch(<hidden>)"


@dataclass(frozen=True)
class KeyFile:
    """The parsed key file: which vault it belongs to and its slots."""

    vault_id: str
    slots: tuple[KeySlot, ...] = ()

    @classmethod
    def new(cls) -> KeyFile:
        """An empty key file for a new vault with a fresh random id."""
        return cls(vault_id=secrets.token_hex(16))

    # -- building ---------------------------------------------------------

    def _associated_data(self, slot_header: dict[str, Any]) -> bytes:
        return canonical_json(
            {"format": FORMAT_NAME, "version": _SLOT_DATA_VERSION, "vault_id": self.vault_id, "slot": slot_header}
        , ascii_only=True)

    def _wrap(
        self, kind: str, wrapping_key_for: Any, vault_key: SecretBytes, params: Argon2idParams | None,
        salt: bytes | None = None, entrust: EntrustTerms | None = None,
    ) -> KeyFile:
        plaintext = vault_key.reveal()  # read once: a concurrent wipe cannot change it under us
        if len(plaintext) != VAULT_KEY_BYTES:
            raise ValueError("the vault key is not available (was the vault locked?)")
        salt = salt or secrets.token_bytes(SALT_BYTES)
        nonce = secrets.token_bytes(NONCE_BYTES)
        wrapping_key: SecretBytes = wrapping_key_for(salt)
        draft = KeySlot(secrets.token_hex(4), kind, salt, nonce, b"", params, entrust=entrust)
        try:
            wrapped = crypto_aead_xchacha20poly1305_ietf_encrypt(
                plaintext, self._associated_data(draft.header()), nonce, wrapping_key.reveal()
            )
        finally:
            wrapping_key.wipe()
        kept = tuple(s for s in self.slots if s.kind != kind)
        alt = secrets.token_bytes(ALT_BYTES) if kind == KIND_PASSPHRASE else b""
        return replace(self, slots=(*kept, replace(draft, wrapped_key=wrapped, alt=alt)))

    def with_passphrase(
        self, vault_key: SecretBytes, passphrase: str, params: Argon2idParams
    ) -> KeyFile:
        """A copy whose passphrase slot (replaced if present) opens with `passphrase`."""
        normalised = normalise_passphrase(passphrase)
        return self._wrap(
            KIND_PASSPHRASE, lambda salt: derive_key(normalised, salt, params), vault_key, params
        )

    @classmethod
    def for_duress_takeover(cls, vault_id: str, vault_key: SecretBytes, match: DuressMatch) -> KeyFile:
        """A normal-looking key file for the decoy that takes the vault's place after a duress unlock.

        Its passphrase slot reuses the key the duress passphrase already derived (same salt and
        parameters), so no second Argon2id derivation is spent; a recovery slot under a random
        secret that nobody ever sees, and a random second key, make it look like any other.
        """
        wrapping = SecretBytes(match.wrapping_key.reveal())
        key_file = cls(vault_id=vault_id)._wrap(
            KIND_PASSPHRASE, lambda _salt: wrapping, vault_key, match.params, salt=match.salt)
        unseen = SecretBytes(secrets.token_bytes(RECOVERY_SECRET_BYTES))
        try:
            return key_file.with_secret(KIND_RECOVERY, vault_key, unseen)
        finally:
            unseen.wipe()

    def with_secret(self, kind: str, vault_key: SecretBytes, secret: SecretBytes) -> KeyFile:
        """A copy whose recovery or keychain slot (replaced if present) opens with `secret`."""
        if kind not in SECRET_KINDS:
            raise ValueError(f"not a secret slot kind: {kind}")
        return self._wrap(kind, lambda salt: _hkdf_wrapping_key(secret, salt, kind), vault_key, None)

    def with_entrust(self, vault_key: SecretBytes, secret: SecretBytes, terms: EntrustTerms) -> KeyFile:
        """A copy whose entrust slot (replacing the old one: its shares stop working) opens with `secret`."""
        wrapping = lambda salt: _hkdf_wrapping_key(secret, salt, KIND_ENTRUST)  # noqa: E731
        return self._wrap(KIND_ENTRUST, wrapping, vault_key, None, entrust=terms)

    def entrust_terms(self) -> EntrustTerms | None:
        """The terms of the current set of shares, if the vault is entrusted to colleagues."""
        return next((s.entrust for s in self.slots if s.kind == KIND_ENTRUST), None)

    def _alt_associated_data(self, slot: KeySlot) -> bytes:
        return canonical_json({"format": FORMAT_NAME, "version": _SLOT_DATA_VERSION, "vault_id": self.vault_id,
                           "slot": slot.header(), "purpose": "duress"}, ascii_only=True)

    def _passphrase_slot(self) -> KeySlot:
        slot = next((s for s in self.slots if s.kind == KIND_PASSPHRASE and s.argon2id is not None), None)
        if slot is None:
            raise ValueError("this key file has no passphrase slot")
        return _unbound(slot)

    def duress_candidate(self, duress_passphrase: str) -> tuple[DuressMatch, SecretBytes | None]:
        """Derive a would-be duress passphrase's key once (the passphrase slot's salt and parameters).

        Returns the derived key, for `with_duress`, and the decoy key it opens now (set again), else
        None; the caller wipes both. Raises ValueError if it opens the real slot, is empty or too long.
        """
        slot = self._passphrase_slot()
        assert slot.argon2id is not None
        derived = derive_key(normalise_passphrase(duress_passphrase), slot.salt, slot.argon2id)
        real = self._unwrap(slot, SecretBytes(derived.reveal()))
        if real is not None:
            real.wipe()
            derived.wipe()
            raise ValueError("the duress passphrase must differ from the passphrase")
        match = DuressMatch(derived, slot.salt, slot.argon2id)
        return match, self._open_alt(slot, derived) if len(slot.alt) == ALT_BYTES else None

    def _open_alt(self, slot: KeySlot, derived: SecretBytes) -> SecretBytes | None:
        try:
            return SecretBytes(crypto_aead_xchacha20poly1305_ietf_decrypt(
                slot.alt[NONCE_BYTES:], self._alt_associated_data(slot), slot.alt[:NONCE_BYTES], derived.reveal()))
        except CryptoError:
            return None

    def with_duress(self, decoy_key: SecretBytes, duress: str | DuressMatch) -> KeyFile:
        """A copy where the duress passphrase opens the passphrase slot's second key: `decoy_key`.

        `duress` is the passphrase, or the key `duress_candidate` derived from it (no second
        derivation). Raises ValueError if the duress passphrase opens the real slot too.
        """
        slot = self._passphrase_slot()
        match = self.duress_candidate(duress)[0] if isinstance(duress, str) else duress
        try:
            if match.salt != slot.salt:
                raise ValueError("the duress key was derived for another passphrase slot")
            nonce = secrets.token_bytes(NONCE_BYTES)
            wrapped = crypto_aead_xchacha20poly1305_ietf_encrypt(
                decoy_key.reveal(), self._alt_associated_data(slot), nonce, match.wrapping_key.reveal())
        finally:
            if isinstance(duress, str):
                match.wipe()
        return self._with_alt(slot, nonce + wrapped)

    def without_duress(self) -> KeyFile:
        """A copy whose second key is random again: no duress passphrase."""
        slot = next((s for s in self.slots if s.kind == KIND_PASSPHRASE), None)  # bound or not: random is random
        if slot is None:
            raise ValueError("this key file has no passphrase slot")
        return self._with_alt(slot, secrets.token_bytes(ALT_BYTES))

    def _with_alt(self, slot: KeySlot, alt: bytes) -> KeyFile:
        return replace(self, slots=tuple(replace(s, alt=alt) if s is slot else s for s in self.slots))

    def without(self, kind: str) -> KeyFile:
        """A copy with every slot of `kind` removed."""
        return replace(self, slots=tuple(s for s in self.slots if s.kind != kind))

    def has(self, kind: str) -> bool:
        """True when the file has a slot of `kind`."""
        return any(s.kind == kind for s in self.slots)

    def passphrase_params(self) -> Argon2idParams | None:
        """The Argon2id parameters of the passphrase slot, if there is one."""
        return next((s.argon2id for s in self.slots if s.kind == KIND_PASSPHRASE), None)

    # -- opening ----------------------------------------------------------

    def _unwrap(self, slot: KeySlot, wrapping_key: SecretBytes) -> SecretBytes | None:
        try:
            return SecretBytes(
                crypto_aead_xchacha20poly1305_ietf_decrypt(
                    slot.wrapped_key,
                    self._associated_data(slot.header()),
                    slot.nonce,
                    wrapping_key.reveal(),
                )
            )
        except CryptoError:
            return None
        finally:
            wrapping_key.wipe()

    def open_with_passphrase(self, passphrase: str) -> SecretBytes:
        """The vault key, or WrongPassphrase."""
        try:
            normalised = normalise_passphrase(passphrase)
        except ValueError:
            raise WrongPassphrase("the passphrase is wrong") from None
        for slot in self.slots:
            if slot.kind == KIND_PASSPHRASE and slot.argon2id is not None:
                _unbound(slot)
                key = self._unwrap(slot, derive_key(normalised, slot.salt, slot.argon2id))
                if key is not None:
                    return key
        raise WrongPassphrase("the passphrase is wrong")

    def alt_fingerprint(self) -> str | None:
        """A short SHA-256 of the passphrase slot's second key: it changes whenever that key is rewritten.

        A new passphrase, `without_duress` and a restore all write a new random one, so a fingerprint
        kept (encrypted) when the duress passphrase was set says whether it is still on.
        """
        slot = next((s for s in self.slots if s.kind == KIND_PASSPHRASE), None)
        return hashlib.sha256(slot.alt).hexdigest()[:32] if slot is not None and slot.alt else None

    def open_with_passphrase_or_duress(self, passphrase: str) -> tuple[SecretBytes, DuressMatch | None]:
        """(key, None) for the passphrase; (decoy vault key, DuressMatch) for the duress passphrase.

        One key derivation either way, so both take the same time. The match carries the key the
        duress passphrase derived (wipe it), so the decoy's new key file needs no second derivation.
        """
        try:
            normalised = normalise_passphrase(passphrase)
        except ValueError:
            raise WrongPassphrase("the passphrase is wrong") from None
        for slot in self.slots:
            if slot.kind != KIND_PASSPHRASE or slot.argon2id is None:
                continue
            _unbound(slot)
            derived = derive_key(normalised, slot.salt, slot.argon2id)
            try:
                key = self._unwrap(slot, SecretBytes(derived.reveal()))
                if key is not None:
                    return key, None
                decoy = self._open_alt(slot, derived) if len(slot.alt) == ALT_BYTES else None
                if decoy is not None:
                    return decoy, DuressMatch(SecretBytes(derived.reveal()), slot.salt, slot.argon2id)
            finally:
                derived.wipe()
        raise WrongPassphrase("the passphrase is wrong")

    def open_with_secret(self, kind: str, secret: SecretBytes) -> SecretBytes | None:
        """The vault key from a recovery, keychain or entrust slot, or None if it does not open."""
        for slot in self.slots:
            if slot.kind == kind:
                key = self._unwrap(slot, _hkdf_wrapping_key(secret, slot.salt, kind))
                if key is not None:
                    return key
        return None

    # -- bytes ------------------------------------------------------------

    def _body(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "version": 2 if any(s.device is not None for s in self.slots) else 1,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots],
        }

    def to_bytes(self) -> bytes:
        """Canonical JSON with its checksum, newline-terminated."""
        body = self._body()
        checksum = hashlib.sha256(canonical_json(body, ascii_only=True)).hexdigest()
        return canonical_json({**body, "checksum": checksum}, ascii_only=True) + b"\n"

    @classmethod
    def parse(cls, data: bytes) -> KeyFile:
        """Parse and check a key file; raise DamagedInput or UnsupportedVersion."""
        if len(data) > MAX_KEYFILE_BYTES:
            raise DamagedInput("the key file is too large to be an Amanat key file")
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise DamagedInput("the key file is damaged (not readable)") from None
        if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
            raise DamagedInput("this is not an Amanat key file")
        version = raw.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise DamagedInput("the key file's version is malformed")
        if version > FORMAT_VERSION:
            raise UnsupportedVersion("the key file was written by a newer Amanat; update Amanat")
        if version not in (1, 2) or set(raw) != {"format", "version", "vault_id", "slots", "checksum"}:
            raise DamagedInput("the key file has missing or unknown fields")
        checksum = raw.pop("checksum")
        try:
            expected = hashlib.sha256(canonical_json(raw, ascii_only=True)).hexdigest()
        except ValueError:  # NaN or Infinity: never written by Amanat, so never checksummed by it
            expected = ""
        if not isinstance(checksum, str) or checksum != expected:
            raise DamagedInput("the key file is damaged or was edited (checksum mismatch)")
        vault_id, slots = raw["vault_id"], raw["slots"]
        if not isinstance(vault_id, str) or len(vault_id) != 32:
            raise DamagedInput("the key file's vault id is malformed")
        try:
            bytes.fromhex(vault_id)
        except ValueError:
            raise DamagedInput("the key file's vault id is malformed") from None
        if not isinstance(slots, list) or not 1 <= len(slots) <= MAX_SLOTS:
            raise DamagedInput("the key file has no usable slots")
        parsed = tuple(parse_slot(s) for s in slots)
        if len({s.slot_id for s in parsed}) != len(parsed):
            raise DamagedInput("the key file has two slots with the same id")
        if (version == 2) != any(s.device is not None for s in parsed):
            raise DamagedInput("the key file's version does not match its slots")
        return cls(vault_id=vault_id, slots=parsed)

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        """Read and parse a key file, refusing oversized files before reading them."""
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_KEYFILE_BYTES + 1)
        except FileNotFoundError:
            raise DamagedInput("the vault's key file is missing") from None
        return cls.parse(data)

    def write(self, path: Path) -> None:
        """Write atomically with 0600 permissions."""
        write_file_atomically(path, self.to_bytes())

    def __repr__(self) -> str:
        return f"KeyFile(vault_id={self.vault_id!r}, slots={list(self.slots)!r})"


def _unbound(slot: KeySlot) -> KeySlot:
    """`slot`, unless it is bound to a device: its keys are then padded (crypto/device_binding.py removes that)."""
    if slot.device is not None:
        raise DeviceSecretMissing(_BOUND)
    return slot
