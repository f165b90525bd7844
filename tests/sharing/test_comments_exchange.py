"""Comment threads on real vaults: written, merged through bundles, and what a malicious member cannot do."""

from __future__ import annotations

import secrets
from dataclasses import replace

import pytest
from pycrdt import Doc, Map

from amanat.app.errors import InvalidValue
from amanat.app.models import Note
from amanat.app.sharing.comment_checks import CommentsRefused
from amanat.crypto.identity import Identity
from amanat.sync.comments import MAX_BODY_CHARS, ForgedComment, sign_record
from amanat.sync.hybrid_clock import HybridClock
from amanat.sync.item_document import ItemDocument
from tests.sharing.conftest import Member, Workshop, vault_fingerprint

BODY = "گزارش جلسه‌ی ژنو درباره‌ی وضعیت مدافعان حقوق بشر در هرات و کابل."
PASSAGE = "مدافعان حقوق بشر"


def shared_note(workshop: Workshop, body: str = BODY) -> Note:
    admin = workshop.admin
    note = admin.vault.items.add_note("گزارش", body)
    admin.sync.groups.share(workshop.group_id, note.id)
    return note


def comment_on(member: Member, note_id: str, passage: str, body: str):  # type: ignore[no-untyped-def]
    text = member.vault.items.get(note_id).body  # type: ignore[attr-defined]
    start = text.index(passage)
    return member.sync.comments.start(note_id, "body", start, start + len(passage), body)


def passage_of(member: Member, note_id: str, thread_id: str) -> str:
    thread = next(t for t in member.sync.comments.threads(note_id) if t.id == thread_id)
    assert thread.passage is not None
    body = member.vault.items.get(note_id).body  # type: ignore[attr-defined]
    return str(body[thread.passage[0]:thread.passage[1]])


def send(sender: Member, group_id: str, *receivers: Member) -> None:
    data = sender.export(group_id)
    for receiver in receivers:
        assert receiver.receive(data).status == "applied"


def test_a_thread_travels_and_names_its_author(workshop: Workshop) -> None:
    mariam, farid, zahra = workshop.members
    note = shared_note(workshop)
    thread = comment_on(mariam, note.id, PASSAGE, "منبع این جمله؟")
    assert thread.comments[0].mine and thread.comments[0].author_name == "Mariam"
    send(mariam, workshop.group_id, farid, zahra)
    (seen,) = farid.sync.comments.threads(note.id)
    assert seen.comments[0].author == mariam.fingerprint and seen.comments[0].author_name == "Mariam"
    assert not seen.comments[0].mine and not seen.resolved
    assert passage_of(farid, note.id, seen.id) == PASSAGE
    farid.sync.comments.reply(note.id, seen.id, "از گزارش سازمان ملل")
    farid.sync.comments.set_resolved(note.id, seen.id, True)
    send(farid, workshop.group_id, mariam, zahra)
    for member in workshop.members:
        (merged,) = member.sync.comments.threads(note.id)
        assert [c.author_name for c in merged.comments] == ["Mariam", "Farid"]
        assert merged.resolved and merged.state_by is not None and merged.state_by.author_name == "Farid"


def test_concurrent_edits_and_comments_merge_without_loss(workshop: Workshop) -> None:
    mariam, farid, zahra = workshop.members
    note = shared_note(workshop)
    send(mariam, workshop.group_id, farid, zahra)
    comment_on(mariam, note.id, PASSAGE, "یک")
    comment_on(farid, note.id, "هرات", "دو")
    current = farid.vault.items.get(note.id)
    farid.vault.items.save(replace(current, body="پیش‌نویس: " + current.body.replace("حقوق", "حقوقِ")))
    current = zahra.vault.items.get(note.id)
    zahra.vault.items.save(replace(current, body=current.body.replace("کابل", "کابل 😀")))
    comment_on(zahra, note.id, "وضعیت", "سه")
    bundles = [m.export(workshop.group_id) for m in workshop.members]
    for index, member in enumerate(workshop.members):
        for other, data in enumerate(bundles):
            if other != index:
                member.receive(data)
    expected = {"یک": "مدافعان حقوقِ بشر", "دو": "هرات", "سه": "وضعیت"}
    for member in workshop.members:
        threads = member.sync.comments.threads(note.id)
        assert {t.comments[0].body: passage_of(member, note.id, t.id) for t in threads} == expected


def test_limits_refuse_before_writing(workshop: Workshop) -> None:
    mariam = workshop.admin
    note = mariam.vault.items.add_note("یادداشت", BODY)
    with pytest.raises(InvalidValue):
        comment_on(mariam, note.id, PASSAGE, "ب" * (MAX_BODY_CHARS + 1))
    with pytest.raises(InvalidValue):
        comment_on(mariam, note.id, PASSAGE, "   ")
    with pytest.raises(InvalidValue):
        mariam.sync.comments.start(note.id, "body", 5, 5, "nothing selected")
    assert mariam.sync.comments.threads(note.id) == []


def test_an_unshared_note_keeps_its_comments_and_loses_them_when_purged(workshop: Workshop) -> None:
    mariam = workshop.admin
    note = mariam.vault.items.add_note("یادداشت", BODY)
    thread = comment_on(mariam, note.id, PASSAGE, "خصوصی")
    mariam.vault.items.save(replace(mariam.vault.items.get(note.id), body="سرآغاز " + BODY))
    assert passage_of(mariam, note.id, thread.id) == PASSAGE
    mariam.vault.items.delete(note.id)
    mariam.vault.items.purge(note.id)
    assert mariam.sync.documents.stored(note.id) is None


def _tampered_bundle(workshop: Workshop, note_id: str, change) -> bytes:  # type: ignore[no-untyped-def]
    """Farid, malicious, changes his copy of the document directly, then exports as usual."""
    farid = workshop.members[1]
    document = farid.sync.documents.refresh(note_id)
    doc = Doc()
    doc.apply_update(document.encode())
    change(doc)
    edits: Map[int] = doc.get("edits", type=Map)
    edits[str(doc.client_id)] = 1  # as _mark_edit does: a deletion alone would not advance the state vector
    farid.sync.documents.keep(note_id, ItemDocument.from_update(doc.get_update()))
    return farid.export(workshop.group_id)


def _forged(author: Identity, note_id: str, body: str = "جعلی") -> tuple[str, str]:
    record_id = secrets.token_hex(16)
    record = sign_record(author, record_id=record_id, item=note_id, kind="reply", thread=THREAD[0], body=body,
                         at=HybridClock("x").now())
    return record_id, record.encode()


THREAD: list[str] = []


@pytest.mark.parametrize("attack", ["in_mariams_name", "edit_mariams", "delete_mariams", "outsider", "other_item"])
def test_a_malicious_member_cannot_forge_edit_or_delete_comments(workshop: Workshop, attack: str) -> None:
    mariam, farid, zahra = workshop.members
    note = shared_note(workshop)
    thread = comment_on(mariam, note.id, PASSAGE, "نظر مریم")
    THREAD[:] = [thread.id]
    send(mariam, workshop.group_id, farid, zahra)
    stored = farid.sync.documents.stored(note.id)
    assert stored is not None
    original = stored.comment_records()[thread.id]

    def change(doc: Doc) -> None:  # type: ignore[type-arg]
        records: Map[str] = doc.get("comments", type=Map)
        if attack == "in_mariams_name":  # Farid's text, Mariam's keys, Farid's signature
            record_id, text = _forged(farid.vault.sync.identities.identity(), note.id)
            records[record_id] = text.replace(
                _key(farid, "signing"), _key(mariam, "signing")).replace(_key(farid, "age"), _key(mariam, "age"))
        elif attack == "edit_mariams":
            records[thread.id] = original.replace("نظر مریم", "نظر عوض‌شده")
        elif attack == "delete_mariams":
            del records[thread.id]
        elif attack == "outsider":  # signed properly, by someone never in the group
            record_id, text = _forged(Identity.generate(), note.id)
            records[record_id] = text
        else:  # Mariam's real record from another item, replayed here
            other = mariam.vault.items.add_note("دیگر", BODY)
            replayed = comment_on(mariam, other.id, PASSAGE, "برای یادداشت دیگر")
            text = mariam.sync.documents.stored(other.id).comment_records()[replayed.id]  # type: ignore[union-attr]
            records[replayed.id] = text
    data = _tampered_bundle(workshop, note.id, change)
    before = vault_fingerprint(zahra.vault)
    expected = CommentsRefused if attack in ("edit_mariams", "delete_mariams") else ForgedComment
    with pytest.raises(expected):
        zahra.receive(data)
    assert vault_fingerprint(zahra.vault) == before
    (kept,) = zahra.sync.comments.threads(note.id)
    assert kept.comments[0].body == "نظر مریم"


def _key(member: Member, which: str) -> str:
    from amanat.crypto.encoding import encode_base64

    public = member.sync.identities.public()
    return encode_base64(public.signing_key if which == "signing" else public.age_key)


def test_the_readable_export_leaves_comments_out_unless_asked(workshop: Workshop) -> None:
    from amanat.crypto.age import ScryptIdentity, decrypt

    mariam = workshop.admin
    note = shared_note(workshop)
    comment_on(mariam, note.id, PASSAGE, "نظر محرمانه")
    passphrase = "correct horse battery staple"
    plain = decrypt(mariam.sync.exchange.export_readable(workshop.group_id, passphrase),
                    [ScryptIdentity(passphrase)], max_plaintext=2**24).decode("utf-8")
    assert BODY in plain and "نظر محرمانه" not in plain
    plain = decrypt(mariam.sync.exchange.export_readable(workshop.group_id, passphrase, with_comments=True),
                    [ScryptIdentity(passphrase)], max_plaintext=2**24).decode("utf-8")
    assert "> " + PASSAGE in plain and "Mariam (me)" in plain and "نظر محرمانه" in plain
