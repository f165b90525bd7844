"""Redacting an item for an export without a review (the command line): the use case both front ends share.

The window shows the plan (app/ui/dialogs/redaction_review.py) and lets the user skip, add and
accept; the command line accepts every occurrence of what the user marked. Either way the
redacted copy is checked before it is written: nothing the final key names may be left in it.
"""

from __future__ import annotations

from collections.abc import Iterable

from amanat.app.errors import InvalidValue
from amanat.app.items import ItemService
from amanat.app.models import Item
from amanat.app.redaction.key_store import RedactionKeys
from amanat.app.redaction.plan import RedactionPlan, item_texts, plan_redaction
from amanat.app.redaction.pseudonyms import RedactionKey
from amanat.app.redaction.suggestions import Suggestion, vault_suggestions
from amanat.app.redaction.words import find_marked, prefixes_of


class LeftInExport(InvalidValue):
    """A marked word is still in the redacted copy (it cannot be, but a file is not written on a guess)."""


def check_nothing_left(redacted: Item, key: RedactionKey, skipped: int = 0) -> None:
    """Raise LeftInExport if the key's words occur in `redacted` more often than the user chose to keep them."""
    prefixes = prefixes_of(key.keys)
    left = sum(1 for _place, text in item_texts(redacted)
               for _match in find_marked(text, key.keys, prefixes=prefixes))
    if left > skipped:
        raise LeftInExport("a marked word is still in the redacted copy; nothing was written")


def plan_unreviewed(items: ItemService, keys: RedactionKeys, item: Item, *, words: Iterable[Suggestion] = (),
                    use_saved: bool = True, suggested: bool = False, profile: str | None = None) -> RedactionPlan:
    """Every occurrence of the saved words (the item's, or the named profile's), `words`, and (if asked) the
    vault's suggestions, accepted.

    InvalidValue if there is nothing to redact by: no saved key (or not asked for), no words, no suggestions.
    """
    if not use_saved:
        saved = None
    else:
        saved = keys.load_profile(profile) if profile is not None else keys.load(item.id)
    words = list(words)
    if (saved is None or not saved.entities) and not words and not suggested:
        where = f"with the profile {profile!r}" if profile is not None else "for this item"
        raise InvalidValue(f"nothing was ever marked {where}: mark the words in the window "
                           "(Export redacted…) or name them with --redact-words FILE")
    key = saved or RedactionKey()
    for category, spellings in words:  # kept in the key even where not (yet) in the item: named on purpose
        key, _ = key.with_entity(category, spellings)
    return plan_redaction(item, key, vault_suggestions(items) if suggested else [])


def finish(plan: RedactionPlan, language: str) -> tuple[Item, RedactionKey]:
    """The redacted copy (checked: only what the user skipped is left) and the key to keep for the item."""
    key = plan.final_key()
    redacted = plan.redacted(language)
    check_nothing_left(redacted, key, len(plan.occurrences) - len(plan.accepted))
    return redacted, key
