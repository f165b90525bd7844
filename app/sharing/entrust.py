"""Entrusting the vault to colleagues: making a set of shares, holding others' shares, answering requests.

The owner picks k of n verified contacts. A fresh random secret wraps the vault key in the key
file's `entrust` slot (replacing an older set: its shares stop working); the secret is split into
n SLIP-39 shares (crypto/entrust_shares.py), each sealed for one holder in a bundle. A holder keeps
shares apart from items (the `entrust_held` table) and gives one back only to a recovery request
(sync/entrust_messages.py) after typing the safety number the owner reads to them. The recovering
side, on the owner's new computer, is app/entrust_recovery.py.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from amanat.app.errors import InvalidValue
from amanat.app.key_slots import KeySlots
from amanat.app.sharing.bundle_reports import ImportReport
from amanat.app.sharing.identities import IdentityService, now_utc
from amanat.app.store.entrust_rows import EntrustRows, EntrustSetRecord, HeldShareRecord
from amanat.crypto.entrust_shares import (
    ENTRUST_SECRET_BYTES,
    EntrustTerms,
    check_share,
    share_digest,
    split_secret,
)
from amanat.crypto.errors import DamagedInput
from amanat.crypto.identity import PublicIdentity
from amanat.crypto.keyfile import KIND_ENTRUST, KeyFile
from amanat.crypto.safety_number import SafetyNumber, recovery_number
from amanat.crypto.secret_bytes import SecretBytes
from amanat.sync.bundle import OpenedBundle, bundle_file_name, seal_bundle
from amanat.sync.entrust_messages import (
    AnswerMessage,
    RecoveryRequest,
    ShareMessage,
    decode_entrust,
    encode_answer,
    encode_share,
    parse_request,
)

NO_BASE_STATE = bytes(32)  # entrust bundles carry no items: their envelope's base_state is all zeros
CLOCK_SLACK = 24 * 3600  # a request dated up to a day ahead of this computer's clock is accepted


class EntrustRefused(DamagedInput):
    """A share, request or answer that Amanat will not take; the message says why. Nothing was changed.

    `reason` is a short code the window turns into a translated sentence (app/ui/widgets/entrust_text.py).
    """

    reason = ""

    @classmethod
    def because(cls, reason: str, message: str) -> EntrustRefused:
        """The error, with its reason code."""
        error = cls(message)
        error.reason = reason
        return error


def month_of(created: int) -> str:
    """'2026-12': how a set is named to people."""
    return datetime.fromtimestamp(created, UTC).strftime("%Y-%m")


@dataclass(frozen=True)
class ShareBundle:
    """One holder's share, sealed for them: a bundle file to hand over like any other."""

    holder: str  # fingerprint, hex
    holder_name: str
    file_name: str
    data: bytes


@dataclass(frozen=True)
class EntrustedSet:
    """A set of shares as the owner sees it."""

    set_id: str
    created: int
    threshold: int
    shares: int
    holders: tuple[tuple[str, str], ...]  # (fingerprint, name)
    current: bool  # the key file's entrust slot is this set's
    bundles: tuple[ShareBundle, ...] = ()  # only right after it was made


@dataclass(frozen=True)
class RequestReview:
    """A recovery request a holder opened: whose vault it asks for, and the number to compare."""

    request: RecoveryRequest
    held: HeldShareRecord
    number: SafetyNumber


@dataclass(frozen=True)
class Answer:
    """A holder's share sealed to a request's one-time identity."""

    file_name: str
    data: bytes
    owner_name: str


class EntrustService:
    """The owner's sets and the holder's shares, on one connection."""

    def __init__(self, rows: EntrustRows, identities: IdentityService) -> None:
        self._rows = rows
        self._identities = identities

    # -- the owner --------------------------------------------------------

    def _holders(self, holders: Sequence[str]) -> list[tuple[str, str, PublicIdentity]]:
        me = self._identities.public().fingerprint.hex()
        chosen: list[tuple[str, str, PublicIdentity]] = []
        for fingerprint in holders:
            identity = self._identities.verified_identity(fingerprint)
            if fingerprint == me:
                raise InvalidValue("you cannot hold a share of your own vault")
            if identity is None:
                raise InvalidValue(f"{self._identities.peer(fingerprint).name} is not verified yet: compare "
                                   "safety numbers first")
            if any(fingerprint == c[0] for c in chosen):
                raise InvalidValue("each holder can be chosen only once")
            chosen.append((fingerprint, self._identities.peer(fingerprint).name, identity))
        return chosen

    def create(self, keys: KeySlots, threshold: int, holders: Sequence[str], *, armored: bool = False) -> EntrustedSet:
        """A new set: k = `threshold` of the verified contacts `holders`; the old set stops working."""
        chosen = self._holders(holders)
        if not 2 <= threshold <= len(chosen) <= 16:
            raise InvalidValue("choose 2 to 16 verified contacts, and a number of them from 2 to all of them")
        secret = SecretBytes(secrets.token_bytes(ENTRUST_SECRET_BYTES))
        try:
            shares = split_secret(secret, threshold, len(chosen))
            set_id, created = secrets.token_hex(16), int(time.time())
            terms = EntrustTerms(set_id, threshold, len(chosen), created,
                                 tuple(share_digest(set_id, share) for share in shares))
            key_file = keys.key_file.with_entrust(keys.require_key(), secret, terms)
        finally:
            secret.wipe()
        bundles = self._seal_shares(key_file.vault_id, terms, chosen, shares, armored)
        holders_named = tuple((fingerprint, name) for fingerprint, name, _ in chosen)
        with self._rows.atomic():
            record = EntrustSetRecord(set_id, created, threshold, len(chosen), holders_named, None)
            self._rows.add_set(record, now_utc())
            keys.save(key_file)  # last: if it fails, the transaction is rolled back and the old set stays
        return EntrustedSet(set_id, created, threshold, len(chosen), holders_named, True, tuple(bundles))

    def _seal_shares(self, vault_id: str, terms: EntrustTerms, chosen: list[tuple[str, str, PublicIdentity]],
                     shares: list[str], armored: bool) -> list[ShareBundle]:
        """One bundle per holder, sealed for them alone; its envelope's group id is the set's id."""
        me, owner_name = self._identities.identity(), self._identities.display_name()
        bundles = []
        for index, ((fingerprint, name, identity), share) in enumerate(zip(chosen, shares, strict=True)):
            message = ShareMessage(vault_id, terms.set_id, owner_name, terms.threshold, terms.shares, terms.created,
                                   share)
            data = seal_bundle(me, [identity], group_id=bytes.fromhex(terms.set_id), seq=index + 1,
                               created=terms.created, base_state=NO_BASE_STATE, payload=encode_share(message),
                               armored=armored)
            bundles.append(ShareBundle(fingerprint, name, bundle_file_name(), data))
        return bundles

    def withdraw(self, keys: KeySlots) -> None:
        """Remove the entrust slot: no set of shares opens the vault any more."""
        keys.save(keys.key_file.without(KIND_ENTRUST))
        self._rows.retire_sets(now_utc())

    def sets(self, key_file: KeyFile) -> list[EntrustedSet]:
        """Every set made, newest first; `current` is the one the key file's slot opens with."""
        terms = key_file.entrust_terms()
        current = terms.set_id if terms is not None else None
        return [EntrustedSet(r.set_id, r.created, r.threshold, r.shares, r.holders, r.set_id == current)
                for r in self._rows.sets()]

    # -- the holder -------------------------------------------------------

    def receive(self, opened: OpenedBundle, *, apply: bool = True) -> ImportReport:
        """Keep the share an opened bundle carries (status 'entrusted'), or refuse it; nothing else changes."""
        header, sender = opened.header, opened.header.sender
        message = decode_entrust(opened.payload)
        sender_fp = sender.fingerprint.hex()
        if sender.fingerprint == self._identities.public().fingerprint:
            return ImportReport("own", header.bundle_id.hex(), header.group_id.hex(), "", sender.peer_id,
                                self._identities.display_name(), reason="this is a recovery share you sent")
        if not isinstance(message, ShareMessage):
            raise EntrustRefused.because("answer-as-bundle",
                                         "this is an answer to a recovery request: open it on the computer that "
                                         "made the request, with Recover with my colleagues")
        if header.group_id.hex() != message.set_id:
            raise EntrustRefused.because("envelope-mismatch",
                                         "this recovery share's envelope and content disagree; it was not made "
                                         "by Amanat")
        trusted = self._identities.verified_identity(sender_fp)
        if trusted is None:
            raise EntrustRefused.because("sender-unverified",
                                         "this recovery share comes from someone you have not verified; compare safety "
                                         "numbers with them first, then import it again")
        if trusted != sender:
            raise EntrustRefused.because("keys-differ",
                                         "the sender's keys do not match the ones you verified")
        share = check_share(message.share)
        name = self._identities.peer(sender_fp).name
        label = f"{name} (set of {month_of(message.created)}, {message.threshold} of {message.shares})"
        report = ImportReport("entrusted" if apply else "preview", header.bundle_id.hex(), message.set_id, "",
                              sender.peer_id, name, reason=f"You hold a recovery share for {label}",
                              sender_verified=True, entrusted=label)
        if self._rows.holds(sender_fp, message.set_id):
            return ImportReport("already-imported", report.bundle_id, message.set_id, "", sender.peer_id, name,
                                reason="you hold this recovery share already")
        if self._rows.newer_set_held(sender_fp, message.vault_id, message.created):
            raise EntrustRefused.because("newer-set-held",
                                         f"you already hold a share of a newer set from {name}; this one was replaced")
        if apply:
            self._rows.hold(HeldShareRecord(sender_fp, message.set_id, message.vault_id, message.owner_name,
                                            message.threshold, message.shares, message.created, share, now_utc(), None))
        return report

    def held(self) -> list[HeldShareRecord]:
        """The shares this vault holds for others, newest first."""
        return self._rows.held()

    def review_request(self, text: str | bytes, *, now: int | None = None) -> RequestReview:
        """Check a recovery request against the shares held here; EntrustRefused if it asks for none of them."""
        request = parse_request(text)
        now = int(time.time()) if now is None else now
        if now > request.expires:
            raise EntrustRefused.because("request-expired",
                                         f"this recovery request expired on {_day(request.expires)}; ask for a new one")
        if request.created > now + CLOCK_SLACK:
            raise EntrustRefused.because("request-future",
                                         "this recovery request is dated in the future; check this computer's clock")
        held = self._rows.held_for(request.vault_id, request.set_id)
        newer = next((h for h in self._rows.held() if h.vault_id == request.vault_id), None)
        if held is None and newer is not None:
            raise EntrustRefused.because("request-replaced-set",
                                         f"this request asks for a set of shares that {newer.owner_name} replaced; "
                                         "your share belongs to the newer set and cannot open this old copy of the "
                                         "vault")
        if held is None:
            raise EntrustRefused.because("request-not-held",
                                         "you hold no recovery share for this request. It may come from someone "
                                         "pretending to be a colleague: do not answer it")
        return RequestReview(request, held, recovery_number(request.identity))

    def answer(self, text: str | bytes, typed_number: str, *, armored: bool = False,
               now: int | None = None) -> Answer:
        """The share, sealed to the request's one-time identity, once `typed_number` is its safety number."""
        review = self.review_request(text, now=now)
        if not review.number.matches(typed_number):
            raise EntrustRefused.because("number-mismatch",
                                         "the safety number you typed is not this request's: do not send your share. "
                                         "Call the owner on a number you know and compare again")
        held, request = review.held, review.request
        message = AnswerMessage(held.vault_id, held.set_id, self._identities.display_name(),
                                request.identity.fingerprint.hex(), held.share)
        data = seal_bundle(self._identities.identity(), [request.identity], group_id=bytes.fromhex(held.set_id),
                           seq=1, created=int(time.time()), base_state=NO_BASE_STATE,
                           payload=encode_answer(message), armored=armored)
        self._rows.mark_answered(held.owner, held.set_id, now_utc())
        return Answer(bundle_file_name(), data, held.owner_name)


def _day(timestamp: int) -> str:
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d %H:%M UTC")
