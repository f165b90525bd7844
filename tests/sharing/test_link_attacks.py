"""Attacks on linked language versions: a member links someone else's draft into our link group.

A draft's link group is a register any member may set. Farid set Zahra's draft «Safe houses in
Herat» (group A only) to the link group of Mariam's concept note, as a "Pashto version"; when
Mariam then shared her concept note with journalists in another group, Zahra's draft went along
to them. It failed before: sharing one version shared every draft of the link group.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from amanat.app.models import Draft, VersionLink
from tests.sharing.conftest import Workshop, introduce, make_member
from tests.sharing.test_comments_exchange import send


def test_a_draft_linked_into_our_versions_by_a_bundle_does_not_travel_to_another_group(
        workshop: Workshop, tmp_path: Path) -> None:
    mariam, farid, zahra = workshop.members
    group_a = workshop.group_id
    english = mariam.vault.items.new_draft("swot", "Concept note")
    dari = mariam.vault.linked.make_version(english.id, "fa", "یادداشت", this_language="en")
    mariam.sync.groups.share(group_a, english.id)
    send(mariam, group_a, farid, zahra)
    secret = zahra.vault.items.new_draft("swot", "Safe houses in Herat")
    zahra.sync.groups.share(group_a, secret.id)
    send(zahra, group_a, farid, mariam)

    seen = farid.vault.items.get(english.id)
    assert isinstance(seen, Draft) and seen.link is not None
    hijacked = farid.vault.items.get(secret.id)
    farid.vault.items.save(replace(hijacked, link=VersionLink(seen.link.group, "ps")), link_change=True)
    send(farid, group_a, mariam)
    assert secret.id in {v.id for v in mariam.vault.linked.versions(mariam.vault.items.get(english.id))}

    nadia = make_member(tmp_path, "Nadia")
    introduce(mariam, nadia)
    introduce(nadia, mariam)
    journalists = mariam.sync.groups.create("Journalists")
    mariam.sync.groups.add_member(journalists.group_id, nadia.fingerprint)
    mariam.sync.groups.share(journalists.group_id, english.id)
    assert set(mariam.sync.groups.info(journalists.group_id).shared_items) == {english.id, dari.id}
    nadia.receive(mariam.export(journalists.group_id))
    assert {h.title for h in nadia.vault.items.list()} == {"Concept note", "یادداشت"}
    nadia.vault.close()
