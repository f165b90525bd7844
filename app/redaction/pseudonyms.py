"""The key of pseudonyms: who and what is marked, and the stand-in each gets ("Person A", "Province 1").

An entity is one person, organisation or place, with every spelling it is written in (a contact's
name and alias; a province in English, Dari and Pashto). Entities are numbered per category in the
order they were first marked, and keep their number: the same person is "Person A" in every export
made with the same key, in every language ("شخص الف" in Dari, "کس الف" in Pashto).

The key is stored in the vault (app/redaction/key_store.py), never in an export, never in a log:
its repr names no spelling.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

from amanat.app.errors import DamagedInput, InvalidValue
from amanat.app.redaction.words import key_of

CATEGORIES = ("person", "organisation", "province", "district", "place", "other")
LANGUAGES = ("en", "fa", "ps")
MAX_ENTITIES = 5_000
MAX_SPELLINGS = 64
MAX_SPELLING_CHARS = 200
KEY_FORMAT = 1

# Persons and organisations get letters, places and other words numbers (as reports to the UN write them).
_LABELS = {
    "en": {"person": "Person {0}", "organisation": "Organisation {0}", "province": "Province {0}",
           "district": "District {0}", "place": "Place {0}", "other": "Detail {0}"},
    "fa": {"person": "شخص {0}", "organisation": "سازمان {0}", "province": "ولایت {0}",
           "district": "ولسوالی {0}", "place": "محل {0}", "other": "جزئیات {0}"},
    "ps": {"person": "کس {0}", "organisation": "سازمان {0}", "province": "ولایت {0}",
           "district": "ولسوالۍ {0}", "place": "ځای {0}", "other": "جزییات {0}"},
}
_LETTERED = ("person", "organisation")
_LATIN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# The Dari and Pashto alphabets as used for lettered lists (الف، ب، پ، …).
_ARABIC_SCRIPT_LETTERS = {
    "fa": ("الف", "ب", "پ", "ت", "ث", "ج", "چ", "ح", "خ", "د", "ذ", "ر", "ز", "ژ", "س", "ش", "ص", "ض", "ط",
           "ظ", "ع", "غ", "ف", "ق", "ک", "گ", "ل", "م", "ن", "و", "ه", "ی"),
    "ps": ("الف", "ب", "پ", "ت", "ټ", "ث", "ج", "چ", "ح", "خ", "څ", "ځ", "د", "ډ", "ذ", "ر", "ړ", "ز", "ژ", "ږ",
           "س", "ش", "ښ", "ص", "ض", "ط", "ظ", "ع", "غ", "ف", "ق", "ک", "ګ", "ل", "م", "ن", "ڼ", "و", "ه", "ی"),
}
_EASTERN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _letters(number: int, alphabet: tuple[str, ...] | str, joiner: str) -> str:
    """1 → A, 26 → Z, 27 → AA (bijective numbering in `alphabet`)."""
    parts: list[str] = []
    while number > 0:
        number, rest = divmod(number - 1, len(alphabet))
        parts.append(alphabet[rest])
    return joiner.join(reversed(parts))


def pseudonym(category: str, number: int, language: str = "en") -> str:
    """The stand-in for the `number`th (from 1) entity of `category` in `language` (en, fa or ps)."""
    labels = _LABELS.get(language, _LABELS["en"])
    if category in _LETTERED:
        if language in _ARABIC_SCRIPT_LETTERS:
            mark = _letters(number, _ARABIC_SCRIPT_LETTERS[language], " ")
        else:
            mark = _letters(number, _LATIN_LETTERS, "")
    else:
        mark = str(number).translate(_EASTERN_DIGITS) if language in _ARABIC_SCRIPT_LETTERS else str(number)
    return labels[category].format(mark)


@dataclass(frozen=True)
class Entity:
    """One person, organisation or place: its category, its number within it, and its spellings."""

    category: str
    number: int
    spellings: tuple[str, ...]

    def __repr__(self) -> str:  # the spellings are the secret: never in a log or a traceback
        return f"Entity({self.category} {self.number}, {len(self.spellings)} spellings)"

    def label(self, language: str = "en") -> str:
        return pseudonym(self.category, self.number, language)


def _check_spelling(spelling: str) -> str:
    spelling = " ".join(spelling.split())
    if len(spelling) > MAX_SPELLING_CHARS:
        raise InvalidValue(f"a marked word is longer than {MAX_SPELLING_CHARS} characters")
    if not key_of(spelling):
        raise InvalidValue("a marked word must contain a letter or a digit")
    return spelling


@dataclass(frozen=True)
class RedactionKey:
    """The entities marked for one item (or one export profile), in the order they were marked."""

    entities: tuple[Entity, ...] = ()
    _index: dict[str, Entity] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for entity in self.entities:
            for spelling in entity.spellings:
                self._index.setdefault(key_of(spelling), entity)

    def __repr__(self) -> str:
        return f"RedactionKey({len(self.entities)} entities)"

    @property
    def keys(self) -> dict[str, Entity]:
        """Each spelling's lookup key (words.key_of) and the entity it names."""
        return self._index

    def entity_for(self, spelling: str) -> Entity | None:
        return self._index.get(key_of(spelling))

    def next_number(self, category: str) -> int:
        return 1 + max((e.number for e in self.entities if e.category == category), default=0)

    def with_entity(self, category: str, spellings: list[str] | tuple[str, ...]) -> tuple[RedactionKey, Entity]:
        """This key with a new entity (or the spellings added to the entity one of them already names)."""
        if category not in CATEGORIES:
            raise InvalidValue(f"unknown kind of word: {category}")
        cleaned = [_check_spelling(s) for s in spellings]
        known = next((self._index[key_of(s)] for s in cleaned if key_of(s) in self._index), None)
        if known is not None:
            return self.with_spellings(known, cleaned)
        if len(self.entities) >= MAX_ENTITIES:
            raise InvalidValue(f"at most {MAX_ENTITIES:,} names and places can be marked for one export")
        entity = Entity(category, self.next_number(category), tuple(dict.fromkeys(cleaned)))
        return RedactionKey((*self.entities, entity)), entity

    def with_spellings(self, entity: Entity, spellings: list[str]) -> tuple[RedactionKey, Entity]:
        """This key with more spellings for `entity` (the same pseudonym for all of them)."""
        added = tuple(dict.fromkeys((*entity.spellings, *(_check_spelling(s) for s in spellings))))
        if len(added) > MAX_SPELLINGS:
            raise InvalidValue(f"at most {MAX_SPELLINGS} spellings of one name")
        changed = replace(entity, spellings=added)
        return RedactionKey(tuple(changed if e is entity else e for e in self.entities)), changed

    def to_json(self) -> str:
        return json.dumps({"format": KEY_FORMAT, "entities": [
            {"category": e.category, "number": e.number, "spellings": list(e.spellings)} for e in self.entities]},
            ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> RedactionKey:
        try:
            data = json.loads(text)
            if data.get("format") != KEY_FORMAT:
                raise DamagedInput("the stored key of pseudonyms has an unknown format")
            entities = tuple(Entity(str(e["category"]), int(e["number"]), tuple(str(s) for s in e["spellings"]))
                             for e in data["entities"])
        except (ValueError, KeyError, TypeError, AttributeError):
            raise DamagedInput("the stored key of pseudonyms is damaged") from None
        if any(e.category not in CATEGORIES or e.number < 1 for e in entities):
            raise DamagedInput("the stored key of pseudonyms is damaged")
        return cls(entities)
