"""How the window names people: their name with its short id, their state, and warnings about look-alike names."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from amanat.app.sharing.identities import LookAlike, PeerInfo
from amanat.app.ui.widgets.text_direction import isolate


def who(name: str, peer_id: str) -> str:
    """'Name · short id': a person as every list shows them (names can be shared or imitated; ids cannot)."""
    return f"{isolate(name)} · {peer_id}"


def peer_state_text(peer: PeerInfo) -> str:
    """Verified / not verified / other keys than a verified look-alike, in words."""
    if peer.verified:
        return QGuiApplication.translate("SyncPeople", "Verified")
    if peer.keys_changed:
        return QGuiApplication.translate(
            "SyncPeople", "Other keys than someone you verified: not trusted until you compare safety numbers")
    return QGuiApplication.translate("SyncPeople", "Not verified")


def look_alike_text(look_alikes: tuple[LookAlike, ...]) -> str:
    """'Name looks like: Farid · 3f2a… (verified); you', or '' when nobody's name looks the same."""
    if not look_alikes:
        return ""
    shown = []
    for other in look_alikes:
        if other.is_me:
            shown.append(QGuiApplication.translate("SyncPeople", "you ({0})").format(other.peer_id))
        elif other.verified:
            shown.append(QGuiApplication.translate("SyncPeople", "{0} · {1} (verified)").format(
                isolate(other.name), other.peer_id))
        else:
            shown.append(QGuiApplication.translate("SyncPeople", "{0} · {1} (not verified)").format(
                isolate(other.name), other.peer_id))
    return QGuiApplication.translate("SyncPeople", "⚠ Name looks like: {0}").format("; ".join(shown))


def peer_flags_text(peer: PeerInfo) -> str:
    """The warnings about a peer's name: looks like someone else's, mixes alphabets."""
    lines = [look_alike_text(peer.look_alikes)] if peer.look_alikes else []
    if peer.mixed_scripts:
        lines.append(QGuiApplication.translate(
            "SyncPeople", "⚠ The name mixes letters of different alphabets, which can imitate another name"))
    return "\n".join(lines)
