"""`amanat meeting send` on a real vault, through the real command line."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from amanat.app.models import ActionRow, Draft
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.test_cli import assert_error, cli, ok


def _prepare(directory: Path) -> tuple[str, str, str]:
    """A meeting with two items, a plan, and a plan shared with a group; the vault closed for the CLI."""
    with Vault.unlock(directory, PASSPHRASE) as vault:
        meeting = vault.items.new_draft("meeting", "Geneva follow-up")
        vault.items.save(replace(meeting, rows=(ActionRow("Write to the rapporteur", "Mariam", "2026-12-20"),
                                                ActionRow("Book the room", "Farid"))))
        plan = vault.items.new_draft("action-plan", "Plan 2027")
        vault.sync.identities.set_display_name("Mariam")
        group = vault.sync.groups.create("Herat network")
        shared = vault.items.new_draft("action-plan", "Shared plan")
        vault.sync.groups.share(group.group_id, shared.id)
        return meeting.id, plan.id, shared.id


def _plan(directory: Path, plan_id: str) -> Draft:
    with Vault.unlock(directory, PASSPHRASE) as vault:
        plan = vault.items.get(plan_id)
        assert isinstance(plan, Draft)
        return plan


def test_meeting_send_adds_then_never_duplicates(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    meeting_id, plan_id, _shared = _prepare(vault_dir)
    out = ok(cli(vault_dir, "meeting", "send", meeting_id[:8], "--plan", plan_id[:8]))
    assert "2 items added to Plan 2027" in out
    out = ok(cli(vault_dir, "meeting", "send", meeting_id[:8], "--plan", plan_id[:8]))
    assert "0 items added" in out and "2 already there" in out
    plan = _plan(vault_dir, plan_id)
    assert [r.action for r in plan.rows] == ["Write to the rapporteur", "Book the room"]
    assert all(r.link.startswith(f"meeting:{meeting_id}:") for r in plan.rows)


def test_meeting_send_into_a_new_plan_with_chosen_items(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    meeting_id, _plan_id, _shared = _prepare(vault_dir)
    out = ok(cli(vault_dir, "meeting", "send", meeting_id[:8], "--new-plan", "From Geneva", "--item", "2"))
    assert "1 item added to From Geneva" in out and ", new)" in out


def test_meeting_send_asks_for_yes_before_a_group_sees_the_items(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    meeting_id, _plan_id, shared = _prepare(vault_dir)
    assert_error(cli(vault_dir, "meeting", "send", meeting_id[:8], "--plan", shared[:8]), 2,
                 "Herat network", "--yes")
    assert _plan(vault_dir, shared).rows == ()
    ok(cli(vault_dir, "meeting", "send", meeting_id[:8], "--plan", shared[:8], "--yes"))
    assert len(_plan(vault_dir, shared).rows) == 2


def test_meeting_send_refuses_what_is_not_a_meeting_or_an_item(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    meeting_id, plan_id, _shared = _prepare(vault_dir)
    assert_error(cli(vault_dir, "meeting", "send", plan_id[:8], "--plan", plan_id[:8]), 2, "not a meeting")
    assert_error(cli(vault_dir, "meeting", "send", meeting_id[:8], "--plan", plan_id[:8], "--item", "5"), 2,
                 "no item 5")
    assert_error(cli(vault_dir, "meeting", "send", meeting_id[:8]), 2)
    assert _plan(vault_dir, plan_id).rows == ()
