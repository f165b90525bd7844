"""Recovery keys: 160 random bits a person can copy by hand.

Shown as eight groups of five characters in Crockford's base32 (no I, L, O
or U, so nothing is confused with 1 or 0). Four characters of each group
carry the key, the fifth is a check character, so a mistyped group is caught
and named before any decryption is tried. Input is forgiving: case, spaces,
dashes, O/I/L for 0/1, and Persian or Arabic-Indic digits are all accepted.
"""

from __future__ import annotations

import secrets

from amanat.crypto.errors import MistypedRecoveryKey
from amanat.crypto.secret_bytes import SecretBytes

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {char: value for value, char in enumerate(ALPHABET)}
_LOOKALIKES = str.maketrans(
    {
        "O": "0",
        "I": "1",
        "L": "1",
        **{chr(0x06F0 + d): str(d) for d in range(10)},
        **{chr(0x0660 + d): str(d) for d in range(10)},
    }
)
KEY_BYTES = 20
GROUPS = 8
DATA_CHARS_PER_GROUP = 4
GROUP_CHARS = DATA_CHARS_PER_GROUP + 1
_WEIGHTS = (1, 3, 5, 7)  # odd, so every single substitution changes the sum mod 32
MAX_INPUT_CHARS = 200


def _check_char(group_index: int, data: str) -> str:
    total = 11 * (group_index + 1)
    for weight, char in zip(_WEIGHTS, data, strict=True):
        total += weight * _VALUE[char]
    return ALPHABET[total % 32]


def _encode(raw: bytes) -> str:
    number = int.from_bytes(raw, "big")
    chars = [ALPHABET[(number >> (5 * i)) & 31] for i in range(len(raw) * 8 // 5)]
    return "".join(reversed(chars))


def _decode(text: str) -> bytes:
    number = 0
    for char in text:
        number = (number << 5) | _VALUE[char]
    return number.to_bytes(KEY_BYTES, "big")


class RecoveryKey:
    """A recovery key; its text is shown once at vault creation."""

    __slots__ = ("_secret",)

    def __init__(self, raw: bytes) -> None:
        if len(raw) != KEY_BYTES:
            raise ValueError("a recovery key has 20 bytes")
        self._secret = SecretBytes(raw)

    @classmethod
    def generate(cls) -> RecoveryKey:
        """Make a new random recovery key."""
        return cls(secrets.token_bytes(KEY_BYTES))

    @property
    def secret(self) -> SecretBytes:
        """The key material, for deriving the slot's wrapping key."""
        return self._secret

    def groups(self) -> list[str]:
        """The eight groups of five characters, in order."""
        data = _encode(self._secret.reveal())
        result = []
        for index in range(GROUPS):
            chunk = data[index * DATA_CHARS_PER_GROUP : (index + 1) * DATA_CHARS_PER_GROUP]
            result.append(chunk + _check_char(index, chunk))
        return result

    def display(self) -> str:
        """The key as people copy it: groups joined by dashes."""
        return "-".join(self.groups())

    @classmethod
    def parse(cls, text: str) -> RecoveryKey:
        """Read a typed recovery key; raise MistypedRecoveryKey naming bad groups."""
        if len(text) > MAX_INPUT_CHARS:
            raise MistypedRecoveryKey("that is too long to be a recovery key")
        cleaned = "".join(ch for ch in text.upper().translate(_LOOKALIKES) if ch.isalnum())
        if len(cleaned) != GROUPS * GROUP_CHARS:
            raise MistypedRecoveryKey(
                f"a recovery key has {GROUPS} groups of {GROUP_CHARS} characters; "
                f"{len(cleaned)} characters were given"
            )
        bad_groups: list[int] = []
        data = []
        for index in range(GROUPS):
            group = cleaned[index * GROUP_CHARS : (index + 1) * GROUP_CHARS]
            if any(ch not in _VALUE for ch in group) or _check_char(index, group[:-1]) != group[-1]:
                bad_groups.append(index + 1)
            data.append(group[:-1])
        if bad_groups:
            numbers = ", ".join(str(n) for n in bad_groups)
            raise MistypedRecoveryKey(f"recovery key group {numbers} is mistyped; check it", tuple(bad_groups))
        return cls(_decode("".join(data)))

    @staticmethod
    def check_group(index: int, group_text: str) -> bool:
        """True when `group_text` is a well-formed group number `index` (0-based)."""
        cleaned = "".join(ch for ch in group_text.upper().translate(_LOOKALIKES) if ch.isalnum())
        if len(cleaned) != GROUP_CHARS or any(ch not in _VALUE for ch in cleaned):
            return False
        return _check_char(index, cleaned[:-1]) == cleaned[-1]

    def __repr__(self) -> str:
        return "RecoveryKey(<hidden>)"

    __str__ = __repr__
