"""Action-plan rows: stable ids (old rows too), owners, notes, and the checks every cell passes."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from amanat.app.action_rows import is_row_id, legacy_row_id, with_row_ids
from amanat.app.errors import InvalidValue
from amanat.app.models import ActionRow, Draft
from amanat.app.sharing.item_states import item_from_state, state_of
from amanat.app.vault import Vault
from amanat.sync.hybrid_clock import HybridClock
from amanat.sync.item_document import ItemDocument, ItemState

FROZEN_V7 = Path(__file__).resolve().parent / "frozen_vaults" / "v7"
FROZEN_PLAN = "db61ea87492b4b5eb626c4c66eeddc2b"
FINGERPRINT = "ab" * 32


def _plan(vault: Vault, *rows: ActionRow) -> Draft:
    plan = vault.items.new_draft("action-plan", "Plan")
    saved = vault.items.save(replace(plan, rows=rows))
    assert isinstance(saved, Draft)
    return saved


def test_an_old_vaults_rows_get_the_same_id_in_every_vault_and_keep_it(tmp_path: Path) -> None:
    ids = []
    for copy in ("first", "second"):
        shutil.copytree(FROZEN_V7, tmp_path / copy)
        with Vault.unlock(tmp_path / copy, "frozen vault passphrase") as vault:
            plan = vault.items.get(FROZEN_PLAN)
            assert isinstance(plan, Draft)
            (row,) = plan.rows
            assert (row.action, row.owner, row.note, row.owner_id) == ("Brief", "Zahra", "", "")
            assert row.id == legacy_row_id(FROZEN_PLAN, replace(row, id=""), 0)
            saved = vault.items.save(replace(plan, title="Plan, upgraded"))
            assert isinstance(saved, Draft) and saved.rows == plan.rows
            assert vault.items.get(FROZEN_PLAN) == saved
            ids.append(row.id)
    assert ids[0] == ids[1]


def test_an_old_shared_row_without_an_id_gets_the_id_an_old_record_gets() -> None:
    legacy = ItemState("draft", {"template": "action-plan", "status": "draft"}, {"title": "Plan"},
                       rows=({"action": "Brief", "owner": "Zahra", "due": "2026-12-01", "status": "todo"},) * 2)
    plan = item_from_state(FROZEN_PLAN, legacy)
    assert isinstance(plan, Draft)
    first, second = plan.rows
    assert first.id == legacy_row_id(FROZEN_PLAN, ActionRow("Brief", "Zahra", "2026-12-01", "todo"), 0)
    assert second.id != first.id and is_row_id(second.id)  # identical rows: told apart by their order


def test_new_cells_travel_in_the_shared_document_and_empty_ones_are_left_out(vault: Vault) -> None:
    plan = _plan(vault, ActionRow("Brief", "Farid", "2026-12-10", "in-progress", "call first", FINGERPRINT),
                 ActionRow("Translate"))
    state = state_of(plan)
    assert state.rows[0]["note"] == "call first" and state.rows[0]["owner_id"] == FINGERPRINT
    assert set(state.rows[1]) == {"action", "owner", "due", "status", "id"}
    clock = HybridClock("me")
    again = item_from_state(plan.id, ItemDocument.from_update(ItemDocument.create(state, clock).encode()).read())
    assert isinstance(again, Draft) and again.rows == plan.rows


def test_a_members_owner_from_a_bundle_is_kept_readable_or_dropped_when_malformed() -> None:
    def row_from(cells: dict[str, str]) -> ActionRow:
        state = ItemState("draft", {"template": "action-plan"}, {"title": "P"},
                          rows=({"action": "a", "status": "todo", **cells},))
        item = item_from_state("0" * 32, state)
        assert isinstance(item, Draft)
        return item.rows[0]

    assert (row_from({"owner": "", "owner_id": FINGERPRINT}).owner) == FINGERPRINT[:16]
    malformed = row_from({"owner": "Farid\u202e", "owner_id": "not a fingerprint", "id": "x" * 5000})
    assert (malformed.owner, malformed.owner_id) == ("Farid", "") and is_row_id(malformed.id)


@pytest.mark.parametrize(("row", "message"), [
    (ActionRow("a", due="2026-1-5"), "due date"),
    (ActionRow("a", due="20261231"), "due date"),
    (ActionRow("a", due="۲۰۲۶-۱۲-۳۱"), "due date"),
    (ActionRow("a", due="2026-02-30"), "due date"),
    (ActionRow("a", owner="x" * 1_001), "owner of row 1"),
    (ActionRow("a", note="x" * 10_001), "note of row 1"),
    (ActionRow("a", owner="Farid", owner_id="FARID"), "identity"),
    (ActionRow("a", owner=" ", owner_id=FINGERPRINT), "needs their name"),
    (ActionRow("a", id="row-1"), "malformed id"),
    (ActionRow("a", status="waiting"), "status"),
])
def test_every_cell_is_checked_with_a_clear_error_and_nothing_is_stored(
        vault: Vault, row: ActionRow, message: str) -> None:
    plan = _plan(vault, ActionRow("kept"))
    with pytest.raises(InvalidValue, match=message):
        vault.items.save(replace(plan, rows=(row,)))
    assert vault.items.get(plan.id) == plan


def test_a_duplicated_id_is_repaired_the_same_way_everywhere() -> None:
    rows = (ActionRow("a", id="0123456789abcdef"), ActionRow("b", id="0123456789abcdef"))
    first, second = with_row_ids("item", rows)
    assert first.id == "0123456789abcdef" and is_row_id(second.id) and second.id != first.id
    assert with_row_ids("item", rows) == (first, second)
    stored = with_row_ids("item", (ActionRow("new"),), fresh=True)[0].id
    assert is_row_id(stored) and stored != with_row_ids("item", (ActionRow("new"),), fresh=True)[0].id
