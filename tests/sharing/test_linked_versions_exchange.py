"""Linked language versions across three real vaults: they travel together, out-of-date marks cross bundles,
concurrent edits merge, and a member's crafted link record is refused with the vault unchanged."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from amanat.app.errors import AmanatError
from amanat.app.models import Draft
from amanat.app.sharing.item_states import MARK_PREFIX, NEWS_PREFIX
from amanat.app.version_links import MAX_KEPT_TEXT_CHARS, fingerprint
from amanat.sync.bundle import seal_bundle
from amanat.sync.bundle_payload import BundlePayload, encode_payload
from tests.sharing.conftest import Member, Workshop, vault_fingerprint

SWOT_EN = (("strengths", "Trusted by the families of the detained."), ("weaknesses", "No office; few funds."),
           ("opportunities", "The Special Rapporteur visits in March."), ("threats", "Border searches."))
SECTIONS = tuple(key for key, _text in SWOT_EN)


def draft(member: Member, draft_id: str) -> Draft:
    found = member.vault.items.get(draft_id)
    assert isinstance(found, Draft)
    return found


def edit(member: Member, draft_id: str, section: str, text: str) -> None:
    current = draft(member, draft_id)
    member.vault.items.save(replace(current, sections=tuple((k, text if k == section else v)
                                                            for k, v in current.sections)))


def out_of_date(member: Member, draft_id: str) -> set[str]:
    states = member.vault.linked.states(draft(member, draft_id))
    return {key for key, state in states.items() if state.out_of_date}


def exchange(sender: Member, *receivers: Member, group_id: str) -> None:
    data = sender.export(group_id)
    for receiver in receivers:
        assert receiver.receive(data).status == "applied"


def linked_swot(workshop: Workshop) -> tuple[str, str, str]:
    """Mariam's English SWOT with a Dari and a Pashto version, all in line, shared and received by all."""
    mariam, farid, zahra = workshop.members
    english = mariam.vault.items.new_draft("swot", "Geneva SWOT")
    mariam.vault.items.save(replace(english, sections=SWOT_EN))
    mariam.sync.groups.share(workshop.group_id, english.id)
    dari = mariam.vault.linked.make_version(english.id, "fa", "سوات ژنو", this_language="en", prefill=True)
    pashto = mariam.vault.linked.make_version(english.id, "ps", "د ژنو سوات", prefill=True)
    for version in (dari, pashto):
        for key in SECTIONS:
            mariam.vault.linked.mark_updated(version.id, key)
    exchange(mariam, farid, zahra, group_id=workshop.group_id)
    return english.id, dari.id, pashto.id


def test_a_new_version_of_a_shared_draft_travels_with_it_and_the_link_shows_on_arrival(workshop: Workshop) -> None:
    mariam, farid, zahra = workshop.members
    english, dari, pashto = linked_swot(workshop)
    assert set(mariam.sync.groups.info(workshop.group_id).shared_items) == {english, dari, pashto}
    for member in (farid, zahra):
        versions = member.vault.linked.versions(draft(member, english))
        assert [(v.id, v.link.language) for v in versions] == [(dari, "fa"), (pashto, "ps"), (english, "en")]  # type: ignore[union-attr]
        assert all(out_of_date(member, v) == set() for v in (english, dari, pashto))


def test_sharing_one_version_shares_its_siblings(workshop: Workshop) -> None:
    mariam, farid, _zahra = workshop.members
    english = mariam.vault.items.new_draft("concept-note", "Concept note")
    dari = mariam.vault.linked.make_version(english.id, "fa", "یادداشت مفهومی", this_language="en")
    mariam.sync.groups.share(workshop.group_id, dari.id)  # only the Dari is chosen
    assert set(mariam.sync.groups.info(workshop.group_id).shared_items) == {english.id, dari.id}
    exchange(mariam, farid, group_id=workshop.group_id)
    assert {v.id for v in farid.vault.linked.versions(draft(farid, dari.id))} == {english.id, dari.id}


def test_an_english_edit_in_one_vault_puts_the_dari_out_of_date_in_another_until_marked_there(
        workshop: Workshop) -> None:
    mariam, farid, zahra = workshop.members
    english, dari, pashto = linked_swot(workshop)
    edit(mariam, english, "threats", "Border searches and phone seizures.")
    exchange(mariam, farid, zahra, group_id=workshop.group_id)
    for member in (farid, zahra):
        assert out_of_date(member, dari) == out_of_date(member, pashto) == {"threats"}
        [source] = member.vault.linked.states(draft(member, dari))["threats"].sources
        assert (source.language, source.before, source.now) == (
            "en", "Border searches.", "Border searches and phone seizures.")
    # Farid translates and marks the Dari updated; after his bundle the Dari is in line everywhere, the Pashto not.
    edit(farid, dari, "threats", "بازرسی در مرز و ضبط تلفن‌ها.")
    farid.vault.linked.mark_updated(dari, "threats")
    exchange(farid, mariam, zahra, group_id=workshop.group_id)
    for member in (mariam, farid, zahra):
        assert out_of_date(member, dari) == set(), member.name
        assert out_of_date(member, english) == set(), member.name
        assert out_of_date(member, pashto) == {"threats"}, member.name


def test_concurrent_edits_of_two_languages_put_each_other_out_of_date_and_converge(workshop: Workshop) -> None:
    mariam, farid, zahra = workshop.members
    english, dari, pashto = linked_swot(workshop)
    edit(mariam, english, "strengths", "Trusted by the families of the detained, and by lawyers.")
    edit(farid, dari, "strengths", "خانواده‌ها و روزنامه‌نگاران به ما اعتماد دارند.")
    edit(zahra, pashto, "weaknesses", "دفتر نلرو.")
    from_mariam, from_farid, from_zahra = (m.export(workshop.group_id) for m in (mariam, farid, zahra))
    for member, bundles in ((mariam, (from_farid, from_zahra)), (farid, (from_zahra, from_mariam)),
                            (zahra, (from_mariam, from_farid))):
        for data in bundles:
            member.receive(data)
    expected = {english: {"strengths", "weaknesses"}, dari: {"strengths", "weaknesses"}, pashto: {"strengths"}}
    for member in (mariam, farid, zahra):
        assert {v: out_of_date(member, v) for v in (english, dari, pashto)} == expected, member.name
        assert [draft(member, v).sections for v in (english, dari, pashto)] == [
            draft(mariam, v).sections for v in (english, dari, pashto)]
    # Every vault holds the same versions with the same bookkeeping.
    links = [tuple(draft(m, v).link for v in (english, dari, pashto)) for m in (mariam, farid, zahra)]
    assert links[0] == links[1] == links[2]


def _crafted_bundle(workshop: Workshop, sender: Member, item_id: str, registers: dict[str, object]) -> bytes:
    """A bundle signed by a real member whose draft document carries `registers` (a hostile link record)."""
    document = sender.sync.documents.refresh(item_id)
    state = document.read()
    document.record_local(replace(state, registers={**state.registers, **registers}), sender.sync.identities.clock())
    log = sender.sync.groups.log(workshop.group_id)
    payload = BundlePayload(group_ops=log.ops, documents={item_id: document.encode()})
    return seal_bundle(sender.sync.identities.identity(), [m.sync.identities.public() for m in workshop.members],
                       group_id=bytes.fromhex(workshop.group_id), seq=10**6, created=int(time.time()),
                       base_state=bytes(32), payload=encode_payload(payload))


HUGE = "x" * (MAX_KEPT_TEXT_CHARS + 1)


@pytest.mark.parametrize(("registers", "message"), [
    ({MARK_PREFIX + "threats": [["a" * 32, fingerprint(HUGE), "", HUGE]]}, "longer than"),
    ({MARK_PREFIX + "threats": [[f"{n:032x}", "0" * 32, "", None] for n in range(50)]}, "more than"),
    ({MARK_PREFIX + "threats": "not a list"}, "not a list"),
    ({MARK_PREFIX + "threats": [[1, 2, 3, 4]]}, "item id"),
    ({NEWS_PREFIX + "threats": {"nested": True}}, "news token"),
    ({"language": "klingon"}, "language"),
    ({"link_group": "../../etc"}, "link group"),
    ({MARK_PREFIX + "no_such_section": []}, "names no section"),
])
def test_a_members_crafted_link_record_is_refused_with_one_clear_error_and_the_vault_unchanged(
        workshop: Workshop, registers: dict[str, object], message: str) -> None:
    mariam, farid, _zahra = workshop.members
    english, dari, _pashto = linked_swot(workshop)
    crafted = _crafted_bundle(workshop, farid, dari, registers)
    before = vault_fingerprint(mariam.vault)
    with pytest.raises(AmanatError, match=message) as refused:
        mariam.receive(crafted)
    assert "Traceback" not in str(refused.value) and str(refused.value).count("\n") == 0
    assert vault_fingerprint(mariam.vault) == before
    assert out_of_date(mariam, dari) == set() and draft(mariam, english).link is not None


def test_two_members_marking_two_sections_at_once_both_count(workshop: Workshop) -> None:
    mariam, farid, zahra = workshop.members
    english, dari, _pashto = linked_swot(workshop)
    edit(mariam, english, "strengths", "Trusted by families and by lawyers.")
    edit(mariam, english, "threats", "Border searches and phone seizures.")
    exchange(mariam, farid, zahra, group_id=workshop.group_id)
    assert out_of_date(farid, dari) == out_of_date(zahra, dari) == {"strengths", "threats"}
    farid.vault.linked.mark_updated(dari, "strengths")  # at the same time, in two vaults
    zahra.vault.linked.mark_updated(dari, "threats")
    from_farid, from_zahra = farid.export(workshop.group_id), zahra.export(workshop.group_id)
    for member, bundles in ((mariam, (from_farid, from_zahra)), (farid, (from_zahra,)), (zahra, (from_farid,))):
        for data in bundles:
            member.receive(data)
    for member in (mariam, farid, zahra):
        assert out_of_date(member, dari) == set(), member.name
