"""My identity and my peers: contact cards, safety numbers, verification.

The identity (an Ed25519 signing key and an X25519 age key) is made on the
first use of sync and lives inside the encrypted vault. A peer is someone
whose card was imported; it stays unverified until the user has compared
the safety number out of band. A card that brings new keys under a known
peer's name is a key change: the peer is flagged and untrusted until
verified again.
"""

from __future__ import annotations

import datetime
import time
from dataclasses import dataclass

from amanat.app.errors import InvalidValue, NotFound
from amanat.app.id_prefix import resolve_id_prefix
from amanat.app.sharing.look_alike import look_alike, mixes_scripts, skeleton
from amanat.app.store.sync_repository import IdentityRecord, PeerRecord, SyncRepository
from amanat.crypto.age import X25519Identity
from amanat.crypto.contact_card import (
    ContactCard,
    card_to_file_bytes,
    card_to_text,
    display_name,
    make_card,
    parse_card,
)
from amanat.crypto.identity import Identity, PublicIdentity
from amanat.crypto.safety_number import safety_number
from amanat.sync.hybrid_clock import HybridClock


def now_utc() -> str:
    """The current time as stored."""
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class LookAlike:
    """Someone else whose name is the same as, or could be taken for, a peer's name."""

    peer_id: str
    name: str
    verified: bool
    is_me: bool = False


@dataclass(frozen=True)
class PeerInfo:
    """A peer as lists show it."""

    peer_id: str
    fingerprint: str
    name: str
    verified: bool
    # Not verified, and a verified peer (or, in old vaults, an earlier card) has a name like this one
    # but other keys: their new keys, or someone pretending to be them.
    keys_changed: bool
    safety_number: str  # 12 groups of 5 digits
    added_at: str
    identity: PublicIdentity
    look_alikes: tuple[LookAlike, ...] = ()  # others whose name is the same or looks the same
    mixed_scripts: bool = False  # the name mixes letters of several scripts (Latin with Cyrillic, say)

    @property
    def flagged(self) -> bool:
        """True when the name could be mistaken for someone else's."""
        return bool(self.look_alikes) or self.mixed_scripts


@dataclass(frozen=True)
class PeerAdded:
    """What adding a card did."""

    peer: PeerInfo
    outcome: str  # 'added' | 'already-known' | 'updated' | 'look-alike' (new keys, a name like another's)
    previous_name: str = ""  # for 'updated': the name before, when the card changed it


class IdentityService:
    """This vault's identity and the peers it knows."""

    def __init__(self, repository: SyncRepository) -> None:
        self._repository = repository.peer_rows

    # -- my identity -------------------------------------------------------

    def _record(self) -> IdentityRecord:
        record = self._repository.identity()
        if record is None:
            identity = Identity.generate()
            record = IdentityRecord(
                signing_seed=identity.signing_seed().reveal(),
                age_secret=identity.age_secret().reveal(),
                display_name="",
                created_at=now_utc(),
                clock="",
            )
            self._repository.create_identity(record)
        return record

    def identity(self) -> Identity:
        """My identity (made on first use)."""
        record = self._record()
        return Identity.from_secrets(record.signing_seed, record.age_secret)

    def public(self) -> PublicIdentity:
        """My public keys."""
        return self.identity().public

    def existing(self) -> tuple[str, str] | None:
        """My fingerprint (hex) and card name, or None when this vault has no identity yet (none is made)."""
        record = self._repository.identity()
        if record is None:
            return None
        public = Identity.from_secrets(record.signing_seed, record.age_secret).public
        return public.fingerprint.hex(), record.display_name

    def display_name(self) -> str:
        """The name on my card ('' until set)."""
        return self._record().display_name

    def set_display_name(self, name: str) -> str:
        """Set the name on my card; return it as stored (NFC)."""
        # The card checks the name; make one to find out, without keeping it.
        card = make_card(self.identity(), name, int(time.time()))
        self._repository.set_display_name(card.name)
        return card.name

    def age_recipient(self) -> str:
        """My age recipient, 'age1…'."""
        return X25519Identity.from_secret_bytes(self.identity().age_secret()).recipient.to_bech32()

    def age_secret_key_text(self) -> str:
        """My X25519 secret as an AGE-SECRET-KEY-1… line, for the standard age tool. A secret."""
        return X25519Identity.from_secret_bytes(self.identity().age_secret()).to_bech32()

    def card(self) -> ContactCard:
        """My contact card, signed now."""
        name = self.display_name()
        if not name:
            raise InvalidValue("set the name on your card first ('amanat identity set-name NAME')")
        return make_card(self.identity(), name, int(time.time()))

    def card_file(self) -> bytes:
        """My card as a file."""
        return card_to_file_bytes(self.card())

    def card_text(self) -> str:
        """My card as a text block for pasting into a message."""
        return card_to_text(self.card())

    def clock(self) -> HybridClock:
        """My hybrid logical clock, continuing from where it last stopped."""
        record = self._record()
        return HybridClock(self.public().peer_id, record.clock or None)

    def save_clock(self, clock: HybridClock) -> None:
        """Persist the clock so it never runs backwards."""
        self._repository.set_clock(clock.last)

    # -- peers ------------------------------------------------------------

    def _info(self, record: PeerRecord, me: PublicIdentity,
              others: list[tuple[PeerRecord, str]] | None = None) -> PeerInfo:
        card = parse_card(record.card)
        others = self._with_skeletons() if others is None else others
        look_alikes = self._look_alikes(card.name, record.fingerprint, others)
        verified = record.verified_at is not None
        return PeerInfo(
            peer_id=card.identity.peer_id,
            fingerprint=record.fingerprint,
            name=card.display_name(),
            verified=verified,
            keys_changed=not verified and (record.previous_fingerprint is not None
                                           or any(other.verified and not other.is_me for other in look_alikes)),
            safety_number=str(safety_number(me, card.identity)),
            added_at=record.added_at,
            identity=card.identity,
            look_alikes=look_alikes,
            mixed_scripts=mixes_scripts(card.name),
        )

    def _with_skeletons(self) -> list[tuple[PeerRecord, str]]:
        return [(record, skeleton(record.name)) for record in self._repository.peers()]

    def _look_alikes(self, name: str, fingerprint: str,
                     others: list[tuple[PeerRecord, str]]) -> tuple[LookAlike, ...]:
        wanted = skeleton(name)
        if not wanted:
            return ()
        found = [LookAlike(other.fingerprint[:16], display_name(other.name), other.verified_at is not None)
                 for other, other_skeleton in others
                 if other_skeleton == wanted and not (fingerprint and other.fingerprint.startswith(fingerprint))]
        mine = self._record().display_name
        if mine and look_alike(mine, name):
            found.insert(0, LookAlike(self.public().peer_id, display_name(mine), True, is_me=True))
        return tuple(found)

    def look_alikes_of(self, name: str, fingerprint: str = "") -> tuple[LookAlike, ...]:
        """Peers (and me) whose name is the same as, or looks like, `name`; `fingerprint` (or an id: a prefix
        of one) is left out."""
        return self._look_alikes(name, fingerprint, self._with_skeletons())

    def add_peer(self, card_data: bytes | str) -> PeerAdded:
        """Import someone's card. New peers start unverified; no other peer's record is ever changed."""
        card = parse_card(card_data)
        me = self.public()
        fingerprint = card.identity.fingerprint.hex()
        if fingerprint == me.fingerprint.hex():
            raise InvalidValue("this is your own card")
        file_bytes = card_to_file_bytes(card)
        known = self._repository.peer(fingerprint)
        if known is not None:
            if parse_card(known.card).created_at >= card.created_at:
                return PeerAdded(self._info(known, me), "already-known")
            # The same keys with a newer card (a new name, say): verification stands.
            self._repository.update_peer_card(fingerprint, card.name, file_bytes)
            previous = "" if known.name == card.name else display_name(known.name)
            return PeerAdded(self._info(self._require(fingerprint), me), "updated", previous)
        record = PeerRecord(
            fingerprint=fingerprint, name=card.name, card=file_bytes, verified_at=None,
            previous_fingerprint=None, added_at=now_utc(),
        )
        self._repository.add_peer(record)
        info = self._info(record, me)
        return PeerAdded(info, "look-alike" if info.look_alikes else "added")

    def _require(self, fingerprint: str) -> PeerRecord:
        record = self._repository.peer(fingerprint)
        if record is None:
            raise NotFound(f"no peer {fingerprint[:16]}")
        return record

    def resolve_peer(self, prefix: str) -> str:
        """The full fingerprint for a peer id or fingerprint prefix (at least four hex digits)."""
        found = resolve_id_prefix(prefix, "peer", self._repository.peers_starting_with, ignore_inner_spaces=True,
                                  describe=lambda peer: f"{peer.fingerprint[:16]} ({display_name(peer.name)})")
        return found.fingerprint

    def peers(self) -> list[PeerInfo]:
        """Every peer, with verification state and safety number."""
        me = self.public()
        records = self._with_skeletons()
        return [self._info(record, me, records) for record, _skeleton in records]

    def peer(self, fingerprint: str) -> PeerInfo:
        """One peer by full fingerprint."""
        return self._info(self._require(fingerprint), self.public())

    def verify_peer(self, fingerprint: str, typed_digits: str) -> PeerInfo:
        """Mark a peer verified if `typed_digits` is our safety number (spaces ignored)."""
        record = self._require(fingerprint)
        card = parse_card(record.card)
        if not safety_number(self.public(), card.identity).matches(typed_digits):
            raise InvalidValue(
                "the safety number does not match: do not trust this peer until you have compared "
                "the numbers again, in person or on a call you trust"
            )
        self._repository.set_verified(fingerprint, now_utc())
        return self.peer(fingerprint)

    def unverify_peer(self, fingerprint: str) -> None:
        """Withdraw trust from a peer."""
        self._repository.set_verified(self._require(fingerprint).fingerprint, None)

    def verified_identity(self, fingerprint: str) -> PublicIdentity | None:
        """A verified peer's keys, or None when unknown or not verified."""
        record = self._repository.peer(fingerprint)
        if record is None or record.verified_at is None:
            return None
        return parse_card(record.card).identity
