"""Sealing and opening bundle files: a signed envelope (`amanat.sync.envelope`) inside an age v1 file.

age encrypts to every current member of the group and to the sender; the
envelope inside says who sent it, to whom (the sorted fingerprints of every
recipient), for which group, and signs it all. Opening checks, in order:
the size, the armor, the age layer, the envelope's signature, and that the
one opening it is among the signed recipients, so a bundle re-encrypted by
a recipient to someone else ("forwarded") is refused.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from amanat.crypto.age import (
    ScryptRecipient,
    X25519Identity,
    X25519Recipient,
    armor,
    dearmor,
    decrypt,
    encrypt,
    is_armored,
)
from amanat.crypto.age.errors import AgeNoMatch
from amanat.crypto.age.pieces import encrypt_pieces
from amanat.crypto.identity import Identity, PublicIdentity
from amanat.sync.envelope import EnvelopeHeader, envelope_parts, open_envelope
from amanat.sync.errors import BundleTooLarge, ForwardedBundle, NotAddressedToMe

MAX_BUNDLE_BYTES = 64 * 2**20
MAX_PAYLOAD_BYTES = 48 * 2**20
BUNDLE_SUFFIX = ".age"


@dataclass(frozen=True)
class OpenedBundle:
    """A bundle whose age layer, envelope and signature checked out."""

    header: EnvelopeHeader
    payload: bytes


def bundle_file_name() -> str:
    """A neutral name for a bundle file: random, saying nothing of its sender, group or content."""
    return secrets.token_hex(8) + BUNDLE_SUFFIX


def seal_bundle(
    sender: Identity,
    recipients: Sequence[PublicIdentity],
    *,
    group_id: bytes,
    seq: int,
    created: int,
    base_state: bytes,
    payload: bytes,
    armored: bool = False,
    bundle_id: bytes | None = None,
    sink: BinaryIO | None = None,
) -> bytes:
    """Sign, pad and encrypt a payload to every recipient and to the sender; bytes of the file.

    With `sink` (binary only), the file is written there as it is encrypted, and b"" is returned:
    memory then stays flat whatever the payload's size (nothing but the payload itself is held).
    """
    if len(payload) > MAX_PAYLOAD_BYTES:
        raise BundleTooLarge(f"the bundle would exceed {MAX_PAYLOAD_BYTES // 2**20} MiB; share fewer items at once")
    everyone = {r.fingerprint: r for r in recipients}
    everyone[sender.public.fingerprint] = sender.public
    parts = envelope_parts(
        sender, group_id=group_id, recipients=everyone.keys(), seq=seq, created=created,
        base_state=base_state, payload=payload, bundle_id=bundle_id,
    )
    ordered = [everyone[fingerprint] for fingerprint in sorted(everyone)]
    # Encrypted from its pieces, straight into the file's bytes: the plaintext is never joined (no copies).
    if sink is not None and armored:
        raise ValueError("an armored bundle is returned, not streamed")
    data = encrypt_pieces([parts.prefix, parts.payload], [X25519Recipient(r.age_key) for r in ordered],
                          zeros=parts.zeros, sink=sink)
    if sink is not None:
        return data
    if armored:
        data = armor(data).encode("ascii")
    if len(data) > MAX_BUNDLE_BYTES:
        # Armor adds a third: a payload that fits as a binary file may not fit armored.
        raise BundleTooLarge(f"the bundle would exceed {MAX_BUNDLE_BYTES // 2**20} MiB; send it as a file, "
                             "not as text, or share fewer items at once")
    return data


def open_bundle(data: bytes, me: Identity, *, max_bytes: int = MAX_BUNDLE_BYTES) -> OpenedBundle:
    """Decrypt and check a bundle file addressed to `me` (binary or armored)."""
    if len(data) > max_bytes:
        raise BundleTooLarge(f"the file is larger than a bundle can be ({max_bytes // 2**20} MiB)")
    if is_armored(data):
        data = dearmor(data, max_size=max_bytes)
    try:
        plaintext = decrypt(data, [X25519Identity.from_secret_bytes(me.age_secret())], max_plaintext=max_bytes)
    except AgeNoMatch:
        raise NotAddressedToMe("this bundle is not addressed to you") from None
    header, payload = open_envelope(plaintext, max_payload=MAX_PAYLOAD_BYTES)
    if me.public.fingerprint not in header.recipients:
        raise ForwardedBundle(
            "this bundle was re-encrypted to you by someone else; its sender did not address it to you"
        )
    return OpenedBundle(header, payload)


def seal_for_passphrase(plaintext: bytes, passphrase: str, *, armored: bool = False, work_factor: int = 18) -> bytes:
    """An age file for a passphrase (scrypt recipient): opens with `age -d` for someone without Amanat."""
    if len(plaintext) > MAX_PAYLOAD_BYTES:
        raise BundleTooLarge(f"the export would exceed {MAX_PAYLOAD_BYTES // 2**20} MiB")
    data = encrypt(plaintext, [ScryptRecipient(passphrase, work_factor=work_factor)])
    return armor(data).encode("ascii") if armored else data
