"""`amanat task list` and `amanat task done`, as a real process on a real vault."""

from __future__ import annotations

import datetime
from pathlib import Path

from amanat.app.vault import Vault
from tests.test_cli import assert_error, cli, ok, ok_json, vault_path  # noqa: F401 - the fixture

TODAY = datetime.date.today()


def _day(offset: int) -> str:
    return (TODAY + datetime.timedelta(days=offset)).isoformat()


def _plan(directory: Path) -> str:
    ok(cli(directory, "identity", "set-name", "Mariam"))
    plan = ok(cli(directory, "draft", "new", "--template", "action-plan", "--title", "UPR plan")).strip()
    ok(cli(directory, "draft", "edit", plan,
           "--row", "action=Brief the rapporteur", "owner=Mariam", f"due={_day(-2)}",
           "--row", "action=Translate the report", "owner=Farid", f"due={_day(3)}", "note=Dari first",
           "--row", "action=Book the room", "owner=mariam", f"due={_day(5)}", "status=in-progress"))
    return plan


def test_list_mine_overdue_and_json(vault_path: Path) -> None:  # noqa: F811
    plan = _plan(vault_path)
    everything = ok_json(cli(vault_path, "task", "list", "--json"))
    assert [t["action"] for t in everything] == ["Brief the rapporteur", "Translate the report", "Book the room"]
    first = everything[0]
    assert first["plan_id"] == plan and first["plan"] == "UPR plan" and len(first["id"]) == 16
    assert first["overdue"] and not first["due_this_week"] and first["mine"]
    assert everything[1]["note"] == "Dari first" and not everything[1]["mine"]
    mine = ok_json(cli(vault_path, "task", "list", "--mine", "--json"))
    assert [t["action"] for t in mine] == ["Brief the rapporteur", "Book the room"]
    overdue = ok(cli(vault_path, "task", "list", "--overdue"))
    assert overdue.splitlines() == [f"{first['id'][:8]}  {_day(-2)}! todo        Brief the rapporteur  @Mariam  "
                                    "(UPR plan)"]
    week = ok_json(cli(vault_path, "task", "list", "--week", "--mine", "--json"))
    assert [t["action"] for t in week] == ["Book the room"]


def test_done_marks_one_row_by_its_id_prefix(vault_path: Path) -> None:  # noqa: F811
    _plan(vault_path)
    second = ok_json(cli(vault_path, "task", "list", "--json"))[1]
    out = ok(cli(vault_path, "task", "done", second["id"][:6]))
    assert out == f"{second['id'][:8]} is now done: Translate the report (UPR plan)\n"
    after = ok_json(cli(vault_path, "task", "list", "--json"))
    assert [t["status"] for t in after] == ["todo", "done", "in-progress"]
    assert [t["id"] for t in after] == [t["id"] for t in ok_json(cli(vault_path, "task", "list", "--json"))]
    open_ones = ok_json(cli(vault_path, "task", "list", "--open", "--json"))
    assert second["id"] not in [t["id"] for t in open_ones]


def test_errors_are_one_clear_line(vault_path: Path) -> None:  # noqa: F811
    _plan(vault_path)
    assert_error(cli(vault_path, "task", "done", "xyz"), 2, "is not a task id")
    assert_error(cli(vault_path, "task", "done", "0000000000"), 5, "task")
    assert_error(cli(vault_path, "task", "list", "--group", "nowhere"), 5, "no group")


def test_mine_without_an_identity_says_how_to_get_one(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    result = cli(vault_dir, "task", "list", "--mine")
    assert result.returncode == 0 and "set the name on your card" in result.stderr
