"""What making and importing bundles report, and the choices about members not verified here.

Shared by the exchange (app/sharing/exchange.py), the transfers over it and both front ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from amanat.app.errors import InvalidValue
from amanat.app.sharing.groups import GroupMemberInfo
from amanat.app.sharing.quarantine import DroppedBundle

# What to do about members whose keys are not verified here (never verified, trust withdrawn, or
# a look-alike of someone verified): refuse to seal, leave them out of the recipients, or include them.
REFUSE, LEAVE_OUT, INCLUDE = "refuse", "leave-out", "include"


class UntrustedMembers(InvalidValue):
    """The group has members whose keys are not verified here; the export was refused, nothing changed."""

    def __init__(self, group_name: str, members: tuple[GroupMemberInfo, ...]) -> None:
        listed = "; ".join(f"{m.name} ({m.peer_id})" for m in members)
        super().__init__(f"the group {group_name!r} has members whose keys you have not verified: {listed}. "
                         "A bundle sealed now could be read with those keys")
        self.members = members


def member_label(member: GroupMemberInfo) -> str:
    """'Name (short id)', as messages name a member."""
    return f"{member.name} ({member.peer_id})"


@dataclass(frozen=True)
class ExportedBundle:
    """A bundle ready to be written somewhere."""

    data: bytes
    file_name: str
    bundle_id: str
    group_id: str
    items: int  # how many items it carries changes for
    recipients: tuple[str, ...]  # peer ids, mine included
    left_out: tuple[GroupMemberInfo, ...] = ()  # members not verified here, not among the recipients
    untrusted_included: tuple[GroupMemberInfo, ...] = ()  # members not verified here, sealed for anyway
    news: bool = True  # carries changes, my state vectors or acknowledgements the others have not had from me


@dataclass(frozen=True)
class ImportReport:
    """What importing a bundle did."""

    status: str  # 'applied' | 'preview' | 'already-imported' | 'quarantined' | 'own'
    bundle_id: str
    group_id: str
    group_name: str
    sender_id: str
    sender_name: str
    outcomes: dict[str, str] = field(default_factory=dict)  # item id -> added/changed/deleted/restored/unchanged
    reason: str = ""
    titles: dict[str, str] = field(default_factory=dict)  # item id -> title after the merge
    kinds: dict[str, str] = field(default_factory=dict)  # item id -> note/contact/draft
    sender_verified: bool = False
    dropped: tuple[DroppedBundle, ...] = ()  # older quarantined bundles deleted to make room for this one
    entrusted: str = ""  # a recovery share to hold (app/sharing/entrust.py): "Mariam (set of 2026-12, 3 of 5)"

    def counts(self) -> dict[str, int]:
        """How many items were added, changed, deleted, restored or left unchanged."""
        return count_outcomes(self.outcomes)


def count_outcomes(outcomes: dict[str, str]) -> dict[str, int]:
    """How many items had each outcome (added, changed, ...)."""
    result: dict[str, int] = {}
    for outcome in outcomes.values():
        result[outcome] = result.get(outcome, 0) + 1
    return result
