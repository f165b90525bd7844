"""Real inputs for the adversarial tests: two vaults that trust each other and the bundles between them.

Used by the Hypothesis fuzz tests, the crash writer and the atheris harnesses, so every parser is
fed mutations of what Amanat itself writes, not only random bytes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from pathlib import Path

from amanat.app.models import ActionRow, Contact
from amanat.app.vault import Vault
from amanat.crypto.age import X25519Identity, decrypt
from amanat.crypto.identity import Identity
from amanat.sync.bundle import MAX_BUNDLE_BYTES, seal_bundle
from amanat.sync.bundle_payload import BundlePayload, decode_payload
from amanat.sync.envelope import open_envelope
from tests.conftest import PASSPHRASE
from tests.sharing.conftest import Member, introduce, make_member


@dataclass
class Pair:
    """Mariam receives; Farid is the admin of the group and sends."""

    mariam: Member
    farid: Member
    group_id: str

    def close(self) -> None:
        self.mariam.vault.close()
        self.farid.vault.close()


def open_pair(directory: Path) -> Pair:
    """Two vaults that verified each other; Farid's group holds both of them."""
    mariam, farid = make_member(directory, "Mariam"), make_member(directory, "Farid")
    introduce(mariam, farid)
    introduce(farid, mariam)
    group = farid.sync.groups.create("Border test")
    farid.sync.groups.add_member(group.group_id, mariam.fingerprint)
    return Pair(mariam, farid, group.group_id)


def share_one_of_each(farid: Member, group_id: str, label: str = "", body: str = "") -> list[str]:
    """A note, a contact, a SWOT and an action plan shared with the group; their ids."""
    items = farid.vault.items
    note = items.add_note(f"note {label}", body or f"body {label}", tags=[f"tag{label}"])
    contact = items.add(Contact(id="", display_name=f"contact {label}", channels=(("email", "a@example.org"),),
                                notes=body, tags=(f"tag{label}",)))
    swot = items.new_draft("swot", f"swot {label}")
    items.save(replace(swot, sections=tuple((k, f"{k} {label}") for k, _ in swot.sections)))
    plan = items.new_draft("action-plan", f"plan {label}")
    items.save(replace(plan, rows=(ActionRow(f"act {label}", "me", "2026-12-01"),)))
    ids = [note.id, contact.id, swot.id, plan.id]
    for item_id in ids:
        farid.sync.groups.share(group_id, item_id)
    return ids


@dataclass(frozen=True)
class Samples:
    """Valid inputs of every layer, all addressed to Mariam's identity."""

    bundle: bytes  # binary age file
    armored_bundle: bytes
    envelope: bytes  # the decrypted plaintext inside `bundle`
    payload: bytes  # the canonical JSON inside the envelope
    decoded: BundlePayload
    key_file: bytes
    card_file: bytes
    card_text: str
    backup: bytes
    me: Identity  # Mariam
    sender: Identity  # Farid
    group_id: bytes


def make_samples(pair: Pair, scratch: Path) -> Samples:
    """Export a real bundle from Farid to Mariam and take it apart; a real key file, card and backup."""
    from amanat.app.backup import create_backup

    share_one_of_each(pair.farid, pair.group_id, "sample", "متن نمونه " * 20)
    bundle = pair.farid.export(pair.group_id, full=True)
    armored = pair.farid.export(pair.group_id, full=True, armored=True)
    me = pair.mariam.sync.identities.identity()
    envelope = decrypt(bundle, [X25519Identity.from_secret_bytes(me.age_secret())], max_plaintext=MAX_BUNDLE_BYTES)
    _header, payload = open_envelope(envelope, max_payload=MAX_BUNDLE_BYTES)
    small, _recovery = Vault.create(scratch / "backed-up", PASSPHRASE)
    note = small.items.add_note("backed up", "text")
    small.attachments.add(note.id, io.BytesIO(b"attachment"), "a.txt")
    create_backup(small, scratch / "sample.backup")
    small.close()
    return Samples(
        bundle=bundle, armored_bundle=armored, envelope=envelope, payload=payload, decoded=decode_payload(payload),
        key_file=(pair.mariam.vault.paths.directory / "vault.keys").read_bytes(),
        card_file=pair.farid.sync.identities.card_file(), card_text=pair.farid.sync.identities.card_text(),
        backup=(scratch / "sample.backup").read_bytes(), me=me, sender=pair.farid.sync.identities.identity(),
        group_id=bytes.fromhex(pair.group_id),
    )


def reseal(samples: Samples, payload: bytes, *, seq: int = 10**6, armored: bool = False) -> bytes:
    """A correctly signed and encrypted bundle from Farid to Mariam carrying `payload` as it is."""
    return seal_bundle(samples.sender, [samples.me.public], group_id=samples.group_id, seq=seq,
                       created=1_700_000_000, base_state=bytes(32), payload=payload, armored=armored)
