"""Making a group's bundle, and importing one: all of it in one transaction, or nothing.

Bundles are incremental: for each shared item a bundle carries what the
group's other members are not known to have, learned from the state vectors
every bundle carries back (like `git bundle` prerequisites). Until a member
answers, what they may lack goes into every bundle again, so a lost bundle
costs nothing but size; a full resync is possible on request.
"""

from __future__ import annotations

import json
import logging
import secrets
import time
from collections.abc import Callable, Mapping

from amanat.app.errors import InvalidValue, NotFound, RejectedBundle, TooLargeForQuarantine
from amanat.app.items import ItemService
from amanat.app.sharing.announced_states import learn_what_sender_has
from amanat.app.sharing.bundle_reports import (
    INCLUDE,
    LEAVE_OUT,
    REFUSE,
    ExportedBundle,
    ImportReport,
    UntrustedMembers,
    count_outcomes,
)
from amanat.app.sharing.comment_checks import check_comment_changes
from amanat.app.sharing.comment_threads import CommentThreads
from amanat.app.sharing.documents import DocumentKeeper
from amanat.app.sharing.entrust import EntrustService
from amanat.app.sharing.groups import GroupService
from amanat.app.sharing.identities import IdentityService, now_utc
from amanat.app.sharing.knowledge import BundleContents, GroupKnowledge
from amanat.app.sharing.quarantine import (
    DEFAULT_LIMITS,
    DroppedBundle,
    QuarantineLimits,
    bundles_to_drop,
    quarantine_id,
)
from amanat.app.sharing.readable_export import readable_markdown
from amanat.app.sharing.vouched_bundles import Voucher
from amanat.app.store.sync_repository import BundleLogEntry, QuarantineEntry, SyncRepository
from amanat.crypto.contact_card import display_name
from amanat.crypto.identity import PublicIdentity
from amanat.sync.bundle import bundle_file_name, open_bundle, seal_bundle, seal_for_passphrase
from amanat.sync.bundle_payload import BundlePayload, base_state_digest, decode_payload, encode_payload
from amanat.sync.entrust_messages import is_entrust_payload
from amanat.sync.errors import DamagedBundle, ForgedBundle
from amanat.sync.group_log import GroupLog
from amanat.sync.hybrid_clock import HybridClock
from amanat.sync.item_document import ItemDocument
from amanat.sync.state_vector import encode_state_vector

logger = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
MIN_EXPORT_PASSPHRASE_CHARS = 12
NOTHING = encode_state_vector({})  # the state vector of someone who has nothing yet


class BundleExchange:
    """Export a group's changes as a sealed bundle; import, review and quarantine bundles."""

    def __init__(self, repository: SyncRepository, identities: IdentityService, groups: GroupService,
                 documents: DocumentKeeper, items: ItemService) -> None:
        self._repository = repository
        self._identities = identities
        self._groups = groups
        self._documents = documents
        self.comments = CommentThreads(repository, identities, items, documents)
        self._items = items
        self.quarantine_limits: QuarantineLimits = DEFAULT_LIMITS
        self.entrust: EntrustService  # set by SyncService

    # -- export -----------------------------------------------------------

    def export(self, group_id: str, *, full: bool = False, armored: bool = False,
               progress: Progress | None = None, untrusted: str = REFUSE) -> ExportedBundle:
        """Seal what the group's other members are not known to have (everything with `full`).

        Members whose keys are not verified here are refused (`UntrustedMembers`, nothing changes),
        left out of the recipients, or sealed for anyway, as `untrusted` says.
        """
        if untrusted not in (REFUSE, LEAVE_OUT, INCLUDE):
            raise InvalidValue(f"unknown choice for unverified members: {untrusted!r}")
        log = self._groups.log(group_id)
        me = self._identities.identity()
        if not any(m.identity.fingerprint == me.public.fingerprint for m in log.members):
            raise InvalidValue("you are no longer a member of this group")
        suspects = self._groups.info(group_id).untrusted_members()
        if suspects and untrusted == REFUSE:
            raise UntrustedMembers(display_name(log.name), suspects)
        left_out = suspects if untrusted == LEAVE_OUT else ()
        excluded = {bytes.fromhex(m.fingerprint) for m in left_out}
        recipients = [m.identity for m in log.members if m.identity.fingerprint not in excluded]
        if len(recipients) < 2 and len(log.members) > 1:
            raise InvalidValue("nobody else in this group is verified here: there is nobody to seal a bundle for")
        others = [r for r in recipients if r.fingerprint != me.public.fingerprint]
        knowledge = GroupKnowledge.load(self._repository.knowledge, group_id, me.public.fingerprint.hex(),
                                        [r.fingerprint.hex() for r in others])
        members = {m.identity.fingerprint.hex() for m in log.members}
        with self._repository.atomic():
            seq = self._repository.take_sequence(group_id)
            contents = self._contents(group_id, knowledge, seq, full, progress)
            ops_from = 0 if full else knowledge.ops_from(len(log.ops))
            acks = {member: n for member, n in knowledge.applied.items() if member in members}
            news = contents.news or knowledge.acks_advanced(acks)
            if news:  # what I tell the others now: the acknowledgements my next bundle need not repeat
                self._repository.knowledge.save_report(group_id, knowledge.me, seq, len(log.ops), acks)
            # A bundle that carries every item whole is full, whether asked for or not (the first one of a group).
            whole = len(contents.documents) == contents.items and set(contents.bases.values()) <= {NOTHING}
            payload = BundlePayload(group_ops=log.ops[ops_from:], documents=contents.documents,
                                    states=contents.states, since=contents.since, full=full or whole,
                                    ops_from=ops_from, acks=acks, trusting=tuple(sorted(knowledge.trusted)),
                                    holds=tuple(sorted(contents.holds)))
            bundle_id = secrets.token_bytes(16)
            data = seal_bundle(
                me, recipients, group_id=bytes.fromhex(group_id), seq=seq, created=int(time.time()),
                base_state=base_state_digest(contents.bases), payload=encode_payload(payload), armored=armored,
                bundle_id=bundle_id,
            )
            self._repository.log_bundle(BundleLogEntry(
                bundle_id=bundle_id.hex(), direction="sent", group_id=group_id, peer="", seq=seq, at=now_utc(),
                summary=json.dumps({"items": len(contents.documents), "bytes": len(data), "full": payload.full,
                                    "left_out": [m.peer_id for m in left_out]}),
            ))
        return ExportedBundle(
            data=data, file_name=bundle_file_name(), bundle_id=bundle_id.hex(), group_id=group_id,
            items=len(contents.documents), recipients=tuple(r.peer_id for r in recipients), left_out=left_out,
            untrusted_included=suspects if untrusted == INCLUDE else (), news=news or full,
        )

    def _contents(self, group_id: str, knowledge: GroupKnowledge, seq: int, full: bool,
                  progress: Progress | None) -> BundleContents:
        """Per shared item, what the bundle carries (see GroupKnowledge.plan); records what it announces."""
        item_ids = self._repository.shared_items(group_id)
        clock = self._identities.clock()
        contents = BundleContents(items=len(item_ids))
        records: list[tuple[str, bytes, int]] = []
        min_ack = knowledge.min_ack()
        voucher = Voucher(self._repository.knowledge, group_id)
        for done, item_id in enumerate(item_ids):
            vector = self._documents.state_vector(item_id, clock)
            plan = knowledge.plan_full(item_id, vector) if full else knowledge.plan(item_id, vector, min_ack)
            if plan.include:
                contents.documents[item_id] = self._documents.refresh(item_id, clock).update_since(plan.base)
                contents.bases[item_id] = plan.base
            contents.news = contents.news or plan.include or plan.fresh
            if plan.announce and (plan.include or not voucher.vouch(item_id, vector)):
                contents.states[item_id] = vector
                contents.since[item_id] = plan.since or seq
            if plan.record is not None:
                records.append((item_id, plan.record, 0 if plan.on_trust else seq))
            if progress is not None:
                progress(done + 1, len(item_ids))
        contents.holds = voucher.holds
        self._identities.save_clock(clock)
        self._repository.knowledge.set_own_vectors(group_id, records)
        self._repository.knowledge.set_floors(group_id, knowledge.new_floors)
        return contents

    def export_readable(self, group_id: str, passphrase: str, *, armored: bool = False,
                        with_comments: bool = False) -> bytes:
        """The group's live shared items as Markdown in an age file for a passphrase (see readable_export).

        Comments are left out unless `with_comments`."""
        if len(passphrase) < MIN_EXPORT_PASSPHRASE_CHARS:
            raise InvalidValue(f"use a passphrase of at least {MIN_EXPORT_PASSPHRASE_CHARS} characters for an export")
        info = self._groups.info(group_id)
        items = [self._items.get(i) for i in info.shared_items if not self._items.is_in_trash(i)]
        threads = {item.id: self.comments.threads(item.id) for item in items} if with_comments else None
        text = readable_markdown(info.name, items, now_utc(), threads)
        return seal_for_passphrase(text.encode("utf-8"), passphrase, armored=armored)

    def forget_member_states(self) -> None:
        """Next bundles carry everything again (after a member restored an old backup, say)."""
        self._repository.forget_member_states()

    # -- import -----------------------------------------------------------

    def preview(self, data: bytes) -> ImportReport:
        """What importing would do (status 'preview' when it would apply), without changing anything."""
        return self.import_bundle(data, apply=False)

    def import_bundle(self, data: bytes, *, from_quarantine: str | None = None, apply: bool = True) -> ImportReport:
        """Check a bundle and apply it in one transaction, quarantine it, or refuse it (vault unchanged).

        With `apply=False` everything runs, then the transaction is rolled back (see `preview`):
        the report says what would happen, and the vault is as it was.
        """
        me = self._identities.identity()
        opened = open_bundle(data, me)
        if is_entrust_payload(opened.payload):
            return self.entrust.receive(opened, apply=apply)  # a recovery share (app/sharing/entrust.py)
        header = opened.header
        sender = header.sender
        bundle_id = header.bundle_id.hex()
        group_id = header.group_id.hex()
        sender_fp = sender.fingerprint.hex()
        if sender.fingerprint == me.public.fingerprint:
            return ImportReport("own", bundle_id, group_id, self._group_name(group_id), sender.peer_id,
                                self._identities.display_name(), reason="this is a bundle you sent")
        if self._repository.bundle_seen(sender_fp, bundle_id):
            if from_quarantine:
                self._repository.release_from_quarantine(from_quarantine)
            return ImportReport("already-imported", bundle_id, group_id, self._group_name(group_id),
                                sender.peer_id, self._peer_name(sender_fp), reason="this bundle was imported before")
        payload = decode_payload(opened.payload)
        if any(since > header.seq for since in payload.since.values()):
            raise DamagedBundle("the bundle dates a state vector after the bundle itself")
        bundle_log = self._bundle_log(group_id, payload)
        if bundle_log.group_id != header.group_id:
            raise RejectedBundle("the bundle's group log belongs to another group")
        trusted = self._identities.verified_identity(sender_fp)
        if trusted is None:
            return self._quarantine(data, group_id, sender, bundle_log, from_quarantine if apply else "preview")
        log = self._checked_log(group_id, sender, trusted, header.seq, bundle_log, me.public)
        shared_here = set(self._repository.shared_items(group_id))
        clock = self._identities.clock()
        source = f"{self._peer_name(sender_fp)} · {sender.peer_id}"
        with self._repository.atomic() as import_transaction:
            if not apply:
                import_transaction.rollback_on_exit()  # a preview: everything below runs, none of it is kept
            self._repository.save_group(group_id, log.ops, now_utc())
            authors = {m.identity.fingerprint.hex() for m in log.everyone} | {me.public.fingerprint.hex()}
            outcomes, titles, kinds = self._write_items(group_id, payload.documents, shared_here, clock, source,
                                                        authors)
            learn_what_sender_has(self._repository, group_id, sender_fp, header.seq, header.payload_sha256.hex(),
                                  payload, shared_here, me.public.fingerprint.hex(), source)  # step 36 and more
            self._identities.save_clock(clock)
            self._repository.log_bundle(BundleLogEntry(
                bundle_id=bundle_id, direction="received", group_id=group_id, peer=sender_fp, seq=header.seq,
                at=now_utc(), summary=json.dumps(count_outcomes(outcomes)),
                recipients=" ".join(f.hex() for f in header.recipients) if payload.full else "",
                trusted_me=me.public.fingerprint.hex() in payload.trusting,
            ))
            if from_quarantine:
                self._repository.release_from_quarantine(from_quarantine)
        return ImportReport("applied" if apply else "preview", bundle_id, group_id, log.name, sender.peer_id,
                            self._peer_name(sender_fp), outcomes, titles=titles, kinds=kinds, sender_verified=True)

    def _checked_log(self, group_id: str, sender: PublicIdentity, trusted: PublicIdentity, seq: int,
                     bundle_log: GroupLog, me: PublicIdentity) -> GroupLog:
        """The group's log with the bundle's merged in, once the verified sender may write to it (else refused)."""
        sender_fp = sender.fingerprint.hex()
        if trusted != sender:
            raise RejectedBundle("the sender's keys do not match the ones you verified")
        if self._repository.sender_sequence_taken(sender_fp, group_id, seq):
            raise ForgedBundle("another bundle from this sender already used this sequence number")
        log = self._merged_log(group_id, bundle_log)
        member_fps = {m.identity.fingerprint for m in log.members}
        if sender.fingerprint not in member_fps:
            raise RejectedBundle(f"{self._peer_name(sender_fp)} is not a member of the group {log.name!r}")
        if me.fingerprint not in member_fps:
            raise RejectedBundle(f"you are not a member of the group {log.name!r}")
        return log

    def _write_items(self, group_id: str, documents: Mapping[str, bytes], shared_here: set[str], clock: HybridClock,
                     source: str, authors: set[str]) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
        """Merge and write back each item the bundle carries; (outcomes, titles, kinds) by item id."""
        outcomes: dict[str, str] = {}
        titles: dict[str, str] = {}
        kinds: dict[str, str] = {}
        # One item at a time: at most one merged document is held in memory (finding 12).
        for item_id, update in documents.items():
            document, comments_before = self._merge(item_id, update, shared_here, clock)
            check_comment_changes(item_id, comments_before, document, authors)
            try:
                outcomes[item_id] = self._documents.write_back(item_id, document, source)
            except InvalidValue as error:
                raise RejectedBundle(f"the bundle carries an item that is not valid: {error}") from None
            item = self._items.get(item_id)
            titles[item_id], kinds[item_id] = item.title, item.kind
            self._repository.share(group_id, item_id, now_utc())
        return outcomes, titles, kinds

    def _bundle_log(self, group_id: str, payload: BundlePayload) -> GroupLog:
        """The group log a bundle stands on: what it carries, after the first `ops_from` ops stored here."""
        if payload.ops_from == 0:
            return GroupLog.from_ops(payload.group_ops)
        record = self._repository.group(group_id)
        if record is None or len(record.ops) < payload.ops_from:
            raise RejectedBundle("this bundle continues a group history this vault does not have: ask its sender "
                                 "for a full bundle (sync export --full)")
        return GroupLog.from_ops(record.ops[:payload.ops_from] + payload.group_ops)

    def _merged_log(self, group_id: str, bundle_log: GroupLog) -> GroupLog:
        record = self._repository.group(group_id)
        if record is None:
            return bundle_log
        return GroupLog.from_ops(record.ops).merge(bundle_log.ops)

    def _merge(self, item_id: str, update: bytes, shared_here: set[str],
               clock: HybridClock) -> tuple[ItemDocument, dict[str, str]]:
        """The merged document and its comment records before the merge."""
        if item_id in shared_here:
            document = self._documents.refresh(item_id, clock)
            before = document.comment_records()
            document.apply_update(update, clock)
            return document, before
        if self._documents.stored(item_id) is not None or self._item_exists(item_id):
            raise RejectedBundle("the bundle names an item of yours that this group does not share")
        return ItemDocument.from_update(update, clock=clock), {}  # the clock moves past the stamps it carries

    def _item_exists(self, item_id: str) -> bool:
        try:
            self._items.get(item_id)
        except NotFound:
            return False
        return True

    def _quarantine(self, data: bytes, group_id: str, sender: PublicIdentity, bundle_log: GroupLog,
                    from_quarantine: str | None) -> ImportReport:
        known = self._repository.peer_rows.peer(sender.fingerprint.hex())
        name = self._peer_name(sender.fingerprint.hex()) if known else _name_in_log(bundle_log, sender)
        reason = ("the sender is not verified yet: compare safety numbers, then import it from the quarantine"
                  if known else "the sender is a stranger: nobody you added has these keys")
        limit = self.quarantine_limits.bytes_per_sender
        if from_quarantine in (None, "preview") and len(data) > limit:
            raise TooLargeForQuarantine(
                f"this bundle is too large to keep in the quarantine (over {limit // 1_000_000} MB) and was not "
                "kept: verify its sender first (compare safety numbers), then import the file again")
        dropped: tuple[DroppedBundle, ...] = ()
        if from_quarantine is None:  # "preview" passes a value: nothing is stored
            entry_id = quarantine_id(data)
            with self._repository.atomic():
                if self._repository.quarantine(QuarantineEntry(
                    id=entry_id, received_at=now_utc(), sender=sender.fingerprint.hex(),
                    sender_name=name, group_id=group_id, reason=reason, bundle=data,
                )):
                    dropped = self._make_room(entry_id)
                else:
                    reason += " (this bundle was already in the quarantine; it is kept once)"
        return ImportReport("quarantined", "", group_id, bundle_log.name, sender.peer_id, name, reason=reason,
                            dropped=dropped)

    def _make_room(self, newest_id: str) -> tuple[DroppedBundle, ...]:
        """Delete the quarantined bundles that must give way to the newest one (see amanat.app.sharing.quarantine)."""
        entries = self._repository.quarantine_sizes()
        doomed = bundles_to_drop(entries, newest_id, self.quarantine_limits,
                                 lambda sender: self._repository.peer_rows.peer(sender) is not None)
        for entry in doomed:
            self._repository.release_from_quarantine(entry.id)
        if doomed:
            logger.info("The quarantine was full: %d older bundles were deleted.", len(doomed))
        return tuple(DroppedBundle(e.sender, e.sender_name, e.received_at) for e in doomed)

    def quarantined(self) -> list[QuarantineEntry]:
        """Bundles kept until their senders are verified."""
        return self._repository.quarantined()

    def import_from_quarantine(self, entry_id: str) -> ImportReport:
        """Try a quarantined bundle again (after verifying its sender)."""
        for entry in self._repository.quarantined():
            if entry.id == entry_id:
                return self.import_bundle(entry.bundle, from_quarantine=entry_id)
        raise InvalidValue(f"nothing in quarantine with id {entry_id}")

    def discard_from_quarantine(self, entry_id: str) -> None:
        """Delete a quarantined bundle without applying it."""
        self._repository.release_from_quarantine(entry_id)

    def file_seen(self, digest: str) -> bool:
        """True when a bundle file with this SHA-256 was read from an exchange folder before."""
        return self._repository.file_seen(digest)

    def remember_file(self, digest: str) -> None:
        """Do not offer this bundle file again."""
        self._repository.remember_file(digest, now_utc())

    def history(self, limit: int = 500) -> list[BundleLogEntry]:
        """Bundles sent and received, newest first."""
        return self._repository.bundle_log(limit)

    def _group_name(self, group_id: str) -> str:
        record = self._repository.group(group_id)
        return GroupLog.from_ops(record.ops).name if record else ""

    def _peer_name(self, fingerprint: str) -> str:
        record = self._repository.peer_rows.peer(fingerprint)
        return record.name if record else ""


def _name_in_log(log: GroupLog, identity: PublicIdentity) -> str:
    for member in log.members:
        if member.identity.fingerprint == identity.fingerprint:
            return member.name
    return ""
