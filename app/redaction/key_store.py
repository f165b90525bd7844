"""Where the keys of pseudonyms are kept: in the vault (SQLCipher), never outside.

An item has its own key, so the same person is "Person A" in every export of that item, made
from the window or the command line; deleting the item for good deletes its key
(app/store/erasure.py). A named profile ("UN Special Rapporteur", "Donor report") is a key
shared by every export made with it, so the same person is "Person A" across documents sent to
the same reader. No key goes into an export, a bundle or a log.
"""

from __future__ import annotations

import json

from amanat.app.errors import DamagedInput, InvalidValue
from amanat.app.redaction.pseudonyms import RedactionKey
from amanat.app.store.erasure import META_REDACTION_KEY_PREFIX
from amanat.app.store.repository import Repository

META_PROFILES = "redaction_profiles"  # {profile name: key JSON}, one value for every profile
MAX_PROFILE_NAME_CHARS = 100


class RedactionKeys:
    """The keys of pseudonyms of a vault's items."""

    def __init__(self, repository: Repository) -> None:
        self._repository = repository

    def load(self, item_id: str) -> RedactionKey | None:
        """The item's key, or None if nothing was ever marked for it."""
        text = self._repository.meta(META_REDACTION_KEY_PREFIX + item_id)
        return None if text is None else RedactionKey.from_json(text)

    def save(self, item_id: str, key: RedactionKey) -> None:
        self._repository.set_meta(META_REDACTION_KEY_PREFIX + item_id, key.to_json())

    def forget(self, item_id: str) -> None:
        self._repository.delete_meta(META_REDACTION_KEY_PREFIX + item_id)

    # -- profiles shared by several items -------------------------------------

    def _profiles(self) -> dict[str, str]:
        text = self._repository.meta(META_PROFILES)
        if text is None:
            return {}
        try:
            profiles = json.loads(text)
        except ValueError:
            raise DamagedInput("the stored profiles of pseudonyms are damaged") from None
        if not isinstance(profiles, dict) or not all(isinstance(v, str) for v in profiles.values()):
            raise DamagedInput("the stored profiles of pseudonyms are damaged")
        return profiles

    def profile_names(self) -> list[str]:
        return sorted(self._profiles(), key=str.casefold)

    def load_profile(self, name: str) -> RedactionKey | None:
        """The profile's key, or None if there is no profile of that name."""
        text = self._profiles().get(profile_name(name))
        return None if text is None else RedactionKey.from_json(text)

    def save_profile(self, name: str, key: RedactionKey) -> None:
        profiles = self._profiles()
        profiles[profile_name(name)] = key.to_json()
        self._repository.set_meta(META_PROFILES, json.dumps(profiles, ensure_ascii=False, sort_keys=True))


def profile_name(name: str) -> str:
    """A profile's name, trimmed; InvalidValue if it is empty or too long."""
    name = " ".join(name.split())
    if not name:
        raise InvalidValue("a profile of pseudonyms needs a name")
    if len(name) > MAX_PROFILE_NAME_CHARS:
        raise InvalidValue(f"a profile's name is longer than {MAX_PROFILE_NAME_CHARS} characters")
    return name
