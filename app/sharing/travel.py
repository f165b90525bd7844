"""Travel mode: before a border crossing, seal items away from the laptop; bring them back afterwards.

The chosen items (with their attachments) are sealed into one file — for a
trusted peer (X25519: only the peer can open it, and sends it back sealed for
you with `return_to`) or for your recovery key (age scrypt: only the paper
recovery key opens it) — inside a signed envelope saying that you made it.
Then they are deleted for good from the vault (not moved to the trash).

Items shared with a group stay: removing them here would tell the group they
were deleted. The travel file says nothing readable about its content.
"""

from __future__ import annotations

import io
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass

from amanat.app.attachments import AttachmentService
from amanat.app.errors import InvalidValue, NotFound
from amanat.app.item_codec import ItemRecord, from_record, to_record
from amanat.app.items import ItemService
from amanat.app.models import Item
from amanat.app.sharing.identities import IdentityService
from amanat.app.store.sync_repository import SyncRepository
from amanat.crypto.age import ScryptIdentity, ScryptRecipient, X25519Identity, X25519Recipient, decrypt, encrypt
from amanat.crypto.age.errors import AgeNoMatch
from amanat.crypto.encoding import decode_base64, encode_base64
from amanat.crypto.errors import DamagedInput
from amanat.crypto.recovery_key import RecoveryKey
from amanat.sync.bundle import MAX_BUNDLE_BYTES, MAX_PAYLOAD_BYTES
from amanat.sync.envelope import open_envelope, seal_envelope
from amanat.sync.errors import ForgedBundle, ForwardedBundle

TRAVEL_GROUP = bytes(16)  # the envelope's group id for travel files: no group
RECOVERY_WORK_FACTOR = 16  # the recovery key has 160 random bits: scrypt only needs to be a formality


class NotATravelFile(DamagedInput):
    """The file is not a travel file of yours (or not addressed to the key given)."""


@dataclass(frozen=True)
class SealedTrip:
    """What `seal` made."""

    data: bytes
    items: int
    attachments: int


def _recovery_passphrase(recovery: RecoveryKey) -> str:
    return "-".join(recovery.groups())


class TravelMode:
    """Seal items away for a trip, and bring them back."""

    def __init__(self, repository: SyncRepository, identities: IdentityService, items: ItemService,
                 attachments: AttachmentService) -> None:
        self._repository = repository
        self._identities = identities
        self._items = items
        self._attachments = attachments

    def all_item_ids(self) -> list[str]:
        """Every item that may travel: live and in the trash, not shared with a group."""
        headers = self._items.list() + self._items.trash()
        shared = self._repository.shared_item_ids()
        return [h.id for h in headers if h.id not in shared]

    def holds_items_of_its_own(self) -> bool:
        """True if anything here is not shared with a group (what a backup reminder is about); cheap at any size."""
        return self._repository.holds_an_unshared_item()

    def staying_item_ids(self) -> list[str]:
        """The items that travel mode leaves on the laptop: shared with a group (live and in the trash)."""
        headers = self._items.list() + self._items.trash()
        shared = self._repository.shared_item_ids()
        return [h.id for h in headers if h.id in shared]

    def _payload(self, item_ids: Sequence[str]) -> tuple[bytes, int]:
        records, files = [], []
        for item_id in item_ids:
            if self._repository.groups_sharing(item_id):
                raise InvalidValue("an item shared with a group cannot travel: its members would see it deleted")
            item = self._items.get(item_id)
            record = to_record(item, created_at=item.created_at, updated_at=item.updated_at, revision=item.revision)
            records.append({"id": record.id, "kind": record.kind, "title": record.title, "content": record.content,
                            "tags": list(record.tags), "pinned": record.pinned, "created_at": record.created_at,
                            "updated_at": record.updated_at, "in_trash": self._items.is_in_trash(item_id)})
            for info in self._attachments.list(item_id):
                data = self._attachments.read_all(info.id)
                files.append({"item": item_id, "name": info.name, "media_type": info.media_type,
                              "data": encode_base64(data)})
        payload = json.dumps({"v": 1, "items": records, "attachments": files}, ensure_ascii=False).encode()
        if len(payload) > MAX_PAYLOAD_BYTES:
            raise InvalidValue("these items are too large for one travel file; choose fewer")
        return payload, len(files)

    def seal(self, item_ids: Sequence[str], *, peer_fingerprint: str | None = None,
             recovery_key: str | None = None) -> SealedTrip:
        """A travel file for a verified peer or for the recovery key (exactly one). Nothing is removed yet."""
        if (peer_fingerprint is None) == (recovery_key is None):
            raise InvalidValue("seal for a peer or for the recovery key")
        if not item_ids:
            raise InvalidValue("choose at least one item")
        me = self._identities.identity()
        payload, attachment_count = self._payload(item_ids)
        recipients = [me.public.fingerprint]
        if peer_fingerprint is not None:
            peer = self._identities.verified_identity(peer_fingerprint)
            if peer is None:
                raise InvalidValue("only a verified peer can keep your items")
            recipients.append(peer.fingerprint)
            age_recipients: list[X25519Recipient | ScryptRecipient] = [X25519Recipient(peer.age_key)]
        else:
            assert recovery_key is not None
            age_recipients = [ScryptRecipient(_recovery_passphrase(RecoveryKey.parse(recovery_key)),
                                              work_factor=RECOVERY_WORK_FACTOR)]
        plaintext = seal_envelope(me, group_id=TRAVEL_GROUP, recipients=recipients, seq=1,
                                  created=int(time.time()), base_state=bytes(32), payload=payload)
        return SealedTrip(encrypt(plaintext, age_recipients), len(item_ids), attachment_count)

    def remove(self, item_ids: Sequence[str]) -> int:
        """Delete the sealed items for good (call after the travel file is safely written)."""
        for item_id in item_ids:
            self._items.delete(item_id)
        self._items.purge_many(item_ids)
        return len(item_ids)

    def _open(self, data: bytes, recovery_key: str | None) -> bytes:
        if len(data) > MAX_BUNDLE_BYTES:
            raise NotATravelFile("this file is too large to be a travel file")
        me = self._identities.identity()
        if recovery_key is not None:
            identities: list[ScryptIdentity | X25519Identity] = [
                ScryptIdentity(_recovery_passphrase(RecoveryKey.parse(recovery_key)))]
        else:
            identities = [X25519Identity.from_secret_bytes(me.age_secret())]
        try:
            plaintext = decrypt(data, identities, max_plaintext=MAX_BUNDLE_BYTES)
        except AgeNoMatch:
            raise NotATravelFile("this travel file does not open with this key") from None
        header, payload = open_envelope(plaintext, max_payload=MAX_PAYLOAD_BYTES)
        if header.group_id != TRAVEL_GROUP:
            raise NotATravelFile("this is a group bundle, not a travel file: import it in Sync")
        if header.sender.fingerprint != me.public.fingerprint:
            raise ForgedBundle("this travel file was not made by you")
        return payload

    def restore(self, data: bytes, *, recovery_key: str | None = None) -> int:
        """Bring a trip's items back (all or nothing); items already here are left as they are."""
        payload = self._open(data, recovery_key)
        try:
            parsed = json.loads(payload)
            records = [ItemRecord(id=r["id"], kind=r["kind"], title=r["title"], content=r["content"],
                                  tags=tuple(r["tags"]), pinned=bool(r["pinned"]), created_at=r["created_at"],
                                  updated_at=r["updated_at"]) for r in parsed["items"]]
            trashed = {r["id"] for r in parsed["items"] if r.get("in_trash")}
            files = [(f["item"], f["name"], f["media_type"], decode_base64(f["data"], canonical=False))
                     for f in parsed["attachments"]]
        except (ValueError, KeyError, TypeError):
            raise NotATravelFile("the travel file's content is damaged") from None
        new: list[Item] = []
        for record in records:
            try:
                self._items.get(record.id)
            except NotFound:
                new.append(from_record(record))
        with self._repository.atomic():
            self._items.add_many(new)
            restored = {item.id for item in new}
            for item_id, name, media_type, content in files:
                if item_id in restored:
                    self._attachments.add(item_id, io.BytesIO(content), name, media_type)
            for item_id in trashed & restored:
                self._items.delete(item_id)
        return len(new)

    def return_to(self, data: bytes, owner_fingerprint: str) -> bytes:
        """As the peer keeping a trip: the same sealed content, encrypted back to its verified owner."""
        owner = self._identities.verified_identity(owner_fingerprint)
        if owner is None:
            raise InvalidValue("only a verified peer's travel file can be returned")
        me = self._identities.identity()
        try:
            plaintext = decrypt(data, [X25519Identity.from_secret_bytes(me.age_secret())],
                                max_plaintext=MAX_BUNDLE_BYTES)
        except AgeNoMatch:
            raise NotATravelFile("this travel file was not sealed for you") from None
        header, _payload = open_envelope(plaintext, max_payload=MAX_PAYLOAD_BYTES)
        if header.group_id != TRAVEL_GROUP or header.sender.fingerprint != owner.fingerprint:
            raise ForgedBundle("this travel file was not made by that peer")
        if me.public.fingerprint not in header.recipients:
            raise ForwardedBundle("this travel file was not sealed for you")
        return encrypt(plaintext, [X25519Recipient(owner.age_key)])
