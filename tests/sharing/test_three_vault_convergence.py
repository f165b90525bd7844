"""Three real vaults exchange bundles in random orders, with duplicates and lost bundles, and converge.

Hypothesis chooses who edits what (English and Persian text at random places,
contact fields, deletion and restore), who exports when, and which bundles
arrive, arrive twice, arrive late or never. At the end every member sends one
bundle to everyone; the three vaults must then hold identical content, and no
concurrent edit may be lost.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amanat.app.models import Contact, Note
from tests.sharing.conftest import Member, open_workshop, vault_content

WORDS = ["سلام", "گزارش", "می‌خواهم", "حقوق بشر", "ژنو", "Geneva", "report", "UPR", "🕊", "۱۴۰۵", "کابل", "\n"]

edits = st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 9), st.floats(0, 1),
                  st.sampled_from(WORDS), st.integers(0, 6))
field_changes = st.tuples(st.just("city"), st.integers(0, 2), st.sampled_from(["Herat", "هرات", "Geneva", ""]))
trash_moves = st.tuples(st.just("trash"), st.integers(0, 2), st.integers(0, 9))
exports = st.tuples(st.just("export"), st.integers(0, 2),
                    st.lists(st.sampled_from(["deliver", "drop", "twice", "later"]), min_size=2, max_size=2))
late = st.tuples(st.just("late"), st.integers(0, 50))
steps = st.lists(st.one_of(edits, edits, field_changes, trash_moves, exports, exports, late), max_size=14)


def _items(member: Member) -> list[str]:
    return sorted(h.id for h in member.vault.items.list())


def _apply_edit(member: Member, step: tuple) -> str | None:  # type: ignore[type-arg]
    _, _who, which, where, word, delete = step
    items = [member.vault.items.get(i) for i in _items(member)]
    notes = [n for n in items if isinstance(n, Note)]
    if not notes:
        return None
    note = notes[which % len(notes)]
    at = int(where * len(note.body))
    body = note.body[:at] + word + note.body[at + delete:]
    member.vault.items.save(replace(note, body=body))
    return word


def _apply_city(member: Member, step: tuple) -> None:  # type: ignore[type-arg]
    contacts = [c for c in map(member.vault.items.get, _items(member)) if isinstance(c, Contact)]
    if contacts:
        member.vault.items.save(replace(contacts[0], city=step[2]))


def _apply_trash(member: Member, step: tuple) -> None:  # type: ignore[type-arg]
    live, trashed = _items(member), sorted(h.id for h in member.vault.items.trash())
    if trashed and step[2] % 2:
        member.vault.items.restore(trashed[step[2] % len(trashed)])
    elif live:
        member.vault.items.delete(live[step[2] % len(live)])


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=steps)
def test_three_vaults_converge_whatever_the_order_of_bundles(steps: list[tuple]) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as directory:
        workshop = open_workshop(Path(directory))
        try:
            members = workshop.members
            admin = workshop.admin
            for title, body in (("Persian", "گزارش جلسه ژنو درباره مدافعان"), ("English", "UPR session notes")):
                note = admin.vault.items.add_note(title, body)
                admin.sync.groups.share(workshop.group_id, note.id)
            contact = admin.vault.items.add(Contact(id="", display_name="Lawyer", risk_level="high"))
            admin.sync.groups.share(workshop.group_id, contact.id)
            bundles: list[tuple[int, bytes]] = []
            held: list[tuple[int, bytes]] = []
            inserted_words: list[str] = []
            for step in steps:
                kind, who = step[0], step[1]
                if kind == "edit":
                    word = _apply_edit(members[who], step)
                    if word:
                        inserted_words.append(word)
                elif kind == "city":
                    _apply_city(members[who], step)
                elif kind == "trash":
                    _apply_trash(members[who], step)
                elif kind == "export":
                    if not members[who].sync.groups.groups():
                        continue  # has not received the group yet
                    data = members[who].export(workshop.group_id)
                    bundles.append((who, data))
                    others = [i for i in range(3) if i != who]
                    for receiver, fate in zip(others, step[2], strict=True):
                        if fate in ("deliver", "twice"):
                            members[receiver].receive(data)
                        if fate == "twice":
                            assert members[receiver].receive(data).status == "already-imported"
                        if fate == "later":
                            held.append((receiver, data))
                elif kind == "late" and held:
                    receiver, data = held.pop(step[1] % len(held))
                    members[receiver].receive(data)
            for receiver, data in held:
                members[receiver].receive(data)
            # Everyone sends once (the admin first: only it is sure to know the group), everyone imports.
            for sender in (0, 1, 2):
                data = members[sender].export(workshop.group_id)
                for receiver in range(3):
                    if receiver != sender:
                        members[receiver].receive(data)
            contents = [vault_content(m.vault) for m in members]
            assert contents[0] == contents[1] == contents[2]
        finally:
            for member in workshop.members:
                member.vault.close()
