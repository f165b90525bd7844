"""A comment's passage survives concurrent edits of the Persian text around it, across three real vaults.

Hypothesis chooses who writes what where (Dari and Pashto words, ZWNJ, emoji; before, inside or
after the passage, or deletions around it) and in which order the bundles arrive. At the end every
member has every bundle; the three vaults must agree, and the passage must be exactly the
original passage's characters plus what was typed inside it: nothing typed around it joins it,
nothing typed inside it is lost.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sharing.conftest import Member, open_workshop

BODY = "گزارش جلسه‌ی ژنو درباره‌ی وضعیت مدافعان حقوق بشر در هرات، کابل و قندهار 🕊 و پیشنهادهای گروه."
PASSAGE = "مدافعان حقوق بشر"
WORDS = ["سلام", "می‌خواهم", "ښځې", "پښتو", "🕊", "۱۴۰۵", "ژ", "\n"]

edit = st.tuples(st.integers(0, 2), st.sampled_from(["before", "inside", "after", "cut_before", "cut_after"]),
                 st.floats(0, 1), st.sampled_from(WORDS))


def _passage(member: Member, note_id: str) -> tuple[str, int, int]:
    (thread,) = member.sync.comments.threads(note_id)
    body = member.vault.items.get(note_id).body  # type: ignore[attr-defined]
    assert thread.passage is not None
    return body, thread.passage[0], thread.passage[1]


def _apply(member: Member, note_id: str, where: str, fraction: float, word: str, serial: int) -> str:
    """One local edit; returns the word written (with a serial number, so each is unique) or ""."""
    body, start, end = _passage(member, note_id)
    token = f"{word}{serial}"
    if where == "before" and start > 0:
        at = int(fraction * (start - 1))  # strictly before the passage's first character
    elif where == "after":
        at = end + 1 + int(fraction * (len(body) - end - 1))  # strictly after its last
        at = min(at, len(body))
        if at == end:
            return ""
    elif where == "inside" and end - start >= 2:
        at = start + 1 + int(fraction * (end - start - 2))
    elif where == "cut_before" and start > 0:
        at = int(fraction * (start - 1))
        body = body[:at] + body[at + 1:]
        token = ""
        member.vault.items.save(replace(member.vault.items.get(note_id), body=body))
        return ""
    elif where == "cut_after" and end < len(body) - 1:
        at = end + int(fraction * (len(body) - end - 1))
        body = body[:at] + body[at + 1:]
        member.vault.items.save(replace(member.vault.items.get(note_id), body=body))
        return ""
    else:
        return ""
    member.vault.items.save(replace(member.vault.items.get(note_id), body=body[:at] + token + body[at:]))
    return token


def _is_subsequence(small: str, large: str) -> bool:
    walk = iter(large)
    return all(char in walk for char in small)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.lists(edit, min_size=1, max_size=8), order=st.permutations(range(3)))
def test_the_passage_survives_concurrent_persian_edits(edits: list[tuple], order: list[int]) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as directory:
        workshop = open_workshop(Path(directory))
        try:
            members = workshop.members
            mariam = workshop.admin
            note = mariam.vault.items.add_note("گزارش", BODY)
            mariam.sync.groups.share(workshop.group_id, note.id)
            start = BODY.index(PASSAGE)
            mariam.sync.comments.start(note.id, "body", start, start + len(PASSAGE), "منبع؟")
            first = mariam.export(workshop.group_id)
            for member in members[1:]:
                member.receive(first)
            inside: list[str] = []
            outside: list[str] = []
            for serial, (who, where, fraction, word) in enumerate(edits):
                token = _apply(members[who], note.id, where, fraction, word, serial)
                if token:
                    (inside if where == "inside" else outside).append(token)
            bundles = [members[index].export(workshop.group_id) for index in order]
            for sender, data in zip(order, bundles, strict=True):
                for index, member in enumerate(members):
                    if index != sender:
                        member.receive(data)
            results = {_passage(member, note.id) for member in members}
            assert len(results) == 1, "the three vaults disagree"
            ((body, begin, end),) = results
            passage = body[begin:end]
            # Later words may be typed inside earlier ones, so words are counted by their characters:
            # every character of the passage is still there, every one typed inside it joined it, and
            # nothing typed around it did.
            assert _is_subsequence(PASSAGE, passage)
            assert len(passage) == len(PASSAGE) + sum(len(token) for token in inside)
            assert all(any(char in body for char in token) for token in outside)
        finally:
            for member in workshop.members:
                member.vault.close()
