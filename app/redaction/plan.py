"""Redacting a note or a draft: every replacement found, reviewed, then applied to a copy of the item.

`plan_redaction` finds every occurrence of a marked word (the item's saved key of pseudonyms) and
of a suggested one (contacts, Afghan places: app/redaction/suggestions.py) in every field an export
shows: the title, the body or each section, and an action plan's actions and owners. The review
screen (and the command line, which accepts everything) decides which occurrences are replaced;
`RedactionPlan.redacted` returns a copy of the item with them replaced, for the usual writers, and
`RedactionPlan.final_key` the key to store so that the same person is "Person A" next time.

New entities are numbered after the saved ones, in the order they first occur in the item, counting
only those with an accepted occurrence: skipping every "Kabul" leaves no gap in "Province 1, 2…".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from amanat.app.models import Draft, Item, Note
from amanat.app.redaction.pseudonyms import Entity, RedactionKey
from amanat.app.redaction.words import find_marked, key_of, markup_within, prefixes_of

CONTEXT_CHARS = 40
# Where a text sits in an item: ("title",), ("body",), ("section", key), ("row", index, "action"|"owner").
Place = tuple[str | int, ...]


def item_texts(item: Item) -> list[tuple[Place, str]]:
    """Every text of a note or draft that an export shows, with where it sits."""
    texts: list[tuple[Place, str]] = [(("title",), item.title)]
    if isinstance(item, Note):
        texts.append((("body",), item.body))
    elif isinstance(item, Draft):
        texts.extend((("section", key), text) for key, text in item.sections)
        for index, row in enumerate(item.rows):
            texts.extend([(("row", index, "action"), row.action), (("row", index, "owner"), row.owner)])
    return texts


def _with_texts(item: Item, replaced: dict[Place, str]) -> Item:
    if isinstance(item, Note):
        return replace(item, title=replaced.get(("title",), item.title), body=replaced.get(("body",), item.body))
    if isinstance(item, Draft):
        sections = tuple((key, replaced.get(("section", key), text)) for key, text in item.sections)
        rows = tuple(replace(row, action=replaced.get(("row", i, "action"), row.action),
                             owner=replaced.get(("row", i, "owner"), row.owner)) for i, row in enumerate(item.rows))
        return replace(item, title=replaced.get(("title",), item.title), sections=sections, rows=rows)
    raise TypeError("only notes and drafts are redacted")


@dataclass(frozen=True)
class Occurrence:
    """One place a marked word stands: the text it is in, its span there, and which entity it names."""

    place: Place
    start: int
    end: int
    entity: int  # index into RedactionPlan.entities

    def __repr__(self) -> str:
        return f"Occurrence({self.place}, {self.start}-{self.end}, entity {self.entity})"


@dataclass
class RedactionPlan:
    """What would be replaced in `item`; `accepted` holds the indexes of the occurrences to replace."""

    item: Item
    saved: RedactionKey
    entities: list[Entity]
    occurrences: list[Occurrence]
    accepted: set[int] = field(default_factory=set)

    def __repr__(self) -> str:
        return f"RedactionPlan({len(self.occurrences)} occurrences, {len(self.accepted)} accepted)"

    def text_at(self, place: Place) -> str:
        return dict(item_texts(self.item))[place]

    def found(self, occurrence: Occurrence) -> str:
        """The words as they are written where they were found."""
        return self.text_at(occurrence.place)[occurrence.start:occurrence.end]

    def _line_bounds(self, occurrence: Occurrence) -> tuple[str, int, int]:
        text = self.text_at(occurrence.place)
        line_start = text.rfind("\n", 0, occurrence.start) + 1
        line_end = text.find("\n", occurrence.end)
        return text, line_start, len(text) if line_end < 0 else line_end

    def line_of(self, occurrence: Occurrence) -> str:
        """The whole line the words were found in (its direction is the direction to show them in)."""
        text, start, end = self._line_bounds(occurrence)
        return text[start:end]

    def context(self, occurrence: Occurrence, chars: int = CONTEXT_CHARS) -> tuple[str, str, str]:
        """The words found, with up to `chars` characters of their line before and after ("…" where cut)."""
        text, line_start, line_end = self._line_bounds(occurrence)
        start, end = max(line_start, occurrence.start - chars), min(line_end, occurrence.end + chars)
        before = ("…" if start > line_start else "") + text[start:occurrence.start]
        after = text[occurrence.end:end] + ("…" if end < line_end else "")
        return before, text[occurrence.start:occurrence.end], after

    def is_saved(self, entity: int) -> bool:
        return any(e is self.entities[entity] for e in self.saved.entities)

    def numbered(self) -> list[Entity]:
        """Each entity with the number it gets given what is accepted now (see the module's note)."""
        result = list(self.entities)
        used = {index for index in self.accepted if 0 <= index < len(self.occurrences)}
        first_seen: list[int] = []
        for index in sorted(used):
            entity = self.occurrences[index].entity
            if entity not in first_seen and not self.is_saved(entity):
                first_seen.append(entity)
        next_number = {category: self.saved.next_number(category) for category in {e.category for e in result}}
        for entity in first_seen:
            category = result[entity].category
            result[entity] = replace(result[entity], number=next_number[category])
            next_number[category] += 1
        return result

    def label(self, occurrence: Occurrence, language: str = "en") -> str:
        return self.numbered()[occurrence.entity].label(language)

    def redacted(self, language: str = "en") -> Item:
        """A copy of the item with every accepted occurrence replaced by its pseudonym in `language`."""
        numbered = self.numbered()
        by_place: dict[Place, list[Occurrence]] = {}
        for index in sorted(self.accepted):
            occurrence = self.occurrences[index]
            by_place.setdefault(occurrence.place, []).append(occurrence)
        texts = dict(item_texts(self.item))
        replaced: dict[Place, str] = {}
        labels = {index: entity.label(language) for index, entity in enumerate(numbered)}
        for place, found in by_place.items():
            text, pieces, done = texts[place], [], 0
            for occurrence in sorted(found, key=lambda o: o.start):
                kept = markup_within(text[occurrence.start:occurrence.end])  # a name across a tag in a note
                pieces += [text[done:occurrence.start], labels[occurrence.entity], kept]
                done = occurrence.end
            replaced[place] = "".join([*pieces, text[done:]])
        return _with_texts(self.item, replaced)

    def final_key(self) -> RedactionKey:
        """The saved key with the entities accepted now added, numbered as they were shown."""
        numbered = self.numbered()
        saved = [numbered[i] for i in range(len(numbered)) if self.is_saved(i)]
        used = {self.occurrences[i].entity for i in self.accepted if not self.is_saved(self.occurrences[i].entity)}
        new = sorted((numbered[i] for i in used), key=lambda e: (e.category, e.number))
        return RedactionKey((*saved, *new))

    def marked_words(self) -> list[str]:
        """Every spelling of every entity with an accepted occurrence (what must not be left in the export)."""
        used = {self.occurrences[i].entity for i in self.accepted}
        return [spelling for i in sorted(used) for spelling in self.entities[i].spellings]


def _occurring(texts: list[tuple[Place, str]], saved: RedactionKey,
               suggestions: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """The suggestions that occur in the texts (thousands of contacts, a few of them in one report)."""
    by_key: dict[str, object] = dict.fromkeys(saved.keys, -1)
    for index, (_category, spellings) in enumerate(suggestions):
        for spelling in spellings:
            spelling_key = key_of(spelling)
            if spelling_key:
                by_key.setdefault(spelling_key, index)
    prefixes = prefixes_of(by_key)
    hit = {by_key[match.key] for _place, text in texts for match in find_marked(text, by_key, prefixes=prefixes)}
    return [suggestion for index, suggestion in enumerate(suggestions) if index in hit]


def plan_redaction(item: Item, saved: RedactionKey,
                   suggestions: Iterable[tuple[str, list[str]]] = ()) -> RedactionPlan:
    """Every occurrence of the saved key's words and of the suggested ones in `item`, all accepted.

    `suggestions` are (category, spellings) pairs; a suggestion whose spelling the saved key already
    has adds its other spellings to that entity (a contact's alias joins the name marked before).
    """
    texts = item_texts(item)
    combined = saved
    for category, spellings in _occurring(texts, saved, list(suggestions)):
        combined, _ = combined.with_entity(category, spellings)
    # with_entity keeps entity identity for untouched ones; spellings added to a saved one replace it.
    keys = combined.keys
    prefixes = prefixes_of(keys)
    positions = {id(entity): index for index, entity in enumerate(combined.entities)}
    occurrences = [Occurrence(place, match.start, match.end, positions[id(keys[match.key])])
                   for place, text in texts for match in find_marked(text, keys, prefixes=prefixes)]
    seen = {o.entity for o in occurrences}
    kept_saved = {positions[id(e)] for e in combined.entities[:len(saved.entities)]}
    keep = sorted(seen | kept_saved)
    renumber = {old: new for new, old in enumerate(keep)}
    entities = [combined.entities[i] for i in keep]
    occurrences = [replace(o, entity=renumber[o.entity]) for o in occurrences]
    saved_view = RedactionKey(tuple(entities[renumber[i]] for i in sorted(kept_saved)))
    return RedactionPlan(item, saved_view, entities, occurrences, set(range(len(occurrences))))
