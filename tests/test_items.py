"""Notes, contacts and drafts through the vault's one write path, on the real SQLCipher."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest

from amanat.app.action_rows import is_row_id
from amanat.app.errors import InvalidValue, NotFound
from amanat.app.models import ActionRow, Contact, Draft, Note
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE


def test_a_note_survives_lock_and_unlock(vault: Vault, vault_dir: Path) -> None:
    note = vault.items.add_note("جلسهٔ کابل", "# گزارش\nمتن **مهم**", tags=["کار", " کار ", "UN"], pinned=True)
    assert note.tags == ("کار", "UN") and note.revision == 1
    vault.close()
    with Vault.unlock(vault_dir, PASSPHRASE) as reopened:
        again = reopened.items.get(note.id)
        assert again == note
        assert [h.id for h in reopened.items.list("note")] == [note.id]
        assert reopened.items.tags() == [("UN", 1), ("کار", 1)]


def test_contact_keeps_every_field(vault: Vault) -> None:
    contact = Contact(
        id="", display_name="Mariam", alias="M.", organisation="Women's Network", role="coordinator",
        country="Afghanistan", city="Herat",
        channels=(("email", "m@example.org"), ("signal", "+93 700 000 000")),
        preferred_channel="signal", never_contact_via=("whatsapp", "phone"), risk_level="high",
        notes="Only after 18:00 Kabul time", tags=("partners",),
    )
    stored = vault.items.add(contact)
    assert isinstance(stored, Contact)
    assert replace(vault.items.get(stored.id), created_at="", updated_at="", revision=0) == replace(
        contact, id=stored.id
    )
    assert stored.channel("signal") == "+93 700 000 000"


@pytest.mark.parametrize(
    "change",
    [
        {"risk_level": "extreme"},
        {"preferred_channel": "pigeon"},
        {"never_contact_via": ("fax",)},
        {"channels": (("email", "a"), ("email", "b"))},
        {"preferred_channel": "phone", "never_contact_via": ("phone",)},
        {"display_name": "  "},
    ],
)
def test_invalid_contacts_are_refused_and_nothing_is_stored(vault: Vault, change: dict) -> None:
    with pytest.raises(InvalidValue):
        vault.items.add(replace(Contact(id="", display_name="X"), **change))
    assert vault.items.count() == 0


def test_every_template_gets_its_sections(vault: Vault) -> None:
    expected = {
        "blank": ["body"],
        "swot": ["strengths", "weaknesses", "opportunities", "threats"],
        "concept-note": ["background", "objectives", "activities", "expected_outcomes", "risks"],
        "action-plan": ["summary"],
        "un-communication": ["alleged_victims", "alleged_perpetrators", "date_and_place", "description",
                             "domestic_remedies", "consent"],
    }
    for template, sections in expected.items():
        draft = vault.items.new_draft(template, f"{template} draft")
        assert [key for key, _ in draft.sections] == sections and draft.status == "draft"


def test_action_plan_rows_and_status(vault: Vault) -> None:
    plan = vault.items.new_draft("action-plan", "برنامهٔ عمل")
    rows = (ActionRow("Brief the rapporteur", "Zahra", "2026-12-01", "in-progress"),
            ActionRow("ترجمهٔ گزارش", "Ahmad", "", "todo"))
    saved = vault.items.save(replace(plan, rows=rows, status="review"))
    assert isinstance(saved, Draft) and saved.status == "review"
    assert tuple(replace(row, id="") for row in saved.rows) == rows  # each row got its stable id
    assert len({row.id for row in saved.rows}) == 2 and all(is_row_id(row.id) for row in saved.rows)
    again = vault.items.save(replace(saved, title="again"))
    assert isinstance(again, Draft) and again.rows == saved.rows  # ids are kept
    saved = vault.items.save(replace(again, title=saved.title))
    with pytest.raises(InvalidValue, match="due date"):
        vault.items.save(replace(saved, rows=(ActionRow("x", "y", "31/12/2026"),)))
    with pytest.raises(InvalidValue):
        vault.items.save(replace(saved, status="published"))
    assert vault.items.get(plan.id) == saved


def test_rows_belong_only_to_action_plans(vault: Vault) -> None:
    swot = vault.items.new_draft("swot", "SWOT")
    with pytest.raises(InvalidValue):
        vault.items.save(replace(swot, rows=(ActionRow("a"),)))
    with pytest.raises(InvalidValue):
        vault.items.save(replace(swot, sections=(("background", "x"),)))


def test_history_lists_views_and_restores_revisions(vault: Vault) -> None:
    note = vault.items.add_note("v1", "first text")
    second = vault.items.save(replace(note, title="v2", body="second text"))
    assert vault.items.save(second) == second  # unchanged: no new revision
    history = vault.items.history(note.id)
    assert [(r.number, r.item.title) for r in history] == [(1, "v1"), (2, "v2")]
    restored = vault.items.restore_revision(note.id, 1)
    assert (restored.title, restored.revision) == ("v1", 3)
    assert isinstance(restored, Note) and restored.body == "first text"
    assert [r.number for r in vault.items.history(note.id)] == [1, 2, 3]
    with pytest.raises(NotFound):
        vault.items.revision(note.id, 9)


def test_trash_restore_and_empty(vault: Vault) -> None:
    keep = vault.items.add_note("keep", "apple")
    gone = vault.items.add_note("gone", "apple")
    vault.items.delete(gone.id)
    assert [h.id for h in vault.items.list()] == [keep.id]
    assert [h.id for h in vault.items.trash()] == [gone.id]
    assert [h.id for h in vault.items.search("apple")] == [keep.id]
    with pytest.raises(InvalidValue, match="trash"):
        vault.items.save(replace(gone, title="edited in trash"))
    vault.items.restore(gone.id)
    assert {h.id for h in vault.items.search("apple")} == {keep.id, gone.id}
    vault.items.delete(gone.id)
    assert vault.items.empty_trash() == 1
    with pytest.raises(NotFound):
        vault.items.get(gone.id)
    assert vault.check() == []


def test_ids_resolve_by_unique_prefix(vault: Vault) -> None:
    note = vault.items.add_note("x")
    assert vault.items.resolve(note.id[:6].upper()) == note.id
    with pytest.raises(NotFound):
        vault.items.resolve(note.id[:6], kind="contact")
    for impossible in ("ab", "zzzz", "%%%%", "____"):  # cannot be an id at all: a usage error, not "not found"
        with pytest.raises(InvalidValue, match="is not an item id"):
            vault.items.resolve(impossible)
    with pytest.raises(NotFound):
        vault.items.resolve("0000" if not note.id.startswith("0000") else "ffff")


def test_add_many_is_all_or_nothing(vault: Vault) -> None:
    good = Note(id="", title="fine")
    bad = Note(id="", title="x" * 5000)
    with pytest.raises(InvalidValue):
        vault.items.add_many([good, bad])
    assert vault.items.count() == 0
    assert len(vault.items.add_many([good, Note(id="", title="also fine")])) == 2


def test_attachments_stream_in_and_out(vault: Vault, tmp_path: Path) -> None:
    note = vault.items.add_note("with file")
    payload = bytes(range(256)) * 5000  # 1.28 MB: several chunks
    info = vault.attachments.add(note.id, io.BytesIO(payload), "../../تصویر.png")
    assert info.name == "تصویر.png" and info.size == len(payload) and info.media_type == "image/png"
    assert b"".join(vault.attachments.read(info.id)) == payload
    saved = vault.attachments.save_copy(info.id, tmp_path, name="../../../escape.bin")
    assert saved.parent == tmp_path and saved.read_bytes() == payload
    assert vault.attachments.resolve(info.id[:6]) == info.id
    vault.attachments.delete(info.id)
    assert vault.attachments.list(note.id) == []


def test_an_attachment_over_the_limit_leaves_nothing(vault: Vault) -> None:
    note = vault.items.add_note("limit")
    vault.attachments.set_size_limit(300_000)
    with pytest.raises(InvalidValue, match="limit"):
        vault.attachments.add(note.id, io.BytesIO(b"x" * 300_001), "big.bin")
    assert vault.attachments.list(note.id) == []
    assert vault.attachments.add(note.id, io.BytesIO(b"x" * 300_000), "ok.bin").size == 300_000
    with pytest.raises(InvalidValue):
        vault.attachments.add(vault.items.add(Contact(id="", display_name="c")).id, io.BytesIO(b"x"), "c.txt")


def test_attachments_go_when_the_trash_is_emptied(vault: Vault) -> None:
    note = vault.items.add_note("doomed")
    info = vault.attachments.add(note.id, io.BytesIO(b"secret scan"), "scan.pdf")
    vault.items.delete(note.id)
    vault.items.empty_trash()
    with pytest.raises(NotFound):
        vault.attachments.get(info.id)
