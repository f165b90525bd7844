"""Redaction on real vaults: consistent pseudonyms, Dari and Pashto spelling variants, nothing left behind."""

from __future__ import annotations

import pytest

from amanat.app.errors import DamagedInput, InvalidValue
from amanat.app.models import ActionRow, Contact, Draft, Note
from amanat.app.redaction.key_store import RedactionKeys
from amanat.app.redaction.plan import plan_redaction
from amanat.app.redaction.pseudonyms import RedactionKey, pseudonym
from amanat.app.redaction.suggestions import afghan_places, read_places, vault_suggestions
from amanat.app.redaction.words import find_marked, fold, key_of
from amanat.app.vault import Vault


def _redact(item: Note | Draft, key: RedactionKey, suggestions=(), language: str = "en"):
    plan = plan_redaction(item, key, suggestions)
    return plan, plan.redacted(language)


def test_arabic_and_persian_letters_diacritics_and_joiners_are_the_same_word() -> None:
    assert fold("كريمي") == fold("کریمی") == fold("کَریمی") == fold("کریـــمی")
    assert fold("ګل") == fold("گل")
    assert key_of("عبد‌الله") == key_of("عبد الله") == key_of("عبدالله") == key_of("عَبدُالله")
    assert key_of("Mazar-i-Sharif") == key_of("mazar i sharif")
    assert fold("Hérat") == fold("HERAT")


def test_whole_words_only_and_the_longest_name_first() -> None:
    keys = {key_of("Sharif"): 1, key_of("Mazar-i-Sharif"): 2, key_of("کابل"): 3}
    text = "Sharifi met Sharif in Mazar-i-Sharif; کابلی از کابل‌ها و کابل."
    found = [text[m.start:m.end] for m in find_marked(text, keys)]
    assert found == ["Sharif", "Mazar-i-Sharif", "کابل", "کابل"]  # not Sharifi, not کابلی


def test_the_same_person_gets_the_same_pseudonym_in_every_section_and_every_spelling() -> None:
    draft = Draft(id="d1", template="un-communication", title="Case of Abdullah Karimi", sections=(
        ("alleged_victims", "Abdullah Karimi, called Abu Bakr, and Zahra Ahmadi."),
        ("date_and_place", "عبدالله كريمي was taken in هرات on 3 May."),
        ("description", "Zahra Ahmadi saw عبد‌الله کریمی; Karimi's family fled to Herat."),
    ), rows=(ActionRow(action="Call Zahra Ahmadi", owner="Abu Bakr"),))
    key, _ = RedactionKey().with_entity("person", ["Abdullah Karimi", "Abu Bakr", "عبدالله کریمی", "Karimi"])
    key, _ = key.with_entity("person", ["Zahra Ahmadi"])
    plan, redacted = _redact(draft, key, afghan_places())
    assert isinstance(redacted, Draft)
    assert redacted.title == "Case of Person A"
    assert redacted.section("alleged_victims") == "Person A, called Person A, and Person B."
    assert redacted.section("date_and_place") == "Person A was taken in Province 1 on 3 May."
    assert redacted.section("description") == "Person B saw Person A; Person A's family fled to Province 1."
    assert redacted.rows[0] == ActionRow(action="Call Person B", owner="Person A")
    assert "Abdullah" not in repr(plan) and "Karimi" not in repr(key)  # the key's repr names nobody


def test_labels_in_dari_and_pashto() -> None:
    assert pseudonym("person", 1, "fa") == "شخص الف" and pseudonym("person", 2, "ps") == "کس ب"
    assert pseudonym("province", 12, "fa") == "ولایت ۱۲" and pseudonym("person", 27, "en") == "Person AA"
    note = Note(id="n", title="گزارش", body="مریم از بامیان و کابل آمد.")
    key, _ = RedactionKey().with_entity("person", ["مریم"])
    _plan, redacted = _redact(note, key, afghan_places(), "fa")
    assert redacted.body == "شخص الف از ولایت ۱ و ولایت ۲ آمد."


def test_skipped_occurrences_stay_and_new_entities_are_numbered_without_gaps() -> None:
    note = Note(id="n", title="t", body="Kabul, Herat, Kabul, Bamyan.")
    plan = plan_redaction(note, RedactionKey(), afghan_places())
    assert [plan.found(o) for o in plan.occurrences] == ["Kabul", "Herat", "Kabul", "Bamyan"]
    plan.accepted.discard(1)  # keep Herat
    assert plan.redacted().body == "Province 1, Herat, Province 1, Province 2."
    key = plan.final_key()
    assert [(e.category, e.number) for e in key.entities] == [("province", 1), ("province", 2)]
    assert plan.context(plan.occurrences[1]) == ("Kabul, ", "Herat", ", Kabul, Bamyan.")
    assert plan.context(plan.occurrences[1], chars=3) == ("…l, ", "Herat", ", K…")


def test_the_key_is_kept_in_the_vault_and_the_next_export_uses_the_same_pseudonyms(vault: Vault) -> None:
    keys = RedactionKeys(vault.require_repository())
    vault.items.add(Contact(id="", display_name="Zahra Ahmadi", alias="Z.A.", organisation="Herat Women Forum",
                            city="Herat"))
    vault.items.add(Contact(id="", display_name="گل احمد"))
    first = vault.items.add_note("One", "Zahra Ahmadi of Herat Women Forum spoke to ګل احمد.")
    plan = plan_redaction(first, RedactionKey(), vault_suggestions(vault.items))
    assert plan.redacted().body == "Person A of Organisation A spoke to Person B."
    keys.save(first.id, plan.final_key())

    # Later the same note has grown; the saved key alone gives the same names, new people come after.
    grown = vault.items.save(first.__class__(**{**first.__dict__, "body": "Nasrin met Z.A. and گل احمد."}))
    saved = keys.load(first.id)
    assert saved is not None
    nasrin = [("person", ["Nasrin"])]
    again = plan_redaction(grown, saved, [*vault_suggestions(vault.items), *nasrin])
    assert again.redacted().body == "Person C met Person A. and Person B."  # the last dot is no letter
    assert keys.load("no-such-item") is None


def test_deleting_the_item_for_good_deletes_its_key(vault: Vault) -> None:
    keys = RedactionKeys(vault.require_repository())
    note = vault.items.add_note("N", "Kabul")
    keys.save(note.id, plan_redaction(note, RedactionKey(), afghan_places()).final_key())
    vault.items.delete(note.id)
    assert keys.load(note.id) is not None  # in the trash it may come back, with its key
    vault.items.purge(note.id)
    assert keys.load(note.id) is None


def test_bad_words_and_damaged_keys_are_refused() -> None:
    with pytest.raises(InvalidValue):
        RedactionKey().with_entity("person", ["  ...  "])
    with pytest.raises(InvalidValue):
        RedactionKey().with_entity("wizard", ["x"])
    with pytest.raises(DamagedInput):
        RedactionKey.from_json('{"format": 1, "entities": [{"category": "person"}]}')
    with pytest.raises(DamagedInput):
        RedactionKey.from_json("not json")
    key, _ = RedactionKey().with_entity("person", ["مریم"])
    assert RedactionKey.from_json(key.to_json()).entities == key.entities


def test_the_places_list_has_all_34_provinces_in_three_scripts() -> None:
    provinces = [spellings for kind, spellings in read_places() if kind == "province"]
    assert len(provinces) == 34
    for spellings in provinces:
        assert any(s.isascii() for s in spellings) and any(not s.isascii() for s in spellings)
    assert sum(1 for kind, _ in read_places() if kind == "district") >= 150


def test_words_from_a_file_stay_in_the_key_even_before_they_occur(vault: Vault) -> None:
    from amanat.app.redaction.export import finish, plan_unreviewed
    from amanat.app.redaction.words_file import parse_words_file

    keys = RedactionKeys(vault.require_repository())
    note = vault.items.add_note("Report", "Mina spoke.")
    words = parse_words_file("person: Mina | مینا\norganisation: Kabul Lawyers | وکلای کابل\n# c\nJawad\n".encode())
    assert words == [("person", ["Mina", "مینا"]), ("organisation", ["Kabul Lawyers", "وکلای کابل"]),
                     ("other", ["Jawad"])]
    redacted, key = finish(plan_unreviewed(vault.items, keys, note, words=words), "en")
    assert isinstance(redacted, Note) and redacted.body == "Person A spoke."
    keys.save(note.id, key)
    grown = vault.items.save(Note(id=note.id, title="Report", body="مینا and Jawad of وكلاي كابل."))
    again, _ = finish(plan_unreviewed(vault.items, keys, grown), "en")
    assert isinstance(again, Note) and again.body == "Person A and Detail 1 of Organisation A."
    with pytest.raises(InvalidValue):
        plan_unreviewed(vault.items, keys, vault.items.add_note("Other", "x"))  # nothing marked for it


def test_a_profile_gives_the_same_pseudonyms_across_items(vault: Vault) -> None:
    from amanat.app.redaction.export import finish, plan_unreviewed
    from amanat.app.redaction.key_store import profile_name

    keys = RedactionKeys(vault.require_repository())
    first = vault.items.add_note("One", "Mina met Jawad.")
    second = vault.items.add_note("Two", "Jawad alone; جواد.")
    words = [("person", ["Mina"]), ("person", ["Jawad", "جواد"])]
    _one, key = finish(plan_unreviewed(vault.items, keys, first, words=words, profile="UN SR"), "en")
    keys.save_profile("UN SR", key)
    two, _ = finish(plan_unreviewed(vault.items, keys, second, profile="UN SR"), "en")
    assert isinstance(two, Note) and two.body == "Person B alone; Person B."  # Jawad is B in every document
    assert keys.profile_names() == ["UN SR"] and keys.load(second.id) is None
    with pytest.raises(InvalidValue):
        plan_unreviewed(vault.items, keys, second, profile="Donor")  # nothing in that profile yet
    with pytest.raises(InvalidValue):
        profile_name("   ")
