"""Linked language versions of a draft in one real vault: making them, out-of-date sections, marking updated."""

from __future__ import annotations

from dataclasses import replace

import pytest

from amanat.app.errors import DamagedInput, InvalidValue
from amanat.app.item_codec import from_record, to_record
from amanat.app.models import Draft, SectionMark, SeenVersion, VersionLink
from amanat.app.vault import Vault
from amanat.app.version_links import MAX_KEPT_TEXT_CHARS, MAX_LINKED_VERSIONS, fingerprint, link_from_json

SWOT_EN = (("strengths", "Trusted by the families of the detained."), ("weaknesses", "No office; few funds."),
           ("opportunities", "The Special Rapporteur visits in March."), ("threats", "Border searches."))


def english_swot(vault: Vault) -> Draft:
    draft = vault.items.new_draft("swot", "Geneva SWOT")
    saved = vault.items.save(replace(draft, sections=SWOT_EN))
    assert isinstance(saved, Draft)
    return saved


def edit(vault: Vault, draft_id: str, section: str, text: str) -> Draft:
    draft = vault.items.get(draft_id)
    assert isinstance(draft, Draft)
    sections = tuple((k, text if k == section else v) for k, v in draft.sections)
    saved = vault.items.save(replace(draft, sections=sections))
    assert isinstance(saved, Draft)
    return saved


def out_of_date(vault: Vault, draft_id: str) -> set[str]:
    draft = vault.items.get(draft_id)
    assert isinstance(draft, Draft)
    return {key for key, state in vault.linked.states(draft).items() if state.out_of_date}


def test_a_new_version_is_linked_and_out_of_date_until_translated_and_marked(vault: Vault) -> None:
    english = english_swot(vault)
    dari = vault.linked.make_version(english.id, "fa", "تحلیل سوات ژنو", this_language="en")
    assert dari.template == "swot" and dari.link is not None and dari.link.language == "fa"
    assert all(text == "" for _key, text in dari.sections)
    english = vault.items.get(english.id)  # type: ignore[assignment]
    assert english.link is not None and english.link.language == "en" and english.link.group == dari.link.group
    assert [v.id for v in vault.linked.versions(dari)] == [dari.id, english.id]  # Dari, Pashto, English
    assert out_of_date(vault, dari.id) == {"strengths", "weaknesses", "opportunities", "threats"}
    assert out_of_date(vault, english.id) == set()
    # Translating is catching up: the English does not go out of date while the Dari is written.
    edit(vault, dari.id, "strengths", "خانواده‌های بازداشت‌شدگان به ما اعتماد دارند.")
    assert out_of_date(vault, english.id) == set()
    assert "strengths" in out_of_date(vault, dari.id)
    vault.linked.mark_updated(dari.id, "strengths")
    assert out_of_date(vault, dari.id) == {"weaknesses", "opportunities", "threats"}
    assert out_of_date(vault, english.id) == set()


def test_an_edit_in_line_puts_the_others_out_of_date_with_the_words_that_changed(vault: Vault) -> None:
    english = english_swot(vault)
    dari = vault.linked.make_version(english.id, "fa", "سوات", this_language="en", prefill=True)
    pashto = vault.linked.make_version(english.id, "ps", "سوات")
    for version in (dari, pashto):
        for key, _text in SWOT_EN:
            vault.linked.mark_updated(version.id, key)
    assert out_of_date(vault, dari.id) == out_of_date(vault, pashto.id) == out_of_date(vault, english.id) == set()
    edit(vault, english.id, "threats", "Border searches and phone seizures.")
    assert out_of_date(vault, dari.id) == out_of_date(vault, pashto.id) == {"threats"}
    assert out_of_date(vault, english.id) == set()
    state = vault.linked.states(vault.items.get(dari.id))["threats"]  # type: ignore[arg-type]
    [source] = state.sources
    assert (source.item_id, source.language, source.before, source.now) == (
        english.id, "en", "Border searches.", "Border searches and phone seizures.")
    # The Dari translator catches up: the Pashto stays out of date (the English changed), nothing else does.
    edit(vault, dari.id, "threats", "بازرسی در مرز و ضبط تلفن‌ها.")
    vault.linked.mark_updated(dari.id, "threats")
    assert out_of_date(vault, dari.id) == set() and out_of_date(vault, english.id) == set()
    assert out_of_date(vault, pashto.id) == {"threats"}
    # A change to the Dari once it is in line is news for the English and the Pashto.
    edit(vault, dari.id, "threats", "بازرسی در مرز، ضبط تلفن‌ها و بازجویی.")
    assert out_of_date(vault, english.id) == {"threats"}
    assert {s.language for s in vault.linked.states(vault.items.get(pashto.id))["threats"].sources} == {  # type: ignore[arg-type]
        "en", "fa"}


def test_a_change_undone_is_no_longer_out_of_date(vault: Vault) -> None:
    english = english_swot(vault)
    dari = vault.linked.make_version(english.id, "fa", "سوات", this_language="en")
    vault.linked.mark_updated(dari.id, "threats")
    edit(vault, english.id, "threats", "Something else.")
    assert "threats" in out_of_date(vault, dari.id)
    edit(vault, english.id, "threats", "Border searches.")
    assert "threats" not in out_of_date(vault, dari.id)


def test_making_versions_is_refused_clearly(vault: Vault) -> None:
    english = english_swot(vault)
    with pytest.raises(InvalidValue, match="which language"):
        vault.linked.make_version(english.id, "fa", "x")
    with pytest.raises(InvalidValue, match="which language"):
        vault.linked.make_version(english.id, "fa", "x", this_language="fa")
    with pytest.raises(InvalidValue, match="versions are made in"):
        vault.linked.make_version(english.id, "de", "x", this_language="en")
    vault.linked.make_version(english.id, "fa", "x", this_language="en")
    with pytest.raises(InvalidValue, match="already has a version"):
        vault.linked.make_version(english.id, "fa", "y")
    vault.items.delete(english.id)
    with pytest.raises(InvalidValue, match="trash"):
        vault.linked.make_version(english.id, "ps", "y")


def test_a_long_section_is_kept_by_fingerprint_only(vault: Vault) -> None:
    english = english_swot(vault)
    long_text = "word " * (MAX_KEPT_TEXT_CHARS // 5 + 10)
    english = edit(vault, english.id, "strengths", long_text)
    dari = vault.linked.make_version(english.id, "fa", "x", this_language="en")
    marked = vault.linked.mark_updated(dari.id, "strengths")
    assert marked.link is not None
    seen = marked.link.mark("strengths").seen_of(english.id)  # type: ignore[union-attr]
    assert seen is not None and seen.text is None and seen.fingerprint == fingerprint(long_text)
    edit(vault, english.id, "strengths", long_text + "more")
    [source] = vault.linked.states(vault.items.get(dari.id))["strengths"].sources  # type: ignore[arg-type]
    assert source.before is None  # the diff view says it cannot show the words


@pytest.mark.parametrize("bad", [
    {"group": "zz", "language": "fa"},
    {"group": "0" * 32, "language": "de"},
    {"group": "0" * 32, "language": "fa", "marks": {"threats": "not a list"}},
    {"group": "0" * 32, "language": "fa", "marks": {"threats": [["a" * 32, "0" * 32, "", "x"]] * 2}},
    {"group": "0" * 32, "language": "fa", "marks": {"threats": [[f"{n:032x}", "0" * 32, "", None]
                                                               for n in range(MAX_LINKED_VERSIONS + 1)]}},
    {"group": "0" * 32, "language": "fa", "marks": {"threats": [["a" * 32, fingerprint("x"), "", "y"]]}},
    {"group": "0" * 32, "language": "fa", "news": {"threats": "not hex"}},
])
def test_a_malformed_link_is_damage(bad: dict[str, object]) -> None:
    with pytest.raises(DamagedInput, match="link to its language versions"):
        link_from_json(bad)


def test_a_link_round_trips_through_the_record(vault: Vault) -> None:
    seen = (SeenVersion("a" * 32, fingerprint("متن"), "0123456789abcdef", "متن"),)
    link = VersionLink("b" * 32, "ps", (SectionMark("threats", seen),), (("threats", "fedcba9876543210"),))
    draft = Draft(id="c" * 32, template="swot", title="t", sections=SWOT_EN, link=link, revision=1)
    assert from_record(to_record(draft, created_at="", updated_at="", revision=1)) == draft
    with pytest.raises(InvalidValue, match="names no section"):
        vault.items.add(replace(draft, link=replace(link, news=(("summary", "fedcba9876543210"),))))


def test_a_copy_read_before_a_mark_saved_later_keeps_the_mark_and_the_link(vault: Vault) -> None:
    english = english_swot(vault)  # read before it was linked
    dari = vault.linked.make_version(english.id, "fa", "سوات", this_language="en")
    vault.linked.mark_updated(dari.id, "threats")
    stale_dari = dari  # read before its mark
    vault.items.save(replace(english, title="Geneva SWOT 2027"))
    vault.items.save(replace(stale_dari, title="تحلیل سوات"))
    english_now, dari_now = vault.items.get(english.id), vault.items.get(dari.id)
    assert isinstance(english_now, Draft) and isinstance(dari_now, Draft)
    assert english_now.title == "Geneva SWOT 2027" and english_now.link is not None
    assert dari_now.link is not None and dari_now.link.mark("threats") is not None
    assert out_of_date(vault, dari.id) == {"strengths", "weaknesses", "opportunities"}
